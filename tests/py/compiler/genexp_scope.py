# Generator expressions: the first iterable is evaluated at once, the rest lazily, in the genexp's scope.
def source(name, n):
    print("evaluating", name)
    return range(n)


gen = (x * y for x in source("outer", 2) for y in source("inner", 3))
print("created")
print(list(gen))
factor = 10
g = (v * factor for v in range(3))
factor = 100
print(list(g))
try:
    bad = (x for x in 5)
except TypeError as e:
    print("TypeError:", e)
lazy = (1 // n for n in [1, 0])
print(next(lazy))
try:
    next(lazy)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
exhausted = (c for c in "ab")
print(list(exhausted), list(exhausted))
print(sum(n for n in range(101)))
print(sorted((w for w in "the quick brown fox".split()), key=len))


def uses_genexp_with_closure():
    offset = 3
    return list(i + offset for i in range(3))


print(uses_genexp_with_closure())
