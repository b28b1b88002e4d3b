# zip, enumerate and the dict item iterators keep their result tuple and refill it while only the
# iterator holds it (CPython's result / en_result / di_result): no tuple per step, the same tuple id
# each step, and the last items stay referenced from it until the next step.
import gc
import sys


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  del", self.name)

    def __repr__(self):
        return self.name


def ids_seen(it):
    seen = []
    for t in it:
        if id(t) not in seen:
            seen.append(id(t))
    return len(seen)


print("one tuple while not kept:",
      ids_seen(zip(range(5), "abcde")), ids_seen(enumerate("abc")),
      ids_seen({1: 2, 3: 4, 5: 6}.items()), ids_seen(reversed({1: 2, 3: 4}.items())))
kept = list(zip(range(3), range(3)))
print("kept tuples are distinct:", len({id(t) for t in kept}), kept)
print(list(enumerate("xyz", 5)), list({"a": 1, "b": 2}.items()), list(reversed({"a": 1, "b": 2}.items())))

objs = [object() for _ in range(3)]
base = [sys.getrefcount(o) for o in objs]
for x, y in zip(objs, objs):
    print("zip step", sys.getrefcount(x) - base[objs.index(x)])
for i, x in enumerate(objs):
    print("enumerate step", sys.getrefcount(x) - base[i])
d = {k: o for k, o in enumerate(objs)}
base = [sys.getrefcount(o) for o in objs]
for k, v in d.items():
    print("items step", sys.getrefcount(v) - base[k])
for k, v in reversed(d.items()):
    print("reversed items step", sys.getrefcount(v) - base[k])

# The previous items are released when the next step refills the tuple (or when the iterator goes).
print("zip over Noisy")
z = zip([Noisy("a1"), Noisy("a2")], [Noisy("b1"), Noisy("b2")])
for a, b in z:
    print("  got", a, b)
    del a, b
print("  loop done")
del z
print("enumerate over Noisy")
e = enumerate([Noisy("e1"), Noisy("e2")])
print(" ", next(e))
print(" ", next(e))
del e
print("dict items over Noisy")
it = iter({Noisy("k1"): Noisy("v1")}.items())
print(" ", next(it))
del it

# A tuple the caller keeps is not refilled; the iterator makes a new one.
z = zip("ab", "cd")
t1 = next(z)
t2 = next(z)
print("kept:", t1, t2, t1 is t2)
del z
# The kept tuple is among the iterator's referents, as in CPython.
z = zip("ab", "cd")
print([type(r).__name__ for r in gc.get_referents(z)])
next(z)
print([r for r in gc.get_referents(z) if type(r) is tuple and len(r) == 2 and r[0] == 'a'])
e = enumerate("q")
print(sorted(type(r).__name__ for r in gc.get_referents(e)))
it = iter({1: 2}.items())
print(sorted(type(r).__name__ for r in gc.get_referents(it)))

# strict zip and errors raised while refilling
try:
    for p in zip("ab", "abc", strict=True):
        pass
except ValueError as err:
    print("ValueError", err)


def boom():
    yield 1
    raise KeyError("x")


try:
    for p in zip(boom(), boom()):
        print("  pair", p)
except KeyError as err:
    print("KeyError", err)
d = {1: 1}
try:
    for k, v in d.items():
        d[k + 1] = v
except RuntimeError as err:
    print("RuntimeError", err)
