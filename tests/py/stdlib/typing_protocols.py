# typing.Protocol (runtime_checkable isinstance/issubclass, non-runtime protocols, protocol
# instantiation), NamedTuple class syntax, TypedDict (total, Required/NotRequired), get_type_hints.
from typing import (Protocol, runtime_checkable, NamedTuple, TypedDict, NotRequired, Required,
                    get_type_hints, Optional, List, ClassVar, Iterable, Sized, SupportsInt,
                    SupportsAbs, is_typeddict, Annotated)


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None:
        ...


class Greeter(Protocol):
    def greet(self) -> str:
        ...


class File:
    def close(self):
        return 'closed'


class Door:
    def open(self):
        pass


print(isinstance(File(), Closable), isinstance(Door(), Closable), issubclass(File, Closable))
print(isinstance(3, SupportsInt), isinstance('x', SupportsInt), isinstance(-2.5, SupportsAbs), isinstance([], Sized))
for bad in [lambda: isinstance(File(), Greeter), lambda: Closable(), lambda: Greeter()]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)


class Impl(Closable):
    def close(self):
        return 'impl closed'


print(Impl().close(), isinstance(Impl(), Closable))


class Employee(NamedTuple):
    name: str
    dept: str = 'eng'
    level: int = 1

    def badge(self):
        return f'{self.name}@{self.dept}#{self.level}'


e = Employee('ann')
print(e, e.badge(), Employee._fields, Employee._field_defaults, Employee.__annotations__)
print(e._replace(level=3), Employee('bob', 'ops', 2) > e, isinstance(e, tuple))
Point = NamedTuple('Point', [('x', int), ('y', int)])
print(Point(1, 2), Point.__annotations__)
try:
    class BadNT(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print('TypeError:', e)


class Movie(TypedDict):
    title: str
    year: int


class MovieExtra(Movie, total=False):
    rating: float
    cast: Required[List[str]]


m = Movie(title='Alien', year=1979)
print(m, type(m), Movie.__required_keys__ == {'title', 'year'}, Movie.__total__)
print(sorted(MovieExtra.__required_keys__), sorted(MovieExtra.__optional_keys__), MovieExtra.__total__)


class Opt(TypedDict):
    a: int
    b: NotRequired[str]


print(sorted(Opt.__optional_keys__), is_typeddict(Opt), is_typeddict(dict))
Legacy = TypedDict('Legacy', {'x': int, 'y': str})
print(Legacy(x=1, y='a'), sorted(Legacy.__annotations__))
try:
    isinstance({}, Movie)
except TypeError as e:
    print('TypeError:', e)


class Node:
    value: int
    next: Optional['Node']
    tags: ClassVar[List[str]] = []
    weight: Annotated[float, 'kg']


def connect(a: 'Node', b: Node, *, label: str = '') -> List['Node']:
    return [a, b]


print(get_type_hints(Node))
print(get_type_hints(connect))
print(get_type_hints(Node, include_extras=True)['weight'], get_type_hints(len) if False else '')
