# The methods every object inherits from object: __format__ (and its error for a non-empty spec),
# __sizeof__, __dir__, __init_subclass__, __subclasshook__, __getstate__, __reduce__/__reduce_ex__,
# __eq__/__ne__/__hash__ defaults, __str__ falling back to __repr__, and __hash__ = None.
class Plain:
    pass
p = Plain()
print(format(p, "") == str(p), f"{p!s}" == str(p))
try:
    format(p, "x")
except TypeError as e:
    print("TypeError:", e)
try:
    f"{p:>10}"
except TypeError as e:
    print("TypeError:", e)
print(object.__format__(5, ""), type(object().__sizeof__()).__name__, object().__sizeof__() > 0)
print(Plain.__init_subclass__(), object.__subclasshook__(int), Plain.__subclasshook__(Plain))
d = p.__dir__()
print(type(d).__name__, "__class__" in d, sorted(d) == sorted(set(d)))

# __getstate__.
class WithDict:
    def __init__(self):
        self.a = 1
class WithSlots:
    __slots__ = ("x", "y")
    def __init__(self):
        self.x = 1
print(Plain().__getstate__(), WithDict().__getstate__())
print(WithSlots().__getstate__())
class Both:
    __slots__ = ("s", "__dict__")
    def __init__(self):
        self.s = "slot"
        self.d = "dict"
print(Both().__getstate__())
class CustomState:
    def __getstate__(self):
        return {"custom": True}
print(CustomState().__getstate__())

# __reduce_ex__ and __reduce__.
import copyreg
r = WithDict().__reduce_ex__(2)
print(r[0] is copyreg.__newobj__, r[1][0].__name__, r[2], r[3:], len(r))
r = WithDict().__reduce_ex__(4)
print(r[0].__name__, r[1][0].__name__, r[2])
r = WithSlots().__reduce_ex__(2)
print(r[0].__name__, r[2])
class Reducer:
    def __reduce__(self):
        return (Reducer, ())
print(Reducer().__reduce_ex__(2))
class WithArgs:
    def __init__(self, a):
        self.a = a
    def __getnewargs__(self):
        return (self.a,)
r = WithArgs(7).__reduce_ex__(2)
print(r[1][0].__name__, r[1][1:], r[2])
try:
    (5).__reduce_ex__(2)[0]
except TypeError as e:
    print("TypeError:", e)

# Default comparisons and hashing.
a, b = Plain(), Plain()
print(a == a, a == b, a != b, a.__eq__(b), a.__ne__(a), hash(a) == hash(a), a.__lt__(b))
try:
    a < b
except TypeError as e:
    print("TypeError:", e)

class EqOnly:
    def __init__(self, v): self.v = v
    def __eq__(self, other): return isinstance(other, EqOnly) and self.v == other.v
print(EqOnly.__hash__, EqOnly(1) == EqOnly(1), EqOnly(1) != EqOnly(2))
try:
    hash(EqOnly(1))
except TypeError as e:
    print("TypeError:", e)
try:
    {EqOnly(1)}
except TypeError as e:
    print("TypeError:", e)
class EqAndHash(EqOnly):
    __hash__ = object.__hash__
print(type(hash(EqAndHash(1))).__name__)
class InheritsEq(EqOnly):
    pass
print(InheritsEq.__hash__)
class ExplicitNone:
    __hash__ = None
try:
    hash(ExplicitNone())
except TypeError as e:
    print("TypeError:", e)
class BadHash:
    def __hash__(self): return "x"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)
class BigHash:
    def __hash__(self): return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))

# __ne__ defaults to the inverse of __eq__.
class Inv:
    def __eq__(self, other): return "yes" if other == 1 else False
print(Inv() != 1, Inv() != 2)

# __str__ falls back to __repr__, __repr__ never falls back to __str__.
class ReprOnly:
    def __repr__(self): return "<ReprOnly>"
class StrOnly:
    def __str__(self): return "str-only"
print(str(ReprOnly()), repr(ReprOnly()), str(StrOnly()), repr(StrOnly()).startswith("<__main__.StrOnly object at"))
class BadRepr:
    def __repr__(self): return 42
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class BadStr:
    def __str__(self): return None
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)

# __format__ overrides and its result type.
class Money:
    def __init__(self, cents): self.cents = cents
    def __format__(self, spec):
        if spec == "":
            return f"{self.cents / 100:.2f}"
        return f"{spec}{self.cents / 100:,.2f}"
print(f"{Money(123456)}", f"{Money(5):€}", format(Money(99), "$"))
class BadFormat:
    def __format__(self, spec): return 1
try:
    format(BadFormat(), "")
except TypeError as e:
    print("TypeError:", e)
