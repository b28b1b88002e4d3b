# findall's result shapes (no group, one group, several), finditer, and empty matches (3.7+ rules).
import re

text = 'x=1, y=22, z=333'
print(re.findall(r'\d+', text))
print(re.findall(r'(\w)=\d+', text))
print(re.findall(r'(\w)=(\d+)', text))
print(re.findall(r'(\w)=(\d)?(\d\d)?', text))
print(re.findall(r'', 'abc'))
print(re.findall(r'x*', 'axxb'))
print(re.findall(r'|a', 'aa'))
print(re.findall(r'\b', 'hi there'))
print(re.findall(r'a|(b)', 'ab'))
for m in re.finditer(r'(?P<word>[a-z]+)(?P<num>\d*)', 'abc12 de f3'):
    print(m.span(), m.group('word'), repr(m.group('num')), m.lastgroup)
print([m.span() for m in re.finditer(r'\w*', 'ab cd')])
print([m.group() for m in re.finditer(r'(?=(\w\w))', 'abcd')])
print([m.group(1) for m in re.finditer(r'(?=(\w\w))', 'abcd')])
p = re.compile(r'\d')
print(p.findall('1a2b3c4', 2, 5))
print([m.start() for m in p.finditer('1a2b3c4', 1)])
it = re.finditer('a', 'aXa')
print(next(it).span(), next(it).span())
try:
    next(it)
except StopIteration:
    print('done')
print(re.findall(r'(?i)the', 'The other then THE'))
print(re.findall(r'[aeiou]{2,}', 'beautiful queueing'))
print(re.findall(rb'\d+', b'10 apples, 20 pears'))
