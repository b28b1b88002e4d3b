# gc.is_tracked: atomic objects are never tracked, containers are, tuples of atomics are untracked by a
# collection, dicts start untracked and become tracked when they get a container.
import gc

print([gc.is_tracked(o) for o in (0, 1.5, "s", b"b", None, True)])
print([gc.is_tracked(o) for o in ([], set(), frozenset({1}), object())])
t = tuple([1, 2, "x"])
print("fresh tuple:", gc.is_tracked(t))
gc.collect()
print("after collect:", gc.is_tracked(t))
u = tuple([[], 1])
gc.collect()
print("tuple with a list:", gc.is_tracked(u))
nested = tuple([tuple([1, 2]), 3])
gc.collect(); gc.collect()
print("nested atomic tuples:", gc.is_tracked(nested))
d = {}
print("empty dict:", gc.is_tracked(d))
d["k"] = 1
print("atomic dict:", gc.is_tracked(d))
d["l"] = []
print("dict with a list:", gc.is_tracked(d))
del d["l"]
gc.collect()
print("after collect:", gc.is_tracked(d))
d["again"] = {}
print("and again:", gc.is_tracked(d))
print(gc.is_tracked(lambda: 0), gc.is_tracked(gc))
