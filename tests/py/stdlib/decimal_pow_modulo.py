# decimal powers: three-argument pow (integral operands, exact, CPython's InvalidOperation cases),
# powers of one and of ten with huge exponents, integer powers (rounded at each step as libmpdec
# does), certain overflow/underflow under each rounding, and the flags each one raises.
import decimal
from decimal import Decimal as D, Context, getcontext, localcontext, InvalidOperation


def flags(ctx):
    return [s.__name__ for s in (decimal.Clamped, decimal.InvalidOperation, decimal.DivisionByZero,
                                 decimal.Inexact, decimal.Overflow, decimal.Rounded, decimal.Subnormal,
                                 decimal.Underflow) if ctx.flags[s]]


def show(label, f, ctx=None):
    ctx = ctx or getcontext()
    ctx.clear_flags()
    try:
        r = f()
        print(label, repr(r), flags(ctx))
    except Exception as e:
        print(label, type(e).__name__, e, flags(ctx))


# three-argument pow
show("2**10 % 1000", lambda: pow(D(2), D(10), D(1000)))
show("int operands", lambda: pow(D(3), 200, 1000007))
show("huge exponent", lambda: pow(D(7), D(10) ** 40 + 1, D(999999937)))
show("exp 1E+3", lambda: pow(D(7), D("1E+3"), 13))
show("base 7E+2", lambda: pow(D("7E+2"), 3, 13))
show("trailing zeros", lambda: pow(D("5.000"), D("3.0"), D("13.00")))
show("negative base odd", lambda: pow(D(-2), 3, 5))
show("negative base even", lambda: pow(D(-2), 4, 5))
show("negative modulus", lambda: pow(D(-2), 3, -5))
show("zero exponent", lambda: pow(D(3), 0, 7))
show("zero exp mod 1", lambda: pow(D(3), 0, -1))
show("zero base", lambda: pow(D(0), 5, 7))
show("negative zero", lambda: pow(D("-0"), 5, 7))
show("0**0", lambda: pow(D(0), 0, 7))
show("negative exponent", lambda: pow(D(2), -3, 5))
show("fractional base", lambda: pow(D("2.5"), 3, 5))
show("fractional modulus", lambda: pow(D(5), 2, D("7.5")))
show("zero modulus", lambda: pow(D(5), 2, 0))
show("modulus too long", lambda: pow(D(2), 3, 10 ** 30))
show("modulus fits prec", lambda: pow(D(2), 300, D(10) ** 27 + 7))
show("infinity", lambda: pow(D("Inf"), 3, 5))
show("quiet nan", lambda: pow(D("NaN"), 3, 5))
show("nan payload", lambda: pow(D(2), D("NaN12"), 5))
show("snan wins", lambda: pow(D(2), D("NaN3"), D("sNaN4")))
show("context power", lambda: Context(prec=5).power(D(123), 45, 1000))
show("prec 5 modulus", lambda: Context(prec=5).power(D(123), 45, 123456))
quiet = Context(traps=[])
show("untrapped", lambda: quiet.power(D(2), D("0.5"), 7), quiet)
show("untrapped nan", lambda: quiet.power(D(2), 3, D("Inf")), quiet)
show("bad type", lambda: pow(D(2), 3, 5.0))

# powers of one
show("1.000**3", lambda: D("1.000") ** 3)
show("1.000**30", lambda: D("1.000") ** 30)
show("(-1.00)**5", lambda: D("-1.00") ** 5)
show("1**huge", lambda: D(1) ** (D(10) ** 30))
show("1.0**huge", lambda: D("1.0") ** D("1E+999999999"))
show("1.0**-3", lambda: D("1.0") ** -3)
show("1**0.5", lambda: D(1) ** D("0.5"))
show("1**Inf", lambda: D(1) ** D("Inf"))
show("1.0**-Inf", lambda: D("1.0") ** D("-Inf"))

# powers of ten and other huge exponents
show("10**999999", lambda: D(10) ** 999999)
show("10**1000000", lambda: D(10) ** 1000000)
show("10**-1000025", lambda: D(10) ** -1000025)
show("1E+5**200000", lambda: D("1E+5") ** 200000)
show("0.1**1E+9", lambda: D("0.1") ** D("1E+9"))
show("2**1E+20", lambda: D(2) ** D("1E+20"))
show("2**-1E+20", lambda: D(2) ** D("-1E+20"))
show("1.0001**1E+8", lambda: Context(prec=10).power(D("1.0001"), D("1E+8")))
show("0.9999**1E+9", lambda: Context(prec=10).power(D("0.9999"), D("1E+9")))
for r in ("ROUND_DOWN", "ROUND_UP", "ROUND_CEILING", "ROUND_FLOOR", "ROUND_05UP", "ROUND_HALF_DOWN"):
    c = Context(prec=4, Emax=99, Emin=-99, rounding=getattr(decimal, r), traps=[])
    show("overflow " + r, lambda: c.power(D(-10), 101), c)
    show("underflow " + r, lambda: c.power(D("0.1"), 113), c)
    show("subnormal " + r, lambda: c.power(D("0.3"), 190), c)

# integer powers round at each step; exact ones keep their exponent
show("2**100", lambda: D(2) ** 100)
show("3**-40", lambda: D(3) ** -40)
show("1.1**100", lambda: D("1.1") ** 100)
show("0.5**10", lambda: D("0.50") ** 10)
show("1.5**2", lambda: D("1.5") ** 2)
show("7**2.0", lambda: D(7) ** D("2.0"))
show("2**-2", lambda: D("2.0") ** -2)
show("12345.6789**7", lambda: Context(prec=12).power(D("12345.6789"), 7))
show("0.99**1000", lambda: Context(prec=20).power(D("0.99"), 1000))
show("-3**3", lambda: D(-3) ** 3)
show("-3**-3", lambda: D(-3) ** -3)
show("-3**0.5", lambda: D(-3) ** D("0.5"))
show("0**-2", lambda: D(0) ** -2)
show("-0**-3", lambda: D("-0") ** -3)
show("0**0", lambda: D(0) ** 0)
show("Inf**-1", lambda: D("-Inf") ** -1)
show("Inf**3", lambda: D("-Inf") ** 3)
show("4**0.5", lambda: D(4) ** D("0.5"))
show("4**0.5 down", lambda: Context(rounding=decimal.ROUND_DOWN).power(D(4), D("0.5")))
show("8**(1/3)", lambda: D(8) ** (D(1) / 3))
show("e**pi", lambda: D(1).exp() ** D("3.14159265358979323846"))
show("2**0.5 prec 60", lambda: Context(prec=60).power(D(2), D("0.5")))
with localcontext(prec=7, Emax=20, Emin=-20) as ctx:
    show("ctx 9**11", lambda: D(9) ** 11, ctx)
    show("ctx 9**30", lambda: D(9) ** 30, ctx)
    show("ctx 0.9**600", lambda: D("0.9") ** 600, ctx)
try:
    with localcontext(traps=[decimal.Inexact]):
        D(3) ** D("0.5")
except decimal.Inexact as e:
    print("trapped", type(e).__name__, e)
