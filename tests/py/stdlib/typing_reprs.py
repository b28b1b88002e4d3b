# typing: reprs and equality of special forms and generic aliases, Union flattening and
# Optional, Literal, Annotated, Callable, Tuple forms, get_origin/get_args, errors.
import typing
from typing import (Any, Optional, Union, List, Dict, Tuple, Set, FrozenSet, Callable, Type,
                    Literal, Annotated, ClassVar, Final, Iterable, Mapping, Sequence, get_origin,
                    get_args, NoReturn, Never, Self)

print(Any, NoReturn, Never, Self, List, Dict, typing.Callable, Tuple)
print(Optional[int], Union[int, str], Union[int, None, str], Union[str, None])
print(List[int], Dict[str, List[int]], Tuple[int, ...], Tuple[()], Tuple[int, str], Set[bytes], FrozenSet[int])
print(Callable[[int, str], bool], Callable[..., int], Callable[[], None], Type[int], Iterable[float])
print(Literal[1, 'a', None], Annotated[int, 'meta', 5], ClassVar[int], Final[str], Mapping[str, Any])
print(Optional[List[int]], List[Optional[int]], Union[List[int], Dict[str, int]], Sequence['Foo'])
print(Union[int, str] == Union[str, int], Union[int] is int, Union[int, Union[str, int]], Optional[int] == Union[int, None])
print(Union[int, str] == (int | str), List[int] == List[int], List[int] == list[int], Literal[1, 1, 2])
print(int | None, list[int], dict[str, tuple[int, ...]], get_origin(int | str) is __import__('types').UnionType)
for tp in [List[int], Dict[str, int], Optional[int], Callable[[int], str], Callable[..., str],
           Annotated[int, 'x'], int | str, list[int], Literal[3], Tuple[int, ...], int, Any]:
    print(repr(tp).ljust(32), get_origin(tp), get_args(tp))
print(isinstance([], List), isinstance({}, Mapping), issubclass(list, Sequence), isinstance(3, Union[int, str]))
for bad in [lambda: isinstance(1, List[int]), lambda: Union[()], lambda: List[int, str],
            lambda: isinstance(1, Any), lambda: Optional[int, str], lambda: Any(), lambda: Literal(),
            lambda: Annotated[int], lambda: Callable[int], lambda: Dict[int]]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
print(List[int].__origin__, List[int].__args__, List.__origin__, Dict[str, int].__parameters__)
