# math functions that must agree with CPython on Linux bit for bit (glibc 2.36's results): cbrt, expm1,
# log1p, the hyperbolics and their inverses, erf and erfc. Inputs come from a fixed 64-bit LCG over several
# ranges (small, moderate, wide binades); each function prints float.hex of its first results and a
# digest of all of them, so one wrong last bit anywhere shows.
import hashlib, math

state = 0x2545F4914F6CDD1D

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
        else: x = (u * 2 - 1) * 30
        xs.append(x)
    return xs

XS = inputs(2500)

def run(name, xs):
    f = getattr(math, name)
    out = []
    for x in xs:
        try:
            out.append(f(x).hex())
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(name, ' '.join(out[:12]))
    print(name, len(out), hashlib.sha256(' '.join(out).encode()).hexdigest()[:24])

for name in ['cbrt', 'expm1', 'log1p', 'sinh', 'cosh', 'tanh', 'asinh', 'atanh', 'erf', 'erfc']:
    run(name, XS)
run('acosh', [1 + abs(x) for x in XS] + [abs(x) * 1e5 for x in XS[:200]])
run('log1p', [abs(x) * 1e3 for x in XS[:500]] + [-abs(x) / 11 for x in XS[:500]])
# near the edges of the algorithms' ranges
edges = []
for c in [0.5 * math.log(2), 1.5 * math.log(2), 22.0, 0.84375, 1.25, 1 / 0.35, 6.0, 28.0, 2.0, 0.5, 2.0 ** 28, 2.0 ** -28]:
    x = c
    for _ in range(6):
        edges.append(x); edges.append(-x)
        x = math.nextafter(x, math.inf)
    x = c
    for _ in range(6):
        x = math.nextafter(x, 0)
        edges.append(x); edges.append(-x)
for name in ['cbrt', 'expm1', 'log1p', 'sinh', 'cosh', 'tanh', 'asinh', 'atanh', 'erf', 'erfc', 'acosh']:
    run(name, edges)
print(math.cbrt(-0.0), math.cbrt(5e-324).hex(), math.cbrt(1.7976931348623157e308).hex(), math.cbrt(27.0), math.cbrt(-8.0))
print(math.expm1(709.78), math.expm1(-800.0), math.sinh(710.4), math.cosh(-710.4), math.tanh(-0.0), math.asinh(-0.0))
for bad in [(math.expm1, 710.0), (math.sinh, 711.0), (math.cosh, 711.0), (math.atanh, 1.0), (math.acosh, 0.5), (math.log1p, -1.0)]:
    try:
        bad[0](bad[1])
    except Exception as e:
        print(bad[0].__name__, type(e).__name__, e)
