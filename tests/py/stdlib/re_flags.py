# RegexFlag values and reprs, Pattern.flags, inline and scoped flags, repr(Pattern).
import re

print(re.I, re.M, re.S, re.X, re.A, re.U, re.L, re.NOFLAG)
print(repr(re.I | re.M), repr(re.DOTALL | re.ASCII), int(re.I | re.S), re.I | re.I)
print(re.IGNORECASE == 2, re.I.name, (re.I | re.M).value, isinstance(re.I, int))
print(repr(re.I & re.M), repr(re.X ^ re.X), repr(re.I | 1024))
print(re.compile('a').flags, re.compile('a', re.I).flags, re.compile(b'a').flags)
print(re.compile('(?i)a').flags, re.compile('(?x)a').flags, re.compile('(?a)a').flags, re.compile('(?s)(?m)a').flags)
print(re.compile('(?i:a)').flags)
print(repr(re.compile('a', re.I | re.M)))
print(repr(re.compile('a', re.I | re.S | re.X | re.A)))
print(repr(re.compile(b'a', re.I)), repr(re.compile('(?i)x')))
print(repr(re.compile('x' * 250))[-12:])
print(re.match('a.c', 'A\nC', re.I | re.S))
print(re.match('(?is)a.c', 'A\nC'))
print(re.match('(?i:a)b', 'Ab'), re.match('(?i:a)b', 'AB'))
print(re.match('a(?-i:b)c', 'AbC', re.I), re.match('a(?-i:b)c', 'ABC', re.I))
print(re.findall('(?m)^\\w', 'ab\ncd\nef'), re.findall('^\\w', 'ab\ncd\nef'))
print(re.findall('(?m:^\\w)|x', 'ab\ncd'))
print(re.match('''(?x)
    (\\d+)   # digits
    \\s* - \\s*
    (\\d+)   # more digits
''', '12 - 34').groups())
print(re.match('a b # no comment', 'a b # no comment'))
print(re.match('(?x: a b ) c', 'ab c'))
print(re.findall(r'\w+', 'naïve café', re.A), re.findall(r'\w+', 'naïve café'))
print(re.findall(r'(?a:\w+)-\w+', 'é-é ab-é'))
