# re.error messages, positions and line/column info; other exceptions compile() raises.
import re

patterns = [
    '(abc', 'abc)', '*x', 'x**', 'x{3,1}', '[a-', '[z-a]', r'[\d-z]', r'\q', 'x\\', r'\x1', r'\u12',
    r'\777', r'(a)\2', r'(a\1)', '(?P<1>x)', '(?P<n>a)(?P<n>b)', '(?P=zz)', '(?P<n', '(?P<>x)', '(?Px)',
    '(?<a)', '(?y)', '(?', 'ab(?i)c', '(?i', '(?-i)', '(?i-i:x)', '(?L)x', '(?au)x', '(?-a:x)', '(?#xx',
    '(?(1)a|b|c)', '(?(0)a)', '(?(nm)a)', '(?(3)a)(b)', '(?<=a*)b', '(?<=ab|c)d', 'ab\ncd\n(ef',
    '^*', r'[\A]', r'\8',
]
for p in patterns:
    try:
        re.compile(p)
        print(repr(p), 'compiled')
    except re.error as e:
        print(repr(p), '->', e)
        print('   msg=%r pos=%r lineno=%r colno=%r' % (e.msg, e.pos, e.lineno, e.colno))

for p, f in [('a', re.A | re.U), ('a', re.L)]:
    try:
        re.compile(p, f)
    except ValueError as e:
        print('ValueError:', e)
try:
    re.compile('x{4294967296}')
except OverflowError as e:
    print('OverflowError:', e)
try:
    re.compile(42)
except TypeError as e:
    print('TypeError:', e)
try:
    re.compile(re.compile('a'), re.I)
except ValueError as e:
    print('ValueError:', e)
try:
    re.search('a', 42)
except TypeError as e:
    print('TypeError:', type(e).__name__)
e = re.error('custom', 'pat\ntern', 5)
print(e, e.lineno, e.colno)
print(re.error('plain'), re.error('plain').pos)
print(issubclass(re.error, Exception), re.error.__module__)
