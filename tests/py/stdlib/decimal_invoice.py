# An invoice in Decimal: line items with quantities, discounts and per-line tax rates, rounding to
# cents (half-up), a split of the total into instalments that add up exactly, and a printed layout
# using the format mini-language (thousands separators, fixed places, percentages, alignment).
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN, ROUND_HALF_EVEN, localcontext, getcontext, Inexact

CENT = Decimal("0.01")

ITEMS = [
    # description, quantity, unit price, discount, tax rate
    ("Consulting (hours)", Decimal("37.5"), Decimal("142.50"), Decimal("0.05"), Decimal("0.20")),
    ("Licence, annual", Decimal("3"), Decimal("1999.99"), Decimal("0.125"), Decimal("0.20")),
    ("Travel (km)", Decimal("1284"), Decimal("0.42"), Decimal("0"), Decimal("0.055")),
    ("Hardware", Decimal("2"), Decimal("12450.00"), Decimal("0.0375"), Decimal("0.20")),
    ("Books", Decimal("7"), Decimal("39.95"), Decimal("0.10"), Decimal("0.055")),
    ("Support credit", Decimal("-1"), Decimal("250.00"), Decimal("0"), Decimal("0.20")),
]


def money(x):
    return x.quantize(CENT, rounding=ROUND_HALF_UP)


def line(desc, qty, price, disc, rate):
    gross = qty * price
    net = money(gross * (1 - disc))
    tax = money(net * rate)
    return desc, qty, price, disc, rate, net, tax


lines = [line(*item) for item in ITEMS]
print("%-20s %8s %10s %7s %6s %12s %10s" % ("item", "qty", "price", "disc", "tax", "net", "tax amt"))
for desc, qty, price, disc, rate, net, tax in lines:
    print(f"{desc:<20} {qty:>8} {price:>10,.2f} {disc:>7.1%} {rate:>6.1%} {net:>12,.2f} {tax:>10,.2f}")

subtotal = sum(l[5] for l in lines)
taxes = {}
for l in lines:
    taxes[l[4]] = taxes.get(l[4], Decimal(0)) + l[6]
total = subtotal + sum(taxes.values())
print(f"{'subtotal':>58} {subtotal:>12,.2f}")
for rate in sorted(taxes):
    print(f"{'tax at ' + format(rate, '.1%'):>58} {taxes[rate]:>12,.2f}")
print(f"{'total':>58} {total:>12,.2f}")
print(repr(subtotal), repr(total), total.as_tuple())

# Pay in 7 instalments: equal parts rounded down, the remaining cents spread over the first ones.
n = 7
base = (total / n).quantize(CENT, rounding=ROUND_DOWN)
rest = total - base * n
parts = []
for i in range(n):
    extra = CENT if rest > 0 else Decimal(0)
    rest -= extra
    parts.append(base + extra)
print([str(p) for p in parts], sum(parts) == total, sum(parts))

# The same invoice with the tax computed on the total per rate (rounding once per rate).
alt = {}
for l in lines:
    alt[l[4]] = alt.get(l[4], Decimal(0)) + l[5]
alt_tax = {r: money(v * r) for r, v in alt.items()}
print({str(r): str(v) for r, v in sorted(alt_tax.items())}, sum(alt_tax.values()) - sum(taxes.values()))

# Exchange into another currency with a 6-digit rate, then back: exact cents are not preserved.
rate = Decimal("1.084317")
with localcontext() as ctx:
    ctx.prec = 12
    ctx.rounding = ROUND_HALF_EVEN
    converted = money(total * rate)
    back = money(converted / rate)
    print(converted, back, back - total, ctx.flags[Inexact])

# Price per unit of a bulk order, truncated and rounded, and the percentage saved.
unit = Decimal("12450.00") / Decimal("7")
print(unit, unit.quantize(CENT), unit.quantize(CENT, rounding=ROUND_DOWN), f"{unit:.3e}", f"{unit:,.4f}")
saved = (Decimal("0.0375") * Decimal(2) * Decimal("12450.00")).quantize(CENT)
print(saved, f"{saved / total:.4%}", f"{-saved:+,.2f}", f"{saved:*^16,.2f}", f"{saved:012,.2f}")
print(getcontext().prec, getcontext().rounding, getcontext().flags[Inexact])
