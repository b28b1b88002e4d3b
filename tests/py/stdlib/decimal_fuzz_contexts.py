# Randomised (seeded LCG) cross-check of Decimal arithmetic, quantize, sqrt, powers, flags and formatting
# under random precisions and rounding modes.
import decimal
from decimal import Decimal as D, localcontext
from fractions import Fraction as F
seed = 987
def rnd():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return seed >> 11
def rdec():
    k = rnd() % 10
    if k == 0: return D(0) if rnd() % 2 else D('-0.00')
    digits = str(rnd() % 10 ** (1 + rnd() % 30))
    e = rnd() % 40 - 25
    return D(('-' if rnd() % 3 == 0 else '') + digits + 'E' + str(e))
modes = [decimal.ROUND_HALF_EVEN, decimal.ROUND_HALF_UP, decimal.ROUND_DOWN, decimal.ROUND_UP, decimal.ROUND_CEILING, decimal.ROUND_FLOOR, decimal.ROUND_HALF_DOWN, decimal.ROUND_05UP]
specs = ['', 'f', '.2f', 'e', '.4e', 'g', '.3g', '%', ',.1f', '>20.5', '+.0f', 'E', 'z.2f']
for i in range(60):
    a, b = rdec(), rdec()
    res = []
    with localcontext() as ctx:
        ctx.prec = 1 + rnd() % 35
        ctx.rounding = modes[rnd() % len(modes)]
        ctx.traps[decimal.InvalidOperation] = False
        ctx.traps[decimal.DivisionByZero] = False
        for f in (lambda: a + b, lambda: a - b, lambda: a * b, lambda: a / b, lambda: a // b, lambda: a % b,
                  lambda: +a, lambda: -b, lambda: abs(a).sqrt(), lambda: a.quantize(D('1E%d' % (rnd() % 10 - 6))),
                  lambda: a.normalize(), lambda: a.to_integral_value(), lambda: a ** (rnd() % 7 - 2) if a else 0,
                  lambda: a.compare(b), lambda: (a < b, a == b, a >= b), lambda: format(a, specs[rnd() % len(specs)])):
            try:
                res.append(str(f()))
            except Exception as e:
                res.append(type(e).__name__)
        flags = ''.join(s.__name__[0] for s, v in ctx.flags.items() if v)
    print(ctx.prec, ctx.rounding[6:], a, b, ' '.join(res), sorted(flags), hash(a) == hash(float(a)) if a == float(a) else '-', int(a), float(a), F(a) == a, a.as_tuple().exponent)
