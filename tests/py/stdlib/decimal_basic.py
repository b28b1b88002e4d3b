# decimal basics: exact construction, str/repr, arithmetic, comparisons, hashing, conversions.
import decimal
from decimal import Decimal as D, getcontext, localcontext, Context
from fractions import Fraction

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for s in ["0", "-0", "1.10", "  42  ", "1_000.5", "-1.5e3", "1E-7", "0.000001", "0.0000001", "123456789E+20", ".5",
          "5.", "+7E+0", "Inf", "-infinity", "NaN", "-nan", "sNaN", "NaN123", "1e999999", "00012.3400", "\u0661\u0662"]:
    d = D(s)
    print(repr(s), repr(d), str(d), d.as_tuple(), d.is_finite(), d.is_nan(), d.is_signed())
for v in [0, -5, 10**30, 0.1, -2.5, 1e100, float("inf"), -0.0, (1, (3, 1, 4), -2), (0, (), "F"), D("7.70")]:
    print(repr(v), repr(D(v)))
print(repr(D.from_float(0.25)), repr(D.from_float(7)), D(0.1).as_integer_ratio(), D("-1.25").as_integer_ratio())
a, b = D("1.30"), D("1.20")
print(a + b, a - b, a * b, a / b, b / a, a // b, a % b, divmod(D(-7), 2), -a, +a, abs(D("-3.50")), a ** 2, D(2) ** -3)
print(D(1) / D(3), D(2) / D(3), D(10) / D(4), D(100) / D(10), D("1.000") / D("0.5"), D(0) / D(5), D("0.00") * D(10))
print(D("1e20") + D("1e-20"), D("123456789012345678901234567890") + 1, D(7) - 7, D("-0") - D("0"))
print(a + 1, 3 * b, 10 - a, 1 / D(8), 7 // D(2), 7 % D("2.5"), 2 ** D(5))
print(round(D("2.5")), round(D("3.5")), round(D("-2.5")), round(D("2.675"), 2), round(D("1234.5"), -2), type(round(D("1.5"))).__name__)
print(int(D("-7.9")), int(D("1e3")), float(D("0.1")), float(D("-1.5e-3")), D("7.9").__floor__(), D("-7.1").__ceil__(), D("3.5").__trunc__())
print(D("1e5").normalize(), D("1.2000").normalize(), D("0.000").normalize(), D("-120").normalize(), D(5).adjusted(), D("0.001").adjusted())
print(D("1.0") == D("1"), D("1.1") == 1.1, D("1.5") == 1.5, D("0.5") == Fraction(1, 2), D(3) == 3, D("1.10") < D("1.2"),
      D("-0") == D("0"), D("Inf") > 10**100, D("-Inf") < D("-1e999"), max(D("1.5"), D("1.50")), sorted([D("2"), 1, D("0.5"), D("1.25")]))
print(D("NaN") == D("NaN"), D("NaN") != 1, D(1) < Fraction(3, 2), D("2.5") >= Fraction(5, 2))
print(hash(D("0.5")) == hash(0.5), hash(D(7)) == hash(7), hash(D("7.000")) == hash(7), hash(D("1.1")) == hash(Fraction(11, 10)),
      hash(D("-1")), hash(D("Inf")) == hash(float("inf")), {D("1.0"): "a", 1: "b"})
print(D("1.5").compare(D("2")), D(3).compare(D("3.0")), D("-1").copy_abs(), D("1").copy_negate(), D("5").copy_sign(D("-0")),
      D(12).max(D("12.5")), D(12).min(7), D("1.23").scaleb(3), D(2).sqrt(), D("0.0100").sqrt(), D(16).sqrt(), D("1e-4").sqrt())
print(bool(D(0)), bool(D("0.00")), bool(D("NaN")), D("0.1") + D("0.2") == D("0.3"), sum([D("0.1")] * 10), D(7).real, D(7).imag)
print(str(D("1E+3")), str(D("1.00E-10")), str(D("-0.000000")), str(D("12E-12")), repr(D(10) ** 30), D(2) ** 100)
import numbers
print(isinstance(D(1), numbers.Number), isinstance(D(1), numbers.Real), issubclass(D, numbers.Number))
print(repr(Fraction(D("1.1"))), repr(Fraction.from_decimal(D("-0.125"))), repr(Fraction.from_decimal(3)), Fraction(1, 8) == D("0.125"), D("0.125") == Fraction(1, 8), D("0.3") < Fraction(1, 3))
