# float ** float, pow(), math.pow, math.exp/exp2/log/log2/log10 on inputs where glibc's results (what CPython on
# Linux prints) are not the correctly rounded ones, found by tools/libm-compare.py; plus constant folding, special
# values, subnormal and overflowing results, and the errors with their messages.
import math

h = float.fromhex


def show(label, f, *args):
    try:
        r = f(*args)
    except (OverflowError, ValueError, ZeroDivisionError, TypeError) as e:
        print(label, type(e).__name__, e)
        return
    print(label, r.hex() if isinstance(r, float) else r, repr(r))


# The n-body benchmark's case: x ** 0.5 is not math.sqrt(x) here.
x = 2.311847734370935
print(x ** 0.5, math.sqrt(x), x ** 0.5 == math.sqrt(x), pow(x, 0.5), math.pow(x, 0.5))
print(2.311847734370935 ** 0.5)  # folded at compile time

for s in ['0x1.c9d2294750502p+52', '0x1.d4d1e96b0b787p+21', '0x1.5fd9b3500771ep-9', '0x1.b9e25e6dc8033p+50']:
    v = h(s)
    print('sqrt', s, (v ** 0.5).hex(), math.sqrt(v).hex())
for s in ['0x1.ae0a18a9684b6p+10', '0x1.a8b14a223de16p+19', '0x1.53bf2e1c5f282p-57', '0x1.447adf053fa1ap-28']:
    v = h(s)
    print('square', s, (v ** 2).hex(), (v ** 2.0).hex(), (v * v).hex(), math.pow(v, 2).hex())
for s in ['0x1.d94bf2899bdc3p+43', '0x1.31209a9fb30dep-27', '0x1.b6a3633e7d52fp-5', '0x1.651bdc7916048p+30']:
    v = h(s)
    print('inverse', s, (v ** -1).hex(), (1 / v).hex(), (-v) ** -1)

pow_cases = [
    ('0x1.045c4b30c25c7p+0', '-0x1.c77cdba4907c4p+3'), ('0x1.000000001aa6ep+0', '-0x1.782be77f499f4p+26'),
    ('0x1.fffffffffcc8fp-1', '0x1.d80e8f33d4294p+30'), ('0x1.0000000000130p+0', '-0x1.992dced77b940p+37'),
    ('0x1.0000000000017p+0', '0x1.df106920be5d6p+53'), ('0x1.a2225aa7c6386p-762', '0x1.63fa4b4928220p-1'),
    ('0x1.a3c3ecb4761abp+251', '-0x1.adb36f61a843ap+1'), ('0x1.6886a68e9f972p+438', '-0x1.8f8fba308e188p-1'),
    ('0x1.ff29e2e2b4f59p-1', '0x1.b316cf8a56dd2p+4'), ('0x1.03b1f4eac130ep+0', '0x1.74ddc47f59a60p+13'),
]
for a, b in pow_cases:
    show('pow ' + a + ' ' + b, lambda p, q: p ** q, h(a), h(b))
    show('math.pow', math.pow, h(a), h(b))

for name, f, cases in [
    ('exp', math.exp, ['-0x1.a711eb6ad1b10p+5', '0x1.b7e73e7c45e1cp+8', '-0x1.857f46b27bcf4p+7', '0x1.3191510898f50p+8',
                       '-0x1.eaa795639bd44p+8', '0x1.22a4d18eb0620p+9', '-0x1.2e314891978dfp+8', '-0x1.2ef45071b792dp+9',
                       '0x1.33c788bb2ba18p+8', '-0x1.0eb2ff0ae4ef0p+5']),
    ('exp2', math.exp2, ['0x1.c6f731bd70fe0p+8', '0x1.216d98db62504p+7', '0x1.4f523e40c5c01p+9', '-0x1.22934354a4b83p+5',
                         '-0x1.d7ca6f9b2bbf5p+4', '0x1.6cecf00383c0bp+8', '-0x1.0e949ced9d4c7p+9']),
    ('log', math.log, ['0x1.fab611fc839e8p-1', '0x1.fe91e5296d6d6p-1', '0x1.a825f01ec0094p-1', '0x1.ee1058826d731p-1',
                       '0x1.2941de3ab9b97p+0', '0x1.222afe6526386p+0', '0x1.704cd5e91af19p+131', '0x1.ce172364c7c40p-1']),
    ('log2', math.log2, ['0x1.cbed0c417e40cp-1', '0x1.2acb96568b921p+0', '0x1.fd5de191fa024p-1', '0x1.107bd45840222p+0',
                         '0x1.01543ae194419p+0', '0x1.729b70a942237p+0', '0x1.2bb6be98113f6p+0']),
    ('log10', math.log10, ['0x1.2201c1835a69cp-1', '0x1.27409ccdd2e3ap+2', '0x1.1e1b4f5c6efe9p-647', '0x1.dd9ba5b7a3514p+8',
                           '0x1.3aec065fa306bp-90', '0x1.fe55e833fe7f4p+590', '0x1.4961eb9d5d1f8p-2']),
]:
    for s in cases:
        show(name + ' ' + s, f, h(s))

# math.log with a base, and of ints too big for a float
print(math.log(h('0x1.704cd5e91af19p+131'), 10), math.log(1000, 10), math.log(8, 2), math.log(2 ** 2000), math.log10(10 ** 400))
print(math.log2(3 ** 1000), math.log(7 ** 500, 7), math.log1p(1e-20), math.log(1.0000000001))

# results near 1, tiny and huge exponents, subnormal and overflowing results
vals = [1.0000000001, 0.9999999999, 1.5, 2.5, 10.0, 1e-5, 1e300, 5e-324, 2.2250738585072014e-308, 123456.789]
exps = [0.5, -0.5, 1.5, -1.5, 1 / 3, 2.0, 3.0, -2.0, 7.25, 1e-20, 1e20, 300.0, -300.0, 0.0, 1.0, -1.0]
for v in vals:
    out = []
    for e in exps:
        try:
            out.append((v ** e).hex())
        except OverflowError:
            out.append('OverflowError')
    print(v, ' '.join(out))
print((2.0 ** -1074).hex(), (2.0 ** -1075), (0.5 ** 1074.5).hex(), h('0x1.fffffffffffffp+1023') ** 1.0)
print(math.exp(-745.1), math.exp(-744.44007192138), math.exp(709.782712893384), math.exp(-708.5).hex())
print(math.exp2(-1074), math.exp2(-1075), math.exp2(-1074.5), math.exp2(1023.999), math.exp2(0.5).hex())
print(math.exp(1e-300), math.exp(-1e-17), math.exp(1), math.exp(-1), math.exp(10), math.exp(0.5).hex())
print(math.log(5e-324), math.log2(5e-324), math.log10(5e-324), math.log(1e-310).hex(), math.log(2), math.log(10))
print(math.log2(1024), math.log2(2 ** -1074), math.log10(1e22), math.log10(1e-300), math.log10(1000))

# negative bases with integral exponents, zeros, infinities and NaNs
print((-2.0) ** 3, (-2.0) ** 4, (-2.0) ** -3, (-1.5) ** 1001, (-1.5) ** 1000.0, (-0.5) ** 1075, (-0.5) ** 1074)
print((-1.0) ** 1e300, (-1.0) ** float('inf'), 1.0 ** float('nan'), float('nan') ** 0, 0.0 ** 0.0, (-0.0) ** 3)
print((-0.0) ** 0.5, 0.0 ** 2.5, float('inf') ** -1, float('-inf') ** 3, float('-inf') ** -3, float('-inf') ** 0.5)
print(0.5 ** float('inf'), 2.0 ** float('-inf'), 2.0 ** float('inf'), 0.5 ** float('-inf'), float('nan') ** 2)
print(math.pow(-2.0, 3), math.pow(-8.0, -1), math.pow(0.0, 0.0), math.pow(-0.0, 3), math.pow(1.0, float('nan')))
print((-8.0) ** (1 / 3), (-2.0) ** 0.5)
print(2 ** -1, 10 ** -2, 3 ** -5, 7 ** -0.5, (-3) ** -3, 2 ** 0.5, 10 ** 0.5)

# errors
for label, f in [
    ('0.0 ** -1.0', lambda: 0.0 ** -1.0), ('0.0 ** -0.5', lambda: 0.0 ** -0.5), ('10.0 ** 400', lambda: 10.0 ** 400),
    ('(-10.0) ** 401', lambda: (-10.0) ** 401), ('1e300 ** 1.5', lambda: 1e300 ** 1.5), ('pow(2.0, 3, 5)', lambda: pow(2.0, 3, 5)),
    ('math.pow(0.0, -1.0)', lambda: math.pow(0.0, -1.0)), ('math.pow(-2.0, 0.5)', lambda: math.pow(-2.0, 0.5)),
    ('math.pow(10.0, 400)', lambda: math.pow(10.0, 400)), ('math.exp(710)', lambda: math.exp(710)),
    ('math.exp2(1024)', lambda: math.exp2(1024)), ('math.log(0)', lambda: math.log(0)), ('math.log(-1.0)', lambda: math.log(-1.0)),
    ('math.log2(-0.0)', lambda: math.log2(-0.0)), ('math.log10(-5)', lambda: math.log10(-5)), ('math.log(5, 1)', lambda: math.log(5, 1)),
    ('math.log(8, 0.0)', lambda: math.log(8, 0.0)), ('0 ** -1', lambda: 0 ** -1), ('2 ** -100000', lambda: 2 ** -100000),
]:
    show(label, f)
print(math.exp(float('inf')), math.exp(float('-inf')), math.exp(float('nan')), math.log(float('inf')), math.log2(float('nan')))

# a loop like the benchmarks': the values add up the same way
acc = 0.0
for i in range(1, 2001):
    d = i * 0.37 + 0.01
    acc += d ** -1.5 + d ** 0.5 + math.exp(-d / 100) + math.log(d)
print(acc.hex(), acc)
