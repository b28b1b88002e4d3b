# Counter(iterable) / Counter.update(iterable) go through _collections._count_elements (native, as in
# CPython): plain Counters, subclasses that override __setitem__ or get (their methods are called),
# non-int counts, errors from hashing and from the iterator, and the module-level helper itself.
from collections import Counter, OrderedDict
import _collections

words = 'the quick brown fox jumps over the lazy dog the end'.split()
c = Counter(words)
print(c.most_common(3), c['the'], c['missing'], len(c))
c.update('abracadabra')
print(sorted(c.items())[:6], c.total())


class Loud(Counter):
    def __setitem__(self, key, value):
        print('  set', key, value)
        super().__setitem__(key, value)


print(Loud('aba'))


class Shifted(Counter):
    def get(self, key, default=None):
        return super().get(key, 100)


print(Shifted('xyx'))

d = {}
_collections._count_elements(d, 'mississippi')
print(d)
od = OrderedDict()
_collections._count_elements(od, [3, 1, 3, 2, 3])
print(od)
f = {'a': 0.5}
_collections._count_elements(f, 'aa')
print(f)
for bad in ([[1], [2]], 5):
    try:
        Counter(bad)
    except TypeError as e:
        print('TypeError', e)


def failing():
    yield 'ok'
    raise ValueError('boom')


c = Counter()
try:
    c.update(failing())
except ValueError as e:
    print('ValueError', e, dict(c))
for args in ((), ({},), ({}, 'a', 'b')):
    try:
        _collections._count_elements(*args)
    except TypeError as e:
        print('TypeError', e)
