# typing remembers subscriptions (CPython keeps an LRU cache), so the same subscription gives the
# same object: List[int] is List[int]. Literal and Annotated tell 1 from True from 1.0 element by
# element; user generics, Callable (its list made a tuple first) and substitution are cached too.
# Also: a protocol's members include names such as __match_args__ (only typing's own bookkeeping
# names are left out), and 3.12.1's runtime_checkable sets no __non_callable_proto_members__.
from typing import (Annotated, Callable, ClassVar, Concatenate, Dict, Final, Generic, List, Literal,
                    Optional, ParamSpec, Protocol, Tuple, TypeVar, Union, runtime_checkable)

T = TypeVar('T')
P = ParamSpec('P')


class Box(Generic[T]):
    pass


pairs = [
    ('List[int]', lambda: List[int]),
    ('Dict[str, T][int]', lambda: Dict[str, T][int]),
    ('ClassVar[int]', lambda: ClassVar[int]),
    ('Final[str]', lambda: Final[str]),
    ('Union[int, str]', lambda: Union[int, str]),
    ('Optional[int]', lambda: Optional[int]),
    ('Literal[1, 2]', lambda: Literal[1, 2]),
    ('Callable[[int], str]', lambda: Callable[[int], str]),
    ('Callable[..., int]', lambda: Callable[..., int]),
    ('Concatenate[int, P]', lambda: Concatenate[int, P]),
    ('Tuple[int, ...]', lambda: Tuple[int, ...]),
    ('Box[int]', lambda: Box[int]),
    ('Annotated[int, "m"]', lambda: Annotated[int, 'm']),
]
for text, make in pairs:
    print(text, make() is make())

print(Literal[1], Literal[True], Literal[1.0], Literal[1] is Literal[True])
print(Literal[1, 2], Literal[True, 2], Literal[1, 2] is Literal[True, 2])
print(Annotated[int, 1], Annotated[int, True], Annotated[int, 1.0])
print(Box[1], Box[True], Box[1] is Box[True])
print(Union[int, str] is Union[str, int], Union[int, str] == Union[str, int])
# unhashable arguments are not cached, and still work
print(Annotated[int, []] is Annotated[int, []], Annotated[int, []] == Annotated[int, []])


class Matchable(Protocol):
    __match_args__ = ('x',)

    def area(self) -> float: ...


print(sorted(Matchable.__protocol_attrs__))


@runtime_checkable
class HasX(Protocol):
    x: int


print(hasattr(HasX, '__non_callable_proto_members__'), HasX.__callable_proto_members_only__)
