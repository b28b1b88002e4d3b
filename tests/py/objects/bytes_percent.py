# bytes % args (PEP 461).
print(b'%s and %b' % (b'bytes', bytearray(b'array')))
print(b'%d %i %5d %-5d| %05d %+d % d' % (1, 2, 3, 4, 5, 6, 7))
print(b'%x %X %#x %o %#o %08.3f %e %g' % (255, 255, 255, 8, 8, 3.14159, 12345.678, 0.0001))
print(b'%c%c%c' % (72, b'i', bytearray(b'!')), b'%r %a' % ('é', b'x'), b'%%' % ())
print(b'%(name)s=%(val)d' % {b'name': b'x', b'val': 42}, bytearray(b'<%s>') % b'q')
print(b'%.2s|%5s|%-5s|' % (b'abcdef', b'ab', b'cd'), b'%*d|%-*d|' % (4, 1, 4, 2))
class HasBytes:
    def __bytes__(self):
        return b'custom'
print(b'%s' % HasBytes(), b'%s' % memoryview(b'mv'))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: b'%b' % 'x')
t(lambda: b'%c' % 300)
t(lambda: b'%c' % b'ab')
t(lambda: b'%s %s' % (b'x',))
t(lambda: b'%s' % (b'x', b'y'))
t(lambda: b'%d' % b'x')
t(lambda: b'%z' % 1)
t(lambda: b'%' % ())
t(lambda: b'%(a)s' % (1,))
