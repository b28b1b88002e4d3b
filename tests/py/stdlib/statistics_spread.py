# statistics: variance/stdev (exact sums of squares, correctly rounded roots), mode, quantiles, bivariate functions.
import statistics as st
from fractions import Fraction as F

def attempt(label, f):
    try:
        r = f()
        print(label, repr(r), type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)

datasets = [
    [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5], [1, 2, 3, 4, 5], [1, 3], [0.1, 0.2, 0.3, 0.4], [1e9 + 0.1, 1e9 + 0.2, 1e9 + 0.3],
    [F(1, 3), F(1, 2), F(7, 4)], [1.5, 2, F(1, 4)], [5, 5, 5], [10**30, 10**30 + 1, 10**30 + 3], [True, False, False, True],
    [0.5, 0.25, 0.125, 0.0625, 0.03125, 1e-3, 17.0, 23.5],
]
for d in datasets:
    attempt(f"variance {d}", lambda: st.variance(d))
    attempt("  pvariance", lambda: st.pvariance(d))
    attempt("  stdev", lambda: st.stdev(d))
    attempt("  pstdev", lambda: st.pstdev(d))
attempt("variance xbar", lambda: st.variance([1.0, 2.0, 4.0], 2.3))
attempt("pvariance mu", lambda: st.pvariance([1, 2, 4], 2))
attempt("stdev xbar", lambda: st.stdev([1.0, 2.0, 4.0], xbar=2.5))
attempt("variance inf", lambda: st.variance([1.0, float("inf"), 2.0]))
attempt("variance iter", lambda: st.variance(iter(range(10))))
for d in [[1, 1, 2, 3, 3, 3, 3, 4], ["red", "blue", "blue", "red", "green", "red", "red"], "aabbbcccc", "abcabc", [1.5, 2, 1.5, 2], []]:
    attempt(f"mode {d!r}", lambda: st.mode(d))
    attempt("  multimode", lambda: st.multimode(d))
data = [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104]
for n in [1, 2, 4, 10]:
    for method in ["exclusive", "inclusive"]:
        attempt(f"quantiles n={n} {method}", lambda: st.quantiles(data, n=n, method=method))
attempt("quantiles floats", lambda: st.quantiles([0.1, 0.5, 0.25, 2.0, 1.75], n=5))
attempt("quantiles small", lambda: st.quantiles([1, 2], n=6))
attempt("quantiles F", lambda: st.quantiles([F(1, 3), F(1, 2), F(2, 3)], n=4, method="inclusive"))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
z = [9, 8, 7, 6, 5, 4, 3, 2, 1]
w = [0.5, 1.2, 1.9, 3.3, 3.9, 5.1, 6.0, 6.8, 8.4]
attempt("covariance xy", lambda: st.covariance(x, y))
attempt("covariance xz", lambda: st.covariance(x, z))
attempt("covariance xw", lambda: st.covariance(x, w))
attempt("correlation xy", lambda: st.correlation(x, y))
attempt("correlation xz", lambda: st.correlation(x, z))
attempt("correlation xw", lambda: st.correlation(x, w))
attempt("correlation ranked", lambda: st.correlation(x, [v ** 3 for v in w], method="ranked"))
attempt("correlation ranked ties", lambda: st.correlation([1, 2, 2, 3, 5], [3, 1, 1, 4, 4], method="ranked"))
attempt("regression xw", lambda: st.linear_regression(x, w))
attempt("regression prop", lambda: st.linear_regression(x, w, proportional=True))
r = st.linear_regression([1, 2, 3], [2, 4, 6.5])
print(r.slope, r.intercept, r, type(r).__name__, r._fields)
