# nonlocal: rebinding variables of enclosing function scopes, at several levels.
def make_counter(start=0):
    count = start

    def increment(step=1):
        nonlocal count
        count += step
        return count

    def get():
        return count
    return increment, get


inc, get = make_counter(5)
inc()
inc(10)
print(get())
inc2, get2 = make_counter()
inc2()
print(get(), get2())


def outer():
    x = "outer"

    def middle():
        x = "middle"

        def inner():
            nonlocal x
            x = "inner changed middle"
        inner()
        return x
    result = middle()
    return x, result


print(outer())


def two_levels():
    level = 0

    def a():
        def b():
            nonlocal level
            level += 1
            return level
        return b() + b()
    return a(), level


print(two_levels())


def accumulate(values):
    total = 0
    count = 0

    def add(v):
        nonlocal total, count
        total += v
        count += 1
    for v in values:
        add(v)
    return total, count


print(accumulate([3, 4, 5]))


def nonlocal_in_loop():
    fns = []
    state = []

    def push(v):
        nonlocal state
        state = state + [v]
    for i in range(4):
        push(i)
        fns.append(len(state))
    return state, fns


print(nonlocal_in_loop())
