# PEP 695 generics with typing: an explicit Generic[T] base refused, generic Protocols (runtime
# checkable), dataclasses, NamedTuple and TypedDict with type parameters, __init_subclass__ and class
# keywords, C[int] cached and compared, __orig_class__, __slots__, mangled private type parameters.
import typing, dataclasses, copy
try:
    class C1[T](typing.Generic[T]): pass
except TypeError as e: print('TypeError', e)
class P[T](typing.Protocol):
    def m(self) -> T: ...
print(P.__parameters__, P.__mro__, P[int])
@typing.runtime_checkable
class Closable[T](typing.Protocol):
    def close(self) -> T: ...
class F:
    def close(self): return 1
print(isinstance(F(), Closable))
@dataclasses.dataclass
class D[T]:
    x: T
    y: list[T] = dataclasses.field(default_factory=list)
print(D(1), D[int](2), D.__parameters__, D[int](2).__orig_class__ if hasattr(D[int](2), '__orig_class__') else None)
class NT[T](typing.NamedTuple):
    x: T
    y: int = 0
print(NT(1), NT.__parameters__, NT[str])
class TD[T](typing.TypedDict):
    a: T
print(TD(a=1), TD.__parameters__ if hasattr(TD, '__parameters__') else '-')
def f[T](x):
    try: isinstance(x, T)
    except TypeError as e: print('TypeError', e)
f(1)
def g[T](): return T
T = g()
print(copy.copy(T) is T, copy.deepcopy(T) is T)
print(typing.get_type_hints(D))
class Base[T]:
    def __init_subclass__(cls, **kw):
        print('init_subclass', cls.__name__, kw)
        super().__init_subclass__()
class Derived[U](Base[U], tag=1): pass
print(Derived.__parameters__, Derived.__orig_bases__)
class Multi[K, V](Base[K]):
    pass
print(Multi.__parameters__, Multi[int, str])
try: Multi[int]
except TypeError as e: print('TypeError', e)
class Cov[T]:
    pass
print(Cov[int] == Cov[int], Cov[int] is Cov[int], hash(Cov[int]) == hash(Cov[int]))
print(typing.get_origin(Cov[int]) is Cov, typing.get_args(Cov[int]))
class WithSlots[T]:
    __slots__ = ('v',)
print(WithSlots.__slots__, WithSlots.__type_params__)
x = Cov[int]()
print(x.__orig_class__)
class Private[__T]:
    def m(self): return __T
print(Private.__type_params__, Private().m())
