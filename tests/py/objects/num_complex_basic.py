# complex: construction, repr/str, attributes, arithmetic mixed with int and float, comparisons, hash.
vals = [0j, 1j, -1j, 1 + 2j, -1.5 - 2.25j, complex(-0.0, -0.0), complex(0.0, -0.0), complex(-0.0, 0.0),
        complex(1e16, 1e-5), complex(float('inf'), float('-inf')), complex(float('nan'), 1),
        complex(1, -float('nan')), 3 + 0j, complex(1e300, 1e300), 123456789.125j]
for v in vals:
    print(repr(v), str(v), v.real, v.imag, bool(v))
print(complex(), complex(3), complex(2.5), complex(True), complex(1, 2), complex(1j, 1j), complex(1 + 2j, 3 + 4j))
print(complex(real=1, imag=2), complex(imag=2), complex(real=-0.0), complex(1e400), complex(2, -0.0))
print(type(1j).__name__, (1j).conjugate(), (1 - 2j).conjugate(), complex.__complex__(2j), (3 + 4j).__getnewargs__())

a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, -a, +a, abs(a), abs(b))
print(a + 1, 1 + a, a - 2.5, 2.5 - a, a * 2, 2 * a, a / 2, 2 / a, a * True)
print(a ** 2, a ** 3, a ** -1, a ** 0, a ** 1, b ** 10, (1 + 1j) ** 100, (1 + 1j) ** -100)
print(1j ** 2, 1j ** 3, 1j ** 4, (-1) ** 0.5, (-8) ** (1 / 3), 2 ** 1j == (2 + 0j) ** 1j)
print(0j ** 0, 0j ** 2, (2 + 0j) ** 0.5, complex(0, 0) ** 1.5)
x = 1 + 1j
x += 1
x *= 2j
x -= 1.5
x /= 2
print(x)
print(a == 3 + 4j, a != 3 + 4j, (2 + 0j) == 2, (2 + 0j) == 2.0, (2 + 1j) == 2, 2 == 2 + 0j, 2.0 != 2 + 0j)
print((2 ** 60 + 0j) == 2 ** 60, (2 ** 60 + 0j) == 2 ** 60 + 1, 1j == 'x', 1j in [1, 2, 1j], [1j].index(1j))
for v in [1 + 2j, 0.5 - 1j, 3 + 0j, 2.5 + 0j, 1j, -1j, complex(-0.0, 0), complex(float('inf'), 0), complex(0, float('inf')), 1e20 + 1e20j]:
    print(hash(v), end=' ')
print()
print(hash(3 + 0j) == hash(3), hash(2.5 + 0j) == hash(2.5), {1 + 0j: 'a', 1: 'b'}, len({1j, 1j + 0, complex(0, 1)}))
print(sum([1j, 2, 3.5, 1 - 1j]), sum([1j] * 10, 0j), max([1, 2]) + 1j)

class Point(complex):
    def norm(self):
        return abs(self)
p = Point(3, 4)
print(p, p.norm(), type(p).__name__, type(p + 1).__name__, isinstance(p, complex), p == 3 + 4j)

class HasComplex:
    def __complex__(self):
        return 2 - 3j
print(complex(HasComplex()))

class HasFloat:
    def __float__(self):
        return 2.5
class HasIndex:
    def __index__(self):
        return 7
print(complex(HasFloat()), complex(HasIndex()), complex(HasFloat(), HasIndex()), complex(1, HasFloat()))
