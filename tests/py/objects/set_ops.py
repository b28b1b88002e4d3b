# set and frozenset: algebra, methods, membership, and iteration order of small ints.
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([7]), a.intersection(b, {4}), a.difference({1}), a.symmetric_difference(b))
print({1, 2} <= a, {1, 2} < {1, 2}, a >= {1}, a.isdisjoint({9}), a.issubset(range(10)))
s = set()
s.add(3)
s.add(1)
s.add(3)
s.update([2, 5], (8,))
print(s, len(s))
s.discard(5)
s.discard(100)
s.remove(8)
print(s, 2 in s, 9 not in s)
try:
    s.remove(100)
except KeyError as e:
    print("KeyError:", e)
print(sorted({"pear", "apple", "fig"}), sorted(set("mississippi")))
print(set([3, 1, 2, 1]), set(range(5)), set("aab") == {"a", "b"})
f = frozenset([1, 2, 3])
print(f, f | {4}, type(f | {4}).__name__, {f: "frozen key"}[frozenset({3, 2, 1})])
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
print({x % 5 for x in range(20)}, {-1, -2, 0}, {100, 10, 1000})
seen = set()
unique = []
for v in [3, 1, 3, 2, 1, 4]:
    if v not in seen:
        seen.add(v)
        unique.append(v)
print(unique, seen)
c = a.copy()
c.clear()
print(a, c, set() == frozenset(), {1} == frozenset({1}))
print(a.pop(), a)
print(len({1, 1.0, True}), {0, False, 0.0})
