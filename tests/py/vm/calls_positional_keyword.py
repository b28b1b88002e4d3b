# Positional and keyword arguments, defaults, and the order in which they bind.
def describe(name, age, city="Paris", country="France"):
    return f"{name} ({age}) from {city}, {country}"


print(describe("Ann", 30))
print(describe("Bob", 25, "Lyon"))
print(describe("Cid", 40, country="Spain", city="Madrid"))
print(describe(age=22, name="Dee"))
print(describe("Eve", age=35, country="Italy"))


def power(base, exponent=2):
    return base ** exponent


print(power(3), power(2, 10), power(exponent=3, base=4))


def no_args():
    return "nothing"


print(no_args())


def many(a, b, c, d, e, f, g, h):
    return a + b * 2 + c * 3 + d * 4 + e * 5 + f * 6 + g * 7 + h * 8


print(many(1, 2, 3, 4, 5, 6, 7, 8), many(h=1, g=1, f=1, e=1, d=1, c=1, b=1, a=1))


def returns_tuple(x):
    return x, x * 2, x * 3


one, two, three = returns_tuple(5)
print(one, two, three, returns_tuple(1))


def returns_none():
    pass


print(returns_none())


def recursive_sum(values, index=0):
    if index == len(values):
        return 0
    return values[index] + recursive_sum(values, index + 1)


print(recursive_sum([5, 6, 7]))
