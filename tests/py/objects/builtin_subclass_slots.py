# Subclasses with __slots__ of every subclassable builtin type (and deque, OrderedDict, defaultdict, Counter,
# partial): instances are sized by the subclass, so the slots live beside the base's fields and survive the
# base growing (set's table, list's items, dict's keys); map/filter/zip/enumerate subclasses make instances of
# the subclass.
import builtins, collections, itertools, functools, gc
bases = []
for n in dir(builtins):
    t = getattr(builtins, n)
    if isinstance(t, type) and t not in (bool, memoryview, range, slice, type, object, reversed):
        try:
            type('X', (t,), {'__slots__': ('a', 'b')})
            bases.append(t)
        except TypeError:
            pass
bases += [collections.deque, collections.OrderedDict, collections.defaultdict, collections.Counter, functools.partial]
args = {int: (5,), float: (1.5,), complex: (1j,), str: ('abc',), bytes: (b'abc',), tuple: ((1, 2),), list: ([1, 2],),
        dict: ({1: 2},), set: ({1, 2},), frozenset: ({1, 2},), bytearray: (b'ab',), functools.partial: (print, 1),
        enumerate: ('ab',), zip: ('ab',), map: (abs, [1]), filter: (None, [1]), reversed: ([1],), property: (),
        staticmethod: (print,), classmethod: (print,), super: (int, 1)}
ok = []
for b in bases:
    X = type('X' + b.__name__, (b,), {'__slots__': ('a', 'b')})
    try:
        x = X(*args.get(b, ()))
    except Exception as e:
        print(b.__name__, 'ctor', type(e).__name__, e); continue
    if type(x) is not X:
        print(b.__name__, 'made', type(x).__name__); continue
    x.a = [1, 2, 3]; x.b = 'bee' * 3
    try:
        if hasattr(x, 'add'):
            for i in range(50): x.add(i)
        if hasattr(x, 'append'):
            for i in range(50): x.append(i)
        if isinstance(x, dict):
            for i in range(50): x[i] = i
    except Exception as e:
        pass
    assert x.a == [1, 2, 3] and x.b == 'beebeebee', b
    ok.append(b.__name__)
    del x
    gc.collect()
print(len(ok), sorted(ok))
class M(map):
    def __next__(self):
        return ('M', super().__next__())
class E(enumerate):
    __slots__ = ('tag',)
e = E('xy', 1); e.tag = 't'
print(list(M(abs, [-1, -2])), type(M(abs, [])).__name__, list(e), e.tag, type(zip.__new__(type('Z', (zip,), {}), [1])).__name__)
