# typing.Unpack, TypeVarTuple and ParamSpec substitution hooks (__typing_subst__, __typing_prepare_subst__):
# grouping of the arguments a TypeVarTuple takes, unpacked variable-length tuples, the errors.
import typing
Ts = typing.TypeVarTuple('Ts'); T = typing.TypeVar('T'); P = typing.ParamSpec('P')
u = typing.Unpack[Ts]
print(type(u).__name__, u.__parameters__, u.__typing_is_unpacked_typevartuple__)
print(repr(u[int, str]), type(u[int, str]))
print(typing.Unpack[tuple[int]].__typing_unpacked_tuple_args__)
print(list(iter(Ts)), next(iter(tuple[int])))
print(hasattr(Ts, '__typing_prepare_subst__'), hasattr(P, '__typing_prepare_subst__'), hasattr(T, '__typing_prepare_subst__'))
print(P.__typing_subst__([int]), P.__typing_subst__(...))
try: P.__typing_subst__(3)
except TypeError as e: print(e)
print(P.__typing_prepare_subst__(list[P], (int, str)))
print(Ts.__typing_prepare_subst__(tuple[T, *Ts], (int, str, bytes)))
try: Ts.__typing_prepare_subst__(tuple[T, *Ts], ())
except TypeError as e: print(e)
print(Ts.__typing_prepare_subst__(tuple[T, *Ts, T], (int, *tuple[str, ...], int)))
print(T.__typing_subst__(int))
try: T.__typing_subst__(3)
except TypeError as e: print(e)
