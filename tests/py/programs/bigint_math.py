# Arbitrary-precision integer arithmetic: pi and e digits by Machin's formula and series with scaled
# integers, big Fibonacci and factorials, digit sums, and exact rational sums.
def arctan_inv(x, scale):
    total = term = scale // x
    x2 = x * x
    n = 1
    sign = -1
    while term:
        term //= x2
        total += sign * (term // (2 * n + 1))
        sign = -sign
        n += 1
    return total


def pi_digits(digits):
    scale = 10 ** (digits + 10)
    pi = 4 * (4 * arctan_inv(5, scale) - arctan_inv(239, scale))
    return str(pi // 10 ** 10)


def e_digits(digits):
    scale = 10 ** (digits + 10)
    total = 0
    term = scale
    k = 0
    while term:
        total += term
        k += 1
        term //= k
    return str(total // 10 ** 10)


p = pi_digits(120)
print(p[0] + "." + p[1:])
e = e_digits(100)
print(e[0] + "." + e[1:])
a, b = 0, 1
for _ in range(500):
    a, b = b, a + b
print(len(str(a)), str(a)[:20], str(a)[-20:])
f = 1
for i in range(2, 201):
    f *= i
print(len(str(f)), sum(int(d) for d in str(f)), len(str(f)) - len(str(f).rstrip("0")))
print(2 ** 521 - 1)
print((3 ** 200) % (10 ** 9 + 7), pow(3, 200, 10 ** 9 + 7))


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


num, den = 0, 1
for k in range(1, 31):
    num, den = num * k + den, den * k
    g = gcd(num, den)
    num, den = num // g, den // g
print(f"H(30) = {num}/{den}")
print(-(10 ** 30) // 7, -(10 ** 30) % 7, (10 ** 40 + 1) * (10 ** 40 - 1) == 10 ** 80 - 1)
print(int("9" * 60) + 1 == 10 ** 60, hex(2 ** 100 - 1), (2 ** 100).bit_length(), -(2 ** 100) >> 98)
