# Int arithmetic past 2**53 on a few digits (BINARY_OP's exact-int dispatch, the direct small
# product, % by a power of two, & with a one-digit mask): +, -, *, //, %, &, >> for operands around
# the 2**30, 2**53, 2**62 and 2**64 edges, both signs, and the 32/64-bit linear congruential
# generators that benchmarks use. Results are checked through their decimal strings.
edges = []
for e in (30, 53, 60, 62, 64, 90):
    for d in (-1, 0, 1):
        edges.append(2**e + d)
edges += [0, 1, 3, 7, 255, 65521, 1103515245, 6364136223846793005, 0x7FFFFFFF, 1000000007]
vals = edges + [-v for v in edges if v]

seed = 12345
def rnd(bits):
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 18446744073709551616
    return seed >> (64 - bits)

for _ in range(8):
    b = 20 + rnd(6) % 45
    v = rnd(b)
    vals.append(v if rnd(1) else -v)

def digest(text, acc):
    # through the decimal string (read back, reduced by a one-digit modulus)
    v = int(text) % 1000000007 if text != 'z' else 7
    return (acc * 1000003 + len(text) * 1009 + v) % 1000000007

names = ['+', '-', '*', '//', '%', '&', '|', '^']
accs = [0] * len(names)
count = 0
for _ in range(400):
    x = vals[rnd(20) % len(vals)]
    y = vals[rnd(20) % len(vals)]
    rs = [x + y, x - y, x * y,
          x // y if y else 'z', x % y if y else 'z',
          x & y, x | y, x ^ y]
    for i, r in enumerate(rs):
        accs[i] = digest(str(r), accs[i])
    count += 1
for name, acc in zip(names, accs):
    print(name, acc)
print('pairs', count)

# A few printed directly.
for x in (2**62 + 1, -(2**62) - 3, 2**53 + 1, 6364136223846793005, -1103515245):
    for y in (1103515245, -65521, 2**64, 2**32, 7, -7):
        print(x, y, x * y, x // y, x % y, x & y, x >> 5, (x * y) % 18446744073709551616)

# The 64-bit generator (% 2**64 of a positive product) and the 31-bit one (& mask).
s = 42
out = []
for _ in range(8):
    s = (s * 6364136223846793005 + 1442695040888963407) % 18446744073709551616
    out.append((s >> 33) % 20)
print(s, out)
x = 1
for _ in range(1000):
    x = (x * 1103515245 + 12345) & 0x7FFFFFFF
print(x, x >> 8, x * 40503 % 65521)

# % by powers of two: negative dividends, negative divisors, int subclasses, exact results.
class I(int):
    pass
for a in (2**70 + 5, -(2**70) - 5, 2**64, -(2**64), 2**63, 5, -5, I(2**40 + 1), I(2**70 + 3)):
    for m in (2**60, 2**64, -(2**64), 2**90, 2**31):
        r = a % m
        print(a, m, r, type(r).__name__, divmod(a, m))
# & with a one-digit mask against wide negatives and wide positives.
for a in (-(2**64) - 1, -(2**64), -(2**60) + 12345, 2**64 + 0x3FFFFFFF, -(2**90) + 1):
    for m in (0, 1, 0x7FFFFFFF, 0x3FFFFFFF, 12345, -1, -12345):
        print(a, m, a & m, m & a)
