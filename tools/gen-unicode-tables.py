"""Generates src/support/unicode-tables.ts from CPython 3.12 (Unicode 15.0.0): the character
properties str's methods use (general category, isalpha/isdecimal/... flags, decimal/digit/numeric
values, simple and full case mappings) and the extra ones unicodedata reports (bidirectional class,
east asian width, mirrored, combining class), plus the cp1252/cp437 codec tables. Also records
tests/golden/unicode-samples.json (the same properties of sampled code points, straight from CPython)
for tests/unit/support/unicode.test.ts.

Everything is read from the running CPython at generation time: its str methods (so the flags are
exactly what str.isalpha & co. answer), unicodedata and its codecs. Run:
    PYENV_VERSION=3.12.1 python3 tools/gen-unicode-tables.py
"""
import base64
import os
import sys
import unicodedata

assert sys.version_info[:2] == (3, 12), 'run with CPython 3.12'

MAX = 0x110000
CATEGORIES = ['Cn', 'Lu', 'Ll', 'Lt', 'Lm', 'Lo', 'Mn', 'Mc', 'Me', 'Nd', 'Nl', 'No', 'Pc', 'Pd', 'Ps', 'Pe',
              'Pi', 'Pf', 'Po', 'Sm', 'Sc', 'Sk', 'So', 'Zs', 'Zl', 'Zp', 'Cc', 'Cf', 'Cs', 'Co']
BIDI = ['', 'L', 'LRE', 'LRO', 'R', 'AL', 'RLE', 'RLO', 'PDF', 'EN', 'ES', 'ET', 'AN', 'CS', 'NSM', 'BN',
        'B', 'S', 'WS', 'ON', 'LRI', 'RLI', 'FSI', 'PDI']
EAW = ['N', 'A', 'H', 'W', 'F', 'Na']
# Flag bits, in the order of FLAG_NAMES (the TS side declares the same constants).
FLAG_NAMES = ['ALPHA', 'DECIMAL', 'DIGIT', 'NUMERIC', 'SPACE', 'PRINTABLE', 'LOWER', 'UPPER', 'TITLE',
              'CASED', 'CASE_IGNORABLE', 'XID_START', 'XID_CONTINUE', 'FULL_LOWER', 'FULL_UPPER', 'FULL_TITLE',
              'FULL_FOLD']
F = {n: 1 << i for i, n in enumerate(FLAG_NAMES)}
SIGMA = '\u03a3'
FINAL = '\u03c2'


def flags_of(c):
    f = 0
    if c.isalpha(): f |= F['ALPHA']
    if c.isdecimal(): f |= F['DECIMAL']
    if c.isdigit(): f |= F['DIGIT']
    if c.isnumeric(): f |= F['NUMERIC']
    if c.isspace(): f |= F['SPACE']
    if c.isprintable(): f |= F['PRINTABLE']
    lower = c.islower()
    upper = c.isupper()
    title = unicodedata.category(c) == 'Lt'
    if lower: f |= F['LOWER']
    if upper: f |= F['UPPER']
    if title: f |= F['TITLE']
    # Cased is Lowercase | Uppercase | Lt. Case_Ignorable is not exposed, so it is read back from the
    # Final_Sigma rule of str.lower(): sigma is final after a cased letter and any case-ignorables.
    cased = lower or upper or title
    if cased:
        ignorable = (c + SIGMA).lower()[-1] != FINAL
    else:
        ignorable = ('A' + c + SIGMA).lower()[-1] == FINAL
    if cased: f |= F['CASED']
    if ignorable: f |= F['CASE_IGNORABLE']
    if c.isidentifier(): f |= F['XID_START']
    if ('a' + c).isidentifier(): f |= F['XID_CONTINUE']
    return f


def mapping(c, m, flag, specials, cp):
    """The simple mapping as a delta; a full (multi-character) one goes to `specials`."""
    if len(m) == 1:
        return ord(m) - cp, 0
    specials.append((cp, [ord(x) for x in m]))
    return 0, F[flag]


def two_level(values, shift):
    """index1[cp >> shift] = block number, index2[block << shift | low bits] = value."""
    size = 1 << shift
    blocks = {}
    index1 = []
    index2 = []
    for i in range(0, len(values), size):
        b = tuple(values[i:i + size])
        if b not in blocks:
            blocks[b] = len(blocks)
            index2.extend(b)
        index1.append(blocks[b])
    return index1, index2


def best_two_level(values, width2):
    best = None
    for shift in range(4, 10):
        i1, i2 = two_level(values, shift)
        w1 = 1 if max(i1) < 256 else 2
        size = len(i1) * w1 + len(i2) * width2
        if best is None or size < best[0]:
            best = (size, shift, i1, i2, w1)
    return best[1:]


def b64(values, width):
    if width == 1:
        data = bytes(values)
    elif width == 2:
        data = b''.join(v.to_bytes(2, 'little') for v in values)
    else:
        data = b''.join(v.to_bytes(4, 'little', signed=True) for v in values)
    return base64.b64encode(data).decode('ascii')


def emit_table(out, name, values, doc):
    width2 = 1 if max(values) < 256 else 2
    shift, i1, i2, w1 = best_two_level(values, width2)
    out.append('/** %s: two-level table, shift %d (index1 %d-byte, index2 %d-byte entries), base64. */' % (doc, shift, w1, width2))
    out.append('export const %s_SHIFT = %d;' % (name, shift))
    out.append('export const %s_INDEX1 = { width: %d, data: "%s" };' % (name, w1, b64(i1, w1)))
    out.append('export const %s_INDEX2 = { width: %d, data: "%s" };' % (name, width2, b64(i2, width2)))


def main():
    records = {}
    record_list = []
    per_cp = []
    numerics = {}
    numeric_list = []
    specials = {'lower': [], 'upper': [], 'title': [], 'fold': []}
    props = {}
    prop_list = []
    per_cp_props = []
    for cp in range(MAX):
        c = chr(cp)
        cat = unicodedata.category(c)
        f = flags_of(c)
        dec = unicodedata.decimal(c, -1)
        dig = unicodedata.digit(c, -1)
        num = unicodedata.numeric(c, None)
        ni = 0
        if num is not None:
            key = repr(num)
            if key not in numerics:
                numerics[key] = len(numeric_list) + 1
                numeric_list.append(key)
            ni = numerics[key]
        ld, fl = mapping(c, c.lower(), 'FULL_LOWER', specials['lower'], cp); f |= fl
        ud, fl = mapping(c, c.upper(), 'FULL_UPPER', specials['upper'], cp); f |= fl
        td, fl = mapping(c, c.title(), 'FULL_TITLE', specials['title'], cp); f |= fl
        fd, fl = mapping(c, c.casefold(), 'FULL_FOLD', specials['fold'], cp); f |= fl
        rec = (CATEGORIES.index(cat) | (f << 5), (dec + 1) | ((dig + 1) << 4) | (ni << 8), ud, ld, td, fd)
        r = records.get(rec)
        if r is None:
            r = records[rec] = len(record_list)
            record_list.append(rec)
        per_cp.append(r)
        p = (BIDI.index(unicodedata.bidirectional(c)) | (EAW.index(unicodedata.east_asian_width(c)) << 5)
             | (unicodedata.mirrored(c) << 8) | (unicodedata.combining(c) << 9))
        q = props.get(p)
        if q is None:
            q = props[p] = len(prop_list)
            prop_list.append(p)
        per_cp_props.append(q)

    out = []
    out.append('// Generated by tools/gen-unicode-tables.py from CPython 3.12 (Unicode %s). Do not edit.' % unicodedata.unidata_version)
    out.append('// Character properties for str methods and unicodedata, decoded by src/support/unicode.ts; the')
    out.append('// cp1252/cp437 codec tables for src/objects/str-codecs.ts.')
    out.append('/* eslint-disable */')
    out.append('export const UNICODE_TABLES_VERSION = %r;' % unicodedata.unidata_version)
    out.append('export const CATEGORY_NAMES = %r;' % ' '.join(CATEGORIES))
    out.append('export const BIDI_NAMES = %r;' % ' '.join(BIDI))
    out.append('export const EAW_NAMES = %r;' % ' '.join(EAW))
    out.append('/** Flag bits of a record (field 0 >> 5). */')
    out.append('export const FLAG_NAMES = %r;' % ' '.join(FLAG_NAMES))
    out.append('/**')
    out.append(' * Type records, 6 numbers each: category | flags << 5; (decimal + 1) | (digit + 1) << 4 | numeric index << 8;')
    out.append(' * then the simple upper, lower, title and casefold mappings as deltas from the code point.')
    out.append(' */')
    flat = [x for rec in record_list for x in rec]
    out.append('export const TYPE_RECORDS = { width: 4, data: "%s" };' % b64(flat, 4))
    out.append('/** unicodedata.numeric values by numeric index - 1. */')
    out.append('export const NUMERIC_VALUES: readonly number[] = [%s];' % ', '.join(numeric_list))
    emit_table(out, 'TYPE', per_cp, 'Type record index per code point')
    out.append('/** Property records: bidirectional | east_asian_width << 5 | mirrored << 8 | combining << 9. */')
    out.append('export const PROP_RECORDS: readonly number[] = [%s];' % ', '.join(str(p) for p in prop_list))
    emit_table(out, 'PROP', per_cp_props, 'Property record index per code point')
    out.append('/** Full case mappings of more than one character: code point, length, then the characters. */')
    for k, v in specials.items():
        flat = []
        for cp, m in v:
            flat.append(cp)
            flat.append(len(m))
            flat.extend(m)
        out.append('export const FULL_%s: readonly number[] = [%s];' % (k.upper(), ','.join(str(x) for x in flat)))
    out.append('/** Decoding tables of the charmap codecs: the code point of each byte, -1 where undefined. */')
    for codec in ('cp1252', 'cp437'):
        table = []
        for b in range(256):
            try:
                table.append(ord(bytes([b]).decode(codec)))
            except UnicodeDecodeError:
                table.append(-1)
        out.append('export const %s_DECODE: readonly number[] = [%s];' % (codec.upper(), ','.join(str(x) for x in table)))
    path = os.path.join(os.path.dirname(__file__), '..', 'src', 'support', 'unicode-tables.ts')
    with open(path, 'w', encoding='ascii') as f:
        f.write('\n'.join(out) + '\n')
    write_samples()
    print('records %d, prop records %d, numerics %d, specials %s' % (
        len(record_list), len(prop_list), len(numeric_list), {k: len(v) for k, v in specials.items()}))


def write_samples():
    import json
    cps = sorted(set(list(range(0, MAX, 1009)) + list(range(0xa0, 0x250)) + list(range(0x370, 0x400)) +
                     [0xdf, 0x130, 0x149, 0x1c4, 0x1c5, 0x1c6, 0x345, 0x3a3, 0x1e9e, 0x1f88, 0xfb01, 0x10400, 0x1e900,
                      0x2160, 0x2153, 0x3007, 0x4e8c, 0xac00, 0xd7a3, 0x20000, 0x1f600, 0xe0001, 0x10ffff]))
    preds = ['isalpha', 'isdecimal', 'isdigit', 'isnumeric', 'isspace', 'isprintable', 'islower', 'isupper',
             'isidentifier']
    rows = []
    for cp in cps:
        c = chr(cp)
        rows.append([cp, unicodedata.category(c), ''.join('1' if getattr(c, p)() else '0' for p in preds),
                     unicodedata.decimal(c, -1), unicodedata.digit(c, -1), unicodedata.numeric(c, None),
                     [ord(x) for x in c.lower()], [ord(x) for x in c.upper()], [ord(x) for x in c.title()],
                     [ord(x) for x in c.casefold()], unicodedata.bidirectional(c), unicodedata.east_asian_width(c),
                     unicodedata.mirrored(c), unicodedata.combining(c), unicodedata.name(c, None)])
    path = os.path.join(os.path.dirname(__file__), '..', 'tests', 'golden', 'unicode-samples.json')
    with open(path, 'w', encoding='ascii') as f:
        json.dump({'version': unicodedata.unidata_version, 'predicates': preds, 'rows': rows}, f, separators=(',', ':'))
        f.write('\n')


if __name__ == '__main__':
    main()
