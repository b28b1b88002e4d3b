# Randomised (seeded LCG) cross-check of float/int formatting, rounding, hex, divmod, pow and hashing.
import math
seed = 12345
def rnd():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return seed
out = []
specs = ['', 'e', '.3e', 'f', '.2f', '.0f', 'g', '.3g', '.12g', '%', '.1%', 'n', ',.3f', '_.1f', '#g', '.17g', 'r'[:0] + '.5', 'E', 'G', '+.2e', '#.0e', 'z.3f']
for i in range(250):
    bits = rnd()
    x = float.fromhex('0x1.%013xp%d' % (bits >> 12 & (2**52 - 1), (bits % 120) - 60)) * (-1 if bits & 1 else 1)
    if i % 3 == 0:
        x = round(x, rnd() % 6)
    spec = specs[rnd() % len(specs)]
    n = rnd() % 25 - 12
    try:
        r = round(x, n)
    except Exception as e:
        r = type(e).__name__
    out.append(f"{x!r} {format(x, spec)} {spec} {n} {r!r} {x.hex()} {float.fromhex(x.hex()) == x} {x.as_integer_ratio()[1].bit_length()} {str(x)} {int(x)} {math.floor(x * 7)} {divmod(x, 0.37)} {x % -1.25} {x // 3}")
    k = rnd() - 2**63
    base = [2, 8, 10, 16, 36, 7][rnd() % 6]
    out.append(f"{k} {format(k, ',')} {format(k, '_x')} {format(k, '#o')} {k.bit_length()} {k.bit_count()} {round(k, -(rnd() % 20))} {int(format(k, 'x'), 16) == k} {k / 3.7} {k // 7} {k % -13} {pow(k, 3, 1000003)} {k * 1.0 == k} {hash(k)} {hash(x)}")

print('\n'.join(out))
