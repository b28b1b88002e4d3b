# bytes(x) honours __bytes__ before the str, int, buffer and iterable cases (as CPython's bytes_new),
# copies buffers (including non-contiguous memoryviews), and subclass constructors (bytes, str)
# accept a subclass instance returned by __bytes__ / __str__ without corrupting the heap.
class A:
    def __bytes__(self):
        return b'A'


class Both:
    def __index__(self):
        return 3

    def __bytes__(self):
        return b'from __bytes__'


class B(bytes):
    pass


class C:
    def __bytes__(self):
        return 'no'


class D(bytes):
    def __bytes__(self):
        return b'from D'


class E:
    def __bytes__(self):
        raise KeyError('inner')


print(bytes(A()), bytes(Both()), bytearray(Both()))
print(bytes(B(b'x')), type(bytes(B(b'x'))).__name__, bytes(memoryview(b'mv')), bytes(bytearray(b'ba')))
print(bytes(D(b'x')), B(A()), type(B(A())).__name__)
try:
    bytes(C())
except TypeError as e:
    print('TypeError:', e)
try:
    bytes(E())
except KeyError as e:
    print('KeyError:', e)
print(bytes('abc', 'ascii'), bytes('\u00e9', 'utf-8', 'strict'))
cases = [('abc',), (1, 'x'), (b'x', 'ascii'), (5,), (-1,), ([1, 2],), ([256],), ((x for x in b'hi'),),
         (memoryview(b'abcdef')[::2],), (3.5,), (None,)]
for args in cases:
    try:
        print(bytes(*args))
    except Exception as e:
        print(type(e).__name__, e)
for kw in [{'errors': 'strict'}, {'encoding': 'ascii'}]:
    for src in ['a', b'a']:
        try:
            bytes(src, **kw)
        except TypeError as e:
            print(repr(src), kw, 'TypeError:', e)


class W(bytes):
    pass


class Z:
    def __bytes__(self):
        return W(b'w')


class X(bytes):
    pass


for i in range(3):
    w = W(Z())
    print(w, type(w).__name__, type(bytes(Z())).__name__)
print(X(3), X([65]), X('q', 'ascii'), X(memoryview(b'mm')))


class S(str):
    pass


class M:
    def __str__(self):
        return S('from M')


class T(str):
    pass


for i in range(3):
    r, t, t2 = str(M()), T(M()), T(S('abc'))
    print(type(r).__name__, r, type(t).__name__, t + '!', type(t2).__name__, t2)
print(T(M()).upper(), len(T(M())), T(M()) == 'from M', hash(T(M())) == hash('from M'))
