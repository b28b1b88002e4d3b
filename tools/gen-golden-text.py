#!/usr/bin/env python3
"""Records golden data from CPython 3.12 for src/objects/str.ts and src/objects/bytes.ts.

Run:  PYENV_VERSION=3.12.1 python3 tools/gen-golden-text.py
(it re-executes itself under 3.12.1 when started by another Python). Writes tests/golden/text.json.
Samples come from a fixed-seed random.Random plus hand-picked edge cases, so a rerun on the same
CPython writes an identical file. tools/gen-golden.py (hash and repr of str/bytes) is separate.

Encoding: a str is its list of code points (surrogates included); bytes are hex text; an outcome is
["ok", value] or ["error", "<exception type name>", "<str(exception)>"].
"""

import json
import os
import random
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, 'tests', 'golden', 'text.json')
MAX_FILE = 2 * 1024 * 1024


def ensure_environment():
    if sys.version_info[:2] != (3, 12):
        root = os.environ.get('PYENV_ROOT', os.path.expanduser('~/.pyenv'))
        exe = os.path.join(root, 'versions', '3.12.1', 'bin', 'python3')
        if os.path.exists(exe):
            os.execve(exe, [exe] + sys.argv, dict(os.environ, PYENV_VERSION='3.12.1'))
        sys.exit('gen-golden-text.py must run under CPython 3.12 (PYENV_VERSION=3.12.1), not %s' % sys.version)


def cps(s):
    return [ord(c) for c in s]


def outcome(f):
    try:
        return ['ok', f()]
    except Exception as e:  # noqa: BLE001 - the exception is the recorded result
        return ['error', type(e).__name__, str(e)]


# Characters from every storage width, and the boundaries between them.
POOL = [0x00, 0x09, 0x20, 0x27, 0x22, 0x41, 0x61, 0x7a, 0x7f, 0x80, 0xa0, 0xe9, 0xff, 0x100, 0x3b1, 0x7ff,
        0x800, 0x4e2d, 0xd7ff, 0xd800, 0xdbff, 0xdc00, 0xdc80, 0xdcff, 0xdfff, 0xe000, 0xfffd, 0xffff,
        0x10000, 0x1f600, 0x10ffff]


def rand_str(rnd, maxlen, pool=POOL, surrogates=True):
    n = rnd.randrange(maxlen + 1)
    out = []
    for _ in range(n):
        r = rnd.random()
        if r < 0.5:
            out.append(chr(rnd.randrange(0x61, 0x64)))
        elif r < 0.8:
            out.append(chr(rnd.choice(pool)))
        else:
            c = rnd.randrange(0x110000)
            out.append(chr(c))
    s = ''.join(out)
    if not surrogates:
        s = ''.join(c for c in s if not 0xD800 <= ord(c) <= 0xDFFF)
    return s


HANDLERS = ['strict', 'replace', 'ignore', 'surrogateescape', 'surrogatepass', 'backslashreplace',
            'xmlcharrefreplace', 'namereplace', 'no-such-handler']


def utf8_decode_cases(rnd):
    fixed = [b'', b'abc', b'\xc3\xa9', b'\xe4\xb8\xad', b'\xf0\x9f\x98\x80', b'\xff', b'\x80', b'\xc0\x80',
             b'\xc1\xbf', b'\xc2', b'\xc2\x41', b'\xe0', b'\xe0\x80', b'\xe0\xa0', b'\xe0\xa0\x41', b'\xe0\x9f\x80',
             b'\xed\x9f\xbf', b'\xed\xa0\x80', b'\xed\xbf\xbf', b'\xed\xa0', b'\xee\x80\x80', b'\xef\xbf\xbf',
             b'\xf0', b'\xf0\x90', b'\xf0\x90\x80', b'\xf0\x90\x80\x41', b'\xf0\x8f\xbf\xbf', b'\xf4\x8f\xbf\xbf',
             b'\xf4\x90\x80\x80', b'\xf5\x80\x80\x80', b'\xf8\x88\x80\x80\x80', b'a\xc3', b'a\xffb\xfec',
             b'\xed\xa0\x80\xed\xb0\x80', b'\xed\xb2\x80x', b'abc\xed\xa0', b'\x00\x7f', b'\xc3\xa9' * 40,
             b'\xe2\x82\xac\xff\xe2\x82']
    # Random mixes of valid sequences of every length and invalid bytes.
    pieces = [b'a', b'z', b'\x00', b'\xc3\xa9', b'\xc2\x80', b'\xdf\xbf', b'\xe0\xa0\x80', b'\xe4\xb8\xad', b'\xef\xbf\xbd',
              b'\xf0\x90\x80\x80', b'\xf4\x8f\xbf\xbf', b'\xff', b'\x80', b'\xbf', b'\xc0', b'\xed\xa0\x80',
              b'\xed\xbf\xbf', b'\xe0', b'\xf0\x90', b'\xf4\x90', b'\xe1\x80', b'\xfe']
    rand = []
    for _ in range(160):
        rand.append(b''.join(rnd.choice(pieces) for _ in range(rnd.randrange(1, 8))))
    for _ in range(40):
        rand.append(bytes(rnd.randrange(256) for _ in range(rnd.randrange(1, 10))))
    cases = []
    for data in fixed + rand:
        for h in HANDLERS:
            cases.append([data.hex(), h, outcome(lambda: cps(data.decode('utf-8', h)))])
    return cases


def utf8_encode_cases(rnd):
    fixed = ['', 'abc', '\xe9', '\xff\x80', '\u4e2d', '\U0001f600', '\ud800', '\udc80', '\udcff', '\udfff',
             '\ud800\udc00', 'a\ud83d\ude00b', '\udc80\ud800\udc81', 'x\udc80\udc81y', '\ud800x\udfff',
             '\U0010ffff\ud800\U00010000']
    rand = [rand_str(rnd, 10) for _ in range(150)]
    cases = []
    for s in fixed + rand:
        for h in HANDLERS:
            cases.append([cps(s), h, outcome(lambda: s.encode('utf-8', h).hex())])
    return cases


def kind_of(s):
    # sys.getsizeof gives the storage: 40 + n + 1 (ascii), 56 + (n + 1) * kind otherwise (64-bit build).
    # It also counts a cached UTF-8 copy, which the latin-1 singletons may have: measure s + 'a', a fresh
    # string of the same kind (appending an ASCII character changes neither the kind nor the ascii flag).
    s = s + 'a'
    n = len(s)
    size = sys.getsizeof(s)
    if size == 40 + n + 1:
        return [1, True]
    for kind in (1, 2, 4):
        if size == 56 + (n + 1) * kind:
            return [kind, False]
    raise AssertionError('unexpected size %d for %r' % (size, s))


def kinds(rnd):
    fixed = ['', 'a', '\x7f', '\x80', '\xff', '\u0100', '\uffff', '\U00010000', '\U0010ffff', '\ud800', 'ab\xff',
             'a' * 100 + '\u20ac', 'a' * 100 + '\U0001f600', '\ud83d\ude00']
    return [[cps(s)] + kind_of(s) for s in fixed + [rand_str(rnd, 12) for _ in range(200)]]


def compare_cases(rnd):
    samples = ['', 'a', 'b', 'ab', 'abc', 'abd', '\xe9', '\xff', '\u0100', 'a\u0100', '\U0001f600', '\ud800',
               '\uffff', '\U00010000', 'a\x00', 'a\U0010ffff']
    samples += [rand_str(rnd, 4, pool=[0x61, 0x62, 0xe9, 0x100, 0xffff, 0x10000]) for _ in range(40)]
    cases = []
    for _ in range(600):
        a, b = rnd.choice(samples), rnd.choice(samples)
        if rnd.random() < 0.1:
            b = a
        cases.append([cps(a), cps(b), (a > b) - (a < b)])
    return cases


def bytes_compare_cases(rnd):
    samples = [b'', b'\x00', b'a', b'ab', b'abc', b'abd', b'\xff', b'\xff\x00', b'a\x00', b'\x80\x7f']
    samples += [bytes(rnd.choice([0, 1, 0x61, 0x7f, 0x80, 0xff]) for _ in range(rnd.randrange(5))) for _ in range(30)]
    cases = []
    for _ in range(400):
        a, b = rnd.choice(samples), rnd.choice(samples)
        cases.append([a.hex(), b.hex(), (a > b) - (a < b)])
    return cases


def find_cases(rnd):
    cases = []
    subjects = ['', 'a', 'abc', 'abcabc', 'aaa', 'a\xe9a\xe9', 'x\u4e2dy\u4e2d', '\U0001f600a\U0001f600',
                'ba\u0100ab\U00010000ab']
    subs = ['', 'a', 'b', 'c', 'ab', 'bc', 'abc', 'ca', 'aa', 'z', '\xe9', 'a\xe9', '\u4e2d', '\U0001f600',
            '\u0100', '\U00010000', 'abcabcabc']
    bounds = [None, -100, -4, -2, -1, 0, 1, 2, 3, 4, 6, 100]
    for _ in range(1500):
        s, sub = rnd.choice(subjects), rnd.choice(subs)
        if rnd.random() < 0.3:
            start, end = 0, None
        else:
            start, end = rnd.choice(bounds), rnd.choice(bounds)
        st = 0 if start is None else start
        en = (1 << 53) - 1 if end is None else end
        cases.append([cps(s), cps(sub), st, en, s.find(sub, start, end), s.rfind(sub, start, end),
                      s.startswith(sub, start, end), s.endswith(sub, start, end)])
    return cases


def slice_cases(rnd):
    subjects = ['', 'abc', 'a\xe9\u4e2d\U0001f600z', 'ab\U0001f600', '\xe9\xe9\xe9a', '\u4e2da\u4e2d']
    cases = []
    for s in subjects:
        for start in range(-1, len(s) + 2):
            for stop in range(-1, len(s) + 2):
                r = s[max(start, 0):stop] if stop >= 0 else ''
                cases.append([cps(s), start, stop, cps(r), kind_of(r)[0]])
    return cases


def getitem_cases():
    cases = []
    for s in ['', 'a', 'a\xe9\u4e2d\U0001f600']:
        for i in range(-6, 6):
            cases.append([cps(s), i, outcome(lambda: cps(s[i]))])
    return cases


def bytes_getitem_cases():
    cases = []
    for b in [b'', b'a', b'\x00\x7f\x80\xff']:
        for i in range(-6, 6):
            cases.append([b.hex(), i, outcome(lambda: b[i])])
    return cases


def join_cases():
    cases = []
    seps = ['', ',', ', ', '\xe9', '\u4e2d', '\U0001f600']
    lists = [[], ['a'], ['a', 'b'], ['', ''], ['x', '\xe9', '\u4e2d', '\U0001f600'], ['abc', '', 'd']]
    for sep in seps:
        for items in lists:
            cases.append([cps(sep), [cps(x) for x in items], cps(sep.join(items))])
        cases.append([cps(sep), {'s': cps('a\xe9\u4e2d')}, cps(sep.join('a\xe9\u4e2d'))])
    return cases


def messages():
    """Exception messages the implementation raises itself."""
    def t(f):
        r = outcome(f)
        assert r[0] == 'error', r
        return r[1:]
    return {
        'str_index': t(lambda: 'a'[5]),
        'bytes_index': t(lambda: b'a'[5]),
        'str_concat_int': t(lambda: 'a' + 1),
        'bytes_concat_int': t(lambda: b'a' + 1),
        'join_item_int': t(lambda: ','.join(['a', 1])),
        'join_item_bytes': t(lambda: ','.join(['a', 'b', b'c'])),
        'str_lt_int': t(lambda: 'a' < 1),
        'bytes_lt_str': t(lambda: b'a' < 'a'),
    }


def immortal_chars():
    """Code points c below 0x300 for which chr(c) is immortal in 3.12 (the latin-1 singletons)."""
    return [c for c in range(0x300) if sys.getrefcount(chr(c)) >= 2**32 - 1]


def main():
    ensure_environment()
    rnd = random.Random(20240612)
    sections = {
        'utf8_decode': utf8_decode_cases(rnd),
        'utf8_encode': utf8_encode_cases(rnd),
        'kinds': kinds(rnd),
        'compare': compare_cases(rnd),
        'bytes_compare': bytes_compare_cases(rnd),
        'find': find_cases(rnd),
        'slice': slice_cases(rnd),
        'getitem': getitem_cases(),
        'bytes_getitem': bytes_getitem_cases(),
        'join': join_cases(),
        'messages': messages(),
        'immortal_chars': immortal_chars(),
        'refcounts': {'empty_str': sys.getrefcount(''), 'empty_bytes': sys.getrefcount(b''),
                      'byte_x41': sys.getrefcount(b'A')},
    }
    parts = ['{\n', '"description": ', json.dumps(
        'str/bytes behaviour from CPython 3.12 for tests/unit/objects/{str,bytes}.test.ts: UTF-8 decoding and '
        'encoding with every error handler, storage kinds (from sys.getsizeof), ordering, find/rfind/'
        'startswith/endswith, slicing, indexing, join, error messages, the immortal latin-1 singletons. '
        'str = list of code points, bytes = hex, outcome = ["ok", value] | ["error", type, message].'),
        ',\n"python": ', json.dumps(sys.version.split()[0])]
    for key, items in sections.items():
        parts.append(',\n' + json.dumps(key))
        if isinstance(items, list):
            parts.append(': [\n' + ',\n'.join(json.dumps(i, separators=(',', ':')) for i in items) + '\n]')
        else:
            parts.append(': ' + json.dumps(items, separators=(',', ':')))
    parts.append('\n}\n')
    text = ''.join(parts)
    if len(text) > MAX_FILE:
        sys.exit('text.json would be %d bytes, over the %d limit' % (len(text), MAX_FILE))
    with open(OUT, 'w', encoding='ascii') as f:
        f.write(text)
    print('wrote tests/golden/text.json (%d bytes)' % len(text))


if __name__ == '__main__':
    main()
