# sys.getsizeof and __sizeof__ report CPython 3.12's 64-bit sizes: __sizeof__ of each builtin type
# (struct plus items, over-allocation of list/bytearray, hash tables of dict/set, str by kind), the
# GC header and managed-dict pre-header sys.getsizeof adds, __basicsize__/__itemsize__, classes with
# and without __slots__, subclasses of builtins, a user __sizeof__, and getsizeof's errors and default.
import sys


def show(label, o):
    print(f'{label:28} {sys.getsizeof(o):6} {o.__sizeof__():6}')


# Over-allocation as a list grows, a dict and a set as they resize.
lst, sizes = [], []
for i in range(40):
    lst.append(i)
    sizes.append(sys.getsizeof(lst))
print('list growth', sorted(set(sizes)))
print('list literal', [sys.getsizeof(list(range(n))) for n in range(8)])
print('list comp', [sys.getsizeof([x for x in range(n)]) for n in (0, 1, 5, 17)])
d, sizes = {}, []
for i in range(100):
    d[i] = i
    sizes.append(sys.getsizeof(d))
print('dict growth', sorted(set(sizes)))
d2, sizes = {}, []
for i in range(40):
    d2[f'k{i}'] = i
    sizes.append(sys.getsizeof(d2))
print('str-key dict growth', sorted(set(sizes)))
s, sizes = set(), []
for i in range(100):
    s.add(i)
    sizes.append(sys.getsizeof(s))
print('set growth', sorted(set(sizes)))
ba, sizes = bytearray(), []
for i in range(100):
    ba.append(i)
    sizes.append(sys.getsizeof(ba))
print('bytearray growth', sorted(set(sizes)))

for label, o in [('int 0', 0), ('int 1', 1), ('int -1', -1), ('int 2**30', 2**30), ('int 2**60', 2**60),
                 ('int 10**100', 10**100), ('True', True), ('float', 2.5), ('complex', 1 + 2j),
                 ('str empty', ''), ('str ascii', 'hello'), ('str latin-1', 'caf\xe9s'), ('str bmp', '\u20ac' * 3),
                 ('str astral', '\U0001f600' * 2), ('bytes', b'abcdef'), ('bytes empty', b''),
                 ('bytearray', bytearray(b'abc')), ('tuple 0', ()), ('tuple 3', (1, 2, 3)), ('range', range(5)),
                 ('slice', slice(1, 2)), ('None', None), ('frozenset', frozenset({1, 2})), ('object', object())]:
    show(label, o)


class Plain:
    pass


class Full:
    def __init__(self):
        self.a, self.b, self.c = 1, 2, 3


class Slotted:
    __slots__ = ('x', 'y', 'z')


class SlotDict:
    __slots__ = ('x', '__dict__')


class SlotWeak:
    __slots__ = ('x', '__weakref__')


class Derived(Slotted):
    __slots__ = ('w',)


class MyInt(int):
    pass


class MyTuple(tuple):
    __slots__ = ()


class MyList(list):
    pass


class MyStr(str):
    pass


class MyError(Exception):
    pass


for label, o in [('Plain()', Plain()), ('Full()', Full()), ('Slotted()', Slotted()), ('SlotDict()', SlotDict()),
                 ('SlotWeak()', SlotWeak()), ('Derived()', Derived()), ('MyInt(7)', MyInt(7)),
                 ('MyTuple((1, 2))', MyTuple((1, 2))), ('MyList()', MyList()), ('MyStr("ab")', MyStr('ab')),
                 ('MyError()', MyError())]:
    show(label, o)

for t in (object, int, bool, float, complex, str, bytes, bytearray, tuple, list, dict, set, frozenset, range,
          slice, type, BaseException, Exception, KeyError, OSError, SyntaxError, StopIteration, Plain, Slotted,
          Derived, MyInt, MyTuple, MyList, MyError):
    print(f'{t.__name__:14} basicsize {t.__basicsize__:4} itemsize {t.__itemsize__:2} type.__sizeof__ {type.__sizeof__(t)}')


class Reported:
    def __sizeof__(self):
        return 1000


class Negative:
    def __sizeof__(self):
        return -1


class NotInt:
    def __sizeof__(self):
        return 2.5


class Huge:
    def __sizeof__(self):
        return 2**70


class Raises:
    def __sizeof__(self):
        raise TypeError('no size here')


print('Reported', sys.getsizeof(Reported()), sys.getsizeof(Reported(), 5))
for cls in (Negative, NotInt, Huge, Raises):
    for args in ((), (-7,)):
        try:
            print(cls.__name__, args, sys.getsizeof(cls(), *args))
        except Exception as e:
            print(cls.__name__, args, type(e).__name__, e)
for call in ('sys.getsizeof()', 'sys.getsizeof(1, 2, 3)', 'sys.getsizeof(object=1)', 'sys.getsizeof(1, default=5)',
             "''.__sizeof__(1)", 'bytearray().__sizeof__(1)', '[].__sizeof__(1)', 'object.__sizeof__()'):
    try:
        print(call, eval(call))
    except Exception as e:
        print(call, type(e).__name__, e)


# Types var-sized in CPython but not here: generators, coroutines and frames embed their frame's slots,
# a memoryview its shape/strides/suboffsets (3 * ndim); memoryview is tracked by CPython's collector.
def _gen():
    yield 1


async def _coro():
    pass


async def _agen():
    yield 1


_c = _coro()
for _name, _v in [('generator', _gen()), ('coroutine', _c), ('async_generator', _agen()),
                  ('memoryview', memoryview(b'ab')), ('memoryview 2-d', memoryview(b'abcd').cast('B', (2, 2))),
                  ('memoryview 0-d', memoryview(b'a').cast('B', ())), ('frame', sys._getframe())]:
    print(_name, sys.getsizeof(_v), type(_v).__sizeof__(_v))
_c.close()
