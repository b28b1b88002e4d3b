# PEP 695 type parameters: TypeVar bounds and constraints evaluated lazily (forward references,
# once, again after a failure), ParamSpec and TypeVarTuple (*Ts unpacked in Generic[...]), reprs,
# variance attributes (inferred), read-only attributes, subclassing errors, TypeVar() itself.
import typing
def f[T: Later, U: (Later, int), *Ts, **P](x: T) -> U: pass
T, U, Ts, P = f.__type_params__
class Later: pass
print(T.__bound__, U.__constraints__, T.__constraints__, U.__bound__)
print(T.__bound__ is T.__bound__)
calls = []
def note(x):
    calls.append(x)
    return x
def g[T: note(int)](): pass
print(calls)
(T2,) = g.__type_params__
print(T2.__bound__, T2.__bound__, calls)
def h[T: undefined_name](): pass
(T3,) = h.__type_params__
for _ in range(2):
    try: T3.__bound__
    except NameError as e: print('NameError', e)
undefined_name = str
print(T3.__bound__)
def k[T: 1 / 0](): pass
try: k.__type_params__[0].__bound__
except ZeroDivisionError as e: print('ZeroDivisionError', e)
print(repr(T), repr(Ts), repr(P), str(T), P.args, P.kwargs, P.args.__origin__ is P)
print(T.__name__, Ts.__name__, P.__name__, T.__module__, Ts.__module__, P.__module__)
print(T.__covariant__, T.__contravariant__, T.__infer_variance__, P.__infer_variance__, P.__bound__)
print(type(T), type(Ts), type(P), type(T) is typing.TypeVar)
print(T | int, int | T, T | None, list[T], typing.List[T])
print([*Ts], typing.Generic[T, *Ts])
class Arr[*Shape]: pass
print(Arr.__type_params__, Arr.__parameters__, Arr.__orig_bases__)
class Fn[**P, R]: pass
print(Fn.__type_params__, Fn.__parameters__)
for name in ('__name__', '__bound__', '__constraints__', '__covariant__'):
    try: setattr(T, name, 1)
    except AttributeError as e: print('AttributeError', e)
try:
    class Sub(T): pass
except TypeError as e: print(e)
try:
    class Sub2(typing.TypeVar): pass
except TypeError as e: print(e)
class Sel[T: (int, str)]:
    def __init__(self, v: T): self.v = v
print(Sel.__type_params__[0].__constraints__, Sel[int])
class Nested[T]:
    class Item[S: T]: pass
print(Nested.Item.__type_params__[0].__bound__)
# a class's own names are visible to lazy bounds in its methods
class Host:
    Alias = int
    def m[T: Alias](self): pass
print(Host.m.__type_params__[0].__bound__)
def uses_nonlocal():
    val = float
    def inner[T: val](): pass
    val = complex
    return inner
print(uses_nonlocal().__type_params__[0].__bound__)
print(typing.TypeVar('Z', bound=int).__bound__, repr(typing.TypeVar('Z', covariant=True)))
try: typing.TypeVar('Z', covariant=True, infer_variance=True)
except ValueError as e: print(e)
try: typing.TypeVar(3)
except TypeError as e: print(e)
print(typing.TypeVar('Z').__module__, typing.ParamSpec('Q').__module__, typing.TypeVarTuple('R').__module__)
print(T.__typing_subst__(int))
print(dir(T) == dir(typing.TypeVar('X')), [n for n in dir(T) if not n.startswith('__')])
