# Look-ahead/behind, atomic groups, possessive quantifiers and conditionals.
import re

print(re.findall(r'\w+(?=,)', 'a, bb, ccc and d'))
print(re.findall(r'\b\w+\b(?!,)', 'a, bb, ccc and d'))
print(re.findall(r'(?<=\$)\d+', 'cost $30, tax $4, 5 items'))
print(re.findall(r'(?<!\$)\b\d+', 'cost $30, tax $4, 5 items'))
print(re.findall(r'(?<=ab|xy)c', 'abc xyc zzc'))
print(re.sub(r'(?<=\d)(?=(\d{3})+$)', ',', '1234567'))
print(re.match(r'(?=(\w+))\w', 'hello').group(1))
print(re.match(r'(?!abc)\w+', 'abd'), re.match(r'(?!abc)\w+', 'abc'))
print(re.search(r'(?<=^)x', 'xx').span(), re.search(r'(?<!^)x', 'xx').span())
print(re.search(r'(?<=a)', 'ba').span())
pw = re.compile(r'^(?=.*\d)(?=.*[a-z])(?=.*[A-Z]).{8,}$')
for s in ['Passw0rd', 'password', 'PASSW0RD', 'Pw0', 'LongerPassw0rdHere']:
    print(s, bool(pw.match(s)))
print(re.match(r'(?>a+)b', 'aaab'), re.match(r'(?>a+)a', 'aaa'))
print(re.match(r'(?>ab|a)c', 'ac'), re.match(r'(?>a|ab)c', 'abc'))
print(re.match(r'a*+a', 'aaa'), re.match(r'a*+b', 'aab'), re.match(r'(?:ab)++', 'ababx'))
print(re.match(r'\d++\.', '123.'), re.match(r'"[^"]*+"', '"quoted"'))
print(re.match(r'x{2,3}+x', 'xxxx'), re.match(r'x{1,3}?+', 'xxx') if False else None)
cond = re.compile(r'(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)')
for s in ['<user@host.com>', 'user@host.com', '<user@host.com', 'user@host.com>']:
    print(s, bool(cond.match(s)))
q = re.compile(r'(?P<q>["\'])?(?P<body>\w+)(?(q)(?P=q))')
print([m.group('body') for m in q.finditer('"a" \'b\' c "d\'')])
print(re.match(r'(a)?(?(1)b|c)', 'ab').group(), re.match(r'(a)?(?(1)b|c)', 'c').group())
