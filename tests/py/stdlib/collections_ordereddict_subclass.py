# OrderedDict stores through the subclass's own __setitem__ (and __getitem__/__contains__) in
# __init__, update, setdefault, copy and the | operators, as CPython's C OrderedDict does, with its
# messages for bad arguments; an LRU cache subclass with an __init__ of its own.
from collections import OrderedDict, Counter, defaultdict


class Logged(OrderedDict):
    def __setitem__(self, key, value):
        print('  set', key, value)
        super().__setitem__(key, value)


print('init')
d = Logged([('a', 1)], b=2)
print('update')
d.update({'c': 3}, d=4)
d.update([('e', 5)])
d.update(Counter('ff'))
print('setdefault')
print(d.setdefault('g', 7), d.setdefault('a', 99))
print('copy')
c = d.copy()
print(type(c).__name__, c)
print('or')
print(d | {'h': 8})
print({'z': 0} | d)
print('ior')
d |= [('i', 9)]
print(d)
print('pop and popitem do not call __delitem__:', d.pop('a'), d.popitem(), d.popitem(last=False))


class LastUpdated(OrderedDict):
    # the recipe from the collections documentation: updating moves a key to the end
    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        self.move_to_end(key)


lu = LastUpdated(x=1, y=2, z=3)
lu.update(x=10)
lu['y'] = 20
print(list(lu.items()))


class LRU(OrderedDict):
    def __init__(self, maxsize=3, /, *args, **kwds):
        self.maxsize = maxsize
        super().__init__(*args, **kwds)

    def __getitem__(self, key):
        value = super().__getitem__(key)
        self.move_to_end(key)
        return value

    def __setitem__(self, key, value):
        if key in self:
            self.move_to_end(key)
        super().__setitem__(key, value)
        if len(self) > self.maxsize:
            del self[next(iter(self))]


cache = LRU(2)
for k in 'abacad':
    if k in cache:
        cache[k]
    else:
        cache[k] = k.upper()
print(cache, cache.maxsize)


class Upper(OrderedDict):
    def __getitem__(self, key):
        return super().__getitem__(key).upper()


u = Upper(a='x')
print(u.setdefault('a', 'y'), u.setdefault('b', 'z'), u.copy())

print(OrderedDict(OrderedDict(q=1, r=2)), OrderedDict(defaultdict(int, s=3)), OrderedDict(Counter('aab')))
for bad in ([1], ['abc'], [()], [('a',)], 5, [[1, 2, 3]]):
    try:
        OrderedDict(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for call in (lambda: OrderedDict({}, {}), lambda: OrderedDict().update({}, {})):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
