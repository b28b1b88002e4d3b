# __reduce__ of the dict (keys, values, items, reversed) and set iterators: what is left, read through a
# copy of the iterator (the iterator itself does not advance), and copy.deepcopy of a partly consumed one.
import copy
d = {"a": 1, "b": 2, "c": 3}
for mk in (lambda: iter(d), lambda: iter(d.values()), lambda: iter(d.items()), lambda: reversed(d), lambda: reversed(d.items()), lambda: iter({5})):
    it = mk()
    r = it.__reduce__(); print(type(it).__name__, r[0].__name__, r[1:])
    next(it)
    r = it.__reduce__(); print(r[1:], list(it))
    r = it.__reduce__(); print(r[1:])
it = iter(d); next(it); c = copy.deepcopy(it); print(list(c), list(it))
it = iter(d)
d["z"] = 26
try:
    it.__reduce__()
except RuntimeError as e:
    print("RuntimeError", e)
