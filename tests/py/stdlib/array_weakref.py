# array.array and its subclasses can be weakly referenced; the reference dies with the array and its
# callback runs; array.array is an immutable type.
import array, weakref, gc
a = array.array('i', [1, 2])
r = weakref.ref(a)
print(r() is a)
del a
print(r())
class A(array.array): pass
b = A('d', [1.0])
print(weakref.ref(b)() is b)
try: array.array.x = 1
except TypeError as e: print(e)
print(bool(array.array.__flags__ & (1<<8)))
c = array.array('b', b'xy')
w = weakref.ref(c, lambda ref: print('callback', ref() is None))
del c
print(weakref.getweakrefcount(b))
