# Python snippets for tests/unit/objects/type.test.ts. tools/gen-golden-classes.py runs each one in
# CPython 3.12 and records its stdout in tests/golden/classes.json; the test runs them in Immortal.
# Sections start with '# --- <name>'; names ending in '[class]' use the class statement.

# --- static-type-dicts
print(repr(int.__add__), repr(object.__repr__), repr(list.__len__))
print(list.__hash__, dict.__hash__, type(int.__dict__).__name__)
print(int.__add__(1, 2), (5).__add__(3), (5).__radd__(3), (7).__sub__(2), (7).__rsub__(2))
print(repr((5).__add__).split(' at ')[0])
print(repr(int.__new__).split(' at ')[0], repr(object.__init_subclass__).split(' at ')[0])
print(int.__name__, int.__qualname__, int.__module__, int.__mro__, bool.__bases__, bool.__base__)
print(object.__bases__, object.__base__, type.__mro__, type(type), type(object))
print('__add__' in int.__dict__, '__add__' in bool.__dict__, '__repr__' in bool.__dict__)
print(object.__doc__ is None or isinstance(object.__doc__, str), list.__len__([1, 2, 3]))
print((1).__eq__(1), (1).__eq__('a'), (1).__lt__(2), object.__eq__(1, 1), object.__ne__(1, 2))
print(int.__dict__['__add__'] is int.__add__, type(int.__dict__['__new__']).__name__)

# --- immutable-builtins
def setdel(o, name, v=None, delete=False):
    if delete:
        delattr(o, name)
    else:
        setattr(o, name, v)
for f in [lambda: setdel(int, 'x', 1), lambda: setdel(int, '__add__'), lambda: setdel(int, '__add__', delete=True),
          lambda: setdel(1, 'x', 2), lambda: setdel(1, '__add__', 2), lambda: setdel(object(), 'x', 1),
          lambda: int.x, lambda: (1).x, lambda: object().x, lambda: setdel(list, 'append', 3),
          lambda: getattr(1, 2), lambda: setattr(1, 2, 3)]:
    try:
        f()
        print('ok')
    except Exception as e:
        print(type(e).__name__, e)

# --- type-basics
def init(self, x):
    self.x = x
def get(self):
    return self.x
A = type('A', (), {'__init__': init, 'get': get, '__module__': '__main__'})
a = A(5)
print(a.get(), a.x, A.__name__, A.__qualname__, A.__module__, repr(A), A.__mro__, A.__bases__, A.__base__)
print(sorted(k for k in A.__dict__), type(A.__dict__).__name__, A.__doc__, a.__dict__)
print(repr(a).split(' at ')[0], str(a).split(' at ')[0], a.__class__ is A, type(a) is A)
a.y = 7
print(a.__dict__, a.y, getattr(a, 'z', 'dflt'), hasattr(a, 'y'), hasattr(a, 'z'))
del a.y
try:
    del a.y
except AttributeError as e:
    print('AttributeError', e)
try:
    a.nope
except AttributeError as e:
    print('AttributeError', e)
try:
    A.nope
except AttributeError as e:
    print('AttributeError', e)
B = type('B', (A,), {})
b = B(3)
print(b.get(), B.__mro__, isinstance(b, A), isinstance(b, B), issubclass(B, A), issubclass(A, B), B.__base__)
print(type('C', (), {}).__module__ in ('builtins', '__main__'))
A.get = lambda self: self.x * 100
print(a.get(), b.get())
del A.get
try:
    a.get()
except AttributeError as e:
    print('AttributeError', e)

# --- type-call-errors
for f in [lambda: type(), lambda: type('A'), lambda: type('A', ()), lambda: type('A', [], {}),
          lambda: type(1, (), {}), lambda: type('A', (), []), lambda: type('A', (1,), {}),
          lambda: type('A', (bool,), {}), lambda: type('A', (int, str), {}),
          lambda: type('A', (), {})(1), lambda: object(1), lambda: object.__new__(1),
          lambda: int.__new__(str), lambda: object.__new__(int), lambda: type.__new__(type, 'A', ()),
          lambda: type('A', (), {'__qualname__': 1})]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(type(1), type('x'), type(None))

# --- mro
O = object
def mk(name, *bases):
    return type(name, bases, {})
A = mk('A'); B = mk('B'); C = mk('C', A, B); D = mk('D', B, A)
print([k.__name__ for k in C.__mro__], [k.__name__ for k in C.mro()])
try:
    mk('E', C, D)
except TypeError as e:
    print('TypeError', e)
try:
    mk('F', A, A)
except TypeError as e:
    print('TypeError', e)
X = mk('X'); Y = mk('Y', X); Z = mk('Z', X)
W = mk('W', Y, Z)
print([k.__name__ for k in W.__mro__])
try:
    mk('V', X, Y)
except TypeError as e:
    print('TypeError', e)
print([c.__name__ for c in X.__subclasses__()])

# --- descriptors
def getx(self):
    return 'prop-' + str(self._x)
def setx(self, v):
    self._x = v * 2
P = type('P', (), {'x': property(getx, setx), 'r': property(getx), '_x': 0})
p = P()
print(p.x)
p.x = 5
print(p.x, p._x, p.__dict__)
p.__dict__['x'] = 'shadow'
print(p.x)
try:
    p.r = 1
except AttributeError as e:
    print('AttributeError', e)
try:
    del p.x
except AttributeError as e:
    print('AttributeError', e)
print(type(P.x).__name__, P.x.fget is getx, P.x.fset is setx, P.x.fdel)
def m(self):
    return 'method'
Q = type('Q', (), {'m': m})
q = Q()
q.__dict__['m'] = lambda: 'instance'
print(q.m())
def cm(cls, v):
    return (cls.__name__, v)
def sm(v):
    return ('static', v)
R = type('R', (), {'c': classmethod(cm), 's': staticmethod(sm)})
S = type('S', (R,), {})
print(R.c(1), R().c(2), S.c(3), S().c(4), R.s(5), R().s(6))
print(type(R.__dict__['c']).__name__, R.__dict__['c'].__func__ is cm, R.__dict__['s'].__func__ is sm)
print(repr(R.__dict__['s'])[:24], staticmethod(sm)(9))
def g2(self):
    return 'g2'
prop = property(getx)
prop2 = prop.setter(setx)
prop3 = prop2.getter(g2)
print(prop is prop2, prop2.fget is getx, prop2.fset is setx, prop3.fget is g2, prop3.fset is setx)

# --- slot-dunders
def r_repr(self):
    return 'V(%d)' % self.v
def r_init(self, v):
    self.v = v
def r_eq(self, o):
    return isinstance(o, V) and self.v == o.v
def r_lt(self, o):
    return self.v < o.v
def r_hash(self):
    return hash(self.v)
def r_add(self, o):
    return V(self.v + (o.v if isinstance(o, V) else o))
def r_radd(self, o):
    return V(o + self.v)
def r_len(self):
    return self.v
def r_getitem(self, i):
    return i * self.v
def r_call(self, *a, **k):
    return ('called', a, sorted(k.items()))
def r_bool(self):
    return self.v != 3
def r_neg(self):
    return V(-self.v)
def r_contains(self, x):
    return x == self.v
def r_str(self):
    return 'str-V'
V = type('V', (), {'__repr__': r_repr, '__init__': r_init, '__eq__': r_eq, '__lt__': r_lt, '__hash__': r_hash,
                   '__add__': r_add, '__radd__': r_radd, '__len__': r_len, '__getitem__': r_getitem,
                   '__call__': r_call, '__bool__': r_bool, '__neg__': r_neg, '__contains__': r_contains,
                   '__str__': r_str})
v = V(4)
print(repr(v), str(v), v == V(4), v != V(4), v == V(5), v < V(5), V(6) > v, hash(v) == hash(4))
print(v + V(1), v + 10, 10 + v, -v, len(v), v[3], bool(v), bool(V(3)), 4 in v, 5 in v)
print(v(1, 2, k=3), sorted([V(3), V(1), V(2)]), [V(1), V(2)].index(V(2)), V(2) in [V(1), V(2)])
E = type('E', (), {'__eq__': r_eq})
print(E.__hash__)
try:
    hash(E())
except TypeError as e:
    print('TypeError', e)
def bad_len(self):
    return -1
def bad_repr(self):
    return 5
def bad_init(self):
    return 1
def bad_bool(self):
    return 1
for name, fn in [('__len__', bad_len), ('__repr__', bad_repr), ('__bool__', bad_bool)]:
    K = type('K', (), {name: fn})
    try:
        len(K()) if name == '__len__' else repr(K()) if name == '__repr__' else bool(K())
    except Exception as e:
        print(type(e).__name__, e)
try:
    type('K', (), {'__init__': bad_init})()
except TypeError as e:
    print('TypeError', e)
V.__repr__ = lambda self: 'patched'
print(repr(v))
del V.__repr__
print(repr(v).split(' at ')[0])

# --- getattr-hooks
def ga(self, name):
    return 'missing-' + name
G = type('G', (), {'__getattr__': ga, 'real': 1})
g = G()
print(g.real, g.other, getattr(g, 'zz'))
def gattr(self, name):
    if name == 'secret':
        raise AttributeError(name)
    return object.__getattribute__(self, name)
H = type('H', (), {'__getattribute__': gattr, '__getattr__': ga, 'x': 5})
h = H()
print(h.x, h.secret)
log = []
def sa(self, name, value):
    log.append((name, value))
    object.__setattr__(self, name, value)
def da(self, name):
    log.append(('del', name))
    object.__delattr__(self, name)
I = type('I', (), {'__setattr__': sa, '__delattr__': da})
i = I()
i.a = 1
del i.a
print(log, i.__dict__)

# --- exceptions
MyErr = type('MyErr', (Exception,), {})
try:
    raise MyErr('bad', 2)
except Exception as e:
    print(type(e).__name__, e, repr(e), e.args, isinstance(e, MyErr), isinstance(e, Exception))
def einit(self, code):
    Exception.__init__(self, 'code %d' % code)
    self.code = code
CodeErr = type('CodeErr', (ValueError,), {'__init__': einit})
try:
    raise CodeErr(42)
except ValueError as e:
    print(type(e).__name__, e, e.args, e.code, e.__dict__)
e = MyErr()
print(repr(e), str(e), e.args, MyErr.__mro__[:3])
print(issubclass(MyErr, BaseException), MyErr.__base__, KeyError('k'), repr(KeyError('k')))
try:
    raise MyErr
except MyErr as e:
    print('bare', repr(e))
e = ValueError('x')
e.args = ('y', 'z')
print(e, e.args, e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)

# --- isinstance
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, int)), isinstance(1, (str, (float, int))))
print(issubclass(bool, int), issubclass(bool, (str, object)), issubclass(int, bool))
for f in [lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: issubclass(int, 1)]:
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
def inst(cls, x):
    return x == 'yes'
Meta = type('Meta', (type,), {'__instancecheck__': inst, '__subclasscheck__': lambda c, s: s is int})
M = Meta('M', (), {})
print(isinstance('yes', M), isinstance('no', M), issubclass(int, M), issubclass(str, M), type(M) is Meta)

# --- metaclass
def meta_new(mcls, name, bases, ns, **kw):
    ns['added'] = kw.get('flag', 'none')
    return type.__new__(mcls, name, bases, ns)
def meta_call(cls, *a):
    return ('intercepted', a)
Meta = type('Meta', (type,), {'__new__': meta_new})
K = Meta('K', (), {}, flag='on')
print(type(K).__name__, K.added, isinstance(K, Meta), isinstance(K, type))
Meta2 = type('Meta2', (type,), {'__call__': meta_call})
L = Meta2('L', (), {})
print(L(1, 2))
Meta3 = type('Meta3', (type,), {})
try:
    type('Bad', (Meta2('X', (), {}), Meta3('Y', (), {})), {})
except TypeError as e:
    print('TypeError', e)
def mattr(cls):
    return 'meta-attr'
Meta4 = type('Meta4', (type,), {'hello': property(mattr)})
N = Meta4('N', (), {})
print(N.hello)

# --- subclass-hooks
seen = []
def isub(cls, **kw):
    seen.append((cls.__name__, sorted(kw.items())))
Base = type('Base', (), {'__init_subclass__': isub})
Sub = type('Sub', (Base,), {})
Sub2 = type('Sub2', (Base,), {}, x=1)
print(seen, type(Base.__dict__['__init_subclass__']).__name__)
try:
    type('Q', (), {}, x=1)
except TypeError as e:
    print('TypeError', e)
class_names = []
def setname(self, owner, name):
    class_names.append((owner.__name__, name))
D = type('D', (), {'__set_name__': setname})
T = type('T', (), {'a': D(), 'b': D()})
print(class_names)
def cgi(cls, item):
    return (cls.__name__, item)
CG = type('CG', (), {'__class_getitem__': cgi})
print(CG[int], type(CG.__dict__['__class_getitem__']).__name__)

# --- slots
S = type('S', (), {'__slots__': ('a', 'b')})
s = S()
s.a = 1
print(s.a, hasattr(s, '__dict__'), type(S.__dict__['a']).__name__, repr(S.__dict__['a']))
try:
    s.b
except AttributeError as e:
    print('AttributeError', e)
try:
    s.c = 3
except AttributeError as e:
    print('AttributeError', e)
del s.a
try:
    del s.a
except AttributeError as e:
    print('AttributeError', e)
S2 = type('S2', (S,), {})
s2 = S2()
s2.c = 5
s2.a = 6
print(s2.__dict__, s2.a)
for slots in [('__dict__',), ('x', 'x'), (1,), ('1x',)]:
    try:
        T = type('T', (), {'__slots__': slots})
        print('ok', slots, hasattr(T(), '__dict__'))
    except Exception as e:
        print(type(e).__name__, e)
try:
    type('T', (), {'__slots__': ('a',), 'a': 1})
except ValueError as e:
    print('ValueError', e)
try:
    type('T', (int,), {'__slots__': ('a',)})
except TypeError as e:
    print('TypeError', e)

# --- super
def a_hello(self):
    return 'A.hello'
def b_hello(self):
    return 'B>' + super(B, self).hello()
A = type('A', (), {'hello': a_hello})
B = type('B', (A,), {'hello': b_hello})
print(B().hello(), repr(super(B, B())).split(' object')[0], super(B, B).hello(B()))
try:
    super(B, 1)
except TypeError as e:
    print('TypeError', e)
try:
    super(1, B())
except TypeError as e:
    print('TypeError', e)
s = super(B, B())
print(s.__thisclass__ is B, type(s.__self__).__name__, s.__self_class__ is B)
def cinit(self):
    super(C, self).__init__()
    self.ok = True
C = type('C', (Exception,), {'__init__': cinit})
print(C().ok, C().args)

# --- del
log = []
def dl(self):
    log.append('del ' + self.name)
def dinit(self, name):
    self.name = name
Dl = type('Dl', (), {'__del__': dl, '__init__': dinit})
x = Dl('one')
del x
print(log)
y = Dl('two')
y = None
print(log)
def make():
    t = Dl('three')
    return 1
make()
print(log)
saved = []
def resurrect(self):
    saved.append(self)
    log.append('resurrect')
R = type('R', (), {'__del__': resurrect})
r = R()
del r
print(log, len(saved))
saved.clear()
print(log)

# --- object-methods
O = type('O', (), {})
o = O()
print(o.__format__('').split(' at ')[0], format(o, '').split(' at ')[0], o.__sizeof__() > 0, O.__subclasshook__())
try:
    format(o, 'x')
except TypeError as e:
    print('TypeError', e)
print(sorted(x for x in dir(o) if not x.startswith('__')), '__class__' in dir(o), '__init__' in dir(O))
o.z = 1
print('z' in dir(o), o.__dir__() is not None)
P2 = type('P2', (), {})
o.__class__ = P2
print(type(o).__name__)
try:
    o.__class__ = int
except TypeError as e:
    print('TypeError', e)
try:
    (1).__class__ = bool
except TypeError as e:
    print('TypeError', e)
print(object.__init__(o), O.__init__ is object.__init__, O.__new__ is object.__new__)
try:
    o.__init__(1)
except TypeError as e:
    print('TypeError', e)

# --- type-attrs
A = type('A', (), {'__doc__': 'docstring', '__module__': 'mod'})
print(A.__doc__, A.__module__, repr(A), repr(A()).split(' at ')[0])
A.__name__ = 'Renamed'
A.__qualname__ = 'Outer.Renamed'
print(A.__name__, A.__qualname__, repr(A))
for f in [lambda: setattr(A, '__name__', 1), lambda: setattr(A, '__qualname__', 2), lambda: delattr(A, '__name__'),
          lambda: setattr(int, '__name__', 'x'), lambda: setattr(A, '__mro__', ())]:
    try:
        f()
        print('ok')
    except Exception as e:
        print(type(e).__name__, e)
A.__module__ = 'other'
print(repr(A), A.__dict__['__module__'], '__module__' in A.__dict__)
print(type.__dict__['__name__'].__class__.__name__, repr(type.__dict__['__name__']))
print(A.__dict__['__dict__'], A.__dict__['__weakref__'].__class__.__name__)
d = A.__dict__
print(d['__doc__'], len(d) > 3, '__doc__' in d, d.get('nope', 'dflt'), type(d).__name__)
try:
    d['x'] = 1
except TypeError as e:
    print('TypeError', e)

# --- class-statement [class]
class Animal:
    sound = '...'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f'{self.name} says {self.sound}'
    def __repr__(self):
        return f'Animal({self.name!r})'
class Dog(Animal):
    sound = 'woof'
    def speak(self):
        return super().speak() + '!'
d = Dog('rex')
print(d.speak(), repr(d), Dog.__mro__, Dog.__qualname__)
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
    @property
    def double(self):
        return self.count * 2
    @classmethod
    def make(cls):
        return cls()
    @staticmethod
    def twice(x):
        return 2 * x
c = Counter.make()
print(Counter.count, c.double, Counter.twice(4), c.twice(5))
class MyError(ValueError):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
try:
    raise MyError('boom', 3)
except ValueError as e:
    print(type(e).__name__, e, e.code)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns['tag'] = kw.get('tag')
        return super().__new__(mcls, name, bases, ns)
class Tagged(metaclass=Meta, tag='t1'):
    pass
print(Tagged.tag, type(Tagged).__name__)
class Outer:
    class Inner:
        pass
print(Outer.Inner.__qualname__, repr(Outer.Inner))
class Slotted:
    __slots__ = ('x',)
    def __init__(self):
        self.x = 1
print(Slotted().x)

# --- builtin-subclasses [class]
class MyList(list):
    def total(self):
        return sum(self)
l = MyList([1, 2, 3])
l.append(4)
print(l, len(l), l.total(), type(l).__name__, isinstance(l, list), l[0], l + [5], l == [1, 2, 3, 4])
l.extra = 1
print(l.extra, l.__dict__)
class MyInt(int):
    def double(self):
        return self * 2
i = MyInt(21)
print(i, i.double(), i + 1, type(i + 1).__name__, type(i).__name__, isinstance(i, int), repr(i), hash(i) == hash(21))
print(MyInt(5) == 5, MyInt(300) + MyInt(1), type(MyInt()).__name__, MyInt('12'))
class MyStr(str):
    def shout(self):
        return self.upper() + '!'
s = MyStr('hi')
print(s, s.shout(), len(s), type(s).__name__, s + 'x', s == 'hi', {s: 1}['hi'])
class MyTuple(tuple):
    pass
t = MyTuple((1, 2))
print(t, len(t), type(t).__name__, t[1], MyTuple())
class MyFloat(float):
    pass
print(MyFloat(1.5) + 1, type(MyFloat(2.0)).__name__, MyFloat(2.5))
class MyBytes(bytes):
    pass
print(MyBytes(b'ab'), type(MyBytes(b'')).__name__)
class Mixed(MyList):
    __slots__ = ('tag',)
m = Mixed([9])
m.tag = 't'
print(m, m.tag, Mixed.__mro__)

# --- descriptor-attrs
print(len.__name__, len.__qualname__, len.__module__, [].append.__name__, [].append.__self__)
print(list.append.__name__, list.append.__qualname__, list.append.__objclass__)
print(int.__add__.__name__, int.__add__.__qualname__, int.__add__.__objclass__, (1).__add__.__self__, (1).__add__.__name__)
print(type.__dict__['__name__'].__name__, type.__dict__['__name__'].__qualname__, type.__dict__['__name__'].__objclass__)
print(int.__add__.__doc__, object.__init__.__doc__)
print(type(int.__add__).__name__, type((1).__add__).__name__, type(list.append).__name__, type([].append).__name__)
print(type(type.__dict__['__name__']).__name__, type(dict.__dict__['fromkeys']).__name__)

# --- abstract
T = type('T', (), {})
T.__abstractmethods__ = frozenset({'x', 'a'})
try:
    T()
except TypeError as e:
    print(e)
print(T.__flags__ & (1 << 20), T.__abstractmethods__ == {'a', 'x'})
T.__abstractmethods__ = frozenset()
print(type(T()).__name__, T.__flags__ & (1 << 20))
for f in [lambda: int.__abstractmethods__, lambda: type.__abstractmethods__]:
    try:
        f()
    except AttributeError as e:
        print('AttributeError', e)

# --- patterns [class]
class Vec:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __radd__(self, o):
        return self if o == 0 else NotImplemented
    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        return self
    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f'Vec({self.x}, {self.y})'
    def __format__(self, spec):
        return f'<{self.x:{spec}},{self.y:{spec}}>'
    def __iter__(self):
        yield self.x
        yield self.y
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self):
        return bool(self.x or self.y)
    def __lt__(self, o):
        return abs(self) < abs(o)
vs = [Vec(3, 4), Vec(1, 1), Vec(0, 2)]
print(sum(vs), sorted(vs), max(vs), {Vec(1, 1): 'a'}[Vec(1, 1)], f'{Vec(1, 2):03d}', list(Vec(5, 6)), abs(Vec(3, 4)))
v = Vec(1, 1)
v += Vec(2, 2)
print(v, bool(Vec(0, 0)), Vec(0, 0) or 'empty', Vec(1, 2) == Vec(1, 2), Vec(1, 2) != Vec(1, 2), Vec(1, 2) in vs)
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), [x for x in Seq()])
class Idx:
    def __index__(self):
        return 1
print([10, 20, 30][Idx()], 'abc'[Idx()], hex(Idx()), bin(Idx()))
class Num:
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5
print(int(Num()), float(Num()))
class Ctx:
    def __enter__(self):
        print('enter')
        return self
    def __exit__(self, *a):
        print('exit', a[0].__name__ if a[0] else None)
        return True
with Ctx() as c:
    raise ValueError('x')
print('after with')
class Typed:
    def __set_name__(self, owner, name):
        self.name = '_' + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f'{self.name[1:]} must be int')
        setattr(obj, self.name, value)
class Rec:
    a = Typed()
    b = Typed()
    def __init__(self, a, b):
        self.a, self.b = a, b
r = Rec(1, 2)
print(r.a, r.b, r.__dict__, type(Rec.a).__name__)
try:
    r.a = 'x'
except TypeError as e:
    print('TypeError', e)
class Base:
    registry = []
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.registry.append(cls.__name__)
class A(Base, tag='a'):
    pass
class B(A):
    pass
print(Base.registry, A.tag, B.tag)
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def c(self):
        return self._c
    @c.setter
    def c(self, v):
        self._c = v
    @c.deleter
    def c(self):
        print('deleting')
t = Temp()
t.c = 5
print(t.c)
del t.c
class Counter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Counter(3)), [i for i in Counter(2)])
class C:
    def who(self):
        return __class__.__name__
print(C().who(), C.who.__qualname__, C.who.__name__)
class Color:
    RED = 1
    GREEN = 2
    @classmethod
    def names(cls):
        return [k for k in vars(cls) if k.isupper()]
print(Color.names(), vars(Color)['RED'])
class D(dict):
    def __missing__(self, k):
        return k * 2
print(D()[3], D(a=1)['a'])
print(str(Vec), Vec.__name__, Vec.__init__.__name__, Vec.__init__.__qualname__)

# --- hackcheck
for f in [lambda: object.__setattr__(int, 'x', 1), lambda: object.__delattr__(int, 'x'), lambda: object.__setattr__(1, 'x', 1)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
class A:
    pass
try:
    object.__setattr__(A, 'x', 1)
except Exception as e:
    print(type(e).__name__, e)
a = A()
object.__setattr__(a, 'y', 2)
print(a.y)

# --- generic-alias-union
print(list[int], dict[str, list[int]], tuple[int, ...], tuple[()], list[int] == list[int], list[int] == list[str])
print(int | None, int | str | None, (int | str) == (str | int), int | int, type(int | str).__name__)
print(isinstance(1, int | str), isinstance(None, int | None), isinstance('a', int | float))
print(list[int]([1, 2]), list[int].__origin__, list[int].__args__, (int | str).__args__, list[int].append)
class A:
    pass
print(list[A], A | None, dict[str, A | None])
try:
    isinstance([], list[int])
except TypeError as e:
    print('TypeError', e)
try:
    1 | int
except TypeError as e:
    print('TypeError', e)
print(hash(int | str) == hash(str | int))
def f(x: list[int], y: dict[str, int] | None = None) -> int | None:
    return 1
print(f.__annotations__)

# --- exception-notes [class]
class D:
    def __set_name__(self, owner, name):
        raise ValueError('nope')
try:
    class T:
        a = D()
except ValueError as e:
    print(repr(e), e.__notes__)
e = KeyError('k')
e.add_note('first')
e.add_note('second')
print(e.__notes__, repr(e))
try:
    ValueError().__notes__
except AttributeError as err:
    print('AttributeError', err)
try:
    e.add_note(5)
except TypeError as err:
    print('TypeError', err)

# --- exception-hash
e = ValueError('x')
print(hash(e) == hash(e), {e: 1}[e], ValueError.__hash__ is object.__hash__, '__hash__' in BaseException.__dict__)
