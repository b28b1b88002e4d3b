# Callable instances (__call__), class attributes shared by instances, and methods stored on classes.
class Multiplier:
    def __init__(self, factor):
        self.factor = factor

    def __call__(self, value):
        return value * self.factor


double = Multiplier(2)
print(double(21), list(map(Multiplier(3), [1, 2, 3])), callable(double), callable(Multiplier))


class Registry:
    items = []

    def add(self, item):
        self.items.append(item)
        return self


r1, r2 = Registry(), Registry()
r1.add("a")
r2.add("b")
print(Registry.items, r1.items is r2.items)


def external_method(self):
    return f"external on {type(self).__name__}"


class Host:
    method = external_method
    value = staticmethod(lambda: "static lambda")


print(Host().method(), Host.value())
Host.late = lambda self: "added after class creation"
print(Host().late())


class Accumulator:
    def __init__(self):
        self.total = 0

    def __call__(self, *values):
        self.total += sum(values)
        return self.total


acc = Accumulator()
acc(1, 2)
acc(3)
print(acc.total, acc())


class Polynomial:
    def __init__(self, *coeffs):
        self.coeffs = coeffs

    def __call__(self, x):
        result = 0
        for c in self.coeffs:
            result = result * x + c
        return result


p = Polynomial(2, -3, 1)
print([p(x) for x in range(-2, 3)])
