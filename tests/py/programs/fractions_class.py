# An exact Fraction class: normalisation by gcd, arithmetic and comparison dunders, mixing with ints,
# continued fractions, and summing series exactly.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


class Fraction:
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError(f"Fraction({num}, 0)")
        if den < 0:
            num, den = -num, -den
        g = gcd(num, den) or 1
        self.num, self.den = num // g, den // g

    @staticmethod
    def of(value):
        return value if isinstance(value, Fraction) else Fraction(value)

    def __add__(self, other):
        other = Fraction.of(other)
        return Fraction(self.num * other.den + other.num * self.den, self.den * other.den)

    __radd__ = __add__

    def __sub__(self, other):
        other = Fraction.of(other)
        return Fraction(self.num * other.den - other.num * self.den, self.den * other.den)

    def __rsub__(self, other):
        return Fraction.of(other) - self

    def __mul__(self, other):
        other = Fraction.of(other)
        return Fraction(self.num * other.num, self.den * other.den)

    __rmul__ = __mul__

    def __truediv__(self, other):
        other = Fraction.of(other)
        return Fraction(self.num * other.den, self.den * other.num)

    def __neg__(self):
        return Fraction(-self.num, self.den)

    def __eq__(self, other):
        other = Fraction.of(other)
        return self.num == other.num and self.den == other.den

    def __lt__(self, other):
        other = Fraction.of(other)
        return self.num * other.den < other.num * self.den

    def __hash__(self):
        return hash((self.num, self.den))

    def __float__(self):
        return self.num / self.den

    def __repr__(self):
        return f"{self.num}/{self.den}" if self.den != 1 else str(self.num)


half, third = Fraction(1, 2), Fraction(1, 3)
print(half + third, half - third, half * third, half / third, -half, 1 - half, 2 * third, third + 1)
print(Fraction(6, -8), Fraction(0, 5), Fraction(10, 5), half == Fraction(2, 4), half < third, third < half)
print(sorted([Fraction(3, 4), Fraction(2, 3), Fraction(5, 8), Fraction(1, 2)]), len({half, Fraction(2, 4)}))
harmonic = sum((Fraction(1, k) for k in range(1, 21)), Fraction(0))
print("H20 =", harmonic, f"~ {float(harmonic):.6f}")
egyptian = []
rest = Fraction(7, 15)
while rest.num:
    unit = Fraction(1, -(-rest.den // rest.num))
    egyptian.append(unit)
    rest = rest - unit
print("7/15 =", " + ".join(map(repr, egyptian)))


def continued(frac, terms=10):
    out = []
    while terms and frac.den:
        whole = frac.num // frac.den
        out.append(whole)
        frac = frac - whole
        if frac.num == 0:
            break
        frac = Fraction(frac.den, frac.num)
        terms -= 1
    return out


print(continued(Fraction(415, 93)), continued(Fraction(355, 113)))
x = Fraction(1)
for _ in range(6):
    x = (x + Fraction(2) / x) / 2
print("sqrt(2) ~", x, f"{float(x):.15f}")
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
