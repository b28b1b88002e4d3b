# printf-style `%` for str and bytes, following CPython's argument state: a %(key) conversion replaces the
# arguments with the looked-up value (so a later plain %s or '*' has nothing left), '%' with flags or a
# width ('%5%') takes an argument before it is rejected, what counts as a mapping (not str, bytes or
# bytearray on the bytes side), one 'h'/'l'/'L' length modifier, '*' width/precision, %c through
# __index__, the sign/'0x'/zero-padding layout, and the exact TypeError/ValueError/OverflowError texts.


class Index:
    def __index__(self):
        return 66


class Real:
    def __float__(self):
        return 2.5


class IntRaisesValue:
    def __int__(self):
        raise ValueError('no int here')


class Lookup:
    def __getitem__(self, key):
        return 'Lookup[%r]' % (key,)


def show(fmt, args):
    try:
        r = fmt % args
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    print(repr(fmt), '->', repr(r))


cases = [
    ('%5%', ()), ('%5%', (1,)), ('%-5%|', 3), ('%%|%s', 'x'), ('%', ()), ('abc%', 1), ('%-', 1), ('%.', 1),
    ('%(a)s %s', {'a': 1}), ('%(a)*d', {'a': 1}), ('%(a)s-%(b)05.1f', {'a': 'x', 'b': 2.25}), ('%(a)s', Lookup()),
    ('%(a(b))s', Lookup()), ('%(a', {}), ('%()s', {'': 'empty'}), ('%(a)s', (1,)), ('%s', {'a': 1}), ('%s %s', {'a': 1}),
    ('x', 'abc'), ('%s', ()), ('', ()), ('', []), ('', {}), ('%s', [1, 2]), ('%s %s', (1,)), ('%s', (1, 2)),
    ('%ld|%Li|%hx', (1, 2, 255)), ('%hhd', 1), ('%lld', 1), ('%z', 1), ('%\x1f', 1), ('%\x7f', 1), ('%\xe9', 1),
    ('%*d|', (5, 1)), ('%*d|', (-5, 1)), ('%-*d|', (-5, 1)), ('%.*f', (2, 3.14159)), ('%*.*f|', (9, 3, 3.14159)),
    ('%*d', (1.5, 2)), ('%.*d', ('x', 2)), ('%.*d', (2 ** 40, 1)), ('%.2147483647d', 1),
    ('%c|%c|%c', ('a', 65, Index())), ('%5c|%-5c|', ('a', 'b')), ('%c', 'ab'), ('%c', 65.0), ('%c', -1), ('%c', 0x110000),
    ('%d', '1'), ('%d', 1j), ('%x', 1.0), ('%x', Index()), ('%d', IntRaisesValue()), ('%i|%u', (3.9, -3.9)),
    ('%f', '1.5'), ('%f', Real()), ('%e', None), ('%.3s|%-6.2r|%5a|', ('abcdef', 'abc', 'é')),
    ('%#o %#x %#X', (8, 255, 255)), ('%#5o|%#08x|%-#8X|', (8, 255, 255)), ('%+05d|% 05d|%+-5d|', (3, 3, 3)),
    ('%.3d|%.5x|%#.5o|%+.3d', (5, 255, 8, -5)), ('%010.3d', -5), ('%05s|%+s|% s', ('ab', 'cd', 'ef')),
    ('%05f|%+.1e|% g', (float('inf'), float('nan'), -0.0)), ('%#.0f|%#.0e|%#g', (1.0, 1.0, 1.0)),
]
for fmt, args in cases:
    show(fmt, args)

print('-- bytes')
bcases = [
    (b'b', 'a'), (b'b', bytearray(b'x')), (bytearray(b'x'), 'a'), (b'%s', 'text'), (b'%5%', (1,)), (b'%(k)s', {b'k': b'v'}),
    (b'%(k)s %s', {b'k': b'v'}), (b'%s|%b|%r|%a', (b'x', bytearray(b'y'), 'z\xe9', 'w\xe9')), (b'%s', memoryview(b'mv')),
    (b'%c%c%c', (b'a', bytearray(b'b'), 99)), (b'%c', 256), (b'%c', 'a'), (b'%c', b'ab'), (b'%i', 'x'), (b'%u', 'x'),
    (b'%f', '1.5'), (b'%x', 1.5), (b'%\xff', 1), (b'%\x1f', 1), (b'%.*d', (2 ** 40, 1)), (b'%.2147483648f', 1.0),
    (b'%-6s|%6s|%.1s', (b'ab', b'cd', b'ef')), (b'%#06x|%+.2f|%5c|', (255, 1.5, b'q')),
]
for fmt, args in bcases:
    show(fmt, args)

# bytearray.__rmod__ declines a bytes left operand; bytes % bytearray keeps the bytes type.
print(bytearray(b'x').__rmod__(b'a'), b'%s' % bytearray(b'ba'), bytearray(b'%s') % b'bb')
