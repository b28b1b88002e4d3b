# Generator functions: lazy execution, local state across yields, exhaustion and StopIteration.
def countdown(n):
    print("starting countdown")
    while n > 0:
        yield n
        n -= 1
    print("countdown done")


gen = countdown(3)
print("created generator")
print(next(gen))
print(next(gen))
print(next(gen))
try:
    next(gen)
except StopIteration:
    print("StopIteration")
print(next(gen, "default after exhaustion"))
print(list(countdown(4)))


def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


fib = fibonacci()
print([next(fib) for _ in range(12)])


def take(n, iterable):
    for i, item in enumerate(iterable):
        if i >= n:
            return
        yield item


print(list(take(5, fibonacci())))


def evens(limit):
    for i in range(limit):
        if i % 2 == 0:
            yield i


print(sum(evens(20)), max(evens(9)), sorted(evens(7), reverse=True))


def empty():
    return
    yield


print(list(empty()))


def yield_expression_values():
    x = yield 1
    print("got", x)
    yield 2


g = yield_expression_values()
print(next(g))
print(next(g))
for a, b in zip(countdown(2), "xy"):
    print(a, b)
