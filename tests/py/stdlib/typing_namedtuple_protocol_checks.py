# A generic typing.NamedTuple (a tuple and a Generic), isinstance() against runtime protocols with
# data members (allowed, where issubclass() is not), the 3.12.1 wording of the issubclass() refusal,
# TypeVar/ParamSpec/TypeVarTuple name checks, Unpack's repr, and collections.abc.Callable's
# parameters flattened into __args__ (so typing.get_args gives them back as a list).
import collections.abc
import typing
from typing import Generic, NamedTuple, Protocol, TypeVar, runtime_checkable

T = TypeVar('T')


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Boxed(NamedTuple, Generic[T]):
    item: T
    count: int = 1


show('generic namedtuple', lambda: (Boxed(5), Boxed[str]('s'), Boxed.__parameters__))
show('generic namedtuple mro', lambda: [c.__name__ for c in Boxed.__mro__])
show('generic namedtuple alias', lambda: (Boxed[int], typing.get_origin(Boxed[int]) is Boxed))
show('plain namedtuple bases', lambda: NamedTuple('P', [('a', int)]).__bases__)


def bad_base():
    class B(NamedTuple, dict):
        a: int


show('bad base', bad_base)


@runtime_checkable
class HasName(Protocol):
    name: str


@runtime_checkable
class Closer(Protocol):
    def close(self): ...


class File:
    name = 'f.txt'

    def close(self):
        return 'closed'


show('data protocol isinstance', lambda: (isinstance(File(), HasName), isinstance(3, HasName)))
show('data protocol issubclass', lambda: issubclass(File, HasName))
show('method protocol', lambda: (isinstance(File(), Closer), issubclass(File, Closer), issubclass(int, Closer)))


class NotChecked(Protocol):
    def close(self): ...


show('not runtime', lambda: isinstance(File(), NotChecked))
show('not runtime issubclass', lambda: issubclass(File, NotChecked))
show('issubclass non-class', lambda: issubclass(File(), Closer))

show('typevar name', lambda: TypeVar(1))
show('paramspec name', lambda: typing.ParamSpec(b'P'))
show('typevartuple name', lambda: typing.TypeVarTuple(None))
Ts = typing.TypeVarTuple('Ts')
show('unpack repr', lambda: (typing.Unpack[Ts], tuple[typing.Unpack[Ts]], typing.Tuple[typing.Unpack[Ts]]))

C = collections.abc.Callable
show('callable args', lambda: (C[[int, str], bool].__args__, C[..., int].__args__, C[[], None].__args__))
show('callable get_args', lambda: (typing.get_args(C[[int, str], bool]), typing.get_args(C[..., int])))
show('callable origin', lambda: typing.get_origin(C[[int], str]) is C)
show('callable bad params', lambda: C[int, str])
show('callable one', lambda: C[int])
P = typing.ParamSpec('P')
show('callable paramspec', lambda: C[P, int].__args__)
