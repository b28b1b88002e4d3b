# PEP 560 __mro_entries__ is looked up as an ordinary attribute of each base (an instance attribute
# or a function's __dict__ entry counts, as typing.NamedTuple and typing.TypedDict, which are functions
# in 3.12, rely on), and its result replaces the base; __orig_bases__ keeps what was written.
import typing
from typing import NamedTuple, TypedDict, Generic, TypeVar


def stand_in():
    pass


stand_in.__mro_entries__ = lambda bases: (dict,)


class FromFunction(stand_in):
    pass


print(FromFunction.__bases__, FromFunction.__orig_bases__[0].__name__)


class Holder:
    pass


h = Holder()
h.__mro_entries__ = lambda bases: (list, )


class FromInstanceAttr(h):
    pass


print(FromInstanceAttr.__mro__)
print(type(NamedTuple).__name__, type(TypedDict).__name__, NamedTuple.__name__, TypedDict.__qualname__)

T = TypeVar('T')


class Pair(NamedTuple, Generic[T]):
    left: T
    right: T


print(Pair(1, 2), Pair.__orig_bases__[0] is NamedTuple, Pair.__orig_bases__[1], Pair[int])


class Movie(TypedDict, total=False):
    title: str
    year: int


print(Movie(title='x'), sorted(Movie.__optional_keys__), Movie.__total__)
Point = NamedTuple('Point', [('x', int), ('y', int)])
print(Point(1, 2), Point.__module__, Point._fields)
try:
    NamedTuple('Bad', [('x', int)], y=int)
except TypeError as e:
    print(e)
try:
    TypedDict('Bad', {'a': int}, b=int)
except TypeError as e:
    print(e)


def bad_entries():
    pass


bad_entries.__mro_entries__ = lambda bases: [object]
try:
    class Broken(bad_entries):
        pass
except TypeError as e:
    print(e)
