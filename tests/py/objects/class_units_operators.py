# A units library built on operator overloading: arithmetic with reflected and in-place forms,
# NotImplemented fallbacks, subclass priority for reflected operators, comparisons, hashing,
# __bool__, __abs__/__neg__/__pos__, __round__, __divmod__, 3-arg pow,
# __matmul__ and __index__.
class Quantity:
    __slots__ = ("value", "unit")
    def __init__(self, value, unit=""):
        self.value = value
        self.unit = unit
    def __repr__(self):
        return f"{self.value!r}{(' ' + self.unit) if self.unit else ''}"
    def _coerce(self, other):
        if isinstance(other, Quantity):
            if other.unit != self.unit:
                raise ValueError(f"unit mismatch: {self.unit} vs {other.unit}")
            return other.value
        if isinstance(other, (int, float)):
            return other
        return NotImplemented
    def __add__(self, other):
        v = self._coerce(other)
        if v is NotImplemented:
            return v
        return type(self)(self.value + v, self.unit)
    __radd__ = __add__
    def __sub__(self, other):
        v = self._coerce(other)
        return v if v is NotImplemented else type(self)(self.value - v, self.unit)
    def __rsub__(self, other):
        v = self._coerce(other)
        return v if v is NotImplemented else type(self)(v - self.value, self.unit)
    def __mul__(self, other):
        if isinstance(other, Quantity):
            return Quantity(self.value * other.value, f"{self.unit}*{other.unit}")
        if isinstance(other, (int, float)):
            return type(self)(self.value * other, self.unit)
        return NotImplemented
    def __rmul__(self, other):
        return self.__mul__(other)
    def __truediv__(self, other):
        if isinstance(other, Quantity):
            if other.unit == self.unit:
                return self.value / other.value
            return Quantity(self.value / other.value, f"{self.unit}/{other.unit}")
        return type(self)(self.value / other, self.unit)
    def __floordiv__(self, other):
        return type(self)(self.value // self._coerce(other), self.unit)
    def __mod__(self, other):
        return type(self)(self.value % self._coerce(other), self.unit)
    def __divmod__(self, other):
        return (self // other, self % other)
    def __rdivmod__(self, other):
        return ("rdivmod", other, self.value)
    def __pow__(self, exp, mod=None):
        if mod is None:
            return Quantity(self.value ** exp, f"{self.unit}^{exp}")
        return Quantity(pow(self.value, exp, mod), "mod")
    def __rpow__(self, base):
        return ("rpow", base, self.value)
    def __neg__(self):
        return type(self)(-self.value, self.unit)
    def __pos__(self):
        return self
    def __abs__(self):
        return type(self)(abs(self.value), self.unit)
    def __bool__(self):
        return self.value != 0
    def __eq__(self, other):
        v = self._coerce(other)
        return v if v is NotImplemented else self.value == v
    def __lt__(self, other):
        v = self._coerce(other)
        return v if v is NotImplemented else self.value < v
    def __le__(self, other):
        v = self._coerce(other)
        return v if v is NotImplemented else self.value <= v
    def __hash__(self):
        return hash((self.value, self.unit))
    def __round__(self, ndigits=None):
        return type(self)(round(self.value, ndigits), self.unit)
    def __float__(self):
        return float(self.value)
    def __int__(self):
        return int(self.value)
    def __format__(self, spec):
        return format(self.value, spec) + (" " + self.unit if self.unit else "")

m = Quantity(5, "m")
print(m + 3, 3 + m, m - 1, 10 - m, m * 2, 2 * m, m * Quantity(2, "m"))
print(m / 2, m / Quantity(2, "m"), m / Quantity(2, "s"), m // 2, m % 3, divmod(m, 2), divmod(7, m))
print(m ** 2, pow(m, 3, 7), 2 ** m, -m, +m is m, abs(Quantity(-3, "s")))
print(bool(Quantity(0)), bool(m), m == 5, m == Quantity(5, "m"), m != 4, m < 6, m <= 5, 6 > m)
print(round(Quantity(2.567, "kg"), 1), round(Quantity(2.5)), round(Quantity(-2.75), 1))
print(float(m), int(Quantity(3.9)), f"{Quantity(3.14159, 'rad'):.2f}", format(m, "05d"))
print(len({m, Quantity(5, "m"), Quantity(5, "s")}))
try:
    m + Quantity(1, "s")
except ValueError as e:
    print("ValueError:", e)
try:
    m + "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "x" - m
except TypeError as e:
    print("TypeError:", e)
try:
    m < "x"
except TypeError as e:
    print("TypeError:", e)
try:
    m @ m
except TypeError as e:
    print("TypeError:", e)

# In-place operators fall back to the binary ones; __iadd__ can mutate.
acc = Quantity(0, "m")
acc += 5
acc -= Quantity(1, "m")
acc *= 3
print(acc)
class Bag:
    def __init__(self):
        self.items = []
    def __iadd__(self, item):
        self.items.append(item)
        return self
    def __imatmul__(self, other):
        return "imatmul"
b = Bag()
b2 = b
b += 1
b += 2
print(b is b2, b.items)
b @= 0
print(b)

# Subclass priority: a subclass overriding the reflected method is tried first.
class Meters(Quantity):
    def __radd__(self, other):
        return ("Meters.__radd__", other.value if isinstance(other, Quantity) else other)
    def __rmul__(self, other):
        return "Meters.__rmul__"
    def __eq__(self, other):
        return "Meters.__eq__"
    def __gt__(self, other):
        return "Meters.__gt__"
print(Quantity(1, "m") + Meters(2, "m"), Quantity(1, "m") * Meters(2, "m"))
print(Quantity(1, "m") == Meters(2, "m"), Quantity(1, "m") < Meters(2, "m"))

# Reflected comparisons: a < b falls back to b > a.
class OnlyGt:
    def __init__(self, v): self.v = v
    def __gt__(self, other):
        return f"OnlyGt({self.v}) > {other!r}"
print(5 < OnlyGt(1))
class NoEq: pass
x = NoEq()
print(x == x, x != x, x == NoEq(), x != NoEq())

# __matmul__ and __index__.
class Mat:
    def __init__(self, rows): self.rows = rows
    def __matmul__(self, other):
        cols = list(zip(*other.rows))
        return Mat([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __rmatmul__(self, other):
        return "rmatmul"
    def __repr__(self): return f"Mat({self.rows})"
print(Mat([[1, 2], [3, 4]]) @ Mat([[5, 6], [7, 8]]), 3 @ Mat([]))
class Idx:
    def __init__(self, n): self.n = n
    def __index__(self): return self.n
print([10, 20, 30][Idx(1)], "abcdef"[Idx(1):Idx(4)], bin(Idx(5)), hex(Idx(255)), range(Idx(3)))
class BadIdx:
    def __index__(self): return "no"
try:
    [1][BadIdx()]
except TypeError as e:
    print("TypeError:", e)

# Unary errors.
for expr in (lambda: -NoEq(), lambda: ~NoEq(), lambda: abs(NoEq())):
    try:
        expr()
    except TypeError as e:
        print("TypeError:", e)
