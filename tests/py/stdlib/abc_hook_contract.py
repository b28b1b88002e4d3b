# ABCMeta details CPython 3.12 specifies: __subclasshook__ must answer True, False or NotImplemented
# (anything else is an AssertionError); __abstractmethods__ is computed from the class's namespace
# as it stands after __init_subclass__ (attributes set there count); isinstance() with a lying
# __class__ tries both classes. collections.abc: ByteString's deprecation warnings (isinstance and
# subclassing warn, issubclass does not), MutableSet.pop / MutableMapping.popitem on an empty
# container (KeyError with a suppressed StopIteration context), and Set._hash matching frozenset.
import abc
import collections.abc as cabc
import warnings


class Picky(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if C is int:
            return 1
        if C is str:
            return True
        return NotImplemented


for C in (int, str, float):
    try:
        print(C.__name__, issubclass(C, Picky))
    except AssertionError as e:
        print(C.__name__, 'AssertionError:', e)


class Injecting(abc.ABC):
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.late = abc.abstractmethod(lambda self: None)


class Child(Injecting):
    def early(self):
        return 1


print(sorted(Child.__abstractmethods__))
try:
    Child()
except TypeError as e:
    print('TypeError:', e)


class Proxy:
    @property
    def __class__(self):
        return list


print(isinstance(Proxy(), cabc.Sequence), isinstance(Proxy(), cabc.Mapping), isinstance(Proxy(), Proxy))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(isinstance(b'', cabc.ByteString), issubclass(bytearray, cabc.ByteString))

    class MyBytes(cabc.ByteString):
        pass

    class ByteString(cabc.ByteString):
        pass
for w in caught:
    print(w.category.__name__, w.message)
print(type(cabc.ByteString).__name__)


class Bag(cabc.MutableSet):
    def __init__(self, items=()):
        self.items = list(items)

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    def add(self, x):
        if x not in self.items:
            self.items.append(x)

    def discard(self, x):
        if x in self.items:
            self.items.remove(x)


class Dict(cabc.MutableMapping):
    def __init__(self):
        self.d = {}

    def __getitem__(self, k):
        return self.d[k]

    def __setitem__(self, k, v):
        self.d[k] = v

    def __delitem__(self, k):
        del self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)


for empty in (Bag().pop, Dict().popitem):
    try:
        empty()
    except KeyError as e:
        print(type(e).__name__, e.args, e.__suppress_context__, type(e.__context__).__name__)

for items in ([], [1, 2, 3], ['a', 'b'], [(1, 2), -7, 2 ** 70, 0.5], list(range(-40, 40))):
    print(cabc.Set._hash(Bag(items)) == hash(frozenset(items)), end=' ')
print()
