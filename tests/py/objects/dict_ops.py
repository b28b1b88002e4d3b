# dict: insertion order, methods, views, comprehension, merging, and key types.
d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get("a"), d.get("zz"), d.get("zz", 0), "a" in d, "zz" not in d, len(d))
print(d.setdefault("a", 100), d.setdefault("d", 4), d)
print(d.pop("b"), d.pop("missing", "default"), d)
d.update({"e": 5, "a": 10})
d.update(f=6)
d.update([("g", 7)])
print(d)
print(d.popitem(), d)
del d["c"]
print(d, {**d, "z": 26})
print(d | {"x": 1}, dict.fromkeys("abc", 0))
e = dict(d)
e["new"] = True
print(len(d), len(e), e == d, dict(a=1) == {"a": 1})
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: -kv[1]))
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
mixed = {1: "int", 1.5: "float", "1": "str", (1, 2): "tuple", None: "none", True: "bool replaces 1"}
print(mixed)
print({i: i * i for i in range(5)}, {v: k for k, v in {"x": 1, "y": 2}.items()})
keys = d.keys()
d["late"] = 0
print(keys, "late" in keys, len(keys))
items = list(d.items())
d.clear()
print(d, items[:2])
try:
    {}["x"]
except KeyError as e:
    print("KeyError:", e)
try:
    for k in counts:
        counts[k + "!"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
nested = {"user": {"name": "ann", "tags": ["a", "b"]}, "count": 2}
print(nested["user"]["tags"][-1], nested)
print(sorted({"b": 1, "a": 2}), sorted({"b": 1, "a": 2}.items()), list(reversed({"x": 1, "y": 2})))
