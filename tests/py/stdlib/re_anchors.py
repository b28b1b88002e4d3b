# ^ $ \A \Z \b \B with and without MULTILINE; $ before a final newline; pos/endpos and anchors.
import re

for s in ['abc', 'abc\n', 'abc\n\n', 'x\nabc', 'abc\ny']:
    print(repr(s), bool(re.search(r'^abc$', s)), bool(re.search(r'^abc$', s, re.M)),
          bool(re.search(r'\Aabc\Z', s)), [m.span() for m in re.finditer(r'$', s)],
          [m.span() for m in re.finditer(r'$', s, re.M)], [m.span() for m in re.finditer(r'^', s, re.M)])
print(re.findall(r'\bcat\b', 'cat concat cats cat.'), re.findall(r'\Bcat\B', 'concatenate cat'))
print(re.findall(r'\b', ''), re.findall(r'\B', ''), re.findall(r'\B', 'a'))
p = re.compile(r'^\w+')
print(p.search('ab cd', 3), p.match('ab cd', 3))
pm = re.compile(r'^\w+', re.M)
print(pm.search('ab\ncd', 3), pm.search('ab cd', 3))
print(re.compile(r'\w+$').search('abc def', 0, 3))
print(re.compile(r'c\Z').search('abcd', 0, 3))
print(re.compile(r'(?<=b)c').search('abc', 2))
print(re.findall(r'(?m)^$', 'a\n\nb\n'))
print(re.sub(r'(?m)\s+$', '', 'a  \nb\t\nc '))
print(re.split(r'(?m)^-+$\n?', 'one\n---\ntwo\n--\nthree'))
