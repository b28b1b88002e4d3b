# __reduce__ of the builtin types that pickle and copy take apart: set and frozenset (with their subclasses'
# __dict__, __slots__ and __getstate__ as the state), range, slice, map, filter, enumerate, bound methods,
# the long range iterator and the deque iterators (whose types rebuild them from (deque, index)); and
# copy.copy / copy.deepcopy of each, rebuilt from those reductions.
import collections
import copy


def rebuild(r):
    obj = r[0](*r[1])
    if len(r) > 2 and r[2] is not None:
        if hasattr(obj, '__setstate__'):
            obj.__setstate__(r[2])
        else:
            obj.__dict__.update(r[2])
    return obj


class S(set):
    pass


class T(set):
    __slots__ = ('a',)


class U(frozenset):
    def __getstate__(self):
        return {'tag': 'u'}


s = S([1, 2]); s.x = 1
t = T([2]); t.a = 5
print(sorted({3, 1, 2}.__reduce__()[1][0]), frozenset({1}).__reduce__())
print(s.__reduce__(), S().__reduce__())
print(t.__reduce__())
print(U([3]).__reduce__())
print(type(copy.copy(s)).__name__, copy.copy(s).x, sorted(copy.deepcopy(s)), copy.deepcopy(t).a)
print(copy.copy(U([3])), copy.deepcopy(frozenset([(1, 2)])))

for r in [range(5), range(1, 10, 3), range(10, 0, -2), range(2**70, 2**71, 2**60)]:
    red = r.__reduce__()
    print(red, rebuild(red) == r, copy.copy(r) == r, copy.deepcopy(r) is not None)
for sl in [slice(3), slice(1, 2), slice(1, 'a', [2]), slice(None, None, -1)]:
    red = sl.__reduce__()
    print(red, rebuild(red) == sl, copy.copy(sl), copy.deepcopy(sl))

m = map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])
next(m)
red = m.__reduce__()
print(red[0], len(red[1]), list(rebuild(red)))
f = filter(None, [0, 1, '', 'a', None, 2])
print(f.__reduce__()[0], list(rebuild(f.__reduce__())))
print(list(copy.copy(map(abs, [-1, -2]))), list(copy.copy(filter(str.isdigit, 'a1b2'))))
e = enumerate('abc', 5)
next(e)
red = e.__reduce__()
print(red[0], red[1][1], list(rebuild(red)))
big = enumerate('xy', 2**64)
next(big)
print(big.__reduce__()[1][1], list(rebuild(big.__reduce__())))


class A:
    def f(self):
        "the doc"
        return 'f of', type(self).__name__

    @classmethod
    def g(cls):
        return 'g of', cls.__name__


a = A()
red = a.f.__reduce__()
print(red[0] is getattr, red[1][1], rebuild(red)(), A.g.__reduce__()[1], rebuild(A.g.__reduce__())())
print(copy.copy(a.f) == a.f, a.f.__doc__, a.f.__func__ is A.f, a.f.__self__ is a, type(a.f).__func__.__doc__)
print(sorted(k for k in type(a.f).__dict__ if not k.startswith('__') or k in ('__func__', '__self__', '__reduce__')))

it = iter(range(2**70, 2**70 + 5))
next(it); next(it)
red = it.__reduce__()
print(red, it.__length_hint__(), list(rebuild(red)))
it2 = iter(range(2**70, 2**70 + 5))
it2.__setstate__(3)
print(list(it2), it2.__length_hint__())
it3 = iter(range(-2**70, -2**70 - 10, -3))
it3.__setstate__(-5)
print(next(it3), it3.__reduce__()[1])

d = collections.deque('abcde')
di = iter(d)
next(di); next(di)
red = di.__reduce__()
print(red, list(rebuild(red)))
ri = reversed(d)
next(ri)
red = ri.__reduce__()
print(red, list(rebuild(red)))
print(list(type(iter(d))(d, 4)), list(type(reversed(d))(d, 10)), list(type(iter(d))(d)))
for bad in [lambda: type(iter(d))(), lambda: type(iter(d))([1]), lambda: type(iter(d))(d, 1, 2)]:
    try:
        bad()
    except TypeError as exc:
        print('TypeError', exc)
