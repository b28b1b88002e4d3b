# yield from: delegation, return values, and send/throw/close forwarded to the subgenerator.
def inner():
    received = yield "inner first"
    print("inner received", received)
    yield "inner second"
    return "inner result"


def outer():
    result = yield from inner()
    print("outer got", result)
    yield "outer last"


g = outer()
print(next(g))
print(g.send("hello"))
print(next(g))
print(next(g, "done"))


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain([1, 2], "ab", range(3), (x * x for x in range(3)))))


def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]], 8])))


def worker():
    try:
        while True:
            task = yield
            print("working on", task)
    except KeyError as e:
        print("worker handled", e)
        yield "after error"
    finally:
        print("worker finally")


def manager():
    yield from worker()
    print("manager resumes")


m = manager()
next(m)
m.send("task-1")
print(m.throw(KeyError("missing")))
m.close()
print("manager closed")


def sum_subtotals():
    total = 0
    for chunk in ([1, 2], [3, 4, 5]):
        total += yield from subtotal(chunk)
    return total


def subtotal(chunk):
    s = 0
    for v in chunk:
        s += v
        yield v
    return s


gen = sum_subtotals()
print(list(gen))
gen = sum_subtotals()
while True:
    try:
        next(gen)
    except StopIteration as stop:
        print("grand total", stop.value)
        break


def delegate_to_iterator():
    got = yield from iter([10, 20])
    return got


d = delegate_to_iterator()
print(next(d), next(d))
try:
    next(d)
except StopIteration as stop:
    print("value from plain iterator:", stop.value)
