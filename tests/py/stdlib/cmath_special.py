# cmath's special values and errors: infinities, NaNs and signed zeros in every function (C99 Annex G,
# as CPython gives them), the ValueError "math domain error" and OverflowError "math range error" cases,
# log with a base (including the degenerate ones), rect with infinite arguments, isclose's checks, and
# argument errors.
import cmath
import math

inf, nan = math.inf, math.nan
values = [complex(a, b) for a in (-inf, -2.0, -0.0, 0.0, 2.0, inf, nan) for b in (-inf, -2.0, -0.0, 0.0, 2.0, inf, nan)]
special = [z for z in values if not (math.isfinite(z.real) and math.isfinite(z.imag))]


def show(x):
    if isinstance(x, complex):
        return f'({show(x.real)}, {show(x.imag)})'
    if math.isnan(x):
        return 'nan'
    if x in (0.0, 2.0, -2.0, 1.0, -1.0, inf, -inf, math.pi, math.pi / 2, math.pi / 4, 3 * math.pi / 4,
             -math.pi, -math.pi / 2, -math.pi / 4, -3 * math.pi / 4):
        return repr(x)
    return 'finite'


for name in ['sqrt', 'exp', 'log', 'log10', 'acos', 'asin', 'atan', 'acosh', 'asinh', 'atanh',
             'cos', 'sin', 'tan', 'cosh', 'sinh', 'tanh']:
    f = getattr(cmath, name)
    row = []
    for z in special:
        try:
            row.append(show(f(z)))
        except ValueError:
            row.append('EDOM')
        except OverflowError:
            row.append('ERANGE')
    print(name, ' '.join(row))

for r in (-inf, -2.0, -0.0, 0.0, 2.0, inf, nan):
    row = []
    for phi in (-inf, -0.0, 0.0, inf, nan, 1.0):
        try:
            row.append(show(cmath.rect(r, phi)))
        except ValueError:
            row.append('EDOM')
    print('rect', r, ' '.join(row))

for z in special[:12]:
    print('polar', z, cmath.polar(z), cmath.phase(z), cmath.isfinite(z), cmath.isinf(z), cmath.isnan(z))


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


attempt('log 0:', lambda: cmath.log(0))
attempt('log10 0:', lambda: cmath.log10(0j))
attempt('log base 1:', lambda: cmath.log(1, 1))
attempt('log base 0:', lambda: cmath.log(2, 0))
attempt('log of 0 base 2:', lambda: cmath.log(0, 2))
attempt('atanh 1:', lambda: cmath.atanh(1))
attempt('atanh -1:', lambda: cmath.atanh(-1))
attempt('atan 1j:', lambda: cmath.atan(1j))
attempt('exp overflow:', lambda: cmath.exp(1000))
attempt('exp inf imag:', lambda: cmath.exp(complex(1, inf)))
attempt('cosh overflow:', lambda: cmath.cosh(1000 + 1j))
attempt('sinh 710:', lambda: cmath.sinh(710))
attempt('tan large imag:', lambda: cmath.tan(800j))
attempt('tanh large:', lambda: cmath.tanh(-1000 + 2j))
attempt('exp -1000:', lambda: cmath.exp(-1000 + 1j))
attempt('phase underflow:', lambda: cmath.phase(complex(1e300, 1e-30)))
attempt('phase tiny:', lambda: cmath.phase(complex(1, 1e-320)))
attempt('polar huge:', lambda: cmath.polar(complex(1.5e308, 1.5e308)))
attempt('sqrt tiny:', lambda: cmath.sqrt(complex(5e-324, 5e-324)))
attempt('log tiny:', lambda: cmath.log(complex(5e-324, 0)))
attempt('log huge:', lambda: cmath.log(complex(1e308, -1e308)))
attempt('acos huge:', lambda: cmath.acos(complex(1e308, 1e308)))
attempt('rect inf:', lambda: cmath.rect(1, inf))
attempt('rect str:', lambda: cmath.rect('x', 1))
attempt('rect complex:', lambda: cmath.rect(1j, 1))
attempt('sqrt str:', lambda: cmath.sqrt('4'))
attempt('sqrt none:', lambda: cmath.sqrt(None))
attempt('sqrt big int:', lambda: cmath.sqrt(10 ** 400))
attempt('sqrt no args:', lambda: cmath.sqrt())
attempt('log 3 args:', lambda: cmath.log(1, 2, 3))
attempt('log keywords:', lambda: cmath.log(x=1))
attempt('isclose tol:', lambda: cmath.isclose(1, 1, rel_tol=-1))
attempt('isclose args:', lambda: cmath.isclose(1, 1, 1))
attempt('isclose inf:', lambda: cmath.isclose(complex(inf, 0), complex(inf, 0)))
attempt('isclose inf2:', lambda: cmath.isclose(complex(inf, 0), complex(inf, 1)))
attempt('isclose nan:', lambda: cmath.isclose(nan, nan))


class Bad:
    def __complex__(self):
        return 5


attempt('bad __complex__:', lambda: cmath.exp(Bad()))
