# PEP 695 type aliases: `type A = ...` and `type A[T] = ...` (typing.TypeAliasType): lazily evaluated
# values (forward and recursive references), subscription, | unions, aliases in class bodies and
# functions (names of the enclosing class visible), TypeAliasType(...) made directly, error messages.
# immortal-test: cycles
import typing
type Num = int | float
type ListOrSet[T] = list[T] | set[T]
type Tree = tuple[Tree, Tree] | int
type Json = dict[str, Json] | list[Json] | str | int | float | bool | None
print(Num, repr(Num), Num.__name__, Num.__value__, Num.__type_params__, Num.__parameters__, Num.__module__)
print(ListOrSet.__value__, ListOrSet.__type_params__, ListOrSet.__parameters__)
print(ListOrSet[int], type(ListOrSet[int]), ListOrSet[int].__origin__ is ListOrSet, ListOrSet[int].__args__)
print(Tree.__value__, Json.__value__)
print(type(Num), type(Num) is typing.TypeAliasType, isinstance(Num, typing.TypeAliasType))
type Fwd = Undefined
try: Fwd.__value__
except NameError as e: print('NameError', e)
class Undefined: pass
print(Fwd.__value__, Fwd.__value__ is Fwd.__value__)
calls = []
def note(x):
    calls.append(x)
    return x
type Lazy = note(int)
print(calls, Lazy.__value__, Lazy.__value__, calls)
try: Num[int]
except TypeError as e: print('TypeError', e)
type Pair[A, B] = tuple[A, B]
print(Pair[int, str], Pair[int], Pair.__type_params__)
type V[*Ts] = tuple[*Ts]
print(V.__type_params__, V.__parameters__, V[int, str])
type C[**P, R] = typing.Callable[P, R]
print(C.__type_params__, C.__value__)
type Bounded[T: int] = list[T]
print(Bounded.__type_params__[0].__bound__)
class K:
    type Inner = int
    z = str
    type UsesZ = z
    type Gen[T] = dict[T, z]
    def meth(self):
        type Local = K
        return Local
print(K.Inner, K.UsesZ.__value__, K.Gen.__value__, K().meth(), K().meth().__value__)
def fn():
    x = bytes
    type Loc[T] = tuple[T, x]
    return Loc
print(fn().__value__, fn().__module__)
X = typing.TypeAliasType('X', int)
print(X, X.__value__, X.__type_params__, X.__module__)
T = typing.TypeVar('T')
Y = typing.TypeAliasType('Y', list[T], type_params=(T,))
print(Y[int], Y.__parameters__)
for args, kw in [((), {}), (('A',), {}), ((1, int), {}), (('A', int), {'type_params': [T]}), (('A', int, 3), {})]:
    try: typing.TypeAliasType(*args, **kw)
    except TypeError as e: print('TypeError', e)
for name in ('__value__', '__name__', '__type_params__', '__module__', 'other'):
    try: setattr(Num, name, 1)
    except AttributeError as e: print('AttributeError', e)
try:
    class Sub(typing.TypeAliasType): pass
except TypeError as e: print('TypeError', e)
print(Num.__reduce__(), Num == Num, Num != ListOrSet, hash(Num) == hash(Num))
print(Num | None, None | Num, Num | int, int | Num, Num | list[int], Num | T, T | Num)
print(typing.get_args(ListOrSet[int]), typing.get_origin(ListOrSet[int]) is ListOrSet)
print(typing.Union[Num, str], typing.Optional[Num], typing.List[Num])
def f(x: Num) -> ListOrSet[int]: pass
print(f.__annotations__)
