# + - * of ints in compiled code past 2**53 (jitAdd/jitSub/jitMul call the int slots directly):
# products of safe factors that overflow 2**53 (an LCG's), of wider ints, sums and differences
# that carry into a new digit or cancel to zero, mixed signs, bool operands, in-place forms,
# and the reference counts of borrowed operands (locals and constants are not increfed).
import sys

vals = [0, 1, -1, True, 7, -7, 2**26, 2**30 - 1, 2**30, -2**30, 2**31 + 5, 2**52 + 1, 2**53 - 1,
        2**53, -2**53 - 1, 2**60 + 3, -2**62, 2**64 - 1, 10**20, -10**25, 3**50]


def arith(x, y):
    a = x
    a += y
    b = x
    b -= y
    c = x
    c *= y
    return x + y, x - y, x * y, a, b, c, -x + y * 2


def lcg(seed, n):
    x = seed
    out = 0
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        out = (out + x * x) % (2**61 - 1)
    return x, out


def checksum(text):
    h = 0
    for ch in text:
        h = (h * 131 + ord(ch)) % 1000000007
    return h


for rnd in range(3):  # the first round runs in the loop, the later ones compiled
    total = 0
    for x in vals:
        for y in vals:
            total = (total * 7 + checksum(repr(arith(x, y)))) % 1000000007
    print(rnd, total, lcg(rnd + 1, 2000))

for x in vals:
    print(x, arith(x, 2**40 + 1), arith(x, -x))


def counts(n):
    k = 2**60 + n
    before = sys.getrefcount(k)
    r = [k + 1, k - 1, k * 3, k * k, 1 - k, k + k]
    return sys.getrefcount(k) - before, r


for i in range(3):
    print(counts(i))
