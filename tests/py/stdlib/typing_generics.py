# typing generics at run time: TypeVar (bound, constraints, variance), Generic subclasses with
# __parameters__ / __orig_bases__ / __orig_class__, subscripting and substitution, a typed
# repository and stack, ParamSpec, NewType, cast, overload, final, override.
from typing import (TypeVar, Generic, ParamSpec, Callable, NewType, cast, overload, final,
                    override, List, Dict, Optional, get_overloads, get_args)
import typing

T = TypeVar('T')
K = TypeVar('K', bound=str)
N = TypeVar('N', int, float)
Co = TypeVar('Co', covariant=True)
Contra = TypeVar('Contra', contravariant=True)
print(T, K, N, Co, Contra, K.__bound__, N.__constraints__, T.__name__, Co.__covariant__)


class Stack(Generic[T]):
    def __init__(self):
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()

    def __repr__(self):
        return f'Stack({self.items})'


s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), s, Stack[int], Stack.__parameters__, Stack.__orig_bases__, s.__orig_class__)


class Repo(Generic[K, T]):
    def __init__(self):
        self.rows: Dict[K, T] = {}

    def put(self, key: K, value: T) -> None:
        self.rows[key] = value

    def get(self, key: K) -> Optional[T]:
        return self.rows.get(key)


class UserRepo(Repo[str, dict]):
    pass


r = UserRepo()
r.put('ann', {'age': 3})
print(r.get('ann'), r.get('bob'), UserRepo.__orig_bases__, UserRepo.__parameters__, Repo[str, int])


class Pair(Generic[T, K]):
    pass


print(Pair[int, str], Pair[int, str].__args__, Pair.__parameters__, Dict[str, T][int], List[T][float])
try:
    Stack[int, str]
except TypeError as e:
    print('TypeError:', e)
try:
    class Bad(Generic[int]):
        pass
except TypeError as e:
    print('TypeError:', e)
P = ParamSpec('P')


def logged(f: Callable[P, T]) -> Callable[P, T]:
    def inner(*args: P.args, **kwargs: P.kwargs) -> T:
        return f(*args, **kwargs)
    return inner


print(P, P.args, P.kwargs, logged(max)(3, 7), Callable[P, int])
UserId = NewType('UserId', int)
uid = UserId(42)
print(uid, type(uid), UserId, UserId.__supertype__, UserId.__name__)
print(cast(str, 5), cast('List[int]', [1]))


@overload
def scale(x: int) -> int: ...
@overload
def scale(x: str) -> str: ...
def scale(x):
    return x * 2


print(scale(4), scale('ab'), len(get_overloads(scale)))


@final
class Leaf:
    @final
    def done(self):
        return True


class Base:
    def run(self):
        return 'base'


class Child(Base):
    @override
    def run(self):
        return 'child'


print(Leaf.__final__, Leaf.done.__final__, Child().run(), Child.run.__override__, typing.TYPE_CHECKING)
print(get_args(Stack[int]), Stack[int].__origin__ is Stack)
