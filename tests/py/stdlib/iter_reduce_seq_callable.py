# __reduce__/__setstate__ of the __getitem__-protocol iterator and __reduce__ of the callable iterator
# (iter(f, sentinel)), while running and once exhausted, and copies of them.
import copy


class S:
    def __getitem__(self, i):
        if i < 3:
            return i * 10
        raise IndexError

    def __repr__(self):
        return 'S()'


it = iter(S()); print(it.__reduce__()); next(it); print(it.__reduce__()); print(list(it), it.__reduce__())
it = iter(S()); it.__setstate__(2); print(list(it))
it = iter(S()); it.__setstate__(-4); print(list(it))
it = iter(S()); next(it); print(list(copy.copy(it)), list(it))
n = iter([1, 2, 3]).__next__
c = iter(n, 3); r = c.__reduce__(); print(r[0].__name__, r[1][1], r[1][0] is n)
print(list(c), c.__reduce__())
counter = iter(range(10)).__next__
c = iter(counter, 4); next(c)
d = copy.copy(c)
print(list(d), list(c))
