# math: the exceptions and messages for bad arguments, domain errors and overflow.
import math
def check(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__ + ':', e)
for expr in ['math.sqrt()', 'math.sqrt(1, 2)', 'math.atan2(1)', 'math.pow(1)', "math.sqrt('a')", 'math.sqrt(None)',
             'math.gcd(1.5)', 'math.factorial(1.5)', 'math.factorial(-1)', 'math.factorial(10 ** 20)', 'math.comb(-1, 2)',
             'math.comb(3, -2)', 'math.comb(3)', 'math.perm(3, -1)', 'math.perm()', 'math.isqrt(-1)', 'math.isqrt(2.0)',
             'math.ldexp(1.0, 1.5)', 'math.ldexp(1.0, 2000)', "math.trunc('a')", "math.floor('a')", "math.ceil([])",
             'math.isclose(1, 2, rel_tol=-1)', 'math.isclose(1, 2, 3)', 'math.dist((1, 2), (1,))', 'math.dist(1, 2)',
             'math.sumprod([1], [1, 2])', 'math.nextafter(1, 2, steps=-1)', 'math.log(0)', 'math.log(-1)', 'math.log(0.0)',
             'math.log(1, 0)', 'math.log(8, 1)', 'math.log2(-2)', 'math.log10(0)', 'math.log()', 'math.log(1, 2, 3)',
             'math.exp(1000)', 'math.expm1(800)', 'math.cosh(1000)', 'math.sinh(-1000)', 'math.exp2(1024)',
             'math.fsum([1e308, 1e308])', 'math.fsum([math.inf, -math.inf])', "math.fsum(['a'])", 'math.fsum(5)',
             'math.fmod(1, 0)', 'math.fmod(math.inf, 1)', 'math.remainder(1, 0)', 'math.remainder(math.inf, 1)',
             'math.pow(0, -1)', 'math.pow(-1, 0.5)', 'math.pow(10, 400)', 'math.pow(-0.0, -3)',
             'math.gamma(0)', 'math.gamma(-1)', 'math.gamma(200)', 'math.gamma(-math.inf)', 'math.lgamma(0)', 'math.lgamma(-3)',
             'math.acos(2)', 'math.asin(-1.5)', 'math.sqrt(-1)', 'math.acosh(0.5)', 'math.atanh(1)', 'math.sin(math.inf)',
             'math.cos(-math.inf)', 'math.tan(math.inf)', 'math.log1p(-1)', 'math.log1p(-2)', 'math.exp(2 ** 2000)',
             'math.sqrt(2 ** 2000)', 'math.floor(math.inf)', 'math.ceil(math.nan)', 'math.trunc(-math.inf)', 'math.prod(5)',
             'math.hypot(1, "a")', 'math.lcm(2, 2.0)', 'math.copysign(1)', 'math.frexp("x")', 'math.modf(None)']:
    print(expr, end=' -> ')
    check(lambda: eval(expr))

class Floorable:
    def __floor__(self): return 'floor!'
    def __ceil__(self): return 'ceil!'
    def __trunc__(self): return 'trunc!'
class HasFloat:
    def __float__(self): return 2.75
print(math.floor(Floorable()), math.ceil(Floorable()), math.trunc(Floorable()), math.floor(HasFloat()), math.sqrt(HasFloat()))
