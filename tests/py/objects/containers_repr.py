# repr of nested and self-referencing containers ([...] and {...} for recursion).
a = [1, 2]
a.append(a)
print(a, len(a), a[2] is a)
d = {"name": "loop"}
d["self"] = d
print(d)
b = [a, [a]]
print(b)
nested = {"list": [1, (2, 3), {"set": {4}}], "tuple": ((),), "empty": [[], {}, (), set()]}
print(nested)
print(repr("quotes ' and \""), [["it's"], 'say "hi"'])
t = ([],)
t[0].append(t)
print(t)
print([None, True, 1.0, -0.0, 1e100, "s", b"b"])
