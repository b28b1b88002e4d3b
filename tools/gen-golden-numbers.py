#!/usr/bin/env python3
"""Records golden data from CPython 3.12 for the numeric types (src/objects/int.ts, bool.ts, float.ts).

Run:  PYENV_VERSION=3.12.1 python3 tools/gen-golden-numbers.py
Writes tests/golden/numbers-ops.json (operators over a grid of operands), numbers-conv.json (unary operations,
conversions, correctly rounded int/int division, comparisons of floats with big ints, pow) and numbers-text.json
(int(str, base), float(str), str(int) and the 4300-digit limit, Unicode digits and white space).
Samples come from fixed-seed random.Random instances, so a rerun on the same CPython writes identical files.

Value encoding (strings):
  'i<decimal>'  an int            'x<hex>' / 'x-<hex>'  a large int in hex (no str/int digit limit)
  'f<16 hex>'   a float by its IEEE-754 bits
  'c<16 hex><16 hex>'  a complex by the bits of its real and imaginary parts
  's<text>', 'b<hex>'  a str, a bytes
  'T' / 'F'     True / False
  '(a,b)'       a 2-tuple of encoded values (divmod)
  '!<ExceptionType>:<str(exception)>'   the operation raised
  '!U'          TypeError 'unsupported operand type(s) ...': no operand's slot took the operation
"""

import json
import math
import operator
import os
import random
import struct
import sys
import unicodedata
import warnings

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GOLDEN = os.path.join(ROOT, 'tests', 'golden')
MAX_FILE = 2 * 1024 * 1024


def fbits(x):
    return struct.pack('>d', x).hex()


def enc(v):
    if v is True:
        return 'T'
    if v is False:
        return 'F'
    if type(v) is int:
        if abs(v) < 10**80:
            return 'i%d' % v
        return 'x-%x' % -v if v < 0 else 'x%x' % v
    if type(v) is float:
        return 'f' + fbits(v)
    if type(v) is complex:
        return 'c' + fbits(v.real) + fbits(v.imag)
    if type(v) is tuple:
        return '(' + ','.join(enc(x) for x in v) + ')'
    if type(v) is str:
        return 's' + v
    if type(v) is bytes:
        return 'b' + v.hex()
    raise TypeError(type(v))


def outcome(f, *args):
    try:
        r = f(*args)
    except Exception as e:  # noqa: BLE001 -- every exception is data here
        if type(e) is TypeError and str(e).startswith('unsupported operand type(s)'):
            return '!U'  # both operands' slots returned NotImplemented (the message is the dispatcher's)
        return '!%s:%s' % (type(e).__name__, e)
    return enc(r)


def write_json(name, description, sections):
    parts = ['{\n', '"description": ', json.dumps(description), ',\n', '"python": ',
             json.dumps(sys.version.split()[0])]
    for key, items in sections.items():
        parts.append(',\n')
        parts.append(json.dumps(key))
        parts.append(': [\n')
        parts.append(',\n'.join(json.dumps(item, separators=(',', ':')) for item in items))
        parts.append('\n]')
    parts.append('\n}\n')
    text = ''.join(parts)
    if len(text) > MAX_FILE:
        sys.exit('%s would be %d bytes, over the %d limit' % (name, len(text), MAX_FILE))
    with open(os.path.join(GOLDEN, name), 'w', encoding='ascii') as f:
        f.write(text)
    print('wrote tests/golden/%s (%d bytes)' % (name, len(text)))


# ---------------------------------------------------------------------------------------------- operators

GRID_INTS = [0, 1, -1, 2, -3, 7, 255, 256, 257, -5, -6, 2**30 - 1, 2**30, -(2**31) + 1, 2**53 - 1, 2**53,
             -(2**53 + 1), 2**63 - 1, -(2**64), 10**20 + 3, 3**60, -(2**100) - 1, 2**1023 + 2**970, 10**400]
GRID_FLOATS = [0.0, -0.0, 1.0, -1.5, 0.1, 7.0, -3.0, 1e16, 2.0**53, 1e300, 5e-324, 2.0**1023, math.inf,
               -math.inf, math.nan]
GRID = GRID_INTS + GRID_FLOATS + [True, False]

BINARY = [('add', operator.add), ('sub', operator.sub), ('mul', operator.mul), ('truediv', operator.truediv),
          ('floordiv', operator.floordiv), ('mod', operator.mod), ('divmod', divmod), ('pow', pow),
          ('lshift', operator.lshift), ('rshift', operator.rshift), ('and', operator.and_),
          ('or', operator.or_), ('xor', operator.xor)]


def too_big(op, a, b):
    """Operations whose exact result would be enormous (CPython would take ages or run out of memory)."""
    if isinstance(a, float) or isinstance(b, float):
        return False
    if op == 'pow' and b > 0 and abs(a) > 1:
        return abs(a).bit_length() * b > 3000
    if op == 'lshift' and a != 0 and b > 0:
        return b > 1200
    return False


def gen_ops():
    binary = []
    for name, f in BINARY:
        for i, a in enumerate(GRID):
            for j, b in enumerate(GRID):
                if too_big(name, a, b):
                    continue
                binary.append([name, i, j, outcome(f, a, b)])
    ops = [operator.lt, operator.le, operator.eq, operator.ne, operator.gt, operator.ge]
    compare = []
    for i, a in enumerate(GRID):
        for j, b in enumerate(GRID):
            compare.append([i, j, ''.join('T' if op(a, b) else 'F' for op in ops)])
    write_json('numbers-ops.json',
               'CPython 3.12 results of binary operators over a grid of int/float/bool operands. values: encoded '
               'operands; binary: [op, left index, right index, result]; compare: [left, right, results of '
               '< <= == != > >= as T/F]. Encoding: see tools/gen-golden-numbers.py.',
               {'values': [enc(v) for v in GRID], 'binary': binary, 'compare': compare})


# ---------------------------------------------------------------------------------------------- conversions

def sample_ints(rnd):
    vals = set(range(-12, 270))
    for k in (29, 30, 31, 32, 52, 53, 54, 59, 60, 61, 62, 63, 64, 89, 90, 91, 127, 128, 200, 1023, 1024, 1025):
        for d in (-1, 0, 1):
            vals.add(2**k + d)
            vals.add(-(2**k) + d)
    for _ in range(150):
        vals.add(rnd.getrandbits(rnd.randrange(1, 64)) * rnd.choice((1, -1)))
    for _ in range(30):
        vals.add(rnd.getrandbits(rnd.randrange(64, 600)) * rnd.choice((1, -1)))
    vals.update((10**k for k in (15, 16, 17, 18, 19, 20, 50, 100, 308, 309)))
    return sorted(vals)


def to_float(v):
    return float(v)


def unary_row(v):
    row = [enc(v), outcome(operator.neg, v), outcome(operator.pos, v), outcome(abs, v), outcome(bool, v),
           outcome(int, v), outcome(float, v), outcome(repr, v),
           '' if v != v else outcome(hash, v)]  # a NaN hashes by identity: nothing to record
    if isinstance(v, int):
        row += [outcome(operator.invert, v), outcome(lambda x: x.bit_length(), v), outcome(hex, v),
                outcome(oct, v), outcome(bin, v)]
    return row


def sample_floats(rnd):
    vals = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, 2.5, -2.5, 0.1, 1e16, 1e300, -1e300, 5e-324, 2.0**52 + 0.5,
            2.0**53, 2.0**63, 2.0**64, 2.0**1023, 1.7976931348623157e308, -1.7976931348623157e308, math.inf,
            -math.inf, math.nan, 0.9999999999999999, 123456789.987654321, -7.0]
    for _ in range(80):
        vals.append(struct.unpack('>d', rnd.getrandbits(64).to_bytes(8, 'big'))[0])
    for _ in range(40):
        vals.append(rnd.uniform(-1e6, 1e6))
    return vals


def truediv_cases(rnd):
    cases = [(1, 3), (2, 3), (10**400, 10**399), (10**400, 1), (1, 10**400), (-(10**400), 7 * 10**399),
             (2**1024 - 2**970, 1), (2**1024 - 2**969, 1), (2**1024 - 2**969 - 1, 1), (2**1024, 2),
             (2**1025 - 2**971, 2), (1, 2**1074), (1, 2**1075), (3, 2**1076), (1, 2**1075 - 1),
             (2**54 + 1, 2), (2**54 + 3, 2), (2**54 + 2, 4), (-(2**54 + 1), 2), (2**53 + 1, 1),
             (2**53 + 1, -1), (0, 10**500), (0, -(10**500)), (10**500, 10**500), (-(10**500), 10**500)]
    for _ in range(150):
        a = rnd.getrandbits(rnd.randrange(1, 1500)) * rnd.choice((1, -1))
        b = rnd.getrandbits(rnd.randrange(1, 1500)) * rnd.choice((1, -1)) or 1
        cases.append((a, b))
    # exact halfway cases and their neighbours, with huge common factors
    for _ in range(120):
        m = rnd.getrandbits(53) | (1 << 52)
        q = rnd.getrandbits(rnd.randrange(1, 800)) | 1
        s = rnd.randrange(-1100, 1000)
        a, b = (2 * m + 1) * q, 2 * q
        if s >= 0:
            a <<= s
        else:
            b <<= -s
        d = rnd.choice((-1, 0, 0, 1))
        cases.append((a + d, b))
    # subnormal and tiny results
    for _ in range(60):
        a = rnd.getrandbits(rnd.randrange(1, 200)) or 1
        b = rnd.getrandbits(rnd.randrange(1000, 1300)) | 1
        cases.append((a * rnd.choice((1, -1)), b))
    return cases


def compare_cases(rnd):
    cases = []
    for k in list(range(51, 66)) + list(range(70, 1020, 61)) + [1022, 1023, 1024, 1025, 1100]:
        for d in (-1, 0, 1):
            w = 2**k + d
            if k < 1024:
                f = float(w)
                fl = [f, math.nextafter(f, math.inf), math.nextafter(f, 0.0), math.inf, math.nan]
            else:
                fl = [1.7976931348623157e308, math.inf, math.nan]
            for x in fl:
                cases += [(x, w), (-x, -w), (x, -w)]
    for _ in range(150):
        w = rnd.getrandbits(rnd.randrange(54, 1100)) * rnd.choice((1, -1))
        x = float(w) if abs(w) < 2**1024 else math.inf
        cases.append((x + rnd.choice((0.0, 0.0, 1.0)), w + rnd.choice((-1, 0, 1))))
    ops = [operator.lt, operator.le, operator.eq, operator.ne, operator.gt, operator.ge]
    return [[enc(x), enc(w), ''.join('T' if op(x, w) else 'F' for op in ops)] for x, w in cases]


def pow_cases(rnd):
    ints = [0, 1, -1, 2, -2, 3, 7, -7, 10, 2**31, -(2**40) - 3, 10**20 + 1, 2**100 - 1]
    out = []
    for a in ints:
        for b in [0, 1, 2, 3, 5, 10, 31, 63, 64, 100, -1, -2, -3, 2**70, -(2**70)]:
            if b > 0 and abs(a) > 1 and abs(a).bit_length() * b > 20000:
                continue
            out.append([enc(a), enc(b), outcome(pow, a, b)])
            for m in [1, -1, 2, 5, 7, -7, 10**9 + 7, 2**64, -(2**61 - 1), 0, 10**30 + 9]:
                out.append([enc(a), enc(b), enc(m), outcome(pow, a, b, m)])
    for _ in range(150):
        a = rnd.getrandbits(rnd.randrange(1, 300)) * rnd.choice((1, -1))
        b = rnd.getrandbits(rnd.randrange(1, 300)) * rnd.choice((1, 1, -1))
        m = rnd.getrandbits(rnd.randrange(1, 300)) * rnd.choice((1, -1)) or 3
        out.append([enc(a), enc(b), enc(m), outcome(pow, a, b, m)])
    # mixed float pow, including the special cases of float_pow
    fl = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, 3.0, -3.0, 1e10, 1e-10, math.inf, -math.inf, math.nan, 1e308,
          2.5, -2.5]
    for a in fl + [2, -2, 0, 1, -1, 10**400]:
        for b in fl + [0, 1, -1, 3, -3, 2**60, 10**400]:
            if type(a) is int and type(b) is int and abs(a) > 1 and b > 64:
                continue  # an exact result of astronomical size
            out.append([enc(a), enc(b), outcome(pow, a, b)])
    out.append([enc(2.0), enc(3), enc(5), outcome(pow, 2.0, 3, 5)])
    out.append([enc(2), enc(3), enc(5.0), outcome(pow, 2, 3, 5.0)])
    for _ in range(1500):
        a = rnd.choice([rnd.uniform(0, 10), rnd.uniform(0, 1e6), rnd.uniform(0, 1), 10.0 ** rnd.randrange(-30, 30)])
        b = rnd.choice([rnd.uniform(-30, 30), float(rnd.randrange(-40, 40)), rnd.uniform(-400, 400),
                        rnd.randrange(-20, 20) + 0.5])
        out.append([enc(a), enc(b), outcome(pow, a, b)])
    return out


def bytes_cases(rnd):
    to = []
    for v in [0, 1, -1, 127, 128, -128, -129, 255, 256, 1024, -(2**63), 2**63 - 1, 2**64 - 1, 2**64, 2**100 + 7,
              -(2**100) - 7, True, False]:
        for length in (0, 1, 2, 8, 9, 16):
            for order in ('big', 'little'):
                for signed in (False, True):
                    to.append([enc(v), length, order, signed,
                               outcome(lambda: v.to_bytes(length, order, signed=signed))])
    to.append([enc(5), -1, 'big', False, outcome(lambda: (5).to_bytes(-1, 'big'))])
    to.append([enc(5), 2, 'middle', False, outcome(lambda: (5).to_bytes(2, 'middle'))])
    frm = []
    for data in [b'', b'\x00', b'\x01', b'\x80', b'\xff', b'\x01\x00', b'\x00\x01', b'\xff\xff', b'\x7f\xff',
                 b'\x00' * 9 + b'\x80'] + [bytes(rnd.getrandbits(8) for _ in range(rnd.randrange(1, 40)))
                                            for _ in range(30)]:
        for order in ('big', 'little'):
            for signed in (False, True):
                frm.append([data.hex(), order, signed, outcome(lambda: int.from_bytes(data, order, signed=signed))])
    frm.append(['01', 'middle', False, outcome(lambda: int.from_bytes(b'\x01', 'middle'))])
    return to, frm


def gen_conv():
    rnd = random.Random(2024)
    values = sample_ints(rnd) + sample_floats(rnd) + [True, False]
    unary = [unary_row(v) for v in values]
    truediv = [[enc(a), enc(b), outcome(operator.truediv, a, b)] for a, b in truediv_cases(rnd)]
    tofloat = []
    for v in [2**53 + 1, 2**53 + 3, -(2**53 + 1), 2**54 + 2, 2**54 + 6, 2**1024 - 2**970, 2**1024 - 2**969,
              2**1024 - 2**969 - 1, 2**1024, -(2**1024), 10**308, 10**309] + \
            [rnd.getrandbits(rnd.randrange(54, 1030)) for _ in range(150)]:
        tofloat.append([enc(v), outcome(float, v)])
    toint = []
    for x in [1e300, -1e300, 2.0**1023, 1.7976931348623157e308, 2.0**53 + 2, 1e22, 0.9, -0.9, -0.0, 4.5,
              math.inf, -math.inf, math.nan] + [rnd.uniform(-2**70, 2**70) for _ in range(50)]:
        toint.append([enc(x), outcome(int, x)])
    to, frm = bytes_cases(rnd)
    write_json('numbers-conv.json',
               'CPython 3.12 unary operations and conversions. unary: [value, -v, +v, abs, bool, int, float, repr, '
               'hash, (ints:) ~v, bit_length, hex, oct, bin]; truediv: [a, b, a / b]; float_of_int: [v, float(v)]; '
               'int_of_float: [x, int(x)]; compare_float_int: [float, int, < <= == != > >= as T/F]; pow: [a, b, '
               '(m,) pow(a, b[, m])]; to_bytes: [v, length, byteorder, signed, result]; from_bytes: [hex, byteorder, '
               'signed, result]. Encoding: see tools/gen-golden-numbers.py.',
               {'unary': unary, 'truediv': truediv, 'float_of_int': tofloat, 'int_of_float': toint,
                'compare_float_int': compare_cases(rnd), 'pow': pow_cases(rnd), 'to_bytes': to,
                'from_bytes': frm})


# ---------------------------------------------------------------------------------------------- text

def int_text_cases(rnd):
    fixed = ['0', '-0', '+0', '1', '-1', ' 12 ', '\t-12\n', '1_000', '1__000', '_1', '1_', '+_1', '- 1', '1 1',
             '', ' ', '+', '-', '0x10', '0X10', '0o17', '0b101', '0x_ff', '0x__ff', '0x', '0b', '0b_', '010', '00',
             '0_0', '00_0', '0_1', '1_2', '12abc', 'abc', 'z', 'Z', 'ff', 'FF', '0xffz', '\x00', '1\x00', '\u00e9',
             '\u0663', '\u0661\u0662', ' \u2003 12 \u3000', '\uff11\uff12', '\U0001d7cf\U0001d7d0', '\u0967\u0968',
             '\u00b2', '\u2155', '1\u00a0', '\x1c5\x1f', '\x855\x85', '\ufeff5', '12\u200b', '9' * 15, '9' * 16,
             '9' * 17, '-' + '9' * 30, '1' * 10, 'zzzzzzzzzzzzz', '7' * 40, '0' * 30 + '1', '0_' * 20 + '7',
             "'\"", 'x' * 250, '\u00e9' * 250, '1' * 300 + '!']
    bases = [0, 2, 3, 8, 10, 16, 36, 1, 37, -1, 7, 32, 4]
    out = []
    for s in fixed:
        for b in bases:
            out.append([s, b, outcome(int, s, b)])
    digits = '0123456789abcdefghijklmnopqrstuvwxyz'
    for _ in range(500):
        b = rnd.choice([2, 3, 5, 8, 10, 10, 10, 12, 16, 16, 20, 32, 36, 0])
        eff = b or rnd.choice([2, 8, 10, 16])
        n = rnd.randrange(1, 60)
        body = ''.join(rnd.choice(digits[:eff]) for _ in range(n))
        if rnd.random() < 0.3:
            body = body.upper()
        if rnd.random() < 0.3:
            pos = rnd.randrange(0, len(body) + 1)
            body = body[:pos] + '_' + body[pos:]
        prefix = ''
        if b == 0 or (eff in (2, 8, 16) and rnd.random() < 0.4):
            prefix = {2: '0b', 8: '0o', 16: '0x', 10: ''}[eff]
        s = rnd.choice(['', '-', '+']) + prefix + body
        if rnd.random() < 0.2:
            s = rnd.choice([' ', '\t', '\n ']) + s + rnd.choice(['', ' ', '\r\n'])
        if rnd.random() < 0.15:  # a mutation that usually breaks it
            pos = rnd.randrange(0, len(s) + 1)
            s = s[:pos] + rnd.choice(['_', ' ', 'g', '.', '-', '\u0663', '\u00e9']) + s[pos:]
        out.append([s, b, outcome(int, s, b)])
    return out


def rep(spec):
    """Builds a string from ['rep', prefix, unit, count, suffix] (for long inputs), or returns it."""
    if isinstance(spec, str):
        return spec
    _, prefix, unit, count, suffix = spec
    return prefix + unit * count + suffix


def int_limit_cases():
    specs = [['rep', '', '1', 4300, ''], ['rep', '', '1', 4301, ''], ['rep', '-', '1', 4301, ''],
             ['rep', '', '0', 5000, ''], ['rep', '', '1', 5000, 'x'], ['rep', '', '1', 5000, ' x'],
             ['rep', 'x', '1', 5000, ''], ['rep', '', '1_', 4301, '1'], ['rep', '', '1', 4300, '_1'],
             ['rep', '  ', '9', 4300, '  '], ['rep', '0', '1', 5000, ''], ['rep', '0x', 'f', 5000, ''],
             ['rep', '', '1', 4301, '']]
    bases = [10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 0, 16, 8]
    out = []
    for spec, b in zip(specs, bases):
        out.append([spec, b, outcome(lambda: hash(int(rep(spec), b)))])
    return out


def str_limit_cases():
    vals = [10**4299, 10**4300, -(10**4299), -(10**4300), 10**4299 - 1, 2**14284, 2**14286, 2**14300, 2**20000,
            2**14283 * 3, 7**5090, 7**5089]
    return [[enc(v), outcome(lambda: (len(str(v)), str(v)[:30], str(v)[-30:]))] for v in vals]


def float_text_cases(rnd):
    fixed = ['0', '-0', '0.0', '-0.0', '1', '1.', '.5', '-.5', '+.5', '.', '5.', '1e5', '1E5', '1e+5', '1e-5', '1e',
             '1e+', 'e5', '1.e1', '.e1', '1.5e', '+1.5E+3', '0000.5', '00', '1_0.5', '1_0e1_0', '1e5_0', '1_e5',
             '1._5', '1_.5', '._5', '1__0', '-_1', '_1', '1_', '1e+_5', '1e-5_', ' 1.5 ', '\t1.5\n', '  1.5\n',
             '1.5\x00', 'inf', 'INF', '-inf', '+inf', 'Infinity', '-iNfINity', 'infinit', 'infinityy', 'nan',
             'NaN', '-nan', '+nan', 'nan ', '- nan', 'nan(1)', 'in f', '0x10', '0x1p3', '1e500', '-1e500', '1e-500',
             '4.9e-324', '2.4703282292062327e-324', '2.4703282292062328e-324', '1.7976931348623157e308',
             '1.7976931348623158e308', '1.7976931348623159e308', '9007199254740993', '0.1', '3.141592653589793',
             '1' * 400, '0.' + '0' * 400 + '1', '1e1000000000000000000000', '1e-1000000000000000000000',
             '', ' ', 'x', 'x' * 300, '\u00e9', '\u00e9' * 300, '\u0661.\u0665', '\u0661\u0665e\u0662',
             '\u2003\u20031.25\u3000', '1\u00a0', '\ufeff1', '\x1c2\x1d', '1,5', '1.5.5', '--1', '+-1', '1e5.5',
             '1e05', '1E-0', '.0e0', '0e0', '-0e-0']
    out = [[s, outcome(float, s)] for s in fixed]
    for _ in range(500):
        nd = rnd.randrange(1, 25)
        digits = ''.join(rnd.choice('0123456789') for _ in range(nd))
        point = rnd.randrange(0, nd + 1)
        s = digits[:point] + ('.' if rnd.random() < 0.7 else '') + digits[point:]
        if rnd.random() < 0.5:
            s += rnd.choice('eE') + rnd.choice(['', '+', '-']) + str(rnd.randrange(0, 350))
        if rnd.random() < 0.2:
            pos = rnd.randrange(0, len(s) + 1)
            s = s[:pos] + '_' + s[pos:]
        s = rnd.choice(['', '-', '+']) + s
        if rnd.random() < 0.15:
            s = ' ' + s + '\n'
        out.append([s, outcome(float, s)])
    return out


def gen_text():
    rnd = random.Random(4300)
    zeros = [c for c in range(128, 0x110000) if chr(c).isdecimal() and unicodedata.decimal(chr(c)) == 0]
    spaces = [c for c in range(0x110000) if chr(c).isspace()]
    write_json('numbers-text.json',
               'CPython 3.12 text conversions. int: [string, base, int(string, base)]; int_limit: [spec, base, '
               'hash(int(s, base))] where spec is a string or ["rep", prefix, unit, count, suffix]; str_limit: '
               '[value, (len(str(v)), first 30 chars, last 30 chars)]; float: [string, float(string)]; '
               'unicode_decimal_zeros: code points beyond ASCII with decimal value 0 (unicodedata %s); '
               'unicode_spaces: code points where str.isspace(). Encoding: see tools/gen-golden-numbers.py.'
               % unicodedata.unidata_version,
               {'int': int_text_cases(rnd), 'int_limit': int_limit_cases(), 'str_limit': str_limit_cases(),
                'float': float_text_cases(rnd), 'unicode_decimal_zeros': zeros, 'unicode_spaces': spaces})


def main():
    warnings.simplefilter('ignore')  # ~True's DeprecationWarning: the value is what we record
    if sys.version_info[:2] != (3, 12):
        sys.exit('gen-golden-numbers.py must run under CPython 3.12 (PYENV_VERSION=3.12.1), not %s' % sys.version)
    if sys.get_int_max_str_digits() != 4300:
        sys.exit('run with the default int max str digits (4300)')
    gen_ops()
    gen_conv()
    gen_text()


if __name__ == '__main__':
    main()
