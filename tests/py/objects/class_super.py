# super(): zero-argument and explicit forms, in methods, classmethods, properties, __new__ and
# __init_subclass__, cooperative multiple inheritance, and super objects' attributes and errors.
class Base:
    def __init__(self, **kw):
        self.log = ["Base"]
        self.extra = kw
    @classmethod
    def create(cls, *args):
        return ("Base.create", cls.__name__, args)
    @property
    def label(self):
        return "base-label"
    def greet(self, who):
        return f"hello {who}"
    @staticmethod
    def util(x):
        return x * 2

class Mid(Base):
    def __init__(self, a, **kw):
        super().__init__(**kw)
        self.a = a
        self.log.append("Mid")
    @classmethod
    def create(cls, *args):
        r = super().create(*args)
        return ("Mid.create",) + r
    @property
    def label(self):
        return "mid+" + super().label
    def greet(self, who):
        return super().greet(who).upper()

class Leaf(Mid):
    def __init__(self, a, b, **kw):
        super(Leaf, self).__init__(a, **kw)
        self.b = b
        self.log.append("Leaf")
    def util_twice(self, x):
        return super().util(x) + super(Mid, self).util(x)

x = Leaf(1, 2, c=3)
print(x.log, x.a, x.b, x.extra)
print(Leaf.create(1, 2))
print(x.label, x.greet("bob"), x.util_twice(5))
print(super(Mid, x).greet("amy"), super(Leaf, x).label)

# Cooperative multiple inheritance.
class Root:
    def setup(self, trail):
        trail.append("Root")
class A(Root):
    def setup(self, trail):
        trail.append("A"); super().setup(trail)
class B(Root):
    def setup(self, trail):
        trail.append("B"); super().setup(trail)
class C(A, B):
    def setup(self, trail):
        trail.append("C"); super().setup(trail)
t = []
C().setup(t)
print(t)
print(super(A, C()).setup.__qualname__)

# super object details.
s = super(A, C())
print(type(s).__name__, s.__thisclass__.__name__, type(s.__self__).__name__, s.__self_class__.__name__)
s2 = super(A, C)
print(s2.__self__.__name__, s2.__self_class__.__name__)
u = super(A)
print(u.__thisclass__.__name__, u.__self__, u.__self_class__)
print(repr(super(A, C())).startswith("<super: <class 'A'>, <C object"))
print(repr(u))

# super in __new__ and __init_subclass__.
class Tracked:
    registry = []
    def __new__(cls, *args):
        inst = super().__new__(cls)
        inst.args = args
        return inst
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Tracked.registry.append(cls.__name__)
class T1(Tracked): pass
class T2(T1): pass
print(T2(1, 2).args, Tracked.registry)

# super with setattr goes to object.__setattr__; data descriptors via super are not assignable.
class Logged:
    def __setattr__(self, name, value):
        super().__setattr__(name, value * 10)
lg = Logged(); lg.v = 4
print(lg.v)
class WithProp(Base):
    def f(self):
        try:
            super().label = 3
        except AttributeError as e:
            print("AttributeError:", e)
WithProp().f()

# Errors.
try:
    super()
except RuntimeError as e:
    print("RuntimeError:", e)
def no_args():
    return super()
try:
    no_args()
except RuntimeError as e:
    print("RuntimeError:", e)
class Lonely:
    def m(self):
        return super(int, self)
try:
    Lonely().m()
except TypeError as e:
    print("TypeError:", e)
try:
    super(A, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    super(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    super(A, C()).missing
except AttributeError as e:
    print("AttributeError:", e)

# __class__ cell.
class Cell:
    def which(self):
        return __class__.__name__
class SubCell(Cell): pass
print(SubCell().which())

# super() inside a nested function fails, inside a comprehension works (PEP 709 inlined).
class Outer(Base):
    def m(self):
        return [super().greet(w) for w in ("a", "b")]
print(Outer().m())
