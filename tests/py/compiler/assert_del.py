# assert (with and without messages) and del of names, items, slices and attributes.
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert False
except AssertionError as e:
    print("AssertionError args:", e.args)
assert True, "not raised"
print("__debug__ is", __debug__)
x = 10
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
items = list(range(10))
del items[0]
del items[-1]
del items[2:4]
del items[::2]
print(items)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zzz"]
except KeyError as e:
    print("KeyError:", e)


class Thing:
    pass


t = Thing()
t.attr = 5
del t.attr
try:
    t.attr
except AttributeError as e:
    print("AttributeError:", e)
a, b, c = 1, 2, 3
del a, b
print(c)
