# Starred expressions in literals and calls; dict unpacking in literals and calls.
a = [1, 2]
b = (3, 4)
print([*a, *b, 5])
print((*a, *b))
print({*a, *b, 1})
print([*"hi", *range(3)])
d1 = {"x": 1, "y": 2}
d2 = {"y": 20, "z": 30}
print({**d1, **d2})
print({**d2, **d1, "w": 0})


def show(*args, **kwargs):
    return f"args={args} kwargs={kwargs}"


print(show(*a, *b))
print(show(0, *a, 9, *b))
print(show(**d1, **{"z": 3}))
print(show(*a, key="v", **d2))
try:
    show(**d1, **{"x": 5})
except TypeError as e:
    print("TypeError:", e)
print(*a, *b, sep="-")
first, *_ = [*b, *a]
print(first)
nested = [[*a], (*b,)]
print(nested)
print(*[], "only")
empty = {}
print({**empty}, [*()], show(*(), **{}))
