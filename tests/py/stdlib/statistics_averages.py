# statistics: mean/fmean/geometric/harmonic means and the medians, with ints, floats, Fractions, exact rounding.
import statistics as st
from fractions import Fraction as F

def attempt(label, f):
    try:
        r = f()
        print(label, repr(r), type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)

datasets = [
    [1, 2, 3, 4, 4], [1, 2, 3, 4], [0.1, 0.2, 0.3], [1e20, 1, -1e20, 3.5], [0.1] * 10, [2.5, 3.25, 5.5, 11.25, 11.75],
    [F(1, 3), F(2, 3), F(5, 7)], [1, 2.5, F(1, 2)], [True, False, True], [3], [1e308, 1e308], [-1.5, 2, 7],
    [1.1, 2.2, 3.3, 4.4, 5.5, 6.6, 7.7], [10**20 + 1, 10**20 + 2], [0.1, 0.7, 0.2, 0.3, 0.9, 1.1, 1e-5],
]
for d in datasets:
    attempt(f"mean {d}", lambda: st.mean(d))
    attempt("  fmean", lambda: st.fmean(d))
    attempt("  median", lambda: st.median(d))
    attempt("  low/high", lambda: (st.median_low(d), st.median_high(d)))
    attempt("  grouped", lambda: st.median_grouped(d))
    attempt("  harmonic", lambda: st.harmonic_mean(d))
    attempt("  geometric", lambda: st.geometric_mean(d))
attempt("mean iter", lambda: st.mean(iter([1, 2, 3, 4])))
attempt("mean gen", lambda: st.mean(x / 10 for x in range(1, 20)))
attempt("mean inf", lambda: st.mean([1.0, float("inf")]))
attempt("mean nan", lambda: st.mean([float("nan"), 1.0]))
attempt("fmean gen", lambda: st.fmean(x * 0.1 for x in range(7)))
attempt("fmean weights", lambda: st.fmean([85, 92, 83, 91], weights=[0.20, 0.20, 0.30, 0.30]))
attempt("fmean weights gen", lambda: st.fmean([1.5, 2.5, 3.5], weights=(w for w in [1, 2, 3])))
attempt("harmonic weights", lambda: st.harmonic_mean([40, 60], weights=[5, 30]))
attempt("harmonic zero", lambda: st.harmonic_mean([1, 0, 2]))
attempt("harmonic F", lambda: st.harmonic_mean([F(1, 2), F(1, 3)]))
attempt("harmonic one", lambda: st.harmonic_mean([F(5, 2)]))
attempt("grouped interval", lambda: st.median_grouped([52, 52, 53, 54], interval=2))
attempt("grouped ages", lambda: st.median_grouped([25] * 172 + [35] * 484 + [45] * 387 + [55] * 22 + [65] * 6, interval=10))
attempt("median str", lambda: st.median(["b", "a", "c"]))
attempt("median_low str", lambda: st.median_low(["b", "a", "c", "d"]))
print(st.mean([F(1, 2), F(1, 3)]) == F(5, 12), st.mean([1, 2]) == 1.5, st.median([F(1), F(2)]))
