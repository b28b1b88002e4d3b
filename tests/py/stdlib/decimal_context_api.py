# decimal contexts: every Context method (operands converted from int, TypeError otherwise), the
# flags/traps mappings, which exception a trap raises and the list it carries, create_decimal (no
# whitespace or underscores, NaN payloads that do not fit), localcontext keywords, validation errors.
import decimal
from decimal import (Decimal as D, Context, localcontext, getcontext, setcontext, DefaultContext,
                     BasicContext, ExtendedContext, Inexact, Rounded, InvalidOperation, DivisionByZero,
                     Overflow, Underflow, Subnormal, Clamped, FloatOperation, ConversionSyntax)


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


c = Context(prec=9, rounding=decimal.ROUND_HALF_UP, Emin=-99, Emax=99, traps=[])
unary = ["abs", "plus", "minus", "sqrt", "exp", "ln", "log10", "logb", "normalize", "number_class",
         "to_integral", "to_integral_exact", "to_integral_value", "next_plus", "next_minus",
         "to_sci_string", "to_eng_string", "is_normal", "is_subnormal", "is_zero", "is_finite",
         "is_infinite", "is_nan", "is_qnan", "is_snan", "is_signed", "copy_abs", "copy_negate",
         "copy_decimal", "logical_invert", "_apply"]
binary = ["add", "subtract", "multiply", "divide", "divide_int", "remainder", "remainder_near", "divmod",
          "power", "quantize", "compare", "compare_signal", "compare_total", "compare_total_mag", "max",
          "min", "max_mag", "min_mag", "next_toward", "same_quantum", "scaleb", "rotate", "shift",
          "copy_sign", "logical_and", "logical_or", "logical_xor"]
operands = [D("12.3456789012"), D("-0.000123"), 7, D("1E+100"), D("1E-100"), D("NaN5"), D("-Inf"), D(0)]
for name in unary:
    row = []
    for x in operands:
        c.clear_flags()
        try:
            row.append(str(getattr(c, name)(x)))
        except Exception as e:
            row.append(type(e).__name__)
        row[-1] += "" if not any(c.flags.values()) else "[" + ",".join(
            s.__name__[:3] for s in (Clamped, InvalidOperation, DivisionByZero, Inexact, Overflow, Rounded,
                                     Subnormal, Underflow) if c.flags[s]) + "]"
    print(name, " ".join(row))
pairs = [(D("12.3456789012"), D("0.7")), (7, D(-3)), (D("1E+98"), D(10)), (D("1E-98"), D("1E-5")),
         (D(1), D("NaN1")), (D("-Inf"), 2), (D(0), D(0)), (D(10), 101), (D(1010), D(110))]
for name in binary:
    row = []
    for x, y in pairs:
        c.clear_flags()
        try:
            r = getattr(c, name)(x, y)
            row.append(str(r) if not isinstance(r, tuple) else "(%s,%s)" % r)
        except Exception as e:
            row.append(type(e).__name__)
    print(name, " ".join(row))
print(c.fma(2, 3, 4), c.fma(D("1E+50"), D("1E+50"), -1), c.radix(), c.Etiny(), c.Etop(), c.canonical(D(3)))
attempt("add float", lambda: c.add(1.5, 2))
attempt("add str", lambda: c.add("1", 2))
attempt("canonical int", lambda: c.canonical(3))
attempt("is_canonical int", lambda: c.is_canonical(3))

# create_decimal rounds to the context; Decimal() is exact
c2 = Context(prec=4, traps=[])
for v in ["1.23456", " 1", "1_000", "NaN1234", "NaN12345", "sNaN98765", "1e1000000", 123456, 1.1, D("9.99999"),
          (0, (1, 2, 3, 4, 5), -2)]:
    c2.clear_flags()
    r = c2.create_decimal(v)
    print(repr(v), repr(r), [s.__name__ for s in c2.flags if c2.flags[s]])
print(c2.create_decimal_from_float(0.1), Context(prec=40).create_decimal_from_float(0.1), c2.create_decimal())
attempt("from_float str", lambda: c2.create_decimal_from_float("1"))

# flags and traps are mappings over the nine signals
f = Context().flags
print(len(f), list(f)[:3], f[Inexact], Inexact in f, f.get(Rounded))
attempt("unknown signal", lambda: f[ConversionSyntax])
attempt("delete", lambda: f.__delitem__(Inexact))
print(repr(Context(flags=[Clamped, Inexact], traps=[Underflow])))
attempt("partial dict", lambda: Context(flags={Inexact: 1}))
attempt("tuple", lambda: Context(traps=(Inexact,)))
attempt("bad list", lambda: Context(traps=[ConversionSyntax]))
full = dict.fromkeys(list(f), False)
full[Overflow] = True
print(repr(Context(traps=full)))
attempt("set flags list", lambda: setattr(Context(), "flags", [Inexact]))

# the exception a trap raises: the first trapped signal, with every trapped condition listed
for traps, op in [([Inexact, Rounded, Overflow], lambda k: k.multiply(D("9e99"), 10)),
                  ([Rounded, Inexact], lambda k: k.divide(1, 3)),
                  ([Underflow, Subnormal, Clamped, Inexact, Rounded], lambda k: k.divide(D("1e-99"), D("1e30"))),
                  ([InvalidOperation, DivisionByZero], lambda k: k.divmod(1, 0)),
                  ([DivisionByZero], lambda k: k.divmod(1, 0)),
                  ([InvalidOperation], lambda k: k.divide(0, 0)),
                  ([InvalidOperation], lambda k: k.create_decimal("x")),
                  ([InvalidOperation], lambda k: k.divide_int(D("1e50"), 1)),
                  ([FloatOperation], lambda k: D(0.5, k)),
                  ([Clamped], lambda k: k.create_decimal("1e-200"))]:
    k = Context(prec=9, Emin=-99, Emax=99, traps=traps)
    try:
        print("no error", op(k))
    except decimal.DecimalException as e:
        print(type(e).__name__, [x.__name__ for x in e.args[0]], isinstance(e, ArithmeticError),
              [s.__name__ for s in k.flags if k.flags[s]])

# validation
for kw in [dict(prec=0), dict(prec="9"), dict(Emin=1), dict(Emax=-1), dict(clamp=2), dict(capitals=-1),
           dict(rounding="ROUND_SIDEWAYS"), dict(rounding=3)]:
    attempt("Context(%s)" % kw, lambda: Context(**kw))
attempt("unknown attr", lambda: setattr(Context(), "precision", 5))
attempt("localcontext kw", lambda: localcontext(precision=5))
attempt("localcontext arg", lambda: localcontext(5))
with localcontext(prec=5, rounding=decimal.ROUND_DOWN, traps=[Inexact]) as lc:
    print(lc.prec, lc.rounding, lc.traps[Inexact], getcontext() is lc)
    attempt("inexact trapped", lambda: D(1) / 3)
print(getcontext().prec, getcontext().traps[Inexact])
print(repr(DefaultContext), repr(BasicContext), repr(ExtendedContext), sep="\n")
print(Context().__reduce__()[1], Context(prec=3).copy(), type(Context().copy()) is Context)
setcontext(ExtendedContext)
print(D(1) / 0, D(0) / 0, getcontext() is ExtendedContext, getcontext().flags[DivisionByZero])
setcontext(DefaultContext)
attempt("setcontext int", lambda: setcontext(1))
attempt("1/0 default", lambda: D(1) / 0)
