# Truthiness in conditions, and/or returning operands, conditional expressions, and if/elif chains.
values = [0, 1, -1, 0.0, 2.5, "", "x", [], [0], (), (None,), {}, {"k": 0}, set(), None, True, False]
for v in values:
    print(repr(v), "->", "truthy" if v else "falsy", bool(v))


def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"


print([classify(n) for n in (-5, 0, 7, 42, 1000)])
name = ""
print(name or "anonymous")
config = {"debug": 0}
print(config.get("debug") and "on" or "off")
print(None or 0 or [] or "last")
print(1 and 2 and 3)
grade = 73
print("A" if grade >= 90 else "B" if grade >= 80 else "C" if grade >= 70 else "F")
x = 5
if x:
    pass
if not x:
    print("unreachable")
elif x == 5:
    print("x is five")
while not x == 0:
    x -= 2 if x > 1 else 1
print(x)
