# Constant folding: folded expressions give the same values, and folded constants are shared objects.
print(2 ** 10, 2 ** -1, -2 ** 2, (-2) ** 2)
print(7 // 2, -7 // 2, 7 % -3, 1 << 40, ~5, -(-3))
print("ab" * 3, "x" + "y" + "z", (1, 2) + (3,), (0,) * 3)
print(not True, not 0, 1 if True else 2, 3 and 4, 0 or "default")
print(10 / 4, 1e3, 0.1 + 0.2, 3 * 1.5)
print(0x10 + 0o10 + 0b10, 1_000_000 + 1)
print(True + True, 10 - True)
a = "ab" + "cd"
b = "abcd"
print(a is b, a == b)
t1 = (1, 2, "three")
t2 = (1, 2, "three")
print(t1 is t2)
big = 2 ** 64
print(big, big - 1)


def folded_in_function():
    return 60 * 60 * 24, "-" * 10, (1, (2, 3))


print(folded_in_function())
print(folded_in_function()[2] is folded_in_function()[2])
print("spam" in ("eggs", "spam"), 3 in {1, 2, 3})
print((1, 2) < (1, 3), "abc" < "abd", [1, 2] == [1, 2])
print(-0.0, +5, -(5))
print(~0 & 0xFF, 0xFF ^ 0x0F, 6 | 9)
print(100 > 10 > 1, 1 < 2 > 3)
print(round(2.5), round(3.5), round(-0.5))
