# collections.abc: structural checks through __subclasshook__, builtin registrations, and the
# mixin methods of Mapping / MutableSequence / Set for user classes.
from collections.abc import (Iterable, Iterator, Generator, Sized, Container, Callable, Hashable,
                             Collection, Sequence, MutableSequence, Set, MutableSet, Mapping,
                             MutableMapping, Reversible, KeysView, ItemsView, ValuesView)


def gen():
    yield 1


checks = {
    'list': [], 'tuple': (), 'str': '', 'dict': {}, 'set': set(), 'frozenset': frozenset(),
    'range': range(3), 'int': 1, 'gen': gen(), 'iter': iter([]), 'func': len,
}
abcs = [Iterable, Iterator, Generator, Sized, Container, Callable, Hashable, Collection, Sequence,
        MutableSequence, Set, MutableSet, Mapping, MutableMapping, Reversible, KeysView]
print(' ' * 10 + ' '.join(a.__name__[:4] for a in abcs))
for name, obj in checks.items():
    print(f'{name:10}' + ' '.join(f'{int(isinstance(obj, a)):4}' for a in abcs))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


class NoIter:
    __iter__ = None


print(isinstance({}.keys(), KeysView), isinstance({}.items(), ItemsView), isinstance({}.values(), Collection))
print(isinstance(Countdown(3), Iterator), issubclass(Countdown, Iterable), list(Countdown(3)))
print(isinstance(NoIter(), Iterable), issubclass(list, Sequence), issubclass(dict, Sequence))


class Inventory(Mapping):
    def __init__(self, **items):
        self._items = dict(items)

    def __getitem__(self, key):
        return self._items[key]

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)


inv = Inventory(bolts=40, nuts=12)
print(inv.get('bolts'), inv.get('gears', 0), 'nuts' in inv, sorted(inv.keys()), list(inv.values()))
print(list(inv.items()), inv == {'bolts': 40, 'nuts': 12}, isinstance(inv.keys(), KeysView))
print(isinstance(inv.items(), ItemsView), isinstance(inv.values(), ValuesView), ('nuts', 12) in inv.items())


class Stack(MutableSequence):
    def __init__(self):
        self._data = []

    def __getitem__(self, i):
        return self._data[i]

    def __setitem__(self, i, v):
        self._data[i] = v

    def __delitem__(self, i):
        del self._data[i]

    def __len__(self):
        return len(self._data)

    def insert(self, i, v):
        self._data.insert(i, v)


s = Stack()
s.append(1)
s.extend([2, 3, 2])
s += [5]
print(list(s), s.pop(), s.index(2), s.count(2), 3 in s, list(reversed(s)))
s.remove(2)
s.reverse()
print(list(s))


class Bits(Set):
    def __init__(self, it=()):
        self._s = frozenset(it)

    def __contains__(self, x):
        return x in self._s

    def __iter__(self):
        return iter(sorted(self._s))

    def __len__(self):
        return len(self._s)


a, b = Bits([1, 2, 3]), Bits([2, 3, 4])
print(list(a & b), list(a | b), list(a - b), list(a ^ b), a <= Bits([1, 2, 3, 9]), a == Bits([3, 2, 1]))
print(a.isdisjoint([7, 8]), a._hash() == Bits([3, 1, 2])._hash())
for abstract in (Sequence, Mapping, Iterator):
    try:
        abstract()
    except TypeError as e:
        print('TypeError:', e)
print(MutableSequence.register(type('Fake', (), {})).__name__, Hashable.__module__)
