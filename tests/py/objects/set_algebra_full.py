# set/frozenset: algebra methods with several arguments, operators, in-place forms, comparisons,
# isdisjoint, frozenset hashing, errors.
a = {1, 2, 3, 4}
b = [3, 4, 5]
c = (4, 5, 6)
print(sorted(a.union(b, c)), sorted(a.intersection(b, c)), sorted(a.difference(b, c)), sorted(a.symmetric_difference(b)))
print(sorted(a | {9}), sorted(a & {1, 9}), sorted(a - {1}), sorted(a ^ {1, 9}))
s = set(a)
s.update(b, 'x'); print(sorted(s, key=str))
s.intersection_update(range(10), [1, 2, 3, 5]); print(sorted(s))
s.difference_update({1}, [2]); print(sorted(s))
s.symmetric_difference_update({5, 7}); print(sorted(s))
s |= {10}; s &= {3, 10, 11}; s -= {3}; s ^= {12}; print(sorted(s))
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2, 3} >= {3}, {1} > set(), {1, 2} == frozenset({1, 2}))
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint((7, 8)), a.isdisjoint([4]))
f = frozenset('abc')
print(type(f | {'d'}).__name__, type({'d'} | f).__name__, hash(f) == hash(frozenset('cba')), f in {f: 1})
print(len({frozenset({1, 2}), frozenset({2, 1})}), frozenset(), set(), frozenset([1]) < frozenset([1, 2]))
s = {1, 2}
s.add(3); s.discard(9); s.remove(1); print(sorted(s), s.pop() in (2, 3), len(s))
for bad in [lambda: set().remove(1), lambda: set().pop(), lambda: {1} | [2], lambda: {[1]}, lambda: {1} < [1]]:
    try:
        bad()
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
t = {1, 2, 3}
print(t.copy() == t, t.copy() is t, sorted(x * x for x in t), set[int])
