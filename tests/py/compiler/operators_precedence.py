# Operator precedence and associativity, chained comparisons, short-circuit evaluation.
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, -3 ** 2, 10 - 4 - 3, 100 / 10 / 5)
print(1 + 2 << 1, 1 | 2 ^ 3 & 4, 7 & 3 == 3, not 1 == 2)
print(17 // 5 * 5 + 17 % 5, -17 // 5, -17 % 5, 17 % -5)


def trace(label, value):
    print("eval", label)
    return value


print(trace("a", 0) and trace("b", 1))
print(trace("a", 1) and trace("b", 2))
print(trace("a", 0) or trace("b", 0) or trace("c", "third"))
print(trace("x", 1) < trace("y", 2) < trace("z", 0))
print(trace("x", 3) < trace("y", 2) < trace("z", 5))
print(1 < 2 == 2 > 1, 1 == 1.0 != 2, 3 > 2 > 1 > 0)
x = 5
print(0 < x <= 5, 0 < x < 5, x in [1, 5] and x not in (2, 3))
print(None is None, [] is not [], "a" < "b" < "c")
print((1 if x > 3 else 2) + 10, 1 if x < 3 else 2 + 10)
print(not x, not not x, -x, +x, ~x)
print([] or {} or "" or 0 or None)
print(3 and [] and 5, 3 and "last")
print(2 * -3, 2 ** -2, -2 ** -2)
y = z = 7
print(y, z)
a, b = b_, a_ = 1, 2
print(a, b, b_, a_)
