# format() of Decimals: the C module's mini-language ([[fill]align][sign][z][0][width][,][.prec][type]),
# its rounding (the context's rounding mode), zero padding with grouping, 'n' in the C locale, '%',
# 'e'/'g' with and without precision, the 'z' option, specials, and the specs it rejects.
from decimal import Decimal as D, localcontext, ROUND_DOWN, ROUND_HALF_UP, ROUND_CEILING

VALUES = ["0", "-0", "0.00", "-0.0001", "1", "-1", "12.345", "-1234567.891", "0.000012345", "1E+5",
          "123.456E-10", "9.9999", "-9.995", "1E+30", "0E+3", "NaN", "-Inf", "sNaN12"]
SPECS = ["", "f", ".2f", ",.2f", ".0f", "e", ".3e", ".0e", "E", "g", ".3g", ".0g", "G", "%", ".1%", "n",
         ".3n", ",", ">12", "<12", "^12", "=+12", "012", "012,.1f", "+", " ", "z.1f", "z", "*^15,.3f",
         "\u00b7>10.1e", "010.3e", ".10", ",.3", "-.1F", "+z,.1f"]
for v in VALUES:
    out = []
    for s in SPECS:
        try:
            out.append(format(D(v), s))
        except ValueError as e:
            out.append("!" + str(e))
    print(v, "|".join(out))

# Rounding follows the context (ROUND_HALF_EVEN by default).
for r in (None, ROUND_DOWN, ROUND_HALF_UP, ROUND_CEILING):
    with localcontext() as ctx:
        if r:
            ctx.rounding = r
        print(r, format(D("2.675"), ".2f"), format(D("-2.665"), ".2f"), format(D("0.125"), ".2%"),
              format(D("98765"), ".2e"), format(D("99999"), ".3g"), format(D("-0.0049"), "z.2f"))
with localcontext(capitals=0):
    print(format(D("1E+40"), ""), format(D("1.5E-9"), ".2"), format(D("1.5E-9"), "G"))

# zero padding puts separators into the padding; an explicit fill does not
for s in ("012,.2f", "013,.2f", "014,.2f", "0=14,.2f", "x=14,.2f", "015,", "+016,.1f", "08,"):
    print(repr(s), format(D("-1234.5"), s), format(D("7"), s))

# rejected specs, and the 'z' option's position (before or after the sign)
for s in ("_", "#", ">08", "00", "<0", ",n", "zz", "z<5", "zz<5", "z>z5", "a<z+5", "z+8", "+z8", "5z",
          ".f", "1000000000000000000", ".1000000000000000000", "\x00<6", "\U0001F600^7"):
    try:
        print(repr(s), repr(format(D("-0.0"), s)))
    except ValueError as e:
        print(repr(s), "ValueError", e)
try:
    format(D(1), 5)
except TypeError as e:
    print("TypeError", e)
print(f"{D('1234.5678'):,.2f} {D('-0.5'):.0f} {D('0.5'):.0f} {D('1.5'):.0f} {D('2.5'):.0f}")
print("{:>10} {:<10}|{:^10.3}".format(D("3.14159"), D("-2.71828"), D("1.41421")))
