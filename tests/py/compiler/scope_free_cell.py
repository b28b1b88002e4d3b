# Closures: free variables, cells shared between closures, late binding, and cells for parameters.
def make_adders():
    adders = []
    for i in range(3):
        adders.append(lambda x: x + i)
    return adders


print([f(10) for f in make_adders()])


def make_adders_bound():
    adders = []
    for i in range(3):
        adders.append(lambda x, i=i: x + i)
    return adders


print([f(10) for f in make_adders_bound()])


def shared_cell():
    value = 1

    def getter():
        return value

    def setter(v):
        nonlocal value
        value = v
    return getter, setter


g, s = shared_cell()
print(g())
s(42)
print(g())


def param_is_cell(a, b):
    def show():
        return a * b
    a = a + 1
    return show()


print(param_is_cell(3, 4))


def closure_over_closure():
    x = 2

    def mid():
        y = 3

        def inner():
            return x * y
        return inner
    return mid()


print(closure_over_closure()())


def cell_after_return():
    items = []

    def add(v):
        items.append(v)
        return len(items)
    return add


add = cell_after_return()
add("a")
add("b")
print(add("c"))


def free_var_names():
    alpha = 1
    beta = 2

    def uses():
        return alpha + beta
    return uses


print(free_var_names()())
