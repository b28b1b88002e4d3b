# math: the real functions on a spread of arguments (exp/log family, powers, roots, gamma, erf) and the
# constants. sin/cos/tan/asinh/cbrt are printed to 13 significant digits and erfc is tested away from its
# far tail: there V8's and glibc's results can differ in the last ulp.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan, type(math.nan).__name__)
xs = [0.0, 0.5, 1.0, 2.0, 10.0, 0.1, 1e-10, 3.7, 100.5, -2.5, 1e-300]
for name in ['exp', 'expm1', 'log1p', 'sqrt', 'atan', 'sinh', 'cosh', 'tanh', 'erf', 'gamma', 'lgamma', 'exp2', 'fabs']:
    out = []
    for x in xs:
        try:
            out.append(repr(getattr(math, name)(x)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(name, ' '.join(out))
for name in ['sin', 'cos', 'tan', 'asinh', 'cbrt', 'acos', 'asin', 'acosh', 'atanh']:
    out = []
    for x in [0.0, 0.25, 0.5, 0.75, 1.0, 2.0, -0.3, 10.0]:
        try:
            out.append('%.13g' % getattr(math, name)(x))
        except ValueError as e:
            out.append('ValueError')
    print(name, ' '.join(out))
for name in ['log', 'log2', 'log10']:
    print(name, [getattr(math, name)(x) for x in [0.5, 1, 2, 3, 10, 1e-300, 7.5, 1000, 2 ** 1000, 10 ** 400, 1e308]])
print(math.log(2 ** 10000), math.log(2 ** 10000, 2), math.log10(10 ** 500), math.log(100, 10), math.log(8, 2), math.log(3 ** 2000, 3))
print(math.pow(2, 0.5), math.pow(-8, 3), math.pow(-2, -3), math.pow(0, 0), math.pow(1, math.nan), math.pow(math.nan, 0), math.pow(-1, math.inf), math.pow(0.5, -math.inf))
print(math.pow(-math.inf, 3), math.pow(-math.inf, 2), math.pow(-math.inf, -3), math.pow(2, 1023.5), math.pow(10, -320), math.pow(1.0000001, 1e9))
print(math.gamma(0.5), math.gamma(5.5), math.gamma(-1.5), math.gamma(171.5), math.gamma(1e-25), math.gamma(-201.5), math.gamma(23), math.gamma(24))
print(math.lgamma(0.5), math.lgamma(100.3), math.lgamma(-2.5), math.lgamma(1e-25), math.lgamma(1e300), math.lgamma(2), math.lgamma(-0.5))
print(math.erf(0.3), math.erf(-0.9), math.erf(1.5), math.erf(3.0), math.erf(7), math.erfc(0.3), math.erfc(-1), math.erfc(2), math.erfc(5), math.erfc(-7))
print(math.atan2(1, -1), math.atan2(-0.0, -1), math.atan2(0.0, 0.0), math.atan2(math.inf, math.inf), math.hypot(math.inf, math.nan))
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(45))
print(math.isfinite(1e308), math.isinf(-math.inf), math.isnan(math.nan), math.isnan(3), math.isfinite(10 ** 300))
for x in [2.5, -2.5, 3.0, -0.5, 1e300, 7, -7, True]:
    print(x, math.floor(x), math.ceil(x), math.trunc(x), type(math.floor(x)).__name__)
print(math.modf(-3.25), math.modf(2.0), math.modf(-math.inf), math.frexp(1e-310), math.frexp(-8.0), math.frexp(0.0))
print(math.ldexp(0.75, -1074), math.ldexp(1, 1023), math.ldexp(-3.5, 4), math.ldexp(1.0, -2000), math.ldexp(math.inf, -5))
print(math.fmod(-7, 3), math.fmod(7, -3), math.fmod(5.5, math.inf), math.fmod(-0.0, 1), math.remainder(7, 4), math.remainder(5, 2), math.remainder(-5, 2), math.remainder(3, math.inf))
print(math.copysign(3, -0.0), math.copysign(-2, 5), math.copysign(1, math.nan), math.fabs(-0.0))
print(math.nextafter(1, 2), math.nextafter(1, 0), math.nextafter(0.0, -1), math.nextafter(1, 2, steps=10), math.nextafter(1.0, 0.0, steps=3), math.nextafter(5e-324, 1, steps=0))
print(math.ulp(1.0), math.ulp(1e300), math.ulp(0.0), math.ulp(-2.5), math.ulp(math.inf), math.ulp(1.7976931348623157e308))
print(math.isclose(1, 1 + 1e-10), math.isclose(1, 1.1), math.isclose(0, 1e-12, abs_tol=1e-9), math.isclose(math.inf, math.inf), math.isclose(1.0, 1.05, rel_tol=0.1))
