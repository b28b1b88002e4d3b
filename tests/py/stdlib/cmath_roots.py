# cmath in realistic numeric code: quadratic and cubic roots, roots of unity, a small DFT and its
# inverse, impedance of an RLC circuit in polar form, and rect/polar/phase round trips, printed rounded
# to 9 digits (the last bit of sin/cos/atan2 is the C library's business), plus the module constants,
# isclose, isfinite/isinf/isnan and the argument conversions (__complex__, __float__, __index__).
import cmath
import math


def r(z, nd=9):
    if isinstance(z, complex):
        return complex(round(z.real, nd) + 0.0, round(z.imag, nd) + 0.0)
    return round(z, nd) + 0.0


def quadratic(a, b, c):
    d = cmath.sqrt(b * b - 4 * a * c)
    return (-b + d) / (2 * a), (-b - d) / (2 * a)


for coeffs in [(1, 0, 1), (1, -3, 2), (2, 2, 5), (1, 0, -2), (1, 2, 1)]:
    print(coeffs, [r(z) for z in quadratic(*coeffs)])

n = 6
roots = [cmath.exp(2j * cmath.pi * k / n) for k in range(n)]
print([r(z) for z in roots])
print(r(sum(roots)), r(math.prod(roots)))
for z in roots:
    assert cmath.isclose(z ** n, 1, abs_tol=1e-12)

signal = [1.0, 2.0, 0.0, -1.0, 1.5, 0.5, 0.0, 3.0]
N = len(signal)
spectrum = [sum(x * cmath.exp(-2j * cmath.pi * k * t / N) for t, x in enumerate(signal)) for k in range(N)]
print([r(z, 6) for z in spectrum])
back = [sum(X * cmath.exp(2j * cmath.pi * k * t / N) for k, X in enumerate(spectrum)) / N for t in range(N)]
print([r(z, 6) for z in back])

# Series RLC impedance over a few frequencies.
R, L, C = 50.0, 0.1, 1e-5
for f in (10, 159.15494309189535, 1000):
    w = 2 * cmath.pi * f
    Z = R + 1j * w * L + 1 / (1j * w * C)
    mag, ang = cmath.polar(Z)
    print(f'{f:10.3f} Hz |Z|={mag:12.4f} angle={math.degrees(ang):8.3f} deg')

for z in [3 + 4j, -1 + 0j, -1 - 0j, 1j, -2.5 - 7j, 0j]:
    mod, phi = cmath.polar(z)
    print(z, r(mod), r(phi), r(cmath.phase(z)), r(cmath.rect(mod, phi)))

print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(cmath.sqrt(-1), cmath.sqrt(4), cmath.sqrt(-0.0), cmath.sqrt(complex(-0.0, -0.0)), cmath.sqrt(-4 + 0j))
print(cmath.exp(0), cmath.log(1), cmath.log(-1), cmath.log10(100), cmath.log(8, 2), cmath.log(1j))
print(r(cmath.cos(1 + 1j)), r(cmath.sin(1 + 1j)), r(cmath.tan(0.5j)), r(cmath.cosh(1j)), r(cmath.sinh(1)))
print(r(cmath.acos(2)), r(cmath.asin(2)), r(cmath.atan(2j)), r(cmath.acosh(0.5)), r(cmath.asinh(1j)), r(cmath.atanh(2)))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1, 1.1, rel_tol=0.2), cmath.isclose(0, 1e-10, abs_tol=1e-9))
print(cmath.isfinite(1 + 2j), cmath.isinf(complex(1, -math.inf)), cmath.isnan(complex(math.nan, 0)))


class Phasor:
    def __complex__(self):
        return 2j


class Level:
    def __float__(self):
        return 9.0


class Count:
    def __index__(self):
        return 16


print(cmath.sqrt(Phasor()), cmath.sqrt(Level()), cmath.sqrt(Count()), cmath.sqrt(True))
