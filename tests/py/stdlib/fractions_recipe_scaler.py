# A recipe scaler using exact fractions: parse mixed quantities, scale, convert units, print kitchen-friendly amounts.
from fractions import Fraction

RECIPE = """\
Pancakes (serves 4)
1 1/2 cup flour
3 1/2 tsp baking powder
1/4 tsp salt
1 tbsp sugar
1 1/4 cup milk
1 egg
3 tbsp butter
"""

UNITS_IN_TSP = {"tsp": Fraction(1), "tbsp": Fraction(3), "cup": Fraction(48)}


def parse_quantity(words):
    total = Fraction(0)
    used = 0
    for w in words:
        try:
            total += Fraction(w)
        except ValueError:
            break
        used += 1
    return total, words[used:]


def nice(q):
    whole, rest = divmod(q, 1)
    # round to the nearest 1/8 for measuring spoons
    eighths = round(rest * 8)
    if eighths == 8:
        whole, eighths = whole + 1, 0
    frac = Fraction(eighths, 8)
    if frac == 0:
        return str(whole)
    return f"{whole} {frac}" if whole else str(frac)


def best_unit(tsp):
    for unit in ("cup", "tbsp", "tsp"):
        amount = tsp / UNITS_IN_TSP[unit]
        if amount >= Fraction(1, 4) or unit == "tsp":
            return amount, unit


lines = RECIPE.splitlines()
title = lines[0]
serves = int(title.split("serves ")[1].rstrip(")"))
items = []
for line in lines[1:]:
    qty, rest = parse_quantity(line.split())
    unit = rest[0] if rest and rest[0] in UNITS_IN_TSP else None
    name = " ".join(rest[1:] if unit else rest)
    items.append((qty, unit, name))

for people in (1, 3, 4, 10):
    factor = Fraction(people, serves)
    print(f"--- serves {people} (x{factor}) ---")
    for qty, unit, name in items:
        scaled = qty * factor
        if unit is None:
            print(f"  {nice(scaled):>8}       {name}   (exact {scaled})")
            continue
        amount, u = best_unit(scaled * UNITS_IN_TSP[unit])
        print(f"  {nice(amount):>8} {u:<5} {name}   (exact {amount} {u}, {float(amount):.3f})")

total_tsp = sum(q * UNITS_IN_TSP[u] for q, u, _ in items if u)
print("total volume:", total_tsp, "tsp =", total_tsp / 48, "cup", f"= {total_tsp / 48:.4f} cup")
ratios = {name: (q * UNITS_IN_TSP[u]) / total_tsp for q, u, name in items if u}
for name, r in sorted(ratios.items(), key=lambda kv: -kv[1]):
    print(f"  {name:<16}{str(r):>8} {r:>8.2%}")
print(sum(ratios.values()) == 1)
