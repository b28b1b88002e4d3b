# Matches in reference cycles (through a str subclass's __dict__) are found by the cycle collector.
import re, gc
class S(str):
    pass
for i in range(50):
    s = S('hello world %d' % i)
    s.m = re.search(r'(\w+) (\w+)', s)
    s.ms = list(re.finditer(r'\w+', s))
del s
print(gc.collect() > 0)
s = S('abc')
s.m = re.match('(b)?', s)
print(s.m.groups(), s.m.string is s)
del s
gc.collect()
print('ok')
