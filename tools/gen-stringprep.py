#!/usr/bin/env python3
"""Writes src/lib/_stringprep_tables.py: the tables of RFC 3454 (stringprep) as CPython 3.12's stringprep
module computes them from the Unicode 3.2 database (unicodedata.ucd_3_2_0), which Immortal does not have:

  RANGES[name]  the code points for which stringprep.in_table_<name> is true, as a flat tuple of
                half-open ranges (start, end, start, end, ...) for bisect
  B2, B3        map_table_b2 / map_table_b3 where they change the character (code point -> str)
  NFKC_3_2      the characters assigned in Unicode 3.2 whose NFKC form under 3.2 differs from the one
                under the current database (the normalization corrigenda)
  KEEP_3_2      the characters new since 3.2 with a canonical decomposition (3.2's NFKC keeps them)

plus the sets and the dict CPython's module exposes (b1_set, b3_exceptions, c22_specials, c6_set ..
c9_set). The script checks that Unicode 3.2's NFKC of sample strings equals what src/lib/stringprep.py's
_nfkc_3_2 (for encodings.idna) computes from these tables and the current database.

Run: PYENV_VERSION=3.12.1 python3 tools/gen-stringprep.py"""
import os
import random
import stringprep
import sys
import unicodedata

assert sys.version_info[:2] == (3, 12), sys.version
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'src', 'lib', '_stringprep_tables.py')
UCD32 = unicodedata.ucd_3_2_0
TABLES = ['a1', 'b1', 'c12', 'c11_c12', 'c21', 'c22', 'c21_c22', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9',
          'd1', 'd2']
WIDTH = 100


def ranges(pred):
    out = []
    start = None
    for cp in range(0x110001):
        inside = cp < 0x110000 and pred(chr(cp))
        if inside and start is None:
            start = cp
        elif not inside and start is not None:
            out += [start, cp]
            start = None
    return out


def text(s):
    out = []
    for ch in s:
        if ch in "'\\":
            out.append('\\' + ch)
        elif ' ' <= ch <= '~':
            out.append(ch)
        elif ord(ch) <= 0xffff:
            out.append('\\u%04x' % ord(ch))
        else:
            out.append('\\U%08x' % ord(ch))
    return "'" + ''.join(out) + "'"


def wrap(items, indent='    '):
    lines, line = [], indent
    for item in items:
        if len(line) + len(item) + 1 > WIDTH and line.strip():
            lines.append(line.rstrip())
            line = indent
        line += item + ' '
    if line.strip():
        lines.append(line.rstrip())
    return '\n'.join(lines)


def emulated_nfkc(s, fixes, keep):
    # What src/lib/stringprep.py does, as CPython's ucd_3_2_0 does: characters unassigned in 3.2 are not
    # decomposed, the corrected ones take their 3.2 form, the rest their current compatibility
    # decomposition; then canonical order by the current combining classes, and the current canonical
    # composition.
    parts = []
    for ch in s:
        if ord(ch) in fixes:
            parts.append(fixes[ord(ch)])
        elif stringprep.in_table_a1(ch):
            parts.append(ch)
        else:
            parts.append(unicodedata.normalize('NFKD', ch))
    chars = list(''.join(parts))
    for i in range(1, len(chars)):
        j = i
        cc = unicodedata.combining(chars[j])
        while j > 0 and cc and unicodedata.combining(chars[j - 1]) > cc:
            chars[j - 1], chars[j] = chars[j], chars[j - 1]
            j -= 1
    # Composition, but a character new since 3.2 that has a canonical decomposition stays as it is.
    out, run = [], []
    for ch in chars:
        if ord(ch) in keep:
            out.append(unicodedata.normalize('NFC', ''.join(run)))
            out.append(ch)
            run = []
        else:
            run.append(ch)
    out.append(unicodedata.normalize('NFC', ''.join(run)))
    return ''.join(out)


def main():
    data = {name: ranges(getattr(stringprep, 'in_table_' + name)) for name in TABLES}
    b2, b3, fixes = {}, {}, {}
    for cp in range(0x110000):
        ch = chr(cp)
        if 0xd800 <= cp < 0xe000:
            continue
        if stringprep.map_table_b2(ch) != ch:
            b2[cp] = stringprep.map_table_b2(ch)
        if stringprep.map_table_b3(ch) != ch:
            b3[cp] = stringprep.map_table_b3(ch)
        if not stringprep.in_table_a1(ch):
            old = UCD32.normalize('NFKC', ch)
            if old != unicodedata.normalize('NFKC', ch):
                fixes[cp] = old
    keep = {cp for cp in range(0x110000) if stringprep.in_table_a1(chr(cp))
            and unicodedata.decomposition(chr(cp))[:1] not in ('', '<')}
    rng = random.Random(3454)
    # Characters new since 3.2 that decompose or combine now stress the emulation most.
    newer = [cp for cp in range(0x110000) if stringprep.in_table_a1(chr(cp))
             and (unicodedata.decomposition(chr(cp)) or unicodedata.combining(chr(cp)))]
    pool = list(range(0x3000)) + [rng.randrange(0x110000) for _ in range(3000)] + list(fixes) + newer * 3
    pool = [cp for cp in pool if not 0xd800 <= cp < 0xe000]
    for _ in range(20000):
        s = ''.join(chr(rng.choice(pool)) for _ in range(rng.randint(1, 6)))
        assert emulated_nfkc(s, fixes, keep) == UCD32.normalize('NFKC', s), ascii(s)

    rows = [
        '# Generated by tools/gen-stringprep.py from CPython 3.12\'s stringprep (Unicode 3.2). Do not edit.',
        '# RANGES: the code points of each table of RFC 3454 as half-open ranges (start, end, ...);',
        '# B2 / B3: map_table_b2 / map_table_b3 where they change a character; NFKC_3_2: Unicode 3.2\'s',
        '# NFKC of the characters whose form was corrected after 3.2; KEEP_3_2: the characters new since',
        '# 3.2 that decompose canonically. The other sets and b3_exceptions are the ones CPython\'s',
        '# stringprep module exposes.',
        '',
        'RANGES = {',
    ]
    for name in TABLES:
        rows.append(f'    {name!r}: (')
        rows.append(wrap([f'0x{v:x},' for v in data[name]], '        '))
        rows.append('    ),')
    rows.append('}')
    for title, mapping in (('B2', b2), ('B3', b3), ('NFKC_3_2', fixes),
                           ('b3_exceptions', stringprep.b3_exceptions)):
        rows.append('')
        rows.append(title + ' = {')
        rows.append(wrap([f'0x{k:x}: {text(v)},' for k, v in sorted(mapping.items())]))
        rows.append('}')
    for title, values in [('KEEP_3_2', keep)] + [(t, getattr(stringprep, t)) for t in (
            'b1_set', 'c22_specials', 'c6_set', 'c7_set', 'c8_set', 'c9_set')]:
        rows.append('')
        rows.append(title + ' = {')
        rows.append(wrap([f'0x{v:x},' for v in sorted(values)]))
        rows.append('}')
    with open(OUT, 'w', encoding='ascii', newline='\n') as f:
        f.write('\n'.join(rows) + '\n')
    print(f'wrote {OUT}: {len(b2)} B.2, {len(b3)} B.3, {len(fixes)} corrected, '
          + ', '.join(f'{k} {len(v) // 2}' for k, v in data.items()))


if __name__ == '__main__':
    main()
