# Keyword-only (after * or *args) and positional-only (before /) parameters.
def kwonly(a, *, b, c=3):
    return a, b, c


print(kwonly(1, b=2), kwonly(1, c=4, b=5))
try:
    kwonly(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    kwonly(1)
except TypeError as e:
    print("TypeError:", e)


def posonly(a, b, /, c, *, d):
    return a, b, c, d


print(posonly(1, 2, 3, d=4), posonly(1, 2, c=3, d=4))
try:
    posonly(1, b=2, c=3, d=4)
except TypeError as e:
    print("TypeError:", e)


def posonly_default(x, y=10, /):
    return x + y


print(posonly_default(1), posonly_default(1, 2))


def name_reuse(name, /, **kwargs):
    return name, kwargs


print(name_reuse("positional", name="keyword"))


def star_then_kw(*args, sep="-", end="."):
    return sep.join(str(a) for a in args) + end


print(star_then_kw(1, 2, 3), star_then_kw(1, 2, sep="+", end="!"))


def all_kinds(a, b=2, /, c=3, *args, d, e=5, **kwargs):
    return a, b, c, args, d, e, kwargs


print(all_kinds(1, d=4))
print(all_kinds(1, 20, 30, 40, 50, d=4, e=6, f=7))
try:
    all_kinds(1, 2, 3, d=4, c=9)
except TypeError as e:
    print("TypeError:", e)
