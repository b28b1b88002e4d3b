# fractions.Fraction: float-style format() (3.12), invalid literals and the other exceptions.
from fractions import Fraction as F

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

vals = [F(1, 3), F(-2, 3), F(22, 7), F(1234567, 10), F(1, 10**8), F(5, 2), F(-1, 1000), F(0), F(10**20, 3), F(999999, 1000000)]
for spec in ["", "f", ".2f", ".0f", "#.0f", "e", ".3e", "E", ".0e", "#.0e", "g", ".3g", "G", "#g", ".1g", "%", ".1%",
             "10.3f", "<10.2f", "^11.1f", "*>12.2e", "=+12.3f", "+.2f", " .2f", "010.2f", ",.2f", "_.3f", "015,.1f",
             "z.2f", "z.0f", "-g", "F", "020_.4f", "0.2f", ".0%", "#.3g", "z.1e"]:
    out = []
    for v in vals:
        try:
            out.append(format(v, spec))
        except ValueError as e:
            out.append("ValueError: " + str(e))
    print(repr(spec), out)
for spec in ["d", "x", ">10", "s", "n", "010", "<010.2f", ".f", "10.2fx", "+", ",", "#"]:
    attempt(f"format {spec!r}", lambda: format(F(1, 3), spec))
print(f"{F(1, 7):.10f} {F(2, 3):8.3%} {F(-5, 4):+08.3f} {F(1, 3):.30f}")
for bad in ["", " ", "3/", "/4", "3/4/5", "1.2/3", "1e", "x", "1__0", "_1", "1_", "3 /4.0", "inf", "nan", "1e2.5",
            "0x10", "- 1", "1/0", "1.5 e3", ".", "1/ 2", "3 / 4"]:
    attempt(f"F({bad!r})", lambda: F(bad))
attempt("F(1, 0)", lambda: F(1, 0))
attempt("F(-5, 0)", lambda: F(-5, 0))
attempt("F('7/0')", lambda: F("7/0"))
attempt("F(1.5, 2)", lambda: F(1.5, 2))
attempt("F(1, 2.0)", lambda: F(1, 2.0))
attempt("F([])", lambda: F([]))
attempt("F(None)", lambda: F(None))
attempt("F(1j)", lambda: F(1j))
attempt("F(nan)", lambda: F(float("nan")))
attempt("F(inf)", lambda: F(float("inf")))
attempt("from_float str", lambda: F.from_float("1.5"))
attempt("from_float F", lambda: F.from_float(F(1, 2)))
attempt("x/0", lambda: F(1, 2) / 0)
attempt("x/F0", lambda: F(3, 2) / F(0))
attempt("0**-2", lambda: F(0) ** -2)
attempt("F(0,3)**-1", lambda: F(0, 3) ** -1)
attempt("x//0", lambda: F(1, 2) // 0)
attempt("x%0", lambda: F(1, 2) % 0)
attempt("5/F0", lambda: 5 / F(0))
attempt("limit 0", lambda: F(1, 3).limit_denominator(0))
attempt("x+str", lambda: F(1, 2) + "a")
attempt("x<str", lambda: F(1, 2) < "a")
attempt("x<1j", lambda: F(1, 2) < 1j)
attempt("(-8)**F(1,3)", lambda: F(-8) ** F(1, 3))
attempt("round str", lambda: round(F(1, 2), "x"))
attempt("hash big", lambda: hash(F(1, 2**61 - 1)) == hash(float("inf")) or "no")
attempt("attr set", lambda: setattr(F(1, 2), "numerator", 3))
print(F.__add__.__name__, F.__rtruediv__.__name__, F.__divmod__.__name__, F.__add__.__doc__)
