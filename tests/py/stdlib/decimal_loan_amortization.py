# A loan amortization table in Decimal (cents, banker's rounding), cross-checked with exact Fractions.
from decimal import Decimal, ROUND_HALF_EVEN, ROUND_HALF_UP, localcontext, getcontext
from fractions import Fraction

CENT = Decimal("0.01")


def payment(principal, annual_rate, months):
    r = annual_rate / 12
    growth = (1 + r) ** months
    return (principal * r * growth / (growth - 1)).quantize(CENT, rounding=ROUND_HALF_UP)


def schedule(principal, annual_rate, months):
    pay = payment(principal, annual_rate, months)
    balance = principal
    rows = []
    for month in range(1, months + 1):
        interest = (balance * annual_rate / 12).quantize(CENT, rounding=ROUND_HALF_EVEN)
        principal_part = pay - interest
        if month == months or principal_part > balance:
            principal_part = balance
            pay_now = principal_part + interest
        else:
            pay_now = pay
        balance -= principal_part
        rows.append((month, pay_now, interest, principal_part, balance))
    return pay, rows


principal = Decimal("18500.00")
rate = Decimal("0.0675")
pay, rows = schedule(principal, rate, 24)
print(f"loan {principal:,} at {rate:.2%} over 24 months: payment {pay}")
print(f"{'month':>5} {'payment':>10} {'interest':>9} {'principal':>10} {'balance':>11}")
for month, p, i, pp, bal in rows:
    if month <= 4 or month >= 22:
        print(f"{month:>5} {p:>10} {i:>9} {pp:>10} {bal:>11,}")
    elif month == 5:
        print("  ...")
total_interest = sum(r[2] for r in rows)
total_paid = sum(r[1] for r in rows)
print("total interest:", total_interest, "total paid:", total_paid, "check:", total_paid - total_interest == principal)

# The same payment computed exactly with Fractions, then rounded once.
r = Fraction(rate) / 12
growth = (1 + r) ** 24
exact = Fraction(principal) * r * growth / (growth - 1)
print("exact payment:", float(exact), f"{exact:.6f}", Decimal(exact.numerator) / Decimal(exact.denominator))
print("rounded exact equals table payment:", Decimal(f"{exact:.2f}") == pay)

# Sensitivity: payment for a few rates and terms, at higher working precision.
with localcontext() as ctx:
    ctx.prec = 40
    for annual in ["0.0299", "0.0499", "0.0675", "0.1250"]:
        cells = []
        for months in (12, 36, 60):
            cells.append(f"{payment(Decimal(10000), Decimal(annual), months):>9}")
        print(f"{Decimal(annual):>7.2%}", " ".join(cells))
print(getcontext().prec)

# Splitting a bill so cents add up exactly.
bill = Decimal("1000.00")
shares = [Fraction(1, 3), Fraction(1, 3), Fraction(1, 3)]
parts = [(bill * Decimal(s.numerator) / Decimal(s.denominator)).quantize(CENT) for s in shares]
parts[-1] += bill - sum(parts)
print(parts, sum(parts) == bill, [str(p) for p in parts])
print(sorted([Decimal("1.10"), Decimal("1.1"), Decimal("0.99"), Decimal("-0")]),
      max(Decimal("2.50"), Decimal("2.5")), f"{Decimal('1234567.891'):,.2f}", f"{Decimal('-0.005'):.2f}")
