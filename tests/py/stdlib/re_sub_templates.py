# sub/subn: templates (\1, \g<name>, \g<0>, escapes, octal), callables, count, empty matches.
import re

print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world, good day'))
print(re.sub(r'(?P<first>\w+) (?P<last>\w+)', r'\g<last>, \g<first>', 'Ada Lovelace'))
print(re.sub(r'(\d+)', r'<\g<0>>', 'a1b22c'))
print(re.sub(r'(\d)', r'\g<1>0', 'a1b2'))
print(re.sub('a', r'\n\t\\', 'xa'))
print(repr(re.sub('a', r'\0\012\x', 'a')) if False else repr(re.sub('a', r'\0\012', 'a')))
print(re.sub('a', r'\-', 'a'))
print(re.subn(r'o', '0', 'foo boo'))
print(re.subn(r'o', '0', 'foo boo', count=2))
print(re.sub(r'x*', '-', 'abxd'))
print(re.sub(r'', '-', 'abc'))
print(re.sub(r'\b', '|', 'one two'))
print(re.sub(r'(a)|b', r'[\1]', 'ab'))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b20 c300'))
print(re.sub(r'[aeiou]', lambda m: m.group().upper(), 'programming language', 3))
print(re.sub(r'(?i)HELLO', 'bye', 'Hello hello HELLO'))
print(re.sub(r'\s+', ' ', '  lots   of\t\tspace \n here  ').strip())
print(re.sub(r'^', '> ', 'line1\nline2\nline3', flags=re.M))
print(re.sub(rb'(\d)', rb'<\1>', b'a1b2'))
calls = []
def repl(m):
    calls.append(m.span())
    return None if m.group() == 'b' else m.group() * 2
try:
    print(re.sub(r'[abc]', repl, 'abcd'))
except TypeError as e:
    print('TypeError:', e)
print(calls)
p = re.compile(r'(?P<n>\d)')
print(p.sub(r'\g<n>\g<n>', 'a1b2', 1), p.subn('#', 'a1b2c3'))
for tmpl in [r'\3', r'\g<x>', r'\g<2>', r'\g<', r'\g<1', r'\g<>', r'\q', 'a\\', r'\g<1a>']:
    try:
        print(p.sub(tmpl, 'a1'))
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
