# __slots__: member descriptors, no __dict__, __weakref__ and __dict__ slots, inheritance of slots,
# name mangling, and the errors CPython gives for bad slot declarations.
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

p = Point(1, 2)
print(p, hasattr(p, "__dict__"), hasattr(p, "__weakref__"))
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
d = Point.__dict__["x"]
print(type(d).__name__, d.__name__, d.__objclass__.__name__, repr(d))
print(Point.x.__get__(p, Point), Point.__slots__)
del p.x
try:
    p.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.x
except AttributeError as e:
    print("AttributeError:", e)
p.x = 10
print(p)
d.__set__(p, 11)
print(p.x)
try:
    d.__set__(5, 1)
except TypeError as e:
    print("TypeError:", e)

# Subclass without __slots__ gets a __dict__; with __slots__ keeps none.
class Point3(Point):
    __slots__ = ("z",)
class Loose(Point):
    pass
q = Point3(1, 2); q.z = 3
print(q.x, q.y, q.z, hasattr(q, "__dict__"))
l = Loose(1, 2); l.extra = "ok"
print(l.__dict__, sorted(Loose.__dict__.keys() - {"__module__", "__doc__"}))

# A string __slots__ is one name; __dict__ and __weakref__ slots.
class One:
    __slots__ = "only"
class WithDict:
    __slots__ = ("a", "__dict__")
class WithWeak:
    __slots__ = ("__weakref__",)
o = One(); o.only = 1
print(o.only, One.__slots__)
w = WithDict(); w.a = 1; w.b = 2
print(w.a, w.__dict__)
ww = WithWeak()
print(hasattr(ww, "__weakref__"), ww.__weakref__, hasattr(ww, "__dict__"))

# Private names are mangled.
class Secret:
    __slots__ = ("__hidden", "open")
    def __init__(self):
        self.__hidden = "h"
        self.open = "o"
    def reveal(self):
        return self.__hidden
s = Secret()
print(s.reveal(), sorted(k for k in Secret.__dict__ if "hidden" in k))

# Errors in slot declarations.
for spec in [("a", "a"), (1,), ("not valid",), ("__dict__", "__dict__"), ("__weakref__", "__weakref__"), 5]:
    try:
        type("Bad", (), {"__slots__": spec})
        print(spec, "ok")
    except (TypeError, ValueError) as e:
        print(spec, type(e).__name__ + ":", e)
try:
    class Conflict:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print("ValueError:", e)
try:
    class IntSlots(int):
        __slots__ = ("a",)
except TypeError as e:
    print("TypeError:", e)
class TupleEmpty(tuple):
    __slots__ = ()
print(TupleEmpty((1, 2)), hasattr(TupleEmpty(), "__dict__"))

# Two bases with nonempty slots conflict.
class A:
    __slots__ = ("a",)
class B:
    __slots__ = ("b",)
try:
    class AB(A, B): pass
except TypeError as e:
    print("TypeError:", e)
class E1:
    __slots__ = ()
class AE(A, E1): pass
print([c.__name__ for c in AE.__mro__])

# Slots use less space and are still picklable-ish via __getstate__ in 3.12 (not tested here);
# a value-object pattern.
class Money:
    __slots__ = ("amount", "currency")
    def __init__(self, amount, currency):
        object.__setattr__(self, "amount", amount)
        object.__setattr__(self, "currency", currency)
    def __setattr__(self, name, value):
        raise AttributeError(f"Money is immutable (tried to set {name})")
    def __add__(self, other):
        assert self.currency == other.currency
        return Money(self.amount + other.amount, self.currency)
    def __repr__(self):
        return f"{self.amount} {self.currency}"
m = Money(5, "EUR") + Money(7, "EUR")
print(m)
try:
    m.amount = 0
except AttributeError as e:
    print("AttributeError:", e)
print(vars(Money).get("__slots__"))
try:
    vars(m)
except TypeError as e:
    print("TypeError:", e)
