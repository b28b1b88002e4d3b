# PEP 688: classes that define __buffer__ (and __release_buffer__) in Python. memoryview() calls
# __buffer__(PyBUF_FULL_RO) and wraps the memoryview it returns in a _buffer_wrapper (the new view's
# .obj); __release_buffer__ runs when the last view of it lets go (release(), `with`, or the view dying);
# bytes() and bytearray() go through __buffer__ too, subclasses of bytearray that override it included;
# a non-memoryview result is a TypeError, and an error in __release_buffer__ is unraisable.
import sys
class B:
    def __init__(self):
        self.data = bytearray(b'abcdef')
    def __buffer__(self, flags):
        print('buffer', flags, type(flags))
        return memoryview(self.data)
    def __release_buffer__(self, view):
        print('release', type(view).__name__, view.tobytes(), view.obj is self.data)

b = B()
m = memoryview(b)
print(m.obj is b, m.tobytes(), m.readonly, m.format, m.nbytes, len(m))
m[0] = ord('X')
print(b.data)
try:
    b.data.append(1)
except BufferError as e:
    print('BufferError', e)
m.release()
print('released')
b.data.append(1)
print(b.data)
with memoryview(b) as m2:
    print(bytes(m2[1:3]))
print(bytes(b), bytearray(b)[:2])

class Bad:
    def __buffer__(self, flags):
        return b'xyz'
try:
    memoryview(Bad())
except TypeError as e:
    print('TypeError', e)

class NoRel:
    def __buffer__(self, flags):
        return memoryview(b'ro')
m3 = memoryview(NoRel())
print(m3.readonly, m3.tobytes())
del m3
print(isinstance(b, __import__('collections.abc').abc.Buffer))
m4 = memoryview(b)
del m4
print('end')

class Fails:
    def __init__(self):
        self.data = bytearray(b'q')
    def __buffer__(self, flags):
        return memoryview(self.data)
    def __release_buffer__(self, view):
        raise ValueError('cannot release')
    def __repr__(self):
        return '<Fails>'
sys.unraisablehook = lambda u: print('unraisable:', type(u.exc_value).__name__, u.exc_value, u.object)
mf = memoryview(Fails())
mf.release()
print('after failing release')

class Cls(bytearray):
    def __buffer__(self, flags):
        print('Cls.__buffer__', flags)
        return super().__buffer__(flags)
c = Cls(b'xy')
mc = memoryview(c)
print(type(mc.obj).__name__, mc.tobytes())
mc.release()
print(type(memoryview(b).obj).__name__)

b = B()
m = memoryview(b)
print(type(m.obj).__name__, m.obj is b.data)
print(sys.getrefcount(b))
m2 = memoryview(m)
print(m2.obj is m.obj)
m.release()
print(m2.tobytes())
m2.release()
print(sys.getrefcount(b))


class C(bytearray):
    def __buffer__(self, flags):
        print('C.__buffer__', flags)
        return super().__buffer__(flags)


c = C(b'xy')
mc = memoryview(c)
print(mc.obj is c, bytes(c), bytearray(c))
mc.release()
print(type(memoryview(C(b'z')).obj).__name__)
