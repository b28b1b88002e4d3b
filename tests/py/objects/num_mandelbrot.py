# A realistic complex-number program: an ASCII Mandelbrot set, a Julia set, and polynomial roots found
# by Durand-Kerner iteration.
def mandel(c, limit=40):
    z = 0j
    for n in range(limit):
        z = z * z + c
        if abs(z) > 2:
            return n
    return limit

chars = ' .:-=+*#%@'
for row in range(16):
    y = 1.2 - row * 0.16
    line = ''
    for col in range(56):
        x = -2.1 + col * 0.05
        n = mandel(complex(x, y))
        line += chars[min(n, 39) * len(chars) // 40]
    print(line.rstrip())

c = -0.8 + 0.156j
for row in range(8):
    line = ''
    for col in range(40):
        z = complex(-1.5 + col * 0.075, 1.0 - row * 0.28)
        n = 0
        while abs(z) <= 2 and n < 30:
            z = z * z + c
            n += 1
        line += '#' if n == 30 else ('+' if n > 8 else '.')
    print(line)

def poly(coeffs, x):
    r = 0j
    for a in coeffs:
        r = r * x + a
    return r

coeffs = [1, -3, 3, -5]  # x**3 - 3x**2 + 3x - 5
roots = [(0.4 + 0.9j) ** k for k in range(3)]
for it in range(60):
    new = []
    for i, r in enumerate(roots):
        denom = 1
        for j, s in enumerate(roots):
            if i != j:
                denom *= (r - s)
        new.append(r - poly(coeffs, r) / denom)
    roots = new
for r in sorted(roots, key=lambda z: (round(z.real, 9), round(z.imag, 9))):
    print(f'{r.real:.9f} {r.imag:+.9f}j  |p(r)| < 1e-9: {abs(poly(coeffs, r)) < 1e-9}')
print(round(sum(roots).real, 9), round(abs(roots[0] * roots[1] * roots[2]), 9))
