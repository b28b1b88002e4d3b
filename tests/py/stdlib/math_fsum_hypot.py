# math: fsum (exact summation), hypot and dist (CPython's vector_norm), with the cases naive code gets wrong.
import math
print(sum([0.1] * 10), math.fsum([0.1] * 10))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([]), math.fsum([1, 2, 3]))
print(math.fsum([1.7976931348623157e308, -1.7976931348623157e308, 1.0]), math.fsum([2.0 ** 53, 1.0, 2.0 ** -60]))
print(math.fsum([1.0, 1e-16, 1e-16]), math.fsum([0.3, -0.1, -0.2]), math.fsum(x / 7 for x in range(100)))
print(math.fsum([math.inf, 1.0]), math.fsum([-math.inf, 5.0]), math.fsum([math.nan, 1.0]), math.fsum([1e308, -1e308, math.inf]))
print(math.fsum([2.0 ** 1023, 2.0 ** 970, -2.0 ** 1023]), math.fsum([5e-324, 5e-324]), math.fsum(i * 1e-17 for i in range(1, 10001)))
for args in [(3, 4), (1, 1), (5, 12, 84), (), (7,), (-3,), (1e308, 1e308), (1e-320, 1e-320), (0.1, 0.2, 0.3), tuple(range(10)),
             (math.inf, math.nan), (math.nan, 1), (3e-310, 4e-310), (1.5, 2.5, 3.5, 4.5), (2 ** 60, 1)]:
    print(args[:4], math.hypot(*args))
print(math.dist((1, 2), (4, 6)), math.dist([0.1, 0.2], (0.3, 0.4)), math.dist((1,), (5,)), math.dist((), ()), math.dist(range(3), [3, 2, 1]))
pts = [(0.0, 0.0), (3.0, 4.0), (6.5, -1.25), (1e10, 1e-10)]
print([round(math.dist(p, q), 12) for p in pts for q in pts])
