# Pattern matching by type flags, as CPython 3.12: builtin sequences and mappings, collections.abc
# subclasses and registered classes (Py_TPFLAGS_SEQUENCE / MAPPING from __abc_tpflags__), and the
# builtin types whose class pattern matches the subject itself (_Py_TPFLAGS_MATCH_SELF, inherited).
import collections.abc, collections
class S(collections.abc.Sequence):
    def __init__(self, *a): self.a = a
    def __len__(self): return len(self.a)
    def __getitem__(self, i): return self.a[i]
class R: 
    def __len__(self): return 2
    def __getitem__(self, i):
        if i >= 2: raise IndexError(i)
        return i
collections.abc.Sequence.register(R)
class M(collections.abc.Mapping):
    def __getitem__(self, k): return 1
    def __len__(self): return 1
    def __iter__(self): return iter(['k'])
import types
for v in [memoryview(b'ab'), range(2), S(1, 2), R(), collections.deque([1, 2]), [1, 2], (1, 2), 'ab', b'ab', bytearray(b'ab'), {'k': 1}, M(), types.MappingProxyType({'k': 1})]:
    match v:
        case [a, b]: print(type(v).__name__, 'seq', a, b)
        case {'k': x}: print(type(v).__name__, 'map', x)
        case _: print(type(v).__name__, 'other')
for T in (int, float, str, bytes, bytearray, list, tuple, dict, set, frozenset, bool):
    match T(): 
        case T(x): print(T.__name__, 'self', repr(x))
class I(int): pass
match I(5):
    case I(x): print('I self', x)
match I(5):
    case int(x): print('int self', x)
print(bool(memoryview.__flags__ & 32), bool(range.__flags__ & 32), bool(S.__flags__ & 32), bool(R.__flags__ & 32), bool(collections.deque.__flags__ & 32), bool(M.__flags__ & 64), bool(types.MappingProxyType.__flags__ & 64))
print(bool(list.__flags__ & (1 << 22)), bool(I.__flags__ & (1 << 22)), bool(S.__flags__ & (1 << 22)))
# Registration reaches existing subclasses; __abc_tpflags__ leaves the namespace; a registered
# builtin (immutable) keeps its flags; an ABC can't be both.
class Base:
    def __len__(self): return 1
    def __getitem__(self, i):
        if i: raise IndexError(i)
        return 'x'
class Child(Base): pass
collections.abc.MutableSequence.register(Base)
for v in (Base(), Child()):
    match v:
        case [x]: print(type(v).__name__, 'seq', x)
        case _: print(type(v).__name__, 'other')
print('__abc_tpflags__' in collections.abc.Sequence.__dict__, '__abc_tpflags__' in S.__dict__)
class MyMap:
    def __getitem__(self, k): return 5
    def keys(self): return ['k']
    def __len__(self): return 1
    def get(self, k, d=None): return 5
collections.abc.Mapping.register(MyMap)
match MyMap():
    case {'k': v}: print('MyMap map', v)
    case _: print('MyMap other')
collections.abc.Sequence.register(frozenset)
match frozenset([1]):
    case [x]: print('frozenset seq')
    case _: print('frozenset other')
import abc
try:
    class Both(metaclass=abc.ABCMeta):
        __abc_tpflags__ = (1 << 5) | (1 << 6)
except TypeError as e:
    print('TypeError', e)
class Q(collections.abc.Sequence, collections.abc.Mapping):
    def __len__(self): return 0
    def __getitem__(self, i): raise IndexError
    def __iter__(self): return iter(())
match Q():
    case []: print('Q seq')
    case {}: print('Q map')
