# ast.literal_eval: reading configuration values written as Python literals (numbers
# with signs and complex parts, strings, bytes, containers, set(), None/True/False,
# Ellipsis, leading indentation), from strings, Expression trees and bare nodes; and
# its errors: "malformed node or string" with and without a line number, syntax errors
# of bad input, and the limits of the accepted arithmetic.

import ast
import re

CONFIG = '''
name = "immortal"
version = (3, 12, 1)
debug = False
timeout = 2.5
ratio = -0.25
limits = {"heap": 1 << 20, "stack": 8_000}
paths = ["/usr/lib", '/opt/lib']
tags = {"gc", "refcount"}
empty = set()
complex_gain = 1.5-2j
flags = b"\\x01\\x02"
nothing = None
'''

settings = {}
for line in CONFIG.strip().splitlines():
    key, _, raw = line.partition('=')
    key, raw = key.strip(), raw.strip()
    try:
        settings[key] = ast.literal_eval(raw)
    except ValueError as e:
        settings[key] = 'ERROR: ' + re.sub(r' at 0x[0-9a-f]+', '', str(e))
for key in sorted(settings):
    value = settings[key]
    if isinstance(value, set):
        value = sorted(value)
    print(f'{key:13} {type(settings[key]).__name__:8} {value!r}')

GOOD = ['0', '-0.0', '+7', '-3+4j', '3-4j', '1e3', '0x1F', '"a" "b"', "r'\\d+'", "b'\\xff'", '...',
        '(1,)', '()', '[]', '{}', '[[1, [2]], (3, {4: (5,)})]', '{"k": {"n": [None, True]}}',
        '\t  42', '(-1, +2.0, -3j)', "{'a': 1, 'a': 2}", '1_000_000', '0o17', '-0b101']
for src in GOOD:
    v = ast.literal_eval(src)
    print(repr(src), '->', repr(v), type(v).__name__)

BAD = ['x', 'f(1)', '1 + x', '2 * 3', '1 + 1', '"a" + "b"', '--1', '-"a"', '[1, y]', '{**d}', 'set([1])',
       'set(x=1)', 'frozenset()', 'a.b', 'lambda: 0', '[i for i in ()]', 'not True', '(1).real', '1 if 1 else 2',
       '1j + 1', '1 + 2 + 3j', '\n\nname', "f'x'", '{1: 2}[1]']
for src in BAD:
    try:
        print(repr(src), 'unexpectedly', ast.literal_eval(src))
    except ValueError as e:
        print(repr(src), 'ValueError:', re.sub(r' at 0x[0-9a-f]+', '', str(e)))

for src in ['1 +', '(1, 2', '"unterminated', '1 2', '  \n  3']:
    try:
        print(repr(src), ast.literal_eval(src))
    except SyntaxError as e:
        print(repr(src), 'SyntaxError:', e.msg, e.lineno, e.offset)

# Nodes and trees, not only strings.
print(ast.literal_eval(ast.parse('[1, -2, (3+4j)]', mode='eval')))
print(ast.literal_eval(ast.Tuple([ast.Constant(1), ast.List([ast.Constant('x')], ast.Load())], ast.Load())))
print(ast.literal_eval(ast.Dict([ast.Constant('a')], [ast.Set([ast.Constant(2)])])))
for node in [ast.Dict([ast.Constant(1)], []), ast.Name('x', ast.Load(), lineno=4, col_offset=0), ast.BinOp(ast.Constant(1), ast.Mult(), ast.Constant(2))]:
    try:
        ast.literal_eval(node)
    except ValueError as e:
        print('ValueError:', re.sub(r' at 0x[0-9a-f]+', '', str(e)))
try:
    ast.literal_eval(42)
except ValueError as e:
    print('ValueError:', re.sub(r' at 0x[0-9a-f]+', '', str(e)))
