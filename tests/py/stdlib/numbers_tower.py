# numbers: the ABC tower, registration of the builtin types, mixin methods of a user-defined Real/Integral.
import numbers
from numbers import Number, Complex, Real, Rational, Integral

for v in [1, True, 2.5, 3j, "x", None, [1]]:
    print(repr(v), [isinstance(v, c) for c in (Number, Complex, Real, Rational, Integral)])
for t in [int, bool, float, complex, str]:
    print(t.__name__, [issubclass(t, c) for c in (Number, Complex, Real, Rational, Integral)])
print(Integral.__mro__ == (Integral, Rational, Real, Complex, Number, object))
print(sorted(Integral.__abstractmethods__))
print(sorted(Real.__abstractmethods__))
print(sorted(Complex.__abstractmethods__))
print(numbers.__all__, Number.__hash__)
try:
    Real()
except TypeError as e:
    print(str(e).split(" with ")[0])

class Meters(Real):
    """A minimal Real: everything through a float."""
    def __init__(self, v):
        self.v = float(v)
    def __repr__(self):
        return f"Meters({self.v})"
    def __float__(self): return self.v
    def __trunc__(self): return int(self.v)
    def __floor__(self): return int(self.v // 1)
    def __ceil__(self): return -int(-self.v // 1)
    def __round__(self, nd=None): return round(self.v, nd)
    def __floordiv__(self, o): return Meters(self.v // float(o))
    def __rfloordiv__(self, o): return Meters(float(o) // self.v)
    def __mod__(self, o): return Meters(self.v % float(o))
    def __rmod__(self, o): return Meters(float(o) % self.v)
    def __lt__(self, o): return self.v < float(o)
    def __le__(self, o): return self.v <= float(o)
    def __add__(self, o): return Meters(self.v + float(o))
    def __radd__(self, o): return Meters(float(o) + self.v)
    def __neg__(self): return Meters(-self.v)
    def __pos__(self): return Meters(self.v)
    def __mul__(self, o): return Meters(self.v * float(o))
    def __rmul__(self, o): return Meters(float(o) * self.v)
    def __truediv__(self, o): return Meters(self.v / float(o))
    def __rtruediv__(self, o): return Meters(float(o) / self.v)
    def __pow__(self, o): return Meters(self.v ** float(o))
    def __rpow__(self, o): return Meters(float(o) ** self.v)
    def __abs__(self): return Meters(abs(self.v))
    def __eq__(self, o): return self.v == float(o)
    __hash__ = None

m = Meters(7.5)
print(m - 2, 10 - m, divmod(m, 2), divmod(20, m), complex(m), m.real, m.imag, m.conjugate(), bool(m), bool(Meters(0)))
print(isinstance(m, Complex), isinstance(m, Rational), float(m), round(m), round(m, 0))

class Small(Integral):
    """An Integral that stores a Python int; only the abstract methods are written."""
    def __init__(self, v): self.v = int(v)
    def __repr__(self): return f"Small({self.v})"
    def __int__(self): return self.v
    def __pow__(self, e, m=None): return Small(pow(self.v, int(e), m))
    def __rpow__(self, b): return Small(b ** self.v)
    def __lshift__(self, o): return Small(self.v << int(o))
    def __rlshift__(self, o): return Small(int(o) << self.v)
    def __rshift__(self, o): return Small(self.v >> int(o))
    def __rrshift__(self, o): return Small(int(o) >> self.v)
    def __and__(self, o): return Small(self.v & int(o))
    def __rand__(self, o): return Small(int(o) & self.v)
    def __xor__(self, o): return Small(self.v ^ int(o))
    def __rxor__(self, o): return Small(int(o) ^ self.v)
    def __or__(self, o): return Small(self.v | int(o))
    def __ror__(self, o): return Small(int(o) | self.v)
    def __invert__(self): return Small(~self.v)
    def __trunc__(self): return self.v
    def __floor__(self): return self.v
    def __ceil__(self): return self.v
    def __round__(self, nd=None): return self.v
    def __floordiv__(self, o): return Small(self.v // int(o))
    def __rfloordiv__(self, o): return Small(int(o) // self.v)
    def __mod__(self, o): return Small(self.v % int(o))
    def __rmod__(self, o): return Small(int(o) % self.v)
    def __lt__(self, o): return self.v < int(o)
    def __le__(self, o): return self.v <= int(o)
    def __add__(self, o): return Small(self.v + int(o))
    def __radd__(self, o): return Small(int(o) + self.v)
    def __neg__(self): return Small(-self.v)
    def __pos__(self): return Small(self.v)
    def __mul__(self, o): return Small(self.v * int(o))
    def __rmul__(self, o): return Small(int(o) * self.v)
    def __truediv__(self, o): return self.v / int(o)
    def __rtruediv__(self, o): return int(o) / self.v
    def __abs__(self): return Small(abs(self.v))
    def __eq__(self, o): return self.v == int(o)
    __hash__ = None

s = Small(6)
print(s.numerator, s.denominator, float(s), [10, 20, 30, 40, 50, 60, 70][s], s.__index__(), s.real, s.imag)
print(s - 1, divmod(s, 4), s ** 2, pow(s, 3, 5), s << 2, ~s, complex(s))
print(isinstance(s, Rational), issubclass(Small, Real))

class Half(Rational):
    numerator = 1
    denominator = 2
    for name in sorted(Rational.__abstractmethods__ - {"numerator", "denominator"}):
        locals()[name] = lambda self, *a: NotImplemented
    del name
print(float(Half()), Half.__abstractmethods__)
Complex.register(type("Quaternion", (), {}))
print(sum(1 for t in [int, float, complex, bool] if isinstance(t(1), Number)))
