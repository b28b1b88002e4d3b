# re.escape, the compile cache and purge, Pattern equality, groupindex, copy.
import re

print(re.escape('a.b*c?d+e(f)[g]{h}|i^j$k\\l'))
print(re.escape('hello world-_!@#%&~'), re.escape('\t\n'), re.escape('ünï'))
s = 'Price: $5.00 (approx.)'
print(re.findall(re.escape('$5.00'), s), re.search(re.escape('(approx.)'), s).span())
a = re.compile(r'\d+')
b = re.compile(r'\d+')
print(a is b, a == b, hash(a) == hash(b), a == re.compile(r'\d+', re.I), a != re.compile(r'\d*'))
re.purge()
c = re.compile(r'\d+')
print(c == a, c.pattern, c.groups)
p = re.compile(r'(?P<y>\d{4})-(?P<m>\d\d)(-(?P<d>\d\d))?')
print(p.groups, p.groupindex, dict(p.groupindex), p.groupindex['m'])
try:
    p.groupindex['x'] = 1
except TypeError as e:
    print('TypeError')
print(p.match('2024-05').groupdict(), p.match('2024-05-17').groupdict())
print(re.compile(p) is p)
for i in range(600):
    re.compile('x%d' % i)
print(re.compile('x5').pattern, re.match('x599', 'x599').group())
