# statistics with Decimal and Fraction data: results keep the data's type and are exactly rounded
# (Decimal stdev is correctly rounded to the context precision), mixed types and coercion errors.
import statistics as st
from decimal import Decimal as D, localcontext
from fractions import Fraction as F

def attempt(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

decs = [D("1.10"), D("2.25"), D("3.5"), D("0.333")]
fracs = [F(1, 3), F(5, 7), F(2), F(-3, 11)]
for name, data in [("dec", decs), ("frac", fracs), ("ints", [3, 1, 4, 1, 5, 9, 2, 6]), ("mixed", [1, F(1, 2), 2])]:
    for fn in [st.mean, st.median, st.median_low, st.median_high, st.variance, st.pvariance, st.stdev, st.pstdev,
               st.harmonic_mean, st.fmean, st.mode]:
        attempt(f"{name} {fn.__name__}", lambda: fn(data))
attempt("dec+float", lambda: st.mean([D("1.5"), 2.5]))
attempt("frac+float", lambda: st.mean([F(1, 2), 0.25]))
attempt("float+frac", lambda: st.variance([0.25, F(1, 2), 1]))
attempt("dec+frac", lambda: st.mean([D("1.5"), F(1, 2)]))
attempt("dec xbar", lambda: st.variance(decs, D("1.8")))
attempt("frac mu", lambda: st.pstdev(fracs, F(1, 2)))
attempt("dec one", lambda: st.pvariance([D("2.5")]))
with localcontext(prec=10):
    attempt("dec prec10 mean", lambda: st.mean([D(1), D(2), D(2)]))
    attempt("dec prec10 stdev", lambda: st.stdev([D(1), D(2), D(4), D(7)]))
    attempt("dec prec10 pstdev", lambda: st.pstdev([D("0.1"), D("0.25"), D("0.5")]))
attempt("dec exact stdev", lambda: st.stdev([D(2), D(4), D(4), D(4), D(5), D(5), D(7), D(9)]))
attempt("dec zero stdev", lambda: st.pstdev([D(3), D(3)]))
attempt("next_plus", lambda: (D("1.5").next_plus(), D("-1").next_minus(), D(0).next_plus(), D("9.999999999999999999999999999").next_plus()))
attempt("big add", lambda: (D("1e999999") + 1, D(1) - D("1e-999990"), D("123.456") + D("1e-500000")))
