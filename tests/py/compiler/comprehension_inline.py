# PEP 709 inlined comprehensions: iteration variables stay private, outer names are unchanged.
x = "outer x"
values = [x for x in range(3)]
print(values, x)


def in_function():
    i = "kept"
    squares = [i * i for i in range(5)]
    return squares, i


print(in_function())


def shadow_then_use():
    n = 10
    pairs = [(n, m) for n in range(2) for m in range(n + 1)]
    return pairs, n


print(shadow_then_use())


def closure_inside_comprehension():
    fns = [lambda: k for k in range(3)]
    return [f() for f in fns]


print(closure_inside_comprehension())


def comprehension_captures_local():
    factor = 3
    return [v * factor for v in range(4)]


print(comprehension_captures_local())


def nested_comprehensions():
    grid = [[r * 3 + c for c in range(3)] for r in range(3)]
    flat = [cell for row in grid for cell in row if cell % 2 == 0]
    return grid, flat


print(nested_comprehensions())


def comprehension_reads_and_rebinds_nothing():
    a = 1
    b = "b survives"
    result = [a + b for b in range(2)]
    return result, b


print(comprehension_reads_and_rebinds_nothing())


def first_iterable_evaluated_outside():
    data = [1, 2, 3]
    return [data for data in data]


print(first_iterable_evaluated_outside())
y = 5
print({y: y * 2 for y in range(3)}, y)
print({z % 3 for z in range(10)})
