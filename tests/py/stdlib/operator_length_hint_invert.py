# operator.length_hint converts the hint as CPython's C code does (a bool or int subclass comes back
# as a plain int; beyond the 64-bit range is OverflowError, checked before the sign), and
# operator.invert is a function of its own, not another name for operator.inv.
# Also random.binomialvariate with p=nan and heapq.merge with a key that raises StopIteration.
import operator, random, heapq


class Hint:
    def __init__(self, value):
        self.value = value

    def __length_hint__(self):
        return self.value


class Sub(int):
    pass


for value in (True, False, Sub(7), 2 ** 63 - 1, 2 ** 63, -2 ** 63 - 1, -1, 5, NotImplemented):
    try:
        got = operator.length_hint(Hint(value), 42)
        print(repr(got), type(got).__name__)
    except (OverflowError, ValueError) as exc:
        print(type(exc).__name__, exc)

print(operator.invert is operator.inv, operator.__invert__ is operator.invert, operator.__inv__ is operator.inv)
print(operator.invert.__name__, operator.inv.__name__, operator.invert(5), operator.inv(5))

# p=nan passes the range checks (they are comparisons) and trips the sampler's precondition.
for n in (1, 5, 100):
    try:
        print(n, random.Random(3).binomialvariate(n, float('nan')))
    except AssertionError:
        print(n, 'AssertionError')


def key(x):
    if x == 3:
        raise StopIteration  # drops that input, as in CPython
    return x


print(list(heapq.merge([3, 4], [1, 5], key=key)), list(heapq.merge([1, 3, 4], [2, 6], key=key)))
