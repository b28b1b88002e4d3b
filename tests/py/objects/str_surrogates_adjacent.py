# Lone surrogates stay lone code points through every str operation, including ones that put two of
# them side by side (a high then a low surrogate must not merge into one code point): concatenation,
# repetition, join, formatting, replace, translate, padding, slicing.
a, b = '\ud83d', '\ude00'
tests = [a + b, ''.join([a, b]), '%s%s' % (a, b), f'{a}{b}', '{}{}'.format(a, b), (a + 'x' + b).replace('x', ''),
         (a + 'x' + b).translate({120: None}), (a + ' ' + b).split()[0] + (a + ' ' + b).split()[1], (a + b) * 3,
         (a + 'x' + b).strip('x'), 'x'.join([a, b]).replace('x', ''), str([a, b]), repr(a + b), (a+b)[::-1], (a+b)[::1],
         ''.join(reversed(a + b)), (b + a) * 2, ''.join(sorted([b, a])), (a + '\t' + b).expandtabs(0), format(a + b, '^4'),
         (a + 'x' + b).partition('x')[0] + (a + 'x' + b).partition('x')[2], (a + 'X' + b).lower().replace('x', ''),
         ' '.join([a, b]).replace(' ', ''), (a + '\n' + b).splitlines()[0] + (a + '\n' + b).splitlines()[1],
         a.join(['', '']) + b, 'ab'.replace('a', a).replace('b', b), a.ljust(1) + b, (a + 'xx' + b).replace('xx', '', 1),
         (a + 'ab' + b).removeprefix(a).removesuffix(b), 'xy'.translate({120: a, 121: b}), (a+b).zfill(3), (a+b).center(4),
         (a + '%' + b).replace('%', ''), '%c%c' % (0xd83d, 0xde00), chr(0xd83d) + chr(0xde00), (a + b).title(), (a + b).swapcase()]
print([len(t) for t in tests])
print([ascii(t) for t in tests])
s = '\ud83d\ude00x'
print(len(s), [hex(ord(c)) for c in s.upper()], len(s.upper()), len(s.swapcase()), len(s.casefold()), len(s.title()), len(s.capitalize()))
print(len(s.center(9)), len(s.replace('x', 'y')), len(s.strip()), s.split('x'), len(s[::-1]), len(s.ljust(5)))
print(len('%s' % s), len(f'{s}'), len(s + s), len(s * 2), len(' '.join([s, s])), len(s.expandtabs()), len(s.zfill(5)))
print(s.isprintable(), s.isidentifier(), s.encode('utf-16', 'surrogatepass'), s.encode('utf-8', 'surrogatepass'))
print(len(repr(s)), ascii(s), len(str(s)), len(format(s, '>6')), len(s.partition('x')[0]), s.find('x'), s.index('x'), s.count('\ud83d'))
print(s.startswith('\ud83d'), s.endswith('x'), len(s.lower()), len(s.translate({120: 'z'})), len(s.removeprefix('\ud83d')))
