# The Match object: groups, spans, lastindex/lastgroup, repr, indexing, pos/endpos.
import re

m = re.search(r'(?P<key>\w+)=(?P<val>\d+)?(x)?', 'set alpha=42 now')
print(m)
print(m.group(), m.group(0), m.group(1), m.group('val'), m.group(1, 'val', 3))
print(m.groups(), m.groups('-'), m.groupdict(), m.groupdict(default='?'))
print(m.span(), m.span(1), m.start('val'), m.end(2), m.span(3))
print(m.lastindex, m.lastgroup, m.regs)
print(m[0], m['key'], m[2], bool(m))
print(m.pos, m.endpos, m.string, m.re.pattern)
print(m.re is re.compile(r'(?P<key>\w+)=(?P<val>\d+)?(x)?'))
for bad in (4, 'nope', -1):
    try:
        m.group(bad)
    except IndexError as e:
        print('IndexError:', e)

m = re.match(r'(a)(b(c))', 'abcd')
print(m.lastindex, m.lastgroup, m.groups())
m = re.match(r'((a)b)', 'ab')
print(m.lastindex)
m = re.match(r'(?P<outer>(?P<inner>x))', 'x')
print(m.lastgroup)

p = re.compile(r'\d+')
m = p.search('ab 123 456', 4)
print(m, m.pos, m.endpos)
m = p.search('ab 123 456', 0, 5)
print(m, m.endpos)
print(p.match('ab 123', 3), p.match('ab 123', 2))
print(p.fullmatch('123x', 0, 3), p.fullmatch('123x'))
print(p.search('12', -10, 100).span())
print(repr(re.match('a' * 60, 'a' * 60)))
print(re.match(r'(?s).+', 'line1\nline2'))
m = re.match(r'(\w+) (\w+)', 'Isaac Newton, physicist')
print(m.expand(r'\2, \1'), m.expand(r'<\g<2>> <\g<0>>'))
print(type(m).__name__, type(p).__name__, re.Match, re.Pattern)
