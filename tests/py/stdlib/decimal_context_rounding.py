# decimal context and rounding: precision changes, localcontext, every rounding mode, quantize, Context methods.
import decimal
from decimal import Decimal as D, getcontext, localcontext, Context
for prec in [1, 5, 12, 28, 50]:
    with localcontext() as ctx:
        ctx.prec = prec
        print(prec, D(1) / D(7), D(2).sqrt(), +D("3.14159265358979323846264338327950288"), D(10) ** 30 + 1)
print(getcontext().prec, D(1) / D(7))
with localcontext(prec=6, rounding=decimal.ROUND_DOWN):
    print(D(2) / D(3), D(-2) / D(3), getcontext().rounding)
print(getcontext().rounding)
value = D("2.675")
for mode in ["ROUND_HALF_EVEN", "ROUND_HALF_UP", "ROUND_HALF_DOWN", "ROUND_UP", "ROUND_DOWN", "ROUND_CEILING",
             "ROUND_FLOOR", "ROUND_05UP"]:
    r = getattr(decimal, mode)
    print(mode, value.quantize(D("0.01"), rounding=r), (-value).quantize(D("0.01"), r), D("2.665").quantize(D("0.01"), r),
          D("-0.5").quantize(D(1), r), D("1.05").quantize(D("0.1"), r), D("7.5").to_integral_value(r))
c = Context(prec=5, rounding=decimal.ROUND_HALF_UP)
print(c.create_decimal("3.14159265"), c.add(D(1), D("0.00001")), c.divide(1, 3), c.power(2, 20), c.quantize(D("1.255"), D("0.01")),
      c.Etiny(), c.Etop(), c.prec, c.rounding)
