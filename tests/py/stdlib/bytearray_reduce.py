# bytearray pickling state: __reduce__ (latin-1 text), __reduce_ex__ by protocol (bytes from 3 on), an
# empty one, a subclass's __dict__ as state; bytearray_iterator's __reduce__/__setstate__; copies.
import copy
b = bytearray(b'a\xffb')
print(b.__reduce__(), b.__reduce_ex__(2), b.__reduce_ex__(4), bytearray().__reduce_ex__(4))
class B(bytearray): pass
x = B(b'q'); x.k = 1
print(x.__reduce_ex__(4), x.__reduce__())
print(copy.deepcopy(b), copy.copy(x), copy.copy(x).k)
try: b.__reduce_ex__('x')
except TypeError as e: print(e)
for mk in (lambda: iter(bytearray(b"xy")),):
    it = mk()
    r = it.__reduce__(); print(type(it).__name__, r[0].__name__, r[1:])
    next(it)
    r = it.__reduce__(); print(r[1:], list(it))
    r = it.__reduce__(); print(r[1:])
b = iter(bytearray(b"abc")); b.__setstate__(2); print(list(b))
b = iter(bytearray(b"abc")); b.__setstate__(-3); print(list(b))
b = iter(bytearray(b"abc")); next(b); print(list(copy.deepcopy(b)), list(b))
