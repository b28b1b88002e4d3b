# Arithmetic and comparisons whose operands come straight from locals and constants, in functions
# called often enough to be compiled: the reference counts Python code sees inside operator methods,
# floats and ints kept intact in their locals (no result written into a local's object), __del__ timing.
import sys


class V:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return ("add", sys.getrefcount(self), sys.getrefcount(other))

    def __radd__(self, other):
        return ("radd", sys.getrefcount(self))

    def __sub__(self, other):
        return ("sub", sys.getrefcount(self), sys.getrefcount(other))

    def __mul__(self, other):
        return ("mul", sys.getrefcount(self))

    def __truediv__(self, other):
        return ("div", sys.getrefcount(self))

    def __lt__(self, other):
        return sys.getrefcount(self) > 0

    def __eq__(self, other):
        return ("eq", sys.getrefcount(self), sys.getrefcount(other))

    __hash__ = None


def ops(a, b):
    out = [a + b, a - b, a * 2, a / 3, 1 + a, a == b]
    if a < b:
        out.append("lt")
    return out


def floats(x, y):
    s = x + y
    d = x - 1.5
    p = x * x
    q = y / 2.0
    return (s, d, p, q, x, y)


def ints(i, j):
    return (i + j, i - 7, i * j, j / 4, i < j, i == 12345678)


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

    def __add__(self, other):
        return self.name + "+" + str(other)


def drop_after(n):
    t = Noisy(n)
    r = t + 1
    del t
    return r


a, b = V(1), V(2)
for _ in range(5):
    r1 = ops(a, b)
print(r1)
for _ in range(5):
    r2 = floats(2.5, 0.75)
print(r2)
big = 2**40 + 3
for _ in range(5):
    r3 = ints(big, 9)
print(r3, big)
for k in range(3):
    print(drop_after(f"n{k}"))
x = 1.25
for _ in range(4):
    x = floats(x, x)[0]
print(x)
