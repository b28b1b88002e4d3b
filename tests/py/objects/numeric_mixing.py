# Mixing int, float and bool: equality across types, hashing, and numeric keys in dicts and sets.
print(1 == 1.0 == True, hash(1) == hash(1.0) == hash(True), 0 == -0.0 == False)
d = {}
d[1] = "int"
d[1.0] = "float overwrites value, key stays int"
d[True] = "bool too"
print(d)
s = {1, 1.0, True, 2, 2.0}
print(s, len(s))
print(3 / 2, 3 // 2, 3.0 // 2, -3 // 2, 3 % 2.0, type(3 // 2).__name__, type(3 / 1).__name__)
print(2 ** 3, 2 ** -1, 2.0 ** 3, 4 ** 0.5, (-8) ** 2, type(2 ** 3).__name__, type(2 ** -1).__name__)
print(10 ** 20 == 1e20, 10 ** 22 == 1e22, 10 ** 23 == 1e23, 2 ** 63 == 2.0 ** 63)
print(1 < 1.5 < 2, 2 ** 60 < 2.0 ** 61, -1 < -0.5, max(1, 1.0), max(1.0, 1), min(0, -0.0))
print(sum([1, 2.5, True]), sum([True, True]), abs(-3) + abs(-3.0))
print(round(3.7), round(3.2), round(-3.7), type(round(3.7)).__name__, round(3.75, 1), type(round(3, 1)).__name__)
print(int(7.0) == 7, float(7) == 7, str(7.0) == "7.0", 0.1 * 3 == 0.3)
print(sorted([3, 1.5, True, -2, 0.0, 2]), sorted([1, 1.0, True]))
