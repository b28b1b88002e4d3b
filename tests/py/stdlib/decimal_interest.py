# Interest calculations in Decimal: compound growth with integer powers, effective annual rates with
# fractional powers, continuous compounding with exp/ln, a bond's yield to maturity by bisection,
# and a savings plan, each rounded to the context and to cents where money is reported.
from decimal import Decimal as D, Context, localcontext, getcontext, ROUND_HALF_EVEN, ROUND_HALF_UP

CENT = D("0.01")


def fv(principal, rate, periods):
    """Future value with compounding: principal * (1 + rate) ** periods."""
    return principal * (1 + rate) ** periods


print(fv(D("1000"), D("0.05"), 10), fv(D("1000"), D("0.05") / 12, 120))
print(fv(D("2500.00"), D("0.0425"), 30).quantize(CENT), fv(D("1"), D("0.001"), 1000))
for n in (1, 2, 4, 12, 52, 365, 8760):
    # effective annual rate of a nominal 6% compounded n times a year
    ear = (1 + D("0.06") / n) ** n - 1
    print(n, ear, f"{ear:.6%}")
print("continuous", D("0.06").exp() - 1, (D("2").ln() / D("0.06")), D("2").ln() / D("1.06").ln())

# Fractional powers: monthly rate equivalent to an annual one, and back.
annual = D("0.0719")
monthly = (1 + annual) ** (D(1) / 12) - 1
print(monthly, (1 + monthly) ** 12 - 1, (1 + annual) ** D("0.5"), D("1.5") ** D("2.5"))
with localcontext(prec=50) as ctx:
    print((1 + annual) ** (D(1) / 12) - 1, D(2) ** D("0.5"), D(10) ** D("-0.3"))
print(getcontext().prec)


def bond_price(face, coupon_rate, ytm, years, freq=2):
    c = face * coupon_rate / freq
    r = ytm / freq
    n = years * freq
    disc = (1 + r) ** -n
    return c * (1 - disc) / r + face * disc


def ytm(price, face, coupon_rate, years):
    lo, hi = D("0.0001"), D("1")
    for _ in range(60):
        mid = (lo + hi) / 2
        if bond_price(face, coupon_rate, mid, years) > price:
            lo = mid
        else:
            hi = mid
    return ((lo + hi) / 2).quantize(D("0.000001"))


print(bond_price(D(1000), D("0.05"), D("0.06"), 10).quantize(CENT))
print(bond_price(D(1000), D("0.05"), D("0.04"), 10).quantize(CENT))
print(ytm(D("950.00"), D(1000), D("0.05"), 10), ytm(D("1100.00"), D(1000), D("0.07"), 5))

# A savings plan: monthly deposits, interest credited monthly, rounded half-even to cents.
balance = D("0.00")
rate = D("0.035") / 12
for month in range(1, 61):
    balance += D("250.00")
    interest = (balance * rate).quantize(CENT, rounding=ROUND_HALF_EVEN)
    balance += interest
    if month % 12 == 0:
        print("year", month // 12, balance, interest)
closed = D("250.00") * ((1 + rate) ** 60 - 1) / rate * (1 + rate)
print(closed.quantize(CENT), balance - closed.quantize(CENT))

# Rule of 72 against the exact doubling time, at a few rates and precisions.
for pct in ("1", "3", "6", "9", "12", "24"):
    r = D(pct) / 100
    exact = D(2).ln() / (1 + r).ln()
    print(pct, (D(72) / D(pct)).quantize(D("0.01")), exact.quantize(D("0.01")), Context(prec=6).divide(D(2).ln(), r))

# Inflation-adjusted (real) rates with the Fisher equation, rounded half-up to basis points.
for nominal, inflation in (("0.05", "0.02"), ("0.03", "0.045"), ("0.1", "0.1")):
    real = (1 + D(nominal)) / (1 + D(inflation)) - 1
    print(nominal, inflation, real.quantize(D("0.0001"), rounding=ROUND_HALF_UP), f"{real:+.3%}")
