# Lone surrogates stay separate code points through str methods (never merge into astral characters).
hi, lo = '\ud83d', '\ude00'
s = hi + lo
b = b'caf\xc3\xa9 \xed\xa0\xbd\xed\xb8\x80 x'.decode('utf-8', 'surrogateescape')


def show(label, v):
    if isinstance(v, (list, tuple)):
        print(label, [(x, len(x)) for x in v])
    else:
        print(label, ascii(v), len(v))


show('concat', s)
show('surrogateescape', b)
show('split', (s + ' ' + s).split())
show('split sep', (s + ',' + lo).split(','))
show('rsplit', (s + ' ' + hi).rsplit(' ', 1))
show('splitlines', (hi + '\n' + lo + s).splitlines())
show('partition', (hi + ',' + lo).partition(','))
show('replace', 'a-b'.replace('-', hi).replace('b', lo))
show('replace empty', s.replace('', '|'))
show('replace count', s.replace('', '|', 2))
show('center', s.center(6, '*'))
show('ljust', s.ljust(4))
show('rjust', s.rjust(4, lo))
show('zfill', ('-' + s).zfill(5))
show('expandtabs', (s + '\tx').expandtabs(4))
show('translate', 'ab'.translate({97: hi, 98: lo}))
show('translate2', s.translate({0xd83d: 'x'}))
show('maketrans', s.translate(str.maketrans(hi + lo, 'ab')))
show('removeprefix', ('x' + s).removeprefix('x'))
show('removesuffix', (s + 'x').removesuffix('x'))
show('format', '{}{}'.format(hi, lo))
show('format spec', '{:>4}'.format(s))
show('format_map', '{a}{b}'.format_map({'a': hi, 'b': lo}))
show('percent', '%s%s' % (hi, lo))
show('percent prec', '%.1s|%3s' % (s, s))
show('fstring', f'{hi}{lo}')
show('fstring spec', f'{s:<3}')
show('format()', format(s, '^5'))
print('count', s.count(''), s.count(hi), s.count(lo), (s + s).count(lo + hi))
show('join', ''.join([hi, lo]))
print(s == '\U0001f600', s.encode('utf-16', 'surrogatepass') == '\U0001f600'.encode('utf-16'))
wide = '\U0001f600' + hi + lo
show('wide concat', wide)
show('wide char', 'x'.replace('x', '\U0001f600'))
show('percent c', '%c%c' % (0x1f600, 0xd83d))
show('encode back', b.encode('utf-8', 'surrogateescape').decode('latin-1'))
