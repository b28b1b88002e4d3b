# A polynomial class with integer coefficients: addition, multiplication, evaluation by Horner's
# rule, derivative, division with remainder, composition, and pretty printing.
class Poly:
    def __init__(self, coeffs):
        coeffs = list(coeffs)
        while len(coeffs) > 1 and coeffs[-1] == 0:
            coeffs.pop()
        self.c = coeffs or [0]

    def degree(self):
        return len(self.c) - 1 if self.c != [0] else -1

    def __add__(self, other):
        n = max(len(self.c), len(other.c))
        return Poly([(self.c[i] if i < len(self.c) else 0) + (other.c[i] if i < len(other.c) else 0)
                     for i in range(n)])

    def __neg__(self):
        return Poly([-a for a in self.c])

    def __sub__(self, other):
        return self + (-other)

    def __mul__(self, other):
        if isinstance(other, int):
            return Poly([a * other for a in self.c])
        out = [0] * (len(self.c) + len(other.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(other.c):
                out[i + j] += a * b
        return Poly(out)

    __rmul__ = __mul__

    def __call__(self, x):
        result = 0
        for a in reversed(self.c):
            result = result * x + a
        return result

    def __eq__(self, other):
        return self.c == other.c

    def derivative(self):
        return Poly([i * a for i, a in enumerate(self.c)][1:])

    def divmod(self, divisor):
        if divisor.c[-1] not in (1, -1):
            raise ValueError("divisor must be monic")
        rem = list(self.c)
        quot = [0] * max(1, len(rem) - len(divisor.c) + 1)
        while len(rem) >= len(divisor.c) and rem != [0]:
            shift = len(rem) - len(divisor.c)
            factor = rem[-1] * divisor.c[-1]
            quot[shift] = factor
            for i, d in enumerate(divisor.c):
                rem[shift + i] -= factor * d
            rem.pop()
            while len(rem) > 1 and rem[-1] == 0:
                rem.pop()
        return Poly(quot), Poly(rem)

    def compose(self, inner):
        result = Poly([0])
        for a in reversed(self.c):
            result = result * inner + Poly([a])
        return result

    def __repr__(self):
        terms = []
        for power in range(len(self.c) - 1, -1, -1):
            a = self.c[power]
            if a == 0:
                continue
            sign = "-" if a < 0 else "+"
            mag = abs(a)
            body = ("" if mag == 1 and power else str(mag)) + ("x" if power else "") + (f"^{power}" if power > 1 else "")
            terms.append((sign, body))
        if not terms:
            return "0"
        first_sign, first = terms[0]
        text = ("-" if first_sign == "-" else "") + first
        return text + "".join(f" {s} {b}" for s, b in terms[1:])


p = Poly([-1, 0, 1])
q = Poly([1, 1])
print(p, "|", q, "|", p + q, "|", p - q, "|", p * q, "|", 3 * q)
print([p(x) for x in range(-3, 4)], p.degree(), Poly([0]).degree())
print(Poly([5, -3, 0, 2]).derivative(), (p * p * q).derivative())
quot, rem = Poly([-4, 0, -2, 1]).divmod(Poly([-3, 1]))
print(quot, "rem", rem, quot * Poly([-3, 1]) + rem == Poly([-4, 0, -2, 1]))
print(p.compose(q), q.compose(q).compose(q))
binomial = Poly([1])
for _ in range(8):
    binomial = binomial * q
print(binomial.c, binomial(1), binomial(-1))
try:
    p.divmod(Poly([1, 2]))
except ValueError as e:
    print("ValueError:", e)
