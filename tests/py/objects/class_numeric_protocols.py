# Numeric conversion protocols on user classes: __int__/__float__/__index__/__bool__/__round__/
# __abs__ used by int(), float(), operator positions, range(), hex(), slicing, round(); result type
# checks and their messages; and a Fraction-like rational number mixing with ints and floats.
class Rational:
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError("Rational(%d, 0)" % num)
        g = self._gcd(abs(num), abs(den))
        sign = -1 if den < 0 else 1
        self.num, self.den = sign * num // g, abs(den) // g
    @staticmethod
    def _gcd(a, b):
        while b:
            a, b = b, a % b
        return a or 1
    @classmethod
    def _coerce(cls, x):
        if isinstance(x, Rational):
            return x
        if isinstance(x, int):
            return cls(x)
        return NotImplemented
    def __repr__(self):
        return f"{self.num}/{self.den}" if self.den != 1 else f"{self.num}"
    def __add__(self, other):
        o = self._coerce(other)
        if o is NotImplemented:
            return float(self) + other if isinstance(other, float) else NotImplemented
        return Rational(self.num * o.den + o.num * self.den, self.den * o.den)
    __radd__ = __add__
    def __mul__(self, other):
        o = self._coerce(other)
        if o is NotImplemented:
            return NotImplemented
        return Rational(self.num * o.num, self.den * o.den)
    __rmul__ = __mul__
    def __truediv__(self, other):
        o = self._coerce(other)
        return Rational(self.num * o.den, self.den * o.num)
    def __rtruediv__(self, other):
        return self._coerce(other) / self
    def __neg__(self):
        return Rational(-self.num, self.den)
    def __abs__(self):
        return Rational(abs(self.num), self.den)
    def __eq__(self, other):
        o = self._coerce(other)
        if o is NotImplemented:
            return float(self) == other if isinstance(other, float) else NotImplemented
        return (self.num, self.den) == (o.num, o.den)
    def __hash__(self):
        return hash(self.num) if self.den == 1 else hash((self.num, self.den))
    def __lt__(self, other):
        o = self._coerce(other)
        return self.num * o.den < o.num * self.den
    def __float__(self):
        return self.num / self.den
    def __int__(self):
        q = abs(self.num) // self.den
        return q if self.num >= 0 else -q
    def __bool__(self):
        return self.num != 0
    def __round__(self, ndigits=None):
        if ndigits is None:
            return round(self.num / self.den)
        return round(float(self), ndigits)

half, third = Rational(1, 2), Rational(1, 3)
print(half + third, half * third, half / third, 1 / half, 3 + half, half + 0.25, -half, abs(Rational(-3, 4)))
print(half == Rational(2, 4), half == 0.5, 1 == Rational(2, 2), sorted([half, third, Rational(3, 4), Rational(-1)]))
print(int(Rational(7, 2)), int(Rational(-7, 2)), float(third), round(Rational(5, 2)), round(Rational(7, 2)), round(third, 3))
print(bool(Rational(0)), bool(half), {Rational(2, 1): "two"}[2], sum([half, third, Rational(1, 6)], Rational(0)))
try:
    Rational(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

# __index__ makes an object usable wherever an integer index is needed.
class Nth:
    def __init__(self, n): self.n = n
    def __index__(self): return self.n
n = Nth(3)
print(list(range(n)), "abcdef"[n], "abcdef"[Nth(1):n], hex(n), oct(n), bin(n), [0] * n, int(n), float(Nth(2)) if hasattr(Nth, "__float__") else "no float")
print(bytes(Nth(2)), round(2.5, Nth(0)), (10).to_bytes(Nth(2), "big"))

# Result type checks.
class BadInt:
    def __int__(self): return "x"
class BadFloat:
    def __float__(self): return 1
class BadIndex:
    def __index__(self): return 1.0
for f, arg in ((int, BadInt()), (float, BadFloat()), (range, BadIndex()), (hex, BadIndex())):
    try:
        f(arg)
    except TypeError as e:
        print("TypeError:", e)
try:
    int(object())
except TypeError as e:
    print("TypeError:", e)
try:
    float("x" if False else object())
except TypeError as e:
    print("TypeError:", e)
try:
    round(object())
except TypeError as e:
    print("TypeError:", e)
try:
    abs("s")
except TypeError as e:
    print("TypeError:", e)

# __bool__ / __len__ interplay.
class LenOnly:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
print(bool(LenOnly(0)), bool(LenOnly(2)), not LenOnly(0), [x for x in (LenOnly(0), LenOnly(1)) if x].__len__())
class BoolRaises:
    def __bool__(self): raise ValueError("no truth")
try:
    if BoolRaises():
        pass
except ValueError as e:
    print("ValueError:", e)
