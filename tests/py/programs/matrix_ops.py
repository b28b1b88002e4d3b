# Matrix operations with a small class: multiplication, transpose, determinant and inverse by
# Gauss-Jordan elimination (floats, printed rounded), and exact integer matrix powers.
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n = len(rows)
        self.m = len(rows[0]) if rows else 0

    @staticmethod
    def identity(n):
        return Matrix([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    def __mul__(self, other):
        if self.m != other.n:
            raise ValueError(f"shape mismatch: {self.n}x{self.m} * {other.n}x{other.m}")
        cols = other.transpose().rows
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])

    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __pow__(self, k):
        result = Matrix.identity(self.n)
        base = self
        while k:
            if k & 1:
                result = result * base
            base = base * base
            k >>= 1
        return result

    def __eq__(self, other):
        return self.rows == other.rows

    def transpose(self):
        return Matrix([list(col) for col in zip(*self.rows)])

    def determinant(self):
        rows = [[float(v) for v in r] for r in self.rows]
        det = 1.0
        for c in range(self.n):
            pivot = max(range(c, self.n), key=lambda r: abs(rows[r][c]))
            if abs(rows[pivot][c]) < 1e-12:
                return 0.0
            if pivot != c:
                rows[c], rows[pivot] = rows[pivot], rows[c]
                det = -det
            det *= rows[c][c]
            for r in range(c + 1, self.n):
                factor = rows[r][c] / rows[c][c]
                for k in range(c, self.n):
                    rows[r][k] -= factor * rows[c][k]
        return det

    def inverse(self):
        n = self.n
        aug = [[float(v) for v in row] + [1.0 if i == j else 0.0 for j in range(n)] for i, row in enumerate(self.rows)]
        for c in range(n):
            pivot = max(range(c, n), key=lambda r: abs(aug[r][c]))
            if abs(aug[pivot][c]) < 1e-12:
                raise ValueError("matrix is singular")
            aug[c], aug[pivot] = aug[pivot], aug[c]
            p = aug[c][c]
            aug[c] = [v / p for v in aug[c]]
            for r in range(n):
                if r != c:
                    f = aug[r][c]
                    aug[r] = [a - f * b for a, b in zip(aug[r], aug[c])]
        return Matrix([row[n:] for row in aug])

    def show(self):
        for row in self.rows:
            print(" ".join(f"{v:>8.3f}" if isinstance(v, float) else f"{v:>8}" for v in row))


a = Matrix([[2, -1, 0], [-1, 2, -1], [0, -1, 2]])
b = Matrix([[1, 2], [3, 4], [5, 6]])
(a * b).show()
print()
b.transpose().show()
print("det(a) =", round(a.determinant(), 6))
inv = a.inverse()
inv.show()
check = a * inv
print("a * inv(a) is identity:", all(abs(check.rows[i][j] - (i == j)) < 1e-9 for i in range(3) for j in range(3)))
fib = Matrix([[1, 1], [1, 0]]) ** 90
print("fib(90) =", fib.rows[0][1])
print((Matrix.identity(2) + Matrix.identity(2)).rows, a == a.transpose())
try:
    b * b
except ValueError as e:
    print("ValueError:", e)
try:
    Matrix([[1, 2], [2, 4]]).inverse()
except ValueError as e:
    print("ValueError:", e)
