# Positions in strings with characters above U+FFFF count code points: find/index/count/startswith,
# slicing, strip, split and partition; plus lone surrogates kept apart.
E = '\U0001F600'
s = 'a' + E + 'bc' + E + E + 'd\U00010400e'
print(len(s), [hex(ord(c)) for c in s])
for sub in ['a', 'b', 'c', 'd', 'e', E, E + E, E + 'd', '\U00010400', 'x', '']:
    print(ascii(sub), s.find(sub), s.rfind(sub), s.count(sub), s.find(sub, 2), s.rfind(sub, 0, 5),
          s.count(sub, 1, -1), sub in s)
for sub in ['c', E]:
    print(s.index(sub), s.rindex(sub), s.index(sub, 3), s.rindex(sub, 0, 6))
try:
    s.index('z')
except ValueError as e:
    print('ValueError', e)
print(s.startswith(E, 1), s.startswith('b', 2), s.endswith('e'), s.endswith(E, 0, 6), s.startswith((E, 'q'), 4))
print(ascii(s[1:3]), ascii(s[-3:]), ascii(s[::2]), ascii(s[::-1]), s[5] == E)
print(ascii((E + 'x' + E).strip(E)), ascii((E + 'x\U0001F601').strip('\U0001F601')), ascii(('\U0001F601' + E).lstrip(E)))
print([ascii(p) for p in s.split(E)], [ascii(p) for p in s.rsplit(E, 1)], [ascii(p) for p in s.partition(E + E)])
print(ascii(s.replace(E, '-', 2)), ascii(s.upper()), ascii(s.title()), ascii(s.center(15, E)))
print(ascii(E.join(['1', '2'])), s.isprintable(), E.isidentifier(), '\U00010400'.islower(), '\U00010428'.lower() == '\U00010428')
# Lone surrogates (from surrogateescape decoding) stay separate code points through case mapping and slicing.
h, l = '\ud83d', '\ude00'
t = h + l + 'A'
print(len(t), len(t.lower()), len(t.upper()), len(t[0:2]), ascii(t.lower()), t.find(l), t.count(h), ascii(t.strip('A')))
u = b'caf\xc3\xa9 \xff\xfe'.decode('utf-8', 'surrogateescape')
print(ascii(u), len(u), u.find('\udcfe'), ascii(u.upper()), u.encode('utf-8', 'surrogateescape'))
