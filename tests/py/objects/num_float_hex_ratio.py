# float.hex / float.fromhex, as_integer_ratio, is_integer, trunc/floor/ceil and the related errors.
import math

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for x in [0.0, -0.0, 1.0, -1.5, 0.1, 1e300, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
          float("inf"), float("-inf"), float("nan"), 3.141592653589793, 1 / 3]:
    print(repr(x), x.hex(), x.is_integer())
for s in ["0x1.8p1", "0X1P-2", "1p4", "-0x.8", "0x1.fffffffffffff8p1023", "0x1p-1074", "0x1p-1075", "0x3p-1076",
          "  0x10  ", "inf", "-Infinity", "nan", "0x1.000000000000080p0", "0x1.000000000000180p0", "0xa.bp0",
          "0x1p1024", "0x", "", "0x1.g", "1e5", "0x1p", "- 0x1", "0x0p99999"]:
    attempt(f"fromhex {s!r}", lambda: float.fromhex(s))
class F(float):
    pass
print(type(F.fromhex("0x1p1")).__name__, F.fromhex("0x1p1"))
for x in [0.0, 0.5, -0.75, 0.1, 1e22, 2.0**-1074, 123.456, -1e300]:
    n, d = x.as_integer_ratio()
    print(repr(x), n if abs(n) < 10**40 else f"<{n.bit_length()} bits>", d if d < 10**40 else f"<{d.bit_length()} bits>", n / d == x)
attempt("ratio inf", lambda: float("inf").as_integer_ratio())
attempt("ratio nan", lambda: float("nan").as_integer_ratio())
for x in [2.5, -2.5, 3.7, -3.7, 1e20, -0.0, 0.49999999999999994]:
    print(repr(x), math.trunc(x), math.floor(x), math.ceil(x), int(x), round(x))
attempt("int inf", lambda: int(float("inf")))
attempt("int nan", lambda: int(float("nan")))
attempt("floor nan", lambda: math.floor(float("nan")))
attempt("ceil inf", lambda: math.ceil(float("-inf")))
attempt("round inf", lambda: round(float("inf")))
attempt("round nan", lambda: round(float("nan")))
print(round(float("inf"), 2), round(float("nan"), 1), (1.5).real, (1.5).imag, (1.5).conjugate())
print(float.__getformat__("double"), float.__getformat__("float"))
attempt("getformat bad", lambda: float.__getformat__("int"))
print((2.5).__trunc__(), (2.5).__floor__(), (-2.5).__ceil__(), (3.0).__int__(), (3.5).__float__(), float.__new__(float, 2))
