# round(float, n): correctly rounded decimal rounding (half-even on the exact binary value), and round() to int.
import math

cases = [(0.5, None), (1.5, None), (2.5, None), (-0.5, None), (-1.5, None), (0.49999999999999994, None),
         (2.675, 2), (1.005, 2), (0.125, 2), (0.375, 2), (-0.125, 2), (1.25, 1), (1.35, 1), (2.5, 0), (3.5, 0),
         (123.456, -1), (155.0, -1), (145.0, -1), (-155.0, -1), (1e300, -299), (1e300, -300), (1e300, -308),
         (5e-324, 323), (5e-324, 324), (1.23456789e-10, 15), (123456.7, -5), (0.1, 20), (1e22, 5), (1.5, 400),
         (1.5, -400), (float("inf"), 3), (-0.0, 1), (0.05, 1), (0.15, 1), (0.25, 1), (0.35, 1), (0.45, 1),
         (2**52 + 0.5, None), (4503599627370497.0, None), (1e16, -16), (5e15, -16), (1.5e16, -16)]
for x, n in cases:
    r = round(x) if n is None else round(x, n)
    print(repr(x), n, repr(r), type(r).__name__)
for i in range(-20, 21):
    print(i / 4, round(i / 4), round(i / 4, 1), round(i * 0.05, 1), round(i * 1.111, -1))
print(round(1e20), round(-1e20), round(1.7976931348623157e308) == int(1.7976931348623157e308))
try:
    round(1.5, "x")
except TypeError as e:
    print(e)
try:
    round(1.5, 2.0)
except TypeError as e:
    print(e)
print(round(2.5, None), round(7.0, 2**70), round(7.5, -(2**70)))
class R:
    def __round__(self, n=None):
        return ("custom", n)
print(round(R()), round(R(), 3))
try:
    round("x")
except TypeError as e:
    print(e)
print(math.floor(-0.5), math.ceil(-0.5), round(-0.4), repr(round(-0.4, 0)))
