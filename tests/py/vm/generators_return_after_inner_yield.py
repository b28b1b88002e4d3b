# A generator that returns right after another generator (run through a non-generator iterator such
# as enumerate or zip, or driven by next()) yielded to it: its return must end the iteration, not
# pass for a yield. The inner generators stay referenced, so nothing else runs in between.
def naturals():
    n = 0
    while True:
        yield n
        n += 1


def first_of(it):
    for i, x in enumerate(it):
        return
    yield "never"


def pairs_until(a, b, limit):
    for x, y in zip(a, b):
        if x >= limit:
            return x
        yield x + y


def pull_one(g):
    v = next(g)
    return v
    yield


src = naturals()
t = first_of(src)
try:
    print("got", next(t))
except StopIteration as e:
    print("StopIteration", e.value)
print(next(src))

a, b = naturals(), naturals()
print(list(pairs_until(a, b, 4)), next(a), next(b))

g = naturals()
p = pull_one(g)
try:
    next(p)
except StopIteration as e:
    print("pull_one returned", e.value)

results = []
for k in range(3):
    inner = naturals()
    gen = pairs_until(inner, iter(range(100)), k)
    results.append((list(gen), next(inner)))
print(results)
