# Reference cycles through lists, dicts, sets of tuples and instances: gc.collect() finds exactly them.
import gc

gc.collect()
a = []
a.append(a)
del a
print("self list:", gc.collect())

x = [1]
y = [x]
x.append(y)
del x, y
print("two lists:", gc.collect())

d = {}
d["me"] = d
del d
print("self dict:", gc.collect())

l = []
t = (l,)
l.append(t)
del l, t
print("list-tuple:", gc.collect())

ring = [[] for _ in range(10)]
for i in range(10):
    ring[i].append(ring[(i + 1) % 10])
del ring
print("ring of 10 (+ the outer list):", gc.collect())

keep = []
keep.append(keep)
print("still referenced:", gc.collect())
print(gc.collect(0), gc.collect(1), gc.collect(2))
