# A grade statistics report: per-assignment and per-student summaries, weighted finals, curves and outliers.
import statistics as st
from statistics import NormalDist

STUDENTS = ["Ada", "Brian", "Chen", "Dana", "Emeka", "Fatima", "Gus", "Hana", "Ivan", "Jo", "Kofi", "Lena"]
WEIGHTS = {"hw": 0.25, "midterm": 0.30, "project": 0.15, "final": 0.30}


def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) % 2**31
        yield seed


gen = lcg(2024)
scores = {}
for name in STUDENTS:
    base = 55 + next(gen) % 40
    scores[name] = {part: min(100, max(0, base + next(gen) % 21 - 10)) for part in WEIGHTS}
scores["Gus"]["final"] = 12          # an outlier
scores["Hana"]["midterm"] = 100

print(f"{'part':<8}{'mean':>8}{'median':>8}{'stdev':>8}{'min':>5}{'max':>5}  quartiles")
for part in WEIGHTS:
    col = [scores[s][part] for s in STUDENTS]
    q = st.quantiles(col, n=4)
    print(f"{part:<8}{st.mean(col):8.2f}{st.median(col):8.1f}{st.stdev(col):8.2f}{min(col):5}{max(col):5}  {q}")

finals = {s: st.fmean([scores[s][p] for p in WEIGHTS], weights=list(WEIGHTS.values())) for s in STUDENTS}
values = list(finals.values())
mu, sigma = st.mean(values), st.stdev(values)
dist = NormalDist.from_samples(values)
print("class:", round(mu, 4), round(sigma, 4), dist, "mode of letter grades below")

def letter(x):
    z = dist.zscore(x)
    return "A" if z >= 1 else "B" if z >= 0.25 else "C" if z >= -0.5 else "D" if z >= -1.5 else "F"

letters = {s: letter(v) for s, v in finals.items()}
for s in sorted(STUDENTS, key=lambda s: -finals[s]):
    pct = dist.cdf(finals[s])
    print(f"  {s:<7}{finals[s]:7.2f}  z={dist.zscore(finals[s]):+.3f}  pct={pct:6.1%}  {letters[s]}")
print("letters:", st.mode(letters.values()), st.multimode(sorted(letters.values())))

low = [s for s in STUDENTS if finals[s] < dist.inv_cdf(0.1)]
print("below 10th percentile:", low)
q1, _, q3 = st.quantiles(values, n=4, method="inclusive")
iqr = q3 - q1
print("IQR fences:", round(q1 - 1.5 * iqr, 3), round(q3 + 1.5 * iqr, 3))
mid = [scores[s]["midterm"] for s in STUDENTS]
fin = [scores[s]["final"] for s in STUDENTS]
print("midterm/final r:", round(st.correlation(mid, fin), 6), "spearman:", round(st.correlation(mid, fin, method="ranked"), 6))
slope, intercept = st.linear_regression(mid, fin)
print(f"final ~ {slope:.4f} * midterm + {intercept:.4f}")
for m in (60, 75, 90):
    print("  predicted final for midterm", m, "=", round(slope * m + intercept, 2))
print("variance", st.variance(values), "pvariance", st.pvariance(values), "harmonic", st.harmonic_mean(values))
