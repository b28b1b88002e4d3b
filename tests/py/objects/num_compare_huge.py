# Comparisons between ints, floats, bools and complex: huge ints, nan, inf, exact equality, hashing.
nan = float("nan")
inf = float("inf")
pairs = [
    (2**53, 2.0**53), (2**53 + 1, 2.0**53), (2**53 + 1, 2.0**53 + 2), (10**400, inf), (-10**400, -inf),
    (10**400, 1e308), (1, nan), (10**400, nan), (0, -0.0), (True, 1.0), (False, 0.0),
    (2**1024, inf), (2**1023, 2.0**1023), (-(2**1023) - 1, -(2.0**1023)), (1, 1.0000000000000002),
]
for a, b in pairs:
    print(a if abs(a) < 10**30 else "big", b, a == b, a != b, a < b, a <= b, a > b, a >= b, b < a, b == a)
print(nan == nan, nan != nan, nan < nan, [nan] == [nan], (n := nan) is n, [n] == [n])
print(hash(2**61 - 1), hash(2**61), hash(-(2**61)), hash(10**30), hash(1.5), hash(-1), hash(-2), hash(-1.0))
print(hash(inf), hash(-inf), hash(1e300), hash(2.0**70) == hash(2**70), hash(3 + 0j) == hash(3), hash(1j))
print(max(1, 1.0, True), min(0.0, 0, False), sorted([3, 2.5, True, -1e400 if False else -1, 10**20, 1e19]))
print(1 == 1.0 == True, {1: "a", 1.0: "b", True: "c"}, {0, 0.0, False, -0.0})
try:
    print(1 < 1j)
except TypeError as e:
    print(e)
print(float(2**1023 * 2 - 2**970 - 1) if False else None)
try:
    float(2**1024)
except OverflowError as e:
    print(e)
try:
    2**1024 / 3
except OverflowError as e:
    print(e)
print(2**1024 // 3 == (2**1024) // 3, float(2**1024 - 2**971), float(2**1024 - 2**970 - 1), (2**1024 - 1) / 2**1000)
print(int(1e308) == 10**308, 10**308 < 1e308, int(1e308) - 10**308 > 0)
