# ABCs (abstract methods and properties, register), property setter added in a subclass, __slots__
# mixed with __dict__ and __weakref__, slot layout conflicts, metaclass __new__, explicit classmethod
# __init_subclass__, the __class__ cell, class-level __class__ assignment, dict-valued __slots__, and
# instance __dict__ replacement and its errors.
import abc
def t(f):
    try: r = f()
    except Exception as e: r = f"{type(e).__name__}: {e}"
    print(r)
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    @property
    @abc.abstractmethod
    def name(self): ...
t(lambda: Shape())
class Sq(Shape):
    def area(self): return 4
t(lambda: Sq())
class Sq2(Sq):
    name = 'sq'
print(Sq2().area(), Sq2.__abstractmethods__, Shape.__abstractmethods__)
class Reg(abc.ABC): pass
Reg.register(int); print(isinstance(1, Reg), issubclass(bool, Reg))
class Base:
    @property
    def v(self): return 'base'
class Der(Base):
    @Base.v.setter
    def v(self, val): print('set', val)
d = Der(); d.v = 3; print(d.v)
class S1:
    __slots__ = ('a',)
class S2(S1):
    __slots__ = ('b', '__dict__')
s = S2(); s.a = 1; s.b = 2; s.c = 3; print(s.__dict__, S2.__slots__)
t(lambda: type('S3', (S1,), {'__slots__': ('a',)}))
class S4(S1): pass
s4 = S4(); s4.z = 1; print(s4.__dict__)
class Multi1: __slots__ = ('x',)
class Multi2: __slots__ = ('y',)
t(lambda: type('M', (Multi1, Multi2), {}))
class E1: __slots__ = ()
class E2: __slots__ = ()
print(type('M', (E1, E2), {}).__mro__ [1:])
t(lambda: type('M', (int, Multi1), {}))
class Meta(type):
    def __new__(m, name, bases, ns):
        cls = super().__new__(m, name, bases, ns)
        cls.meta_created = True
        return cls
    def method(cls): return super().__repr__()[:8]
class A(metaclass=Meta): pass
print(A.meta_created, A.method())
class IS:
    @classmethod
    def __init_subclass__(cls, **kw): print('explicit cm', cls.__name__, kw)
class IS2(IS, a=1): pass
class WithClassCell:
    def f(self): return __class__
    def g(self): return super().__thisclass__ if hasattr(super(), '__thisclass__') else None
print(WithClassCell().f().__name__, WithClassCell().g().__name__)
def mkcls():
    class Q:
        __class__ = 5
    return Q
t(mkcls)
class Ord:
    b = 1; a = 2
    def c(self): pass
print([k for k in Ord.__dict__ if not k.startswith('__')])
class Slotted:
    __slots__ = {'x': 'doc of x', 'y': 'doc y'}
print(Slotted.x.__doc__, type(Slotted.x).__name__, Slotted.__slots__)
t(lambda: Slotted().x)
class WeakS:
    __slots__ = ('__weakref__',)
import weakref
w = WeakS(); r = weakref.ref(w); print(r() is w)
class Init:
    def __init__(self, *, key): self.key = key
t(lambda: Init(1))
t(lambda: Init())
class NewArgs:
    def __new__(cls, x): print('new', x); return super().__new__(cls)
t(lambda: NewArgs(1, 2))
class CallCount:
    count = 0
    def __init_subclass__(cls): CallCount.count += 1
class X1(CallCount): pass
class X2(X1): pass
print(CallCount.count)
print(int.__mro__, bool.__bases__, type.__base__, object.__base__, type(type), type(object))
t(lambda: object.__subclasses__()[:0])
class Dyn: pass
Dyn.method = lambda self: 'dyn'; print(Dyn().method())
del Dyn.method; t(lambda: Dyn().method())
t(lambda: delattr(Dyn, 'method'))
class ClsProp:
    @classmethod
    @property
    def cp(cls): return 'classprop'
t(lambda: ClsProp.cp)
print(vars(Dyn)['__module__'], Dyn.__dict__.get('__weakref__').__class__.__name__)
t(lambda: Dyn.__dict__.__setitem__('x', 1))
t(lambda: setattr(Dyn, '__dict__', {}))
t(lambda: setattr(Dyn(), '__dict__', 5))
o = Dyn(); o.__dict__ = {'q': 1}; print(o.q)
t(lambda: setattr(o, '__dict__', None))
