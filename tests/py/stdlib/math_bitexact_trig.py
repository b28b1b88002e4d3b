# sin, cos, tan, atan, atan2, asin, acos (and gamma/lgamma, which use sin for negative x) agree with
# CPython on Linux in the last bit. Immortal's sin and cos follow glibc's method; its tan, atan, atan2,
# asin and acos are correctly rounded, as glibc's are except for rare inputs within ~0.01 ulp of a rounding
# boundary. The inputs of this fixed set where they differ from glibc 2.36 are listed in SKIP (printed as
# 'skip'): those rare ones, and cos/tan of 6381956970095103 * 2^797 (the double closest to a multiple of
# pi/2, where glibc's own reduction is off by an ulp).
# Inputs: a fixed 64-bit LCG over several ranges, huge arguments (exact reduction by pi/2), and the
# doubles nearest multiples of pi/2 (the hardest reductions).
import hashlib, math

state = 0x9E3779B97F4A7C15

def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
    return (state >> 11) / 9007199254740992.0

def inputs(n):
    xs = []
    for i in range(n):
        k = i % 4
        u = rnd()
        if k == 0: x = (u * 2 - 1) * 10
        elif k == 1: x = u * 2 - 1
        elif k == 2: x = math.ldexp(0.5 + u / 2, int(rnd() * 60) - 30) * (1 if rnd() < 0.5 else -1)
        else: x = math.ldexp(0.5 + u / 2, int(rnd() * 1000) - 20) * (1 if rnd() < 0.5 else -1)
        xs.append(x)
    return xs

XS = inputs(2000)
SKIP = {
    ('acos', '0x1.f53099c286510p-3'), ('cos', '0x1.6ac5b262ca1ffp+849'), ('tan', '-0x1.a629e78524925p+963'),
    ('tan', '-0x1.a658fa160e8a8p-2'), ('tan', '0x1.203d9ecd715b2p+2'), ('tan', '0x1.2d97c7f3321d3p+2'),
    ('tan', '0x1.565bcbe923330p-4'), ('tan', '0x1.6ac5b262ca1ffp+849'),
}

def run(name, xs):
    f = getattr(math, name)
    out = []
    for x in xs:
        if (name, x.hex()) in SKIP:
            out.append('skip')
            continue
        try:
            out.append(f(x).hex())
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(name, ' '.join(out[:10]))
    print(name, len(out), hashlib.sha256(' '.join(out).encode()).hexdigest()[:24])

near = [6381956970095103.0 * 2.0 ** 797, 5528295870775759.0 * 2.0 ** -48]
for k in [1, 2, 3, 4, 5, 10, 100, 1000, 355, 710, 103993, 2 ** 20, 2 ** 27, 2 ** 40]:
    x = k * math.pi / 2
    near += [x, math.nextafter(x, 0), math.nextafter(x, math.inf)]
for name in ['sin', 'cos', 'tan']:
    run(name, XS + near)
for name in ['atan', 'asin', 'acos', 'gamma', 'lgamma']:
    run(name, XS if name == 'atan' else [x for x in XS if abs(x) <= 1] if name in ('asin', 'acos') else [x for x in XS if abs(x) < 170])
ys = XS[::2]
out = []
for y, x in zip(ys, XS[1::2]):
    out.append('skip' if ('atan2', y.hex() + x.hex()) in SKIP else math.atan2(y, x).hex())
print('atan2', len(out), hashlib.sha256(' '.join(out).encode()).hexdigest()[:24])
print(math.sin(-0.0), math.tan(-0.0), math.atan(-0.0), math.asin(-0.0), math.acos(1.0), math.acos(-1.0), math.asin(-1.0))
print(math.atan(math.inf), math.atan2(1e-300, -1e300), math.atan2(-1e300, 1e-300), math.atan2(5e-324, 1.0))
print(math.sin(1e300).hex(), math.cos(1.7976931348623157e308).hex(), math.tan(2.0 ** 1000).hex(), math.sin(5e-324))
for f in [math.sin, math.cos, math.tan, math.asin, math.acos]:
    for bad in [math.inf, 1.5]:
        try:
            print(f.__name__, f(bad).hex())
        except ValueError as e:
            print(f.__name__, bad, e)
