# WeakValueDictionary as a cache, WeakKeyDictionary for side data, WeakSet membership: entries vanish
# when the objects die (by refcount or in a cycle), iteration is safe while objects die.
import gc
import weakref


class Record:
    def __init__(self, key):
        self.key = key

    def __repr__(self):
        return f"Record({self.key!r})"


cache = weakref.WeakValueDictionary()
loaded = []


def load(key):
    r = cache.get(key)
    if r is None:
        r = Record(key)
        cache[key] = r
        loaded.append(key)
    return r


a = load("alpha")
b = load("beta")
a2 = load("alpha")
print(a is a2, loaded, len(cache), sorted(cache.keys()), "alpha" in cache)
del a, a2
print(sorted(cache), "alpha" in cache, len(cache))
c = load("alpha")
print(loaded)
print(cache["beta"], cache.get("gamma", "missing"))
try:
    cache["gamma"]
except KeyError as e:
    print("KeyError", e)
print(sorted(cache.items(), key=lambda kv: kv[0]))
print(cache.pop("beta"), sorted(cache))
del b
print(sorted(cache))
cache.setdefault("delta", c)
print(sorted(cache), cache["delta"] is c)

# Objects dying while iterating: removals wait for the iteration to end.
objs = [Record(i) for i in range(6)]
wv = weakref.WeakValueDictionary((i, o) for i, o in enumerate(objs))
seen = []
for k in wv.keys():
    seen.append(k)
    if k == 1:
        del objs[3:]
print(seen, sorted(wv))

# Cyclic values go away at a collection.
x = Record("x")
x.me = x
wv["x"] = x
del x
gc.collect()
print("x" in wv)

# WeakKeyDictionary: per-object side data.
meta = weakref.WeakKeyDictionary()
k1, k2 = Record(1), Record(2)
meta[k1] = "one"
meta[k2] = "two"
print(len(meta), meta[k1], k2 in meta, meta.get(Record(3), "none"))
del k1
print(len(meta), [v for v in meta.values()], list(meta.keys()))
meta.update({k2: "TWO"})
print(meta[k2], meta.pop(k2), len(meta))

# WeakSet.
ws = weakref.WeakSet()
items = [Record(i) for i in range(4)]
for it in items:
    ws.add(it)
print(len(ws), items[0] in ws, 5 in ws)
del items[:2]
print(len(ws), sorted(r.key for r in ws))
ws.discard(items[0])
print(len(ws), sorted(r.key for r in ws))
other = weakref.WeakSet(items)
print(ws <= other, other == weakref.WeakSet(items), len(ws | other), len(other - ws))
del items
print(len(ws), len(other))
