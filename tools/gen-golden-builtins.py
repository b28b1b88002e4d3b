#!/usr/bin/env python3
"""Writes tests/golden/builtins-cases.py (one expression per case, each printed as repr or as the
exception it raises) and tests/golden/builtins-cases.exp (its output under CPython 3.12), for
tests/unit/modules/builtins.test.ts, which runs the same program on our runtime.

Run: PYENV_VERSION=3.12.1 python3 tools/gen-golden-builtins.py
"""
import os, subprocess, sys

assert sys.version_info[:2] == (3, 12), sys.version
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'tests', 'golden')

CASES = r'''
len([1, 2, 3]); len('héllo'); len({}); len(5); len(range(0, 10, 3))
abs(-3); abs(-2.5); abs(True); abs('x')
all([1, 2]); all([1, 0]); all([]); any([0, 0]); any(x > 9 for x in range(5)); any(5)
sorted([3, 1, 2]); sorted('hello'); sorted([3, 1, 2], reverse=True); sorted(['bb', 'a', 'ccc'], key=len); sorted([1, 'a']); sorted([(2, 'b'), (1, 'z'), (2, 'a')]); sorted({3: 1, 1: 2}); sorted([], key=len); sorted(1, 2)
min(3, 1, 2); max(3, 1, 2); min([4, 5]); max('abc'); min([], default=7); max([], default=None); min([]); max(1); min(1, 2, default=0); max(['aa', 'b'], key=len); min([3, 1], key=lambda x: -x); max()
sum([1, 2, 3]); sum([1, 2], 10); sum([0.1] * 10); sum([1e100, 1.0, -1e100, 1.0]); sum([1, 2.5, 3]); sum([[1], [2]], []); sum(['a'], ''); sum([True, True]); sum(range(101)); sum([2**70, 1.5]); sum(x * x for x in range(4)); sum([1.5, 2**80, 0.25])
round(2.5); round(3.5); round(-0.5); round(2.675, 2); round(1234.5678, -2); round(15, -1); round(25, -1); round(-25, -1); round(7); round(0.1 + 0.2, 10); round(1e300, -300); round(float('inf')); round(2.5, None); round(5e-324, 323); round(123.456, 1); round('x')
divmod(7, 2); divmod(-7, 2); divmod(7.5, 2); divmod(1, 0); divmod('a', 1)
pow(2, 10); pow(2, -1); pow(3, 4, 5); pow(2, 3, -3); pow(2.0, 3); pow(2, 0.5); pow(3, -1, 7); pow(base=2, exp=5); pow(2, 3, 0)
hex(255); hex(-255); oct(8); bin(5); bin(-5); hex(2**70); hex(1.5)
chr(65); chr(0x1F600); chr(-1); chr(0x110000); chr('a'); ord('a'); ord('€'); ord('ab'); ord(b'A'); ord(5)
isinstance(1, int); isinstance(True, int); isinstance(1, (str, float)); isinstance(1.0, (str, (int, float))); isinstance(1, 'int'); issubclass(bool, int); issubclass(int, (str, bool)); issubclass(1, int); issubclass(int, 1)
repr('a\nb'); ascii('héllo€😀'); repr([1, 'x', None]); str(b'ab'); ascii([1, 'é'])
format(3.14159, '.2f'); format(42, '08b'); format('x', '^5'); format(1234567, ','); format(0.5, '%'); format([1], ''); format(1, 5)
callable(len); callable(1); callable(int)
list(zip([1, 2, 3], 'ab')); list(zip()); list(zip([1, 2], [3], strict=True)); list(zip([1], [3, 4], strict=True)); list(zip([1, 2], [3, 4], strict=True)); list(zip(1, 2))
list(map(lambda a, b: a + b, [1, 2], [10, 20, 30])); list(map(str.upper, 'ab')); map(len); list(filter(lambda x: x % 2, range(7))); list(filter(None, [0, '', 'a', [], [1]])); filter(None)
list(enumerate('abc')); list(enumerate('ab', 10)); list(enumerate('ab', start=-1)); list(enumerate(5)); list(enumerate(iterable='xy'))
list(reversed([1, 2, 3])); list(reversed('abc')); list(reversed(range(1, 10, 3))); list(reversed((1, 2))); reversed(5); list(reversed({'a': 1, 'b': 2}))
list(iter([1, 2])); next(iter([]), 'done'); next(iter([])); next(5); iter(5); list(iter(iter([1, 2, 3]).__next__, 3))
list(range(5)); list(range(2, 8, 3)); list(range(5, 0, -2)); range(0); range(1, 5)[1:3]; range(10)[-1]; range(10)[::-3]; 5 in range(1, 10, 2); 4 in range(1, 10, 2); range(3) == range(0, 3, 1); range(0) == range(5, 5); len(range(2**70)); range(1, 10).index(5); range(10).count(3); range(1, 2, 0); range('a'); range(2**64)[2**63]; list(range(2**63, 2**63 + 3)); range(10)[20]
int('42'); int(' -7 '); int('0x1f', 16); int('0x1f', 0); int('z', 36); int(3.9); int(-3.9); int('1_000'); int(''); int('12', 1); int(b'12'); int(True); int(float('inf')); int(None); int('9' * 30)
float('1.5'); float(' -inf '); float(3); float('nan'); float('x'); float(None); float(True); float('1e400')
str(12); str(1.0); str(None); str(b'x', 'ascii'); str(b'\xff', 'utf-8', 'replace'); str(b'\xff', 'utf-8'); str('a', 'utf-8')
bool(0); bool([]); bool('a'); bool(None); bool(0.0); bool(range(0))
list('abc'); list((1, 2)); list({1: 2}); list(range(3)); tuple([1, 2]); tuple('ab'); dict([(1, 2), (3, 4)]); dict(a=1, b=2); dict({'x': 1}, y=2); dict(['ab', 'cd']); dict([1]); dict([(1,)]); set('abca'); frozenset([1, 2, 1]); set(); frozenset()
bytes(3); bytes([65, 66]); bytes('hé', 'utf-8'); bytes('x'); bytes([256]); bytes(b'ab'); bytes(range(3)); bytes(-1)
hash(1) == hash(1.0); hash((1, 2)) == hash((1, 2)); hash([]); hash(-1); hash(2**64)
getattr(1, 'real'); getattr(1, 'nope', 'default'); getattr(1, 'nope'); getattr(1, 5); hasattr(1, 'real'); hasattr(1, 'nope')
'a,b,c'.split(','); 'a b  c'.split(); ' a b '.split(None, 1); 'a,b,c'.rsplit(',', 1); 'abc'.split(''); 'a\nb\r\nc'.splitlines(); 'a\nb\n'.splitlines(True); '-'.join(['a', 'b']); ''.join(str(i) for i in range(3)); '-'.join([1])
'  hi  '.strip(); 'xxhixx'.strip('x'); 'hi  '.rstrip(); '  hi'.lstrip(); 'Hello World'.upper(); 'Hello'.lower(); 'hello world'.title(); 'hello'.capitalize(); 'HeLLo'.swapcase(); 'Straße'.casefold()
'hello'.replace('l', 'L'); 'hello'.replace('l', 'L', 1); 'abc'.replace('', '-'); 'hello'.find('l'); 'hello'.rfind('l'); 'hello'.find('z'); 'hello'.index('z'); 'hello'.count('l'); 'hello'.startswith('he'); 'hello'.endswith(('x', 'lo')); 'hello'.startswith('l', 2); 'hello'.find('l', -2)
'123'.isdigit(); 'abc'.isalpha(); 'ab1'.isalnum(); ' \t'.isspace(); 'ABC'.isupper(); 'abc'.islower(); 'Hello World'.istitle(); 'x1'.isidentifier(); '1x'.isidentifier(); '½'.isnumeric(); '½'.isdecimal()
'ab'.center(6, '*'); 'ab'.center(7); 'ab'.ljust(5, '.'); 'ab'.rjust(5); '42'.zfill(5); '-42'.zfill(6); 'a=b=c'.partition('='); 'a=b=c'.rpartition('='); 'abc'.partition('x')
'héllo'.encode(); 'abc'.encode('ascii'); 'é'.encode('ascii'); 'é'.encode('ascii', 'replace'); b'h\xc3\xa9'.decode(); b'abc'.decode('latin-1'); 'a\tb'.expandtabs(4)
'{} {}'.format(1, 2); '{1} {0}'.format('a', 'b'); '{x}'.format(x=5); '{0[1]}'.format([7, 8]); '{:>5}|{:<5}|{:^5}'.format(1, 2, 3); '{!r}'.format('s'); '{:{w}}'.format(1, w=4); '{'.format(); '{0} {}'.format(1, 2); '{2}'.format(1); '{a}'.format(); '{{}}'.format()
'%s and %r' % ('a', 'b'); '%d%%' % 50; '%5.1f|%-5d|%05d' % (3.14159, 42, 42); '%x %X %o' % (255, 255, 8); '%(a)s' % {'a': 1}; '%s' % (1, 2); '%d' % 'x'; '%c' % 65; '%s %s' % ('a',); '%.3s' % 'abcdef'; '%+d % d' % (5, 5); '%e' % 12345.678; '%g' % 0.00001234
[1, 2, 3].index(2); [1, 2].index(5); [1, 1, 2].count(1); [3, 1, 2].pop(); [3, 1, 2].pop(0); [].pop(); (1, 2, 1).count(1); (1, 2).index(2); (1, 2).index(3)
{'a': 1}.get('a'); {'a': 1}.get('b'); {'a': 1}.get('b', 0); {'a': 1}.pop('a'); {'a': 1}.pop('b', None); {}.pop('x'); {}.popitem(); {'a': 1}.setdefault('b', 2); dict.fromkeys('ab', 0); {'a': 1, 'b': 2}.items(); {'a': 1}.keys() | {'b'}; {'a': 1, 'b': 2}.keys() & {'a'}; {'a': 1}.values(); {'a': 1} | {'b': 2}
{1, 2}.union([3]); {1, 2}.intersection([2, 3]); {1, 2}.difference({1}); {1, 2}.symmetric_difference({2, 3}); {1}.issubset({1, 2}); {1, 2}.issuperset({1}); {1}.isdisjoint({2}); frozenset({1}) | {2}; {1, 2} - {1}; {1, 2} ^ {2, 3}; set().pop(); {1}.remove(2)
(7).bit_length(); (-7).bit_count(); (255).to_bytes(2, 'big'); int.from_bytes(b'\x01\x00', 'little'); (1024).to_bytes(1, 'big'); (3).as_integer_ratio(); (2.5).as_integer_ratio(); (2.0).is_integer(); (0.5).hex(); float.fromhex('0x1.8p1'); (-0.1).hex(); (5).conjugate()
[1, 2] * 2; 2 * [1]; 'ab' * 3; [1] * 'a'; 'a' + 1; 1 + 'a'; [1] + (2,); (1,) + (2,); 'abc'[::-1]; [1, 2, 3][1:]; (1, 2, 3)[::2]; 'hello'[1:4]; 'hello'[10]; [1][5]; {'a': 1}['b']; 5[0]; None['x']
1 / 0; 1 // 0; 1 % 0; 2 ** -1; 7 // -2; -7 % 3; 7.5 // 2; -7.5 % 2; 2 ** 0.5; (-8) ** (1/3) if False else 0; 10 / 4; True + True; 3 & 5; 3 | 5; 3 ^ 5; ~5; 1 << 70; -1 >> 3; 1 << -1
'''

# Helpers the cases call (statements can't go in a lambda). No classes: a class is a reference cycle,
# and the run must end with no live blocks (there is no cycle collector yet).
PRELUDE = r'''
def grow_dict():
    d = {1: 1}
    for k in d:
        d[k + 1] = 0
def grow_set():
    s = {1}
    for k in s:
        s.add(k + 1)
def keys_changed():
    d = {1: 1, 2: 2}
    for k in d:
        del d[k]
        d[k + 10] = 0
def sort_by(items, **kw):
    items = list(items)
    items.sort(**kw)
    return items
def iadd(a, b):
    a += b
    return a
def imul(a, n):
    a *= n
    return a
def setitem(o, k, v):
    o[k] = v
    return o
def delitem(o, k):
    del o[k]
    return o
def call_n(n):
    it = iter(range(n))
    return lambda: next(it)
def drain(it):
    return [x for x in it]
'''

EXTRA = r'''
grow_dict(); grow_set(); keys_changed(); sort_by([3, 1, 2], key=lambda x: -x); sort_by(['b', 'A', 'c'], key=str.lower, reverse=True); sort_by([1, 2], cmp=1); sort_by([2, 1], key=None); sum(iterable=[]); round(); int(x=1); 'x'.split(sepp=1); (1).to_bytes(1, 'big', 3); [].sort(1); pow(1); zip(x=1); enumerate(); sum([], 1, 2); 'a'.replace('a', 'b', count=1); round(1, ndigits=2, number=3)
iadd([1], (2, 3)); iadd([1], 'ab'); iadd([1], 5); iadd((1,), [2]); imul([1, 2], 2); imul('ab', 0); imul([1], 'x')
setitem([1, 2, 3], 1, 'x'); setitem([1, 2, 3], slice(0, 2), 'ab'); setitem([1, 2, 3, 4], slice(None, None, 2), [9, 8]); setitem([1, 2, 3], slice(None, None, 2), [9]); setitem([1], 5, 0); setitem((1,), 0, 2); setitem({}, [], 1); setitem('ab', 0, 'x')
delitem([1, 2, 3], 0); delitem([1, 2, 3, 4], slice(None, None, 2)); delitem({'a': 1}, 'a'); delitem({}, 'a'); delitem((1,), 0)
list(reversed([])); drain(iter(call_n(5), 3)); drain(enumerate(range(3)))
type(iter([])).__name__; type(iter(())).__name__; type(iter('ab')).__name__; type(iter('é')).__name__; type(iter({})).__name__; type(iter({}.values())).__name__; type(iter({}.items())).__name__; type(iter(set())).__name__; type(iter(range(3))).__name__; type(iter(range(2**70))).__name__; type(reversed([])).__name__; type(iter(b'')).__name__
{'a': 1}.keys() == {'a'}; {'a': 1}.items() == {('a', 1)}; {'a': 1}.keys() - {'a'}; ('a', 1) in {'a': 1}.items(); ('a', 2) in {'a': 1}.items(); list(reversed({'a': 1, 'b': 2}.items())); repr({}.values()); len({'a': 1}.items())
[].append(); [].clear(1); ().count(); {}.keys(1); set().add(); (1).bit_length(1); (1.5).hex(1); 'a'.upper(1); 'a'.join(); [].index(); 'a'.strip(1, 2); set().update(x=1); [].index(x=1); 'a'.center(x=1); {}.get(x=1); (1,).index(x=1); {}.pop(); 'a'.startswith(x=1)
list[int]; dict[str, tuple[int, ...]]; tuple[()]; type[int]; list[int](range(2)); list[int] == list[int]; set[str].__args__; int[0]
'%s' % [1, 2]; '%s %s' % [1, 2]; '%(x)s %(y)d' % {'x': 'a', 'y': 2}; '%r' % 'é'; '%a' % 'é'; '%5s|%-5s|' % ('ab', 'cd'); '%i' % 3.9; '%x' % 3.9; '%s' % ()
'''
CASES = CASES + EXTRA

lines = []
for raw in CASES.strip().split('\n'):
    for expr in raw.split('; '):
        expr = expr.strip()
        if expr:
            lines.append(expr)

prog = ['# Generated by tools/gen-golden-builtins.py. Do not edit.',
        '# Each case prints repr(value) or "ExceptionType: message".',
        'def show(f):',
        '    try:',
        '        print(repr(f()))',
        '    except Exception as e:',
        '        print(type(e).__name__ + ": " + str(e))',
        ''] + PRELUDE.strip().split('\n') + ['']
for e in lines:
    prog.append(f'show(lambda: {e})')
src = '\n'.join(prog) + '\n'
path = os.path.join(OUT, 'builtins-cases.py')
with open(path, 'w') as f:
    f.write(src)
out = subprocess.run([sys.executable, path], capture_output=True, text=True, env={**os.environ, 'PYTHONHASHSEED': '0'})
assert out.returncode == 0, out.stderr
with open(os.path.join(OUT, 'builtins-cases.exp'), 'w') as f:
    f.write(out.stdout)
# Compile-time warnings (SyntaxWarning for `5[0]` ...), with the program's path made relative.
with open(os.path.join(OUT, 'builtins-cases.exp-stderr'), 'w') as f:
    f.write(out.stderr.replace(path, 'builtins-cases.py'))
print(f'{len(lines)} cases')
