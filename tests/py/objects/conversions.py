# Conversions between builtin types with the constructors.
print(int("42"), int("-7"), int("  12\n"), int("1010", 2), int("ff", 16), int("Z", 36), int(3.99), int(-0.5))
print(float("3.14"), float("-2"), float("1e-3"), float(" inf "), float(5), float("1_000.5"))
print(str(42), str(3.0), str(-0.0), str(1e-7), str([1, "x"]), str({"a": (1,)}), str(b"b"))
print(bool(""), bool(" "), bool([]), bool([[]]), bool(0j) if False else bool(0), bool(0.1))
print(list("abc"), list(range(3)), list((1, 2)), list({"x": 1, "y": 2}), list({"x": 1}.items()))
print(tuple([1, 2]), tuple("hi"), tuple(range(0)), tuple({1: "a"}))
print(dict([("a", 1), ("b", 2)]), dict(zip("xyz", range(3))), dict(a=1, b=2), dict({"k": "v"}, extra=1))
print(set("hello") == {"h", "e", "l", "o"}, sorted(set([3, 1, 3])), set(), set({"k": 1}))
print(repr(str(123)), repr(int("0")), repr(float("0")), list(map(int, "1 2 3".split())))
print([int(x) for x in "10,20,30".split(",")], "-".join(map(str, [1, 2, 3])))
for bad in ["", "abc", "1.5", "1e5", "0x10"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
for bad in ["", "abc", "1..5"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print("ValueError:", e)
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
print(int(True) + int("5"), str(None) + "!", float(int("7")), int(float("7.9")))
