#!/usr/bin/env python3
"""Records CPython 3.12 results of the abstract object protocols for tests/unit/objects/abstract.test.ts:
binary and in-place operators over a grid of builtin values, unary operators, subscripts (with slices),
`in`, iteration, and the conversions int()/float()/str()/bool().

Run: PYENV_VERSION=3.12.1 python3 tools/gen-golden-protocols.py > tests/golden/protocols.json
Values are tagged JSON: ["int", "5"], ["float", "2.5"], ["str", "ab"], ["bool", true], ["none"],
["list", [...]], ["tuple", [...]], ["dict", [[k, v], ...]], ["set", [...]], ["slice", a, b, c], ["range", a, b, c].
Results are ["ok", repr(result)] or [exception type name, str(exception)].
"""
import json, operator, sys

assert sys.version_info[:2] == (3, 12), sys.version

def enc(v):
    if v is None: return ['none']
    if isinstance(v, bool): return ['bool', v]
    if isinstance(v, int): return ['int', str(v)]
    if isinstance(v, float): return ['float', repr(v)]
    if isinstance(v, str): return ['str', v]
    if isinstance(v, list): return ['list', [enc(x) for x in v]]
    if isinstance(v, tuple): return ['tuple', [enc(x) for x in v]]
    if isinstance(v, dict): return ['dict', [[enc(k), enc(x)] for k, x in v.items()]]
    if isinstance(v, set): return ['set', [enc(x) for x in sorted(v, key=repr)]]
    if isinstance(v, slice): return ['slice', enc(v.start), enc(v.stop), enc(v.step)]
    if isinstance(v, range): return ['range', v.start, v.stop, v.step]
    raise TypeError(type(v))

def run(f):
    try:
        return ['ok', repr(f())]
    except Exception as e:
        return [type(e).__name__, str(e)]

values = [0, 7, -3, 2**70, True, 2.5, -0.0, float('inf'), 'ab', '', [1, 2], [], (1,), (), None, {'k': 1}, {1, 2}, range(1, 7, 2)]
binops = {
    '+': operator.add, '-': operator.sub, '*': operator.mul, '/': operator.truediv, '//': operator.floordiv,
    '%': operator.mod, '**': operator.pow, '<<': operator.lshift, '>>': operator.rshift, '&': operator.and_,
    '|': operator.or_, '^': operator.xor, '@': operator.matmul, 'divmod': divmod,
}
iops = {'+=': operator.iadd, '*=': operator.imul, '|=': operator.ior, '-=': operator.isub}
cases = []
for a in values:
    for b in values:
        for name, f in binops.items():
            if name in ('**', '<<') and isinstance(b, int) and not isinstance(b, bool) and b > 100:
                continue
            cases.append(['bin', name, enc(a), enc(b), run(lambda: f(a, b))])
        for name, f in iops.items():
            if isinstance(a, (list, dict, set)):
                a2 = type(a)(a)
            else:
                a2 = a
            cases.append(['ibin', name, enc(a), enc(b), run(lambda: f(a2, b))])
for a in values:
    for name, f in {'-': operator.neg, '+': operator.pos, '~': operator.invert, 'abs': abs}.items():
        if name == '~' and isinstance(a, bool):
            continue  # DeprecationWarning in 3.12; warnings don't exist here yet
        cases.append(['unary', name, enc(a), run(lambda: f(a))])
    for conv, f in {'int': int, 'float': float, 'str': str, 'bool': bool, 'list': list, 'tuple': tuple,
                    'iter': lambda x: list(iter(x)), 'len': len, 'hash': hash}.items():
        if conv == 'hash' and isinstance(a, str):
            continue  # str hashes are randomized per process
        cases.append(['conv', conv, enc(a), run(lambda: f(a))])
subjects = ['hello', [10, 20, 30, 40], (1, 2, 3), {'a': 1, 2: 'b'}, range(10, 0, -2), 5, None]
keys = [0, 1, -1, 3, 10, -10, True, 'a', 2, 2.0, slice(1, 3, None), slice(None, None, -1), slice(None, None, 2),
        slice(-2, None, None), slice(5, 1, -2), slice(None, None, 0), slice('a', None, None)]
for s in subjects:
    for k in keys:
        cases.append(['getitem', enc(s), enc(k), run(lambda: s[k])])
    for v in [1, 'h', 'ell', 'a', 20, 2, 6, (1, 2), None]:
        cases.append(['contains', enc(s), enc(v), run(lambda: v in s)])
print('{"generator": "tools/gen-golden-protocols.py", "python": %s, "cases": [' % json.dumps(sys.version.split()[0]))
print(',\n'.join(json.dumps(c, ensure_ascii=True, separators=(',', ':')) for c in cases))
print(']}')
