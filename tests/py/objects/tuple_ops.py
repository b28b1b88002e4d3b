# Tuples: packing, immutability, comparison, hashing, methods, single-element syntax.
t = 1, 2, 3
print(t, type(t).__name__, len(t), t[0], t[-1], t[1:])
print((1,), (), tuple(), tuple("abc"), tuple([1, 2]), (1, 2) + (3,), (0,) * 3)
try:
    t[0] = 10
except TypeError as e:
    print("TypeError:", e)
print(t.index(2), t.count(3), 2 in t, max(t), sum(t))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 100), (1, "a") == (1, "a"))
coords = {(0, 0): "origin", (1, 0): "east"}
print(coords[(0, 0)], coords.get((1, 0)), (0, 0) in coords)
print(hash((1, 2)) == hash((1, 2)), len({(1, 2), (1, 2), (2, 1)}))
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested))
mutable_inside = ([1], [2])
mutable_inside[0].append(10)
print(mutable_inside)
a, b = divmod(17, 5)
print(a, b)


def stats(values):
    return min(values), max(values), sum(values) / len(values)


lo, hi, mean = stats([4, 8, 15, 16, 23, 42])
print(lo, hi, mean)
print(sorted([(3, "c"), (1, "a"), (2, "b")]), list(zip(*[(1, "a"), (2, "b")])))
print(repr((1,)), repr(((),)), str((None, True)))
