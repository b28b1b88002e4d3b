# PEP 695 generic functions and classes: def f[T], class C[T] (the implicit Generic[T] base,
# __type_params__, __parameters__, __orig_bases__), inheritance and super(), methods using T,
# defaults and keyword defaults evaluated outside the type-parameter scope, decorators,
# metaclasses and class keywords, closures, nested and class-level generics.
import typing
class Box[T]:
    def __init__(self, item: T) -> None:
        self.item = item
    def get(self) -> T:
        return self.item
    def map[U](self, f: typing.Callable[[T], U]) -> 'Box[U]':
        return Box(f(self.item))
class Labeled[T](Box[T]):
    def __init__(self, item: T, label: str):
        super().__init__(item)
        self.label = label
    def get(self):
        return (self.label, super().get())
b = Box(3)
print(b.get(), b.map(str).get(), Box.map.__type_params__)
print(Box.__type_params__, Box.__parameters__, Box.__mro__, Box.__bases__, Box.__orig_bases__)
print(Box[int], type(Box[int]).__name__, Box[int].__origin__ is Box, Box[int].__args__)
print(Labeled.__type_params__, Labeled.__parameters__, Labeled.__orig_bases__, Labeled.__mro__)
l = Labeled(5, 'five')
print(l.get(), Labeled[str])
print(Box.get.__annotations__, Box.__init__.__annotations__)
print(Box.__qualname__, Box.__name__, Box.__module__, Box.get.__qualname__)
class Pair[K, V](dict[K, V]): pass
print(Pair.__mro__, Pair.__parameters__, Pair[str, int])
p = Pair(a=1); print(p, isinstance(p, dict))
try: Box[int, str]
except TypeError as e: print(e)
class NoParams: pass
def first[T](xs: list[T]) -> T:
    return xs[0]
print(first([4, 5]), first.__type_params__, first.__annotations__, first.__name__, first.__qualname__)
def with_defaults[T](a: T = 1, *, b: T = 2) -> T:
    return a + b
print(with_defaults(), with_defaults(10, b=20), with_defaults.__defaults__, with_defaults.__kwdefaults__)
async def coro[T](x: T) -> T: return x
print(coro.__type_params__)
def gen[T](xs: list[T]):
    yield from xs
print(list(gen([1,2])), gen.__type_params__)
def deco(f):
    f.decorated = True
    return f
@deco
def g[T](): return T
print(g.decorated, g(), g() is g.__type_params__[0])
@deco
class D[T]: pass
print(D.decorated, D.__type_params__)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print('Meta', name, bases, sorted(k for k in ns if not k.startswith('__')) , kw)
        return super().__new__(mcls, name, bases, ns)
class WithMeta[T](metaclass=Meta, flag=1):
    x = 1
print(type(WithMeta), WithMeta.__parameters__)
def outer():
    x = 10
    def inner[T](a: T = x) -> T:
        return a + x
    return inner
print(outer()(), outer().__type_params__)
class Outer:
    class Inner[T]:
        def m(self): return T
    def meth[T](self): return T
print(Outer.Inner.__qualname__, Outer.Inner().m(), Outer().meth(), Outer.meth.__qualname__)
print(Box.__dict__['__type_params__'], '__type_params__' in NoParams.__dict__, NoParams.__type_params__)
def ff(): pass
print(ff.__type_params__)
