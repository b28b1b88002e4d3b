# Closures keeping state: counters, accumulators, memoization and function factories.
def make_counter():
    count = 0

    def counter():
        nonlocal count
        count += 1
        return count
    return counter


c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2())


def make_accumulator(total=0):
    def add(amount):
        nonlocal total
        total += amount
        return total
    return add


acc = make_accumulator(100)
print(acc(10), acc(-30))


def memoize(fn):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper


@memoize
def slow_square(n):
    print("computing", n)
    return n * n


print(slow_square(4), slow_square(4), slow_square(5))
print(sorted(slow_square.cache.items()))


def make_multipliers():
    return [lambda x, k=k: x * k for k in range(1, 4)]


print([m(10) for m in make_multipliers()])


def pipeline(*funcs):
    def run(value):
        for f in funcs:
            value = f(value)
        return value
    return run


process = pipeline(str.strip, str.lower, lambda s: s.replace(" ", "_"))
print(process("  Hello Big World "))


def make_stack():
    items = []

    def push(x):
        items.append(x)

    def pop():
        return items.pop()

    def size():
        return len(items)
    return push, pop, size


push, pop, size = make_stack()
push(1)
push(2)
push(3)
print(pop(), size())
