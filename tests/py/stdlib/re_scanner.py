# Pattern.scanner: successive match()/search() calls from where the last match ended, empty-match
# rules, exhaustion after a failure, pos/endpos, bytes; used as a tokenizer.
import re
p = re.compile(r'(\d+)|([a-z]+)|(\s+)|(.)')
sc = p.scanner('ab 12+x  9')
out = []
while True:
    m = sc.match()
    if m is None:
        break
    out.append((m.lastindex, m.group(), m.span(), m.pos, m.endpos))
print(out, sc.match(), sc.pattern is p)
sc = re.compile(r'\d*').scanner('a12b', 1)
print([sc.search() for _ in range(5)])
sc = re.compile(r'x*').scanner('axxb')
print([(m.span() if m else None) for m in iter(sc.match, None)], sc.search())
sc = re.compile(r'x*').scanner('axxb')
print([m.span() for m in iter(sc.search, None)])
sc = re.compile(b'.').scanner(b'ab', 0, 1)
print(sc.search(), sc.search(), sc.search())
