# float arithmetic and repr: shortest round-trip repr, rounding, special values, int/float mixing.
print(0.1 + 0.2, 0.1 * 3, 1 / 3, 2 / 3, 10 / 3, 1e16 + 1, 1e-10, 123e-20)
print(1.0, 100.0, 1e16, 1e15 + 0.5, 2.5e-5, 0.00001, 1234567890123456789.0)
print(3.0 * 2, 7 / 2, 7 // 2.0, -7 // 2.0, 7 % 2.5, -7 % 2.5, 2.0 ** 10, 2 ** 0.5)
print(round(2.675, 2), round(0.5), round(1.5), round(-1.5), round(2.5), round(3.14159, 3))
print(int(2.9), int(-2.9), float(3), float("  -1.5e3 "), float("inf"), float("-nan") != float("nan"))
inf = float("inf")
nan = float("nan")
print(inf, -inf, inf + 1, inf - inf, inf * 0, nan == nan, nan != nan, inf > 1e308)
print(-0.0, 0.0 == -0.0, abs(-0.0), 1 / inf, -1 / inf)
print(max(1.5, 2), min(1, 1.0), sum([0.1] * 10), sum([0.1] * 10) == 1.0)
print((0.5).is_integer(), (2.0).is_integer())
print(1e308 * 10, -1e308 * 10, 5e-324 / 2, 2.0 ** -1074)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    int(inf)
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(nan)
except ValueError as e:
    print("ValueError:", e)
values = [3.5, -2.25, 1e-3, 12345.678, 0.1]
print(sorted(values), sum(values), max(values), [round(v, 1) for v in values])
print(str(1.0), repr(1.0), str(1e100), 1e22, 1e23, 9007199254740993.0)
total = 0.0
for i in range(1, 101):
    total += 1 / i
print(total, f"{total:.6f}")
print(3.0 == 3, hash(3.0) == hash(3), 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
