# Arithmetic and comparison dunders, reflected operands, NotImplemented and in-place operators.
class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"

    def __add__(self, other):
        if isinstance(other, Vector):
            return Vector(self.x + other.x, self.y + other.y)
        return NotImplemented

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vector(self.x * k, self.y * k)
        return NotImplemented

    def __rmul__(self, k):
        return self * k

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __eq__(self, other):
        return isinstance(other, Vector) and (self.x, self.y) == (other.x, other.y)

    def __lt__(self, other):
        return abs(self) < abs(other)

    def __iadd__(self, other):
        self.x += other.x
        self.y += other.y
        return self


a, b = Vector(1, 2), Vector(3, 4)
print(a + b, b - a, a * 3, 2 * a, -a, abs(b))
print(a == Vector(1, 2), a != b, a < b, b > a, sorted([b, a, Vector(0, 1)]))
c = a
c += b
print(c, a, c is a)
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)
try:
    a * "s"
except TypeError as e:
    print("TypeError:", e)
try:
    a <= b
except TypeError as e:
    print("TypeError:", e)


class Celsius:
    def __init__(self, degrees):
        self.degrees = degrees

    def __add__(self, other):
        return Celsius(self.degrees + (other.degrees if isinstance(other, Celsius) else other))

    __radd__ = __add__

    def __repr__(self):
        return f"{self.degrees}°C"


print(sum([Celsius(10), Celsius(5), Celsius(2.5)]), 5 + Celsius(1), Celsius(1) + 5)


class Modular:
    def __init__(self, value, mod=7):
        self.value = value % mod
        self.mod = mod

    def __pow__(self, exp):
        return Modular(self.value ** exp, self.mod)

    def __floordiv__(self, other):
        return Modular(self.value // other, self.mod)

    def __mod__(self, other):
        return self.value % other

    def __and__(self, other):
        return self.value & other

    def __lshift__(self, n):
        return Modular(self.value << n, self.mod)

    def __repr__(self):
        return f"{self.value} (mod {self.mod})"


m = Modular(5)
print(m ** 3, m // 2, m % 3, m & 4, m << 2)


class Rev:
    def __init__(self, v):
        self.v = v

    def __radd__(self, other):
        return f"radd({other!r})"

    def __rsub__(self, other):
        return f"rsub({other!r})"

    def __gt__(self, other):
        return "reflected gt"


print(1 + Rev(0), "s" - Rev(0), [] + Rev(0), 3 < Rev(0))
