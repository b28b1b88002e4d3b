# int arithmetic: floor division and modulo signs, powers, bitwise operations, big integers.
for a, b in [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5)]:
    print(a, b, "|", a + b, a - b, a * b, a // b, a % b, divmod(a, b), a / b)
print(2 ** 100, (-3) ** 5, 2 ** 0, 0 ** 0, pow(3, 4, 5), pow(-2, 3))
print(5 & 3, 5 | 3, 5 ^ 3, ~5, 1 << 70, (1 << 70) >> 68, -16 >> 2, -1 >> 10)
print(int.bit_length(255), (1024).bit_length(), (-1).bit_length(), (0).bit_length())
big = 123456789 ** 5
print(big, big % 1000007, big // 10 ** 30, -big // 7, -big % 7)
print(abs(-10 ** 25), 10 ** 25 == 10 ** 25, 10 ** 25 + 1 > 10 ** 25)
print(int("-12345678901234567890") * 2, str(2 ** 64)[::-1])
print(7 == 7.0, 7 < 7.5, 2 ** 53 + 1 == float(2 ** 53 + 1), 10 ** 20 > 1e19)
print(True + 1, False * 10, -True, True << 3)
print(max(3, 10 ** 18, -4), min(-(10 ** 18), 0), sum(range(1, 10001)))
print(hex(2 ** 70), oct(-9), bin(10 ** 3), int("z", 36), int("0b1010", 0), int("0o17", 0), int("0x1F", 0))
print(17 % 5.5, -17 // 2.5, 2 ** -3, (-8) ** (1 / 3) == (-8) ** (1 / 3))
factorial = 1
for i in range(1, 26):
    factorial *= i
print(factorial, len(str(factorial)), sum(int(d) for d in str(factorial)))
print(123 // 10, 123 % 10, -123 // 10, -123 % 10, round(-2.5), round(7, -1), round(15, -1), round(25, -1))


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


print(gcd(1071, 462), gcd(2 ** 40, 6 ** 20), gcd(17, 5))
x = 0
for i in range(1000):
    x = (x * 31 + i) % (2 ** 61 - 1)
print(x)
