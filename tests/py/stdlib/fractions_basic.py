# fractions.Fraction: construction, normalisation, arithmetic with int/float/complex, comparisons, hashing.
from fractions import Fraction as F
import math

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for args in [(), (3,), (6, 4), (-6, 4), (6, -4), (-6, -4), (0, 5), (F(1, 3),), (F(1, 3), F(2, 5)), (3, F(1, 2)),
             (True,), (True, 2), (2.5,), (0.1,), (-0.0,), ("3/4",), (" -35 / 4 ",), ("1.5e3",), ("-.125",), ("5.",),
             ("1_000.000_1",), ("1E-2",), ("+7",), ("\u0663/\u0664",), ("  10  ",), (10**30, 10**28)]:
    attempt(f"F{args}", lambda: F(*args))
x, y = F(3, 4), F(-5, 6)
for r in [x + y, x - y, x * y, x / y, x // y, x % y, divmod(x, y), -x, +y, abs(y), x ** 2, x ** -3, y ** -1, y ** 0,
          x + 1, 1 + x, x - 2, 2 - x, x * 3, 3 * x, x / 3, 3 / x, 7 // x, 7 % x, divmod(7, x), x ** F(1, 2),
          2 ** F(3), 2 ** F(-2), F(-8) ** F(1, 3) if False else None, x + 0.25, 0.25 + x, x * 2j, 1j - x, x ** 2.0,
          2.0 ** x, x / 0.5, x // 0.5, x % 0.5, divmod(x, 0.5), x + True, F(1, 2) ** -2, F(-2, 3) ** -3]:
    print(repr(r), type(r).__name__)
print(x == F(6, 8), x == 0.75, x == 0.7500001, F(2) == 2, F(2, 1) == 2.0, x == 0.75 + 0j, x != y, F(1, 3) == 1 / 3)
print(x < 1, x > 0.5, y <= -F(5, 6), x >= 1, F(1, 2) < float("inf"), F(1, 2) > float("nan"), F(1, 2) == float("nan"))
print(sorted([F(1, 2), 0.3, 1, F(-1), 0, F(2, 3), True]))
print(max(F(7, 3), 2, 2.25), min(F(1, 10), 0.1), F(1, 10) < 0.1, F(1, 10) > 0.1)
for v in [F(1, 2), F(-1, 2), F(3), F(-1), F(1, 3), F(10**20, 3), F(1, 2**61 - 1), F(-7, 2**61 - 1)]:
    print(repr(v), hash(v))
print(hash(F(1, 2)) == hash(0.5), hash(F(5)) == hash(5), hash(F(-3, 4)) == hash(-0.75), hash(F(1, 8)) == hash(0.125))
print({F(1, 2): "half", 0.5: "float"}, {F(4, 2), 2, 2.0})
z = F(22, 7)
print(z.numerator, z.denominator, z.real, z.imag, z.conjugate(), z.as_integer_ratio(), z.is_integer(), F(4, 2).is_integer())
print(int(z), int(-z), math.trunc(-z), math.floor(-z), math.ceil(-z), round(z), round(-z), float(z), complex(z), bool(F(0)))
for v in [F(1, 2), F(3, 2), F(5, 2), F(-1, 2), F(-3, 2), F(7, 3)]:
    print(repr(v), round(v), round(v, 0), round(v, 1), round(F(12345, 7), -2))
print(str(z), str(F(5)), str(F(-1, 3)), repr(F(-1, 3)), f"{z}", f"{z!r}")
print(F.from_float(0.1), F.from_float(5), F(0.1).limit_denominator(), F(math.pi).limit_denominator(100),
      F(math.pi).limit_denominator(10), F(math.pi).limit_denominator(1), F(4321, 8765).limit_denominator(10000),
      F(-3, 7).limit_denominator(2), F(1, 3).limit_denominator(3), F(5, 11).limit_denominator(4))
class MyF(F):
    pass
m = MyF(3, 6)
print(repr(m), type(m + 1).__name__, type(-m).__name__, type(+m).__name__, type(m.limit_denominator(5)).__name__,
      type(MyF.from_float(0.5)).__name__, repr(MyF.from_float(0.5)))
import copy
print(copy.copy(x) is x, copy.deepcopy(m) == m, type(copy.copy(m)).__name__)
print(sum([F(1, n) for n in range(1, 11)]), math.prod(F(n, n + 1) for n in range(1, 10)))
print(F(1, 3) + F(1, 6) == F(1, 2), F(2, 3) * 3 == 2, type(F(2, 3) * 3).__name__)
