#!/usr/bin/env python3
"""Records golden data from CPython 3.12 for the src/support helpers and the future dict/set types.

Run:  PYENV_VERSION=3.12.1 PYTHONHASHSEED=0 python3 tools/gen-golden.py
(it re-executes itself with PYTHONHASHSEED=0 when that is not set). Writes JSON files into tests/golden/
and the generated table src/support/unicode-printable.ts. Every sample is drawn from fixed-seed
random.Random instances, so a rerun on the same CPython writes identical files. tests/golden/README.md
lists the files.

Value encoding used in the JSON (see tests/golden/README.md):
  int      -> JSON number when |v| < 2**53, else {"i": "<decimal>"}
  float    -> {"f": "<16 hex digits of the IEEE-754 bits>"}
  complex  -> {"c": ["<re bits>", "<im bits>"]}
  str      -> JSON string when it has no surrogate code points, else {"u": [code points]}
  bytes    -> {"b": "<hex>"}
  tuple    -> {"t": [values]}
  frozenset-> {"fs": [values in iteration order]}
"""

import json
import math
import os
import random
import struct
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GOLDEN = os.path.join(ROOT, 'tests', 'golden')
PRINTABLE_TS = os.path.join(ROOT, 'src', 'support', 'unicode-printable.ts')
MAX_FILE = 2 * 1024 * 1024


def ensure_environment():
    if sys.version_info[:2] != (3, 12):
        root = os.environ.get('PYENV_ROOT', os.path.expanduser('~/.pyenv'))
        exe = os.path.join(root, 'versions', '3.12.1', 'bin', 'python3')
        if os.path.exists(exe):
            os.execve(exe, [exe] + sys.argv, dict(os.environ, PYENV_VERSION='3.12.1', PYTHONHASHSEED='0'))
        sys.exit('gen-golden.py must run under CPython 3.12 (PYENV_VERSION=3.12.1), not %s' % sys.version)
    if os.environ.get('PYTHONHASHSEED') != '0':
        env = dict(os.environ, PYTHONHASHSEED='0')
        os.execve(sys.executable, [sys.executable] + sys.argv, env)
    assert hash('abc') == -4594863902769663758, 'PYTHONHASHSEED=0 not in effect'


# ---------------------------------------------------------------------------------------------- encoding

def fbits(x):
    return struct.pack('>d', x).hex()


def has_surrogate(s):
    return any(0xD800 <= ord(c) <= 0xDFFF for c in s)


def enc(v):
    if isinstance(v, bool):
        raise TypeError('bool is not used in golden data')
    if isinstance(v, int):
        return v if abs(v) < 2**53 else {'i': str(v)}
    if isinstance(v, float):
        return {'f': fbits(v)}
    if isinstance(v, complex):
        return {'c': [fbits(v.real), fbits(v.imag)]}
    if isinstance(v, str):
        return {'u': [ord(c) for c in v]} if has_surrogate(v) else v
    if isinstance(v, bytes):
        return {'b': v.hex()}
    if isinstance(v, tuple):
        return {'t': [enc(x) for x in v]}
    if isinstance(v, frozenset):
        return {'fs': [enc(x) for x in v]}
    raise TypeError(type(v))


def write_json(name, description, sections):
    """Writes {"description": ..., key: [items...]} with one list item per line, so diffs stay readable."""
    parts = ['{\n', '"description": ', json.dumps(description), ',\n', '"python": ',
             json.dumps(sys.version.split()[0])]
    for key, items in sections.items():
        parts.append(',\n')
        parts.append(json.dumps(key))
        if isinstance(items, list):
            parts.append(': [\n')
            parts.append(',\n'.join(json.dumps(item, separators=(',', ':')) for item in items))
            parts.append('\n]')
        else:
            parts.append(': ')
            parts.append(json.dumps(items, separators=(',', ':')))
    parts.append('\n}\n')
    text = ''.join(parts)
    if len(text) > MAX_FILE:
        sys.exit('%s would be %d bytes, over the %d limit' % (name, len(text), MAX_FILE))
    with open(os.path.join(GOLDEN, name), 'w', encoding='ascii') as f:
        f.write(text)
    print('wrote tests/golden/%s (%d bytes)' % (name, len(text)))


def run_with_seed(seed, code, payload):
    """Runs `code` in a fresh CPython with PYTHONHASHSEED=seed; it reads JSON on stdin, prints JSON."""
    env = dict(os.environ, PYTHONHASHSEED=str(seed))
    out = subprocess.run([sys.executable, '-c', code], input=json.dumps(payload), env=env,
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


# ---------------------------------------------------------------------------------------------- samples

def sample_ints():
    rnd = random.Random(1001)
    vals = set(range(-300, 301))
    P = 2**61 - 1
    for k in range(0, 260):
        for d in (-2, -1, 0, 1, 2):
            vals.add(2**k + d)
            vals.add(-(2**k) + d)
    for k in (30, 31, 32, 53, 60, 61, 62, 63, 64, 90, 120, 122, 123, 183, 184):
        for d in range(-5, 6):
            vals.add(2**k + d)
            vals.add(-(2**k + d))
    for m in range(0, 12):
        for d in (-1, 0, 1):
            vals.add(m * P + d)
            vals.add(-(m * P + d))
    for _ in range(300):
        vals.add(rnd.getrandbits(rnd.randrange(1, 64)) * rnd.choice((1, -1)))
    for _ in range(300):
        vals.add(rnd.getrandbits(rnd.randrange(64, 300)) * rnd.choice((1, -1)))
    for _ in range(60):
        vals.add(rnd.getrandbits(rnd.randrange(300, 5000)) * rnd.choice((1, -1)))
    vals.update((10**k for k in range(0, 120)))
    vals.update((-(10**k) for k in range(0, 120)))
    vals.add(-P - 1)
    vals.add(-2 * P - 1)
    return sorted(vals)


def special_floats():
    vals = [0.0, -0.0, float('inf'), float('-inf'), 5e-324, -5e-324, 1e-323, 2.2250738585072014e-308,
            2.225073858507201e-308, 1.7976931348623157e308, -1.7976931348623157e308, 1.0, -1.0, 0.5, 2.0,
            0.1, 0.2, 0.3, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 9999999999999998.0, 1e16 - 2, 1e17, 1e22,
            1e21, 1e23, 123456789012345.0, 1234567890123456.0, 12345678901234567.0, 0.0001, 0.00001,
            0.000123, 0.0000123, 1e-4, 1e-5, 9.999999999999999e-05, 0.00009999999999999999, 1.5, 2.5,
            1e100, 1e-100, 1e308, 1e-308, 1e-320, 4.35, 0.07, 100.0, 1e300 * 1e10, 2.0**53, 2.0**53 + 2,
            2.0**61, 2.0**62, 2.0**63, 2.0**64, 2.0**61 - 2**8, float(2**61 - 1), 3.141592653589793,
            2.718281828459045, 1.1, 2.675, 0.30000000000000004, 9007199254740993.0, 4.9406564584124654e-324]
    return vals


def sample_floats_repr():
    rnd = random.Random(2002)
    vals = list(special_floats())
    for k in range(-330, 311):
        x = float('1e%d' % k)
        vals += [x, math.nextafter(x, math.inf), math.nextafter(x, 0.0)]
    for k in range(-1074, 1024):
        vals.append(2.0**k)
    for k in range(0, 64):
        vals.append(2.0**k - 1 if k < 54 else 2.0**k)
        vals.append(float(2**k + 1))
    while len(vals) < 11000:
        bits = rnd.getrandbits(64)
        x = struct.unpack('>d', bits.to_bytes(8, 'big'))[0]
        if x == x:
            vals.append(x)
    # random decimal strings: digit counts 1..17, exponents around the layout boundaries
    for _ in range(5000):
        nd = rnd.randrange(1, 18)
        digits = str(rnd.randrange(10**(nd - 1), 10**nd))
        e = rnd.choice([rnd.randrange(-25, 25), rnd.randrange(-330, 310)])
        x = float('%s.%se%d' % (digits[0], digits[1:] or '0', e))
        vals.append(-x if rnd.random() < 0.3 else x)
    # integers as floats and short decimals
    for _ in range(2000):
        vals.append(float(rnd.randrange(0, 2**rnd.randrange(1, 70))))
    for _ in range(1500):
        vals.append(round(rnd.uniform(-1000, 1000), rnd.randrange(0, 8)))
    # subnormals
    for _ in range(500):
        vals.append(struct.unpack('>d', rnd.getrandbits(52).to_bytes(8, 'big'))[0])
    out, seen = [], set()
    for x in vals:
        key = fbits(x)
        if key not in seen:
            seen.add(key)
            out.append(x)
    return out


def sample_floats_hash():
    rnd = random.Random(3003)
    vals = [x for x in special_floats()]
    for k in range(-1074, 1024, 3):
        vals.append(2.0**k)
        vals.append(-(2.0**k) * 1.5)
    for _ in range(1500):
        x = struct.unpack('>d', rnd.getrandbits(64).to_bytes(8, 'big'))[0]
        if x == x:
            vals.append(x)
    for _ in range(300):
        vals.append(float(rnd.getrandbits(rnd.randrange(1, 120))))
    for _ in range(300):
        vals.append(struct.unpack('>d', rnd.getrandbits(52).to_bytes(8, 'big'))[0])
    for _ in range(300):
        vals.append(round(rnd.uniform(-1e6, 1e6), rnd.randrange(0, 6)))
    vals += [-1.0, -2.0, float(-(2**61 - 1)), -0.5]
    out, seen = [], set()
    for x in vals:
        if fbits(x) not in seen:
            seen.add(fbits(x))
            out.append(x)
    return out


def sample_strs():
    rnd = random.Random(4004)
    out = ['', 'a', 'abc', 'xyz', 'hello world', 'abcdefgh', 'abcdefghi', '\x00', '\x00\x00', 'é', 'ÿ',
           '\u0100', '\uffff', '\U00010000', '\U0010ffff', '\ud800', '\udfff', '\ud83d\ude00', 'a\ud800b',
           '😀', 'naïve café', 'Ωμέγα', '日本語テキスト', 'mixed😀ascii', '\t\n\r', '__init__', 'self']
    for n in range(1, 41):
        out.append(''.join(chr(rnd.randrange(0x20, 0x7f)) for _ in range(n)))
    pools = [(0x80, 0x100), (0x100, 0xd800), (0xe000, 0x10000), (0x10000, 0x110000), (0xd800, 0xe000)]
    for lo, hi in pools:
        for n in range(1, 25):
            s = ''.join(chr(rnd.randrange(lo, hi)) for _ in range(n))
            out.append(s)
            out.append('x' * rnd.randrange(0, 9) + s)
    for n in range(0, 80):
        alphabet = rnd.choice([(0, 0x80), (0, 0x100), (0, 0x10000), (0, 0x110000)])
        out.append(''.join(chr(rnd.randrange(*alphabet)) for _ in range(rnd.randrange(1, 60))))
    return out


def sample_bytes():
    rnd = random.Random(5005)
    out = [b'', b'xyz', b'abc', b'\x00', b'\xff' * 8, bytes(range(256))]
    for n in range(1, 70):
        out.append(bytes(rnd.getrandbits(8) for _ in range(n)))
    return out


STR_BYTES_HASH_CODE = r'''
import json, sys
data = json.load(sys.stdin)
def dec(v):
    return ''.join(map(chr, v))
print(json.dumps({
    "str": [hash(dec(s)) for s in data["str"]],
    "bytes": [hash(bytes.fromhex(b)) for b in data["bytes"]],
}))
'''

SECRET_CODE = r'''
import ctypes, json
print(json.dumps(bytes((ctypes.c_ubyte * 24).in_dll(ctypes.pythonapi, '_Py_HashSecret')).hex()))
'''


def gen_hash_numbers():
    ints = [[str(v), str(hash(v))] for v in sample_ints()]
    floats = [[fbits(x), str(hash(x))] for x in sample_floats_hash()]
    rnd = random.Random(6006)
    fl = special_floats()
    cplx = []
    for _ in range(400):
        z = complex(rnd.choice(fl + [rnd.uniform(-10, 10)]), rnd.choice(fl + [rnd.uniform(-10, 10)]))
        cplx.append([fbits(z.real), fbits(z.imag), str(hash(z))])
    cplx.append([fbits(-1.0), fbits(0.0), str(hash(complex(-1.0, 0.0)))])
    # Identity hashes (object(), NaN) are _Py_HashPointer(address): call it through ctypes on fixed
    # addresses, so the file does not depend on where this run's objects happen to live.
    import ctypes
    hash_pointer = ctypes.pythonapi._Py_HashPointer
    hash_pointer.restype = ctypes.c_ssize_t
    hash_pointer.argtypes = [ctypes.c_void_p]
    for o in [object(), float('nan'), object()]:
        assert hash(o) == hash_pointer(id(o))
    addrs = [1, 8, 15, 16, 17, 0xffff, 2**31 - 8, 2**31, 2**32 - 16, 2**32 + 8, 2**40 + 24, 0x7f3a5c2b1e40,
             2**53 - 16, 2**53 - 1] + [rnd.randrange(0, 2**47) & ~7 for _ in range(30)]
    pointers = [[a, str(hash_pointer(a))] for a in addrs]
    write_json('hash-numbers.json',
               'hash() of ints ([decimal, hash]), floats ([IEEE bits hex, hash]; NaN hashes by identity so is '
               'absent) and complex ([re bits, im bits, hash]); pointer: [id(o), hash(o)] for objects and NaNs '
               'whose hash is _Py_HashPointer(address); from CPython 3.12.',
               {'int': ints, 'float': floats, 'complex': cplx, 'pointer': pointers})


def gen_hash_str_bytes():
    strs = sample_strs()
    bs = sample_bytes()
    payload = {'str': [[ord(c) for c in s] for s in strs], 'bytes': [b.hex() for b in bs]}
    sections = {}
    for seed in (0, 12345):
        res = run_with_seed(seed, STR_BYTES_HASH_CODE, payload)
        if seed == 0:
            assert res['str'] == [hash(s) for s in strs]
        sections['str_seed%d' % seed] = [[cps, str(h)] for cps, h in zip(payload['str'], res['str'])]
        sections['bytes_seed%d' % seed] = [[b, str(h)] for b, h in zip(payload['bytes'], res['bytes'])]
    secrets = []
    for seed in (0, 1, 2, 12345, 4294967295):
        secrets.append([seed, run_with_seed(seed, SECRET_CODE, None)])
    sections['secret'] = secrets
    # How PYTHONHASHSEED text is read: [text, hash('abc')] for fixed seeds, [text, "random"] when the
    # secret is random (two runs differ), [text, "error"] when CPython refuses to start.
    seed_texts = []
    for text in ('0', '1', '12345', '+7', ' 7', '\t\n7', '-0', '-1', '7 ', '  ', '0x10', '00012', '4294967295',
                 '4294967296', '18446744073709551615', '99999999999999999999999', 'random', '', 'Random', '1e3',
                 '+', '-', '++1', '007'):
        env = dict(os.environ, PYTHONHASHSEED=text)
        runs = [subprocess.run([sys.executable, '-c', 'print(hash("abc"))'], env=env, capture_output=True,
                               text=True) for _ in range(2)]
        if runs[0].returncode != 0:
            assert 'PYTHONHASHSEED must be' in runs[0].stderr, runs[0].stderr
            seed_texts.append([text, 'error'])
        elif runs[0].stdout != runs[1].stdout:
            seed_texts.append([text, 'random'])
        else:
            seed_texts.append([text, runs[0].stdout.strip()])
    sections['seed_text'] = seed_texts
    write_json('hash-str-bytes.json',
               'hash() of str ([code points, hash]) and bytes ([hex, hash]) under PYTHONHASHSEED=0 and 12345, '
               'the 24-byte _Py_HashSecret for some seeds ([seed, hex]), and how PYTHONHASHSEED text is read '
               '(seed_text: [text, hash("abc") | "random" | "error"]), from CPython 3.12.',
               sections)


def random_hashable(rnd, depth):
    kind = rnd.randrange(8 if depth < 3 else 5)
    if kind == 0:
        return rnd.choice([rnd.randrange(-1000, 1000), rnd.getrandbits(rnd.randrange(1, 200)),
                           -rnd.getrandbits(rnd.randrange(1, 200)), -1, -2, 2**61 - 1])
    if kind == 1:
        return rnd.choice(special_floats() + [rnd.uniform(-1e9, 1e9), float(rnd.randrange(-50, 50))])
    if kind == 2:
        alphabet = rnd.choice([(0x20, 0x7f), (0x20, 0x100), (0x20, 0x10000), (0x20, 0x110000)])
        return ''.join(chr(rnd.randrange(*alphabet)) for _ in range(rnd.randrange(0, 12)))
    if kind == 3:
        return bytes(rnd.getrandbits(8) for _ in range(rnd.randrange(0, 12)))
    if kind == 4:
        return complex(rnd.uniform(-5, 5), rnd.choice([0.0, 1.0, rnd.uniform(-5, 5)]))
    if kind == 7:
        return frozenset(random_hashable(rnd, depth + 1) for _ in range(rnd.randrange(0, 6)))
    return tuple(random_hashable(rnd, depth + 1) for _ in range(rnd.randrange(0, 6)))


def gen_hash_containers():
    rnd = random.Random(7007)
    tuples = [(), (1,), (1, 2), ((),), ((), ()), (-1,), (-2,), ('a', 'b'), (1.5, 'x', (2, (3, (4,)))),
              (0,) * 10, tuple(range(100))]
    while len(tuples) < 600:
        t = random_hashable(rnd, 0)
        if isinstance(t, tuple):
            tuples.append(t)
    fsets = [frozenset(), frozenset([0]), frozenset([-1]), frozenset([1, 2, 3]), frozenset(range(100)),
             frozenset(['a', 'b', 'c']), frozenset([frozenset(), frozenset([0])]), frozenset([(), (1,)])]
    while len(fsets) < 300:
        fs = frozenset(random_hashable(rnd, 1) for _ in range(rnd.randrange(0, 20)))
        fsets.append(fs)
    write_json('hash-containers.json',
               'hash() of tuples and frozensets ([encoded value, hash]; see tools/gen-golden.py for the '
               'encoding) under PYTHONHASHSEED=0, from CPython 3.12.',
               {'tuple': [[enc(t), str(hash(t))] for t in tuples],
                'frozenset': [[enc(f), str(hash(f))] for f in fsets]})


def gen_float_repr():
    vals = sample_floats_repr()
    items = [[fbits(x), repr(x)] for x in vals]
    items.append([fbits(float('nan')), repr(float('nan'))])
    items.append([fbits(-float('nan')), repr(-float('nan'))])
    write_json('float-repr.json', 'repr(float) from CPython 3.12: [IEEE bits hex, repr].', {'repr': items})


def tricky_strs():
    rnd = random.Random(8008)
    out = ['', "'", '"', '\'"', '"\'', "a'b", 'a"b', "it's \"x\"", '\\', '\\n', '\n\r\t', '\x00\x01\x1f',
           '\x7f', '\x80\x9f\xa0\xad\xff', ' ', '\u00a0', '\u2028\u2029', '\u200b\u200e\ufeff', '\ud800',
           '\udc00\udfff', '\ud83d\ude00', '\U0001f600', '\ue000\uf8ff', '\U000f0000\U0010ffff', '\U000e0001',
           '\u0378', '\U0001fbff', '\u3000', '\u1680', 'é', 'Ωμέγα', '日本語', 'a\x00b', 'tab\there',
           '\x1b[0m', '\U0002a6df', '\U00030000', '\U000e0100', '\u0600\u061c\u06dd', '\ufffe\uffff']
    for _ in range(1500):
        alphabet = rnd.choice([(0, 0x80), (0, 0x100), (0, 0x3000), (0, 0x10000), (0x10000, 0x110000),
                               (0, 0x110000)])
        n = rnd.randrange(1, 12)
        out.append(''.join(chr(rnd.randrange(*alphabet)) for _ in range(n)))
    for _ in range(200):
        out.append(''.join(rnd.choice(['\'', '"', 'a', '\\', ' ']) for _ in range(rnd.randrange(1, 8))))
    return out


def gen_str_repr():
    rnd = random.Random(9009)
    strs = [[[ord(c) for c in s], repr(s)] for s in tricky_strs()]
    bs = [b'', b"'", b'"', b'\'"', b'\\', bytes(range(256)), b'\n\r\t', b"it's", b'\x7f\x80']
    for _ in range(300):
        bs.append(bytes(rnd.choice([rnd.getrandbits(8), 0x27, 0x22, 0x5c, 0x41])
                        for _ in range(rnd.randrange(0, 12))))
    write_json('str-repr.json',
               'repr(str) ([code points, repr]) and repr(bytes) ([hex, repr]) from CPython 3.12.',
               {'str': strs, 'bytes': [[b.hex(), repr(b)] for b in bs]})


def printable_ranges():
    ranges, start, prev = [], 0, False
    for c in range(0x110000):
        p = chr(c).isprintable()
        if p and not prev:
            start = c
        if prev and not p:
            ranges.append([start, c - 1])
        prev = p
    if prev:
        ranges.append([start, 0x10FFFF])
    return ranges


def gen_printable():
    import unicodedata
    ranges = printable_ranges()
    write_json('unicode-printable.json',
               'Inclusive code point ranges where str.isprintable() is true in CPython 3.12 (unicodedata %s).'
               % unicodedata.unidata_version, {'unidata_version': unicodedata.unidata_version, 'ranges': ranges})
    # Table for src/support: sorted boundaries; code point c is printable when the number of boundaries
    # <= c is odd.
    bounds = []
    for lo, hi in ranges:
        bounds.append(lo)
        bounds.append(hi + 1)
    lines = []
    for i in range(0, len(bounds), 10):
        lines.append('  ' + ', '.join('0x%x' % b for b in bounds[i:i + 10]) + ',')
    text = (
        '// Generated by tools/gen-golden.py from CPython 3.12 unicodedata (Unicode %s). Do not edit.\n'
        '// Code points printable per str.isprintable (CPython\'s Py_UNICODE_ISPRINTABLE): every category but\n'
        '// Cc Cf Cs Co Cn Zl Zp and Zs other than U+0020. Pinned to CPython\'s Unicode version, not the ICU\n'
        '// inside Node, so repr(str) does not change with the Node release.\n'
        '\n'
        '/** Unicode version of the table, as unicodedata.unidata_version. */\n'
        "export const PRINTABLE_UNIDATA_VERSION = '%s';\n"
        '\n'
        '/** Sorted range starts and ends (exclusive), alternating: printable from [2i] up to before [2i+1]. */\n'
        'export const PRINTABLE_BOUNDS = new Uint32Array([\n%s\n]);\n'
        % (unicodedata.unidata_version, unicodedata.unidata_version, '\n'.join(lines)))
    with open(PRINTABLE_TS, 'w', encoding='ascii') as f:
        f.write(text)
    print('wrote src/support/unicode-printable.ts (%d ranges)' % len(ranges))


# ---------------------------------------------------------------------------------------------- dict / set

def key_pool(rnd, kind):
    if kind == 'int':
        return [rnd.choice([rnd.randrange(-20, 100), rnd.randrange(-10**6, 10**6), 8 * rnd.randrange(0, 64),
                            2**rnd.randrange(0, 70), -(2**rnd.randrange(0, 70)), rnd.getrandbits(80),
                            rnd.randrange(0, 4) * (2**61 - 1) + rnd.randrange(-2, 3), -1, -2])
                for _ in range(400)]
    if kind == 'str':
        return [''.join(chr(rnd.randrange(0x61, 0x61 + 6)) for _ in range(rnd.randrange(0, 4)))
                if rnd.random() < 0.6 else
                ''.join(chr(rnd.randrange(0x20, 0x3000)) for _ in range(rnd.randrange(1, 6)))
                for _ in range(400)]
    if kind == 'tuple':
        return [tuple(rnd.choice([rnd.randrange(-5, 5), 'k%d' % rnd.randrange(5), 0.5 * rnd.randrange(-4, 4)])
                      for _ in range(rnd.randrange(0, 4))) for _ in range(400)]
    if kind == 'mixed':
        return (key_pool(rnd, 'int')[:150] + key_pool(rnd, 'str')[:150] + key_pool(rnd, 'tuple')[:100]
                + [1.0, 2.5, -0.0, 0.0, 1e100, float(2**61 - 1), 1 + 0j, 0j, 2j, b'', b'ab'])
    raise ValueError(kind)


class SetRecorder:
    """Runs a script of set operations in CPython and records order and size after each step."""

    def __init__(self):
        self.vars = {}
        self.steps = []

    def record(self, op, var, ret=None, has_ret=False):
        s = self.vars[var]
        step = {'op': op, 'order': [enc(x) for x in s], 'sizeof': sys.getsizeof(s)}
        if has_ret:
            step['ret'] = enc(ret)
        self.steps.append(step)

    def run(self, op):
        name = op[0]
        v = self.vars
        if name in ('set', 'frozenset'):  # [kind, var, [values]]: var = kind(list)
            ctor = set if name == 'set' else frozenset
            v[op[1]] = ctor(op[2])
            self.record([name, op[1], [enc(x) for x in op[2]]], op[1])
        elif name in ('set_of', 'frozenset_of'):  # [kind, var, src]: var = kind(src) from another set
            ctor = set if name == 'set_of' else frozenset
            v[op[1]] = ctor(v[op[2]])
            self.record(op, op[1])
        elif name in ('add', 'discard', 'remove'):
            getattr(v[op[1]], name)(op[2])
            self.record([name, op[1], enc(op[2])], op[1])
        elif name == 'pop':
            r = v[op[1]].pop()
            self.record(op, op[1], r, True)
        elif name in ('clear',):
            v[op[1]].clear()
            self.record(op, op[1])
        elif name == 'copy':  # ['copy', dst, src]
            v[op[1]] = v[op[2]].copy()
            self.record(op, op[1])
        elif name == 'update':  # ['update', var, [values]]: var.update(list)
            v[op[1]].update(op[2])
            self.record([name, op[1], [enc(x) for x in op[2]]], op[1])
        elif name == 'binop':  # ['binop', dst, a, operator, b]
            a, b = v[op[2]], v[op[4]]
            v[op[1]] = {'|': a.__or__, '&': a.__and__, '-': a.__sub__, '^': a.__xor__}[op[3]](b)
            self.record(op, op[1])
        elif name == 'inplace':  # ['inplace', a, operator, b]
            a, b = v[op[1]], v[op[3]]
            if op[2] == '|=':
                a |= b
            elif op[2] == '&=':
                a &= b
            elif op[2] == '-=':
                a -= b
            else:
                a ^= b
            v[op[1]] = a
            self.record(op, op[1])
        elif name == 'method':  # ['method', dst, src, method, [values]]: dst = src.method(list)
            v[op[1]] = getattr(v[op[2]], op[3])(op[4])
            self.record(['method', op[1], op[2], op[3], [enc(x) for x in op[4]]], op[1])
        elif name == 'method_update':  # ['method_update', var, method, [values]]: var.method(list)
            getattr(v[op[1]], op[2])(op[3])
            self.record(['method_update', op[1], op[2], [enc(x) for x in op[3]]], op[1])
        else:
            raise ValueError(name)


def set_cases():
    rnd = random.Random(10010)
    cases = []

    def case(name, ops):
        r = SetRecorder()
        for op in ops:
            r.run(op)
        cases.append({'name': name, 'steps': r.steps})

    # Add/discard/remove/pop sequences on each key kind.
    for kind in ('int', 'str', 'tuple', 'mixed'):
        for n in range(6):
            pool = key_pool(rnd, kind)
            size = rnd.choice([8, 20, 60, 150])
            live = []
            ops = [['set', 'a', []]]
            for _ in range(size):
                r = rnd.random()
                if r < 0.6 or not live:
                    x = rnd.choice(pool)
                    ops.append(['add', 'a', x])
                    live.append(x)
                elif r < 0.8:
                    ops.append(['discard', 'a', rnd.choice(pool + live)])
                elif r < 0.93:
                    x = rnd.choice(live)
                    if x in set(live):
                        ops.append(['remove', 'a', x])
                    live = [y for y in live if y != x]
                else:
                    ops.append(['pop', 'a'])
                    live = []  # unknown which one; only used to pick remove targets
            # keep remove safe: replay in Python first
            s = set()
            safe = [ops[0]]
            for op in ops[1:]:
                if op[0] == 'remove' and op[2] not in s:
                    op = ['discard', 'a', op[2]]
                if op[0] == 'pop' and not s:
                    continue
                safe.append(op)
                if op[0] == 'add':
                    s.add(op[2])
                elif op[0] in ('discard', 'remove'):
                    s.discard(op[2])
                else:
                    s.pop()
            case('%s-ops-%d' % (kind, n), safe)

    # Colliding ints: multiples of 8 and of powers of two, hash-equal values, and P = 2**61-1.
    P = 2**61 - 1
    case('int-multiples-of-8', [['set', 'a', []]] + [['add', 'a', 8 * i] for i in range(40)]
         + [['discard', 'a', 8 * i] for i in range(0, 40, 3)] + [['add', 'a', 8 * i + 1] for i in range(10)])
    case('int-powers-of-2', [['set', 'a', []]] + [['add', 'a', 2**k] for k in range(0, 80)])
    case('int-hash-equal', [['set', 'a', []]] + [['add', 'a', x] for x in
                                                   (-1, -2, 0, P, 2 * P, -P, 1, P + 1, 2**61, 2**122, 2**64, 8)]
         + [['discard', 'a', -2], ['add', 'a', -2], ['remove', 'a', P], ['add', 'a', 3 * P]])
    case('int-grow-shrink', [['set', 'a', []]] + [['add', 'a', i] for i in range(100)]
         + [['discard', 'a', i] for i in range(95)] + [['add', 'a', i * 1000] for i in range(10)])
    case('dummy-reuse', [['set', 'a', list(range(5))], ['discard', 'a', 2], ['add', 'a', 10], ['add', 'a', 2],
                         ['discard', 'a', 0], ['discard', 'a', 1], ['add', 'a', 18], ['add', 'a', 26]])
    case('pop-all', [['set', 'a', [5, 3, 'x', (1, 2), 9, 2.5, -7]]] + [['pop', 'a']] * 7)
    case('clear-reuse', [['set', 'a', list(range(50))], ['clear', 'a'], ['add', 'a', 7], ['add', 'a', 3]])

    # Construction from lists (with duplicates), from sets, copies.
    for kind in ('int', 'str', 'tuple', 'mixed'):
        for n in range(4):
            pool = key_pool(rnd, kind)
            lst = [rnd.choice(pool) for _ in range(rnd.choice([3, 10, 40, 120]))]
            case('%s-from-list-%d' % (kind, n), [
                ['set', 'a', lst], ['frozenset', 'f', lst], ['set_of', 'b', 'a'], ['frozenset_of', 'g', 'a'],
                ['copy', 'c', 'a'], ['set_of', 'd', 'f'], ['copy', 'h', 'f']])
    case('list-of-ints-8-stride', [['set', 'a', [8 * i for i in range(30)]],
                                   ['frozenset', 'f', [8 * i for i in range(30)][::-1]]])

    # Set algebra, binary and in place, and the list-taking methods.
    for kind in ('int', 'str', 'mixed'):
        for n in range(5):
            pool = key_pool(rnd, kind)
            la = [rnd.choice(pool) for _ in range(rnd.choice([2, 6, 30, 80]))]
            lb = [rnd.choice(pool) for _ in range(rnd.choice([2, 6, 30, 80]))] + la[:rnd.randrange(0, len(la) + 1)]
            rnd.shuffle(lb)
            ops = [['set', 'a', la], ['set', 'b', lb], ['frozenset', 'fa', la], ['frozenset', 'fb', lb]]
            for o in '|&-^':
                ops.append(['binop', 'r' + o, 'a', o, 'b'])
                ops.append(['binop', 's' + o, 'b', o, 'a'])
                ops.append(['binop', 'f' + o, 'fa', o, 'b'])
                ops.append(['binop', 'g' + o, 'a', o, 'fb'])
            for o in ('|=', '&=', '-=', '^='):
                ops.append(['copy', 'x', 'a'])
                ops.append(['inplace', 'x', o, 'b'])
                ops.append(['copy', 'y', 'b'])
                ops.append(['inplace', 'y', o, 'a'])
            for m in ('union', 'intersection', 'difference', 'symmetric_difference'):
                ops.append(['method', 'm', 'a', m, lb])
            for m in ('update', 'intersection_update', 'difference_update', 'symmetric_difference_update'):
                ops.append(['copy', 'z', 'a'])
                ops.append(['method_update', 'z', m, lb])
            case('%s-algebra-%d' % (kind, n), ops)
    return cases


class DictRecorder:
    def __init__(self):
        self.d = {}
        self.steps = []

    def run(self, op):
        d = self.d
        name = op[0]
        ret, has_ret = None, False
        if name == 'new':  # ['new', [[k, v], ...]]: dict(list of pairs)
            self.d = d = dict(op[1])
            op = ['new', [[enc(k), v] for k, v in op[1]]]
        elif name == 'set':
            d[op[1]] = op[2]
            op = ['set', enc(op[1]), op[2]]
        elif name == 'del':
            del d[op[1]]
            op = ['del', enc(op[1])]
        elif name == 'pop':
            ret, has_ret = d.pop(op[1]), True
            op = ['pop', enc(op[1])]
        elif name == 'popitem':
            k, v = d.popitem()
            ret, has_ret = [enc(k), v], True
        elif name == 'setdefault':
            ret, has_ret = d.setdefault(op[1], op[2]), True
            op = ['setdefault', enc(op[1]), op[2]]
        elif name == 'clear':
            d.clear()
        elif name == 'copy':
            self.d = d = d.copy()
        else:
            raise ValueError(name)
        step = {'op': op, 'items': [[enc(k), v] for k, v in d.items()], 'sizeof': sys.getsizeof(d)}
        if has_ret:
            step['ret'] = ret
        self.steps.append(step)


def dict_cases():
    rnd = random.Random(11011)
    cases = []
    for kind in ('int', 'str', 'tuple', 'mixed'):
        for n in range(5):
            pool = key_pool(rnd, kind)
            r = DictRecorder()
            r.run(['new', [[rnd.choice(pool), i] for i in range(rnd.randrange(0, 6))]])
            for i in range(rnd.choice([10, 30, 80])):
                x = rnd.random()
                keys = list(r.d)
                if x < 0.55 or not keys:
                    r.run(['set', rnd.choice(pool + keys), i])
                elif x < 0.7:
                    r.run(['del', rnd.choice(keys)])
                elif x < 0.8:
                    r.run(['pop', rnd.choice(keys)])
                elif x < 0.88:
                    r.run(['popitem'])
                elif x < 0.95:
                    r.run(['setdefault', rnd.choice(pool + keys), i])
                elif x < 0.98:
                    r.run(['copy'])
                else:
                    r.run(['clear'])
            cases.append({'name': '%s-ops-%d' % (kind, n), 'steps': r.steps})
    r = DictRecorder()
    r.run(['new', []])
    for i in range(20):
        r.run(['set', 'k%d' % i, i])
    for i in range(0, 20, 2):
        r.run(['del', 'k%d' % i])
    for i in range(0, 20, 4):
        r.run(['set', 'k%d' % i, 100 + i])
    r.run(['popitem'])
    r.run(['set', 'k1', -1])
    cases.append({'name': 'reinsert-after-delete', 'steps': r.steps})
    return cases


def gen_containers_order():
    write_json('set-order.json',
               'Iteration order (list(s)) and sys.getsizeof of sets and frozensets after each step of scripted '
               'operations under PYTHONHASHSEED=0, from CPython 3.12. Each case is {name, steps}; each step is '
               '{op, order, sizeof[, ret]} where op is one of: [set|frozenset, var, [values]] (var = set(list)); '
               '[set_of|frozenset_of, var, src]; [add|discard|remove, var, value]; [pop, var] (ret = popped); '
               '[clear, var]; [copy, dst, src] (dst = src.copy()); [update, var, [values]]; '
               '[binop, dst, a, "|"|"&"|"-"|"^", b]; [inplace, a, "|="|"&="|"-="|"^=", b]; '
               '[method, dst, src, name, [values]] (dst = src.name(list)); [method_update, var, name, [values]]. '
               'order and sizeof describe the variable the op assigned or changed (its first var/dst).',
               {'cases': set_cases()})
    write_json('dict-order.json',
               'Items order (list(d.items())) and sys.getsizeof of one dict after each step, under '
               'PYTHONHASHSEED=0, from CPython 3.12. Each step is {op, items, sizeof[, ret]}; op is one of '
               '[new, [[key, value]...]] (dict(pairs)), [set, key, value], [del, key], [pop, key], [popitem], '
               '[setdefault, key, value], [copy] (d = d.copy()), [clear].',
               {'cases': dict_cases()})


def main():
    ensure_environment()
    os.makedirs(GOLDEN, exist_ok=True)
    gen_hash_numbers()
    gen_hash_str_bytes()
    gen_hash_containers()
    gen_float_repr()
    gen_str_repr()
    gen_printable()
    gen_containers_order()


if __name__ == '__main__':
    main()
