# list(iterable) and list.extend size the list as CPython 3.12 does: exact room for an iterable with a
# len(), the length hint (__length_hint__, default 8) otherwise, cut back at the end; so sys.getsizeof
# of the result matches. PyObject_LengthHint's errors and operator.length_hint.
import sys
def g(n): yield from range(n)
class H:
    def __init__(s, n, h): s.n, s.h = n, h
    def __iter__(s): return iter(range(s.n))
    def __length_hint__(s): return s.h
class Bad:
    def __iter__(s): return iter([])
    def __length_hint__(s): return 'x'
class Neg:
    def __iter__(s): return iter([])
    def __length_hint__(s): return -1
class NI:
    def __iter__(s): return iter([1])
    def __length_hint__(s): return NotImplemented
class LenErr:
    def __iter__(s): return iter([1,2])
    def __len__(s): raise TypeError('x')
for mk in [lambda: list(g(0)), lambda: list(g(3)), lambda: list(g(10)), lambda: list(map(abs, range(5))), lambda: list('abc'),
           lambda: list({1:2,3:4}), lambda: list(H(3, 100)), lambda: list(H(20, 2)), lambda: list(NI()), lambda: list(LenErr()),
           lambda: [*g(5)], lambda: list(x for x in range(7)), lambda: list(zip(range(3), range(3))), lambda: list(filter(None, range(9)))]:
    l = mk(); print(len(l), sys.getsizeof(l))
l = [1,2,3]; l.extend(g(4)); print(sys.getsizeof(l))
l = [1,2,3]; l.extend(range(40)); print(sys.getsizeof(l))
l = [1]*10; l.__init__(range(3)); print(l, sys.getsizeof(l))
for c in (Bad, Neg):
    try: list(c())
    except Exception as e: print(type(e).__name__, e)
import operator
print(operator.length_hint(H(1, 7)), operator.length_hint(iter([1,2,3])), operator.length_hint(g(1), 4))
