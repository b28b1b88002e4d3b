# decimal signals: flags, traps, the exceptions raised (types, hierarchy, messages) and context validation.
import decimal
from decimal import Decimal as D, getcontext, localcontext, Context, setcontext

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e, isinstance(e, ArithmeticError))

print([c.__name__ for c in decimal.DivisionByZero.__mro__], [c.__name__ for c in decimal.FloatOperation.__mro__])
print([c.__name__ for c in decimal.Underflow.__mro__], [c.__name__ for c in decimal.DivisionUndefined.__mro__])
print(issubclass(decimal.ConversionSyntax, decimal.InvalidOperation), issubclass(decimal.Overflow, decimal.Inexact))
attempt("syntax", lambda: D("1.2.3"))
attempt("syntax empty", lambda: D(""))
attempt("underscores", lambda: (D("1__0"), D("_1_"), D("1._5e1_0")))
attempt("syntax space", lambda: D("1 0"))
attempt("1/0", lambda: D(1) / 0)
attempt("-1/0", lambda: D(-1) / D(0))
attempt("0/0", lambda: D(0) / 0)
attempt("1//0", lambda: D(1) // 0)
attempt("1%0", lambda: D(1) % 0)
attempt("divmod 1,0", lambda: divmod(D(1), 0))
attempt("0%0", lambda: D(0) % 0)
attempt("inf%1", lambda: D("Inf") % 1)
attempt("5%inf", lambda: D(5) % D("Inf"))
attempt("overflow", lambda: D("9e999999") * 10)
attempt("underflow", lambda: D("1e-999999") / 10 ** 30)
attempt("divimp", lambda: D(10) ** 50 // D("0.001"))
attempt("nan<", lambda: D("NaN") < 1)
attempt("snan+", lambda: D("sNaN") + 1)
attempt("inf-inf", lambda: D("Inf") - D("Inf"))
attempt("inf*0", lambda: D("Inf") * 0)
attempt("0**0", lambda: D(0) ** 0)
attempt("sqrt neg", lambda: D(-4).sqrt())
attempt("quantize big", lambda: D("1.2345").quantize(D("1e-30")))
attempt("hash snan", lambda: hash(D("sNaN")))
attempt("int nan", lambda: int(D("NaN")))
attempt("int inf", lambda: int(D("-Inf")))
attempt("round inf", lambda: round(D("Inf")))
attempt("float snan", lambda: float(D("sNaN")))
attempt("ratio inf", lambda: D("Inf").as_integer_ratio())
attempt("from list", lambda: D([1, 2]))
attempt("from tuple sign", lambda: D((2, (1,), 0)))
attempt("from tuple digit", lambda: D((0, (12,), 0)))
attempt("prec 0", lambda: setattr(getcontext(), "prec", 0))
attempt("prec str", lambda: setattr(getcontext(), "prec", "5"))
attempt("Emax neg", lambda: Context(Emax=-1))
attempt("capitals 2", lambda: Context(capitals=2))
attempt("rounding bad", lambda: Context(rounding="HALF"))
attempt("bad attr", lambda: setattr(getcontext(), "precision", 5))
attempt("setcontext", lambda: setcontext(5))
attempt("localcontext kw", lambda: localcontext(precision=3))

with localcontext() as ctx:
    ctx.clear_flags()
    x = D(1) / D(3)
    print("flags after 1/3:", sorted(s.__name__ for s, v in ctx.flags.items() if v))
    ctx.clear_flags()
    y = D(1) / D(4)
    print("flags after 1/4:", sorted(s.__name__ for s, v in ctx.flags.items() if v))
    ctx.clear_flags()
    z = D("1.5") == 1.5
    print("flags after == float:", sorted(s.__name__ for s, v in ctx.flags.items() if v), z)
    ctx.traps[decimal.Inexact] = True
    attempt("trap inexact", lambda: D(2) / D(3))
    print("exact still ok:", D(3) / D(4))
    ctx.traps[decimal.DivisionByZero] = False
    print("untrapped 1/0:", D(1) / 0, D(-5) / 0, ctx.flags[decimal.DivisionByZero])
    ctx.traps[decimal.InvalidOperation] = False
    print("untrapped invalid:", D(0) / 0, D("abc"), D("Inf") - D("Inf"), D("NaN") < 1)
    ctx.traps[decimal.FloatOperation] = True
    attempt("trap float ctor", lambda: D(1.5))
    attempt("trap float lt", lambda: D(1) < 1.5)
    print("float eq allowed:", D("1.5") == 1.5)
    ctx.traps[decimal.Overflow] = False
    ctx.traps[decimal.Inexact] = False
    ctx.rounding = decimal.ROUND_DOWN
    print("overflow down:", D("9e999999") * 10)
print(getcontext().traps[decimal.Inexact], getcontext().prec)
print(repr(Context(prec=7, rounding=decimal.ROUND_UP, traps=[decimal.Inexact])))
print(decimal.BasicContext.prec, decimal.BasicContext.rounding, decimal.ExtendedContext.prec, decimal.DefaultContext.prec)
setcontext(decimal.ExtendedContext)
print(D(1) / 0, D(1) / 3, D(0) / 0)
setcontext(decimal.DefaultContext)
print(D(1) / 3, decimal.MAX_PREC, decimal.MIN_ETINY, decimal.ROUND_HALF_EVEN)
