# A realistic numeric program: quadrature rules (trapezoid, Simpson, Gauss-Legendre, Romberg), Newton's method
# and a small ODE integrator, checked against closed forms with math.isclose.
import math

def trapezoid(f, a, b, n):
    h = (b - a) / n
    return h * (f(a) / 2 + math.fsum(f(a + i * h) for i in range(1, n)) + f(b) / 2)

def simpson(f, a, b, n):
    h = (b - a) / n
    s = f(a) + f(b)
    s += 4 * math.fsum(f(a + i * h) for i in range(1, n, 2))
    s += 2 * math.fsum(f(a + i * h) for i in range(2, n, 2))
    return s * h / 3

def romberg(f, a, b, levels):
    r = [[trapezoid(f, a, b, 1)]]
    for k in range(1, levels):
        row = [trapezoid(f, a, b, 2 ** k)]
        for j in range(1, k + 1):
            row.append(row[j - 1] + (row[j - 1] - r[k - 1][j - 1]) / (4 ** j - 1))
        r.append(row)
    return r[-1][-1]

nodes = [(-math.sqrt(3 / 5), 5 / 9), (0.0, 8 / 9), (math.sqrt(3 / 5), 5 / 9)]
def gauss3(f, a, b, pieces):
    h = (b - a) / pieces
    total = 0.0
    for p in range(pieces):
        lo = a + p * h
        mid, half = lo + h / 2, h / 2
        total += half * math.fsum(w * f(mid + half * x) for x, w in nodes)
    return total

cases = [
    ('exp on [0,1]', math.exp, 0.0, 1.0, math.e - 1),
    ('1/x on [1,e]', lambda x: 1 / x, 1.0, math.e, 1.0),
    ('sqrt on [0,4]', math.sqrt, 0.0, 4.0, 16 / 3),
    ('x^3-2x on [-1,2]', lambda x: x ** 3 - 2 * x, -1.0, 2.0, 0.75),
    ('1/(1+x^2) on [0,1]', lambda x: 1 / (1 + x * x), 0.0, 1.0, math.pi / 4),
]
for name, f, a, b, exact in cases:
    t, s, g, r = trapezoid(f, a, b, 64), simpson(f, a, b, 64), gauss3(f, a, b, 8), romberg(f, a, b, 8)
    print(f'{name:20} trap {abs(t - exact):.2e} simp {abs(s - exact):.2e} gauss {abs(g - exact):.2e} romb {abs(r - exact):.2e}',
          math.isclose(r, exact, rel_tol=1e-9))

def newton(f, df, x, steps=50):
    for i in range(steps):
        step = f(x) / df(x)
        x -= step
        if abs(step) < 1e-15 * max(1.0, abs(x)):
            return x, i
    return x, steps
root, its = newton(lambda x: x * x - 2, lambda x: 2 * x, 1.0)
print('sqrt2', root, root == math.sqrt(2), its)
root, its = newton(lambda x: math.exp(x) - 3 * x, lambda x: math.exp(x) - 3, 0.0)
print('e^x = 3x', round(root, 12), its)

def rk4(f, y, t, h, n):
    for _ in range(n):
        k1 = f(t, y)
        k2 = f(t + h / 2, y + h / 2 * k1)
        k3 = f(t + h / 2, y + h / 2 * k2)
        k4 = f(t + h, y + h * k3)
        y += h / 6 * (k1 + 2 * k2 + 2 * k3 + k4)
        t += h
    return y
y = rk4(lambda t, y: -2 * t * y, 1.0, 0.0, 0.01, 100)
print('rk4', f'{y:.12f}', f'{math.exp(-1):.12f}', math.isclose(y, math.exp(-1), rel_tol=1e-9))
print('stirling', [round(math.lgamma(n + 1) - (n * math.log(n) - n + 0.5 * math.log(2 * math.pi * n)), 10) for n in (5, 10, 50, 100)])
