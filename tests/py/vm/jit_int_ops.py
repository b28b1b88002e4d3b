# The compiled code's int fast paths for % // & | ^ << >> (jitIntOp): operands around 2**30, 2**31,
# 2**53 and beyond, negative divisors and shift counts, ZeroDivisionError and ValueError, in-place
# forms, and the reference counts of borrowed operands (locals and constants are not increfed).
import sys

vals = [0, 1, -1, 2, -2, 3, -3, 7, -7, 30, 31, 32, 53, 60, 61, 64, 100, -100, 255,
        2**30 - 1, 2**30, -2**30, 2**31 - 1, 2**31, -2**31, -2**31 - 1,
        2**52, 2**53 - 1, 2**53, -2**53, 2**62, -2**64 - 3, 10**20]


def ops(x, y):
    out = []
    for f in (lambda: x % y, lambda: x // y, lambda: x & y, lambda: x | y, lambda: x ^ y,
              lambda: x << y if y < 200 else None, lambda: x >> y):
        try:
            out.append(f())
        except (ZeroDivisionError, ValueError) as e:
            out.append(f"{type(e).__name__}: {e}")
    return out


def inplace(x, y):
    a = x
    try:
        a %= y
    except ZeroDivisionError:
        a = 'Z'
    b = x
    b &= y
    b |= 1
    b ^= 2
    c = x
    if y >= 0:
        c >>= y
    d = x
    try:
        d //= y
    except ZeroDivisionError:
        d = 'Z'
    return a, b, c, d


def checksum(text):
    h = 0
    for ch in text:
        h = (h * 131 + ord(ch)) % 1000000007
    return h


for rnd in range(3):  # the first round runs in the loop, the later ones compiled
    total = 0
    for x in vals:
        for y in vals:
            total = (total * 7 + checksum(repr(ops(x, y))) + checksum(repr(inplace(x, y)))) % 1000000007
    print(rnd, total)

for x in vals:
    print(x, ops(x, 3), ops(x, -3), ops(x, 0)[:2], ops(x, 64)[-1])
print(True % 2, 5 % True, 7.5 % 2, 7 // 2.0, -7 // 2, -7 % 2, True & 3, 6 >> True)


def counts(n):
    k = 1000 + n
    before = sys.getrefcount(k)
    r = [k % 7, k // 7, k & 255, k | 256, k ^ 5, k << 3, k >> 2]
    return sys.getrefcount(k) - before, r


for i in range(3):
    print(counts(i))
