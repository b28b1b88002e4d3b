# A matrix library with __slots__ and full operator overloading: arithmetic, matmul, reflected
# and in-place operators, comparison, hashing of frozen matrices, indexing with tuples and
# slices, iteration protocol, exact determinants and inverses with fractions.Fraction.
from fractions import Fraction
from itertools import product
from functools import reduce
import operator


class Matrix:
    __slots__ = ('rows', 'cols', '_data')

    def __init__(self, rows, cols=None, fill=0):
        if cols is None:
            data = [list(r) for r in rows]
            self.rows, self.cols = len(data), len(data[0]) if data else 0
            if any(len(r) != self.cols for r in data):
                raise ValueError('ragged rows')
            self._data = [x for r in data for x in r]
        else:
            self.rows, self.cols = rows, cols
            self._data = [fill] * (rows * cols)

    @classmethod
    def identity(cls, n):
        m = cls(n, n)
        for i in range(n):
            m[i, i] = 1
        return m

    def __getitem__(self, key):
        if isinstance(key, tuple):
            i, j = key
            if isinstance(i, slice) or isinstance(j, slice):
                ri = range(self.rows)[i] if isinstance(i, slice) else [i]
                rj = range(self.cols)[j] if isinstance(j, slice) else [j]
                return Matrix([[self[a, b] for b in rj] for a in ri])
            if not (0 <= i < self.rows and 0 <= j < self.cols):
                raise IndexError(f'index ({i}, {j}) out of range for {self.rows}x{self.cols}')
            return self._data[i * self.cols + j]
        return self._data[key * self.cols:(key + 1) * self.cols]

    def __setitem__(self, key, value):
        i, j = key
        self._data[i * self.cols + j] = value

    def __iter__(self):
        for i in range(self.rows):
            yield tuple(self[i])

    def __len__(self):
        return self.rows

    def __repr__(self):
        return f'Matrix({[list(r) for r in self]!r})'

    def __str__(self):
        cells = [[str(x) for x in r] for r in self]
        w = max((len(c) for r in cells for c in r), default=1)
        return '\n'.join('[' + ' '.join(c.rjust(w) for c in r) + ']' for r in cells)

    def _zip(self, other, op):
        if isinstance(other, Matrix):
            if (self.rows, self.cols) != (other.rows, other.cols):
                raise ValueError(f'shape mismatch {self.shape} vs {other.shape}')
            data = [op(a, b) for a, b in zip(self._data, other._data)]
        elif isinstance(other, (int, float, Fraction)):
            data = [op(a, other) for a in self._data]
        else:
            return NotImplemented
        m = Matrix(self.rows, self.cols)
        m._data = data
        return m

    @property
    def shape(self):
        return self.rows, self.cols

    def __add__(self, other):
        return self._zip(other, operator.add)

    __radd__ = __add__

    def __sub__(self, other):
        return self._zip(other, operator.sub)

    def __rsub__(self, other):
        return self._zip(other, lambda a, b: b - a)

    def __mul__(self, other):
        return self._zip(other, operator.mul)

    __rmul__ = __mul__

    def __truediv__(self, k):
        return self._zip(Fraction(1) / k if isinstance(k, int) else 1 / k, operator.mul)

    def __neg__(self):
        return self * -1

    def __pos__(self):
        return self

    def __abs__(self):
        return Matrix([[abs(x) for x in r] for r in self])

    def __matmul__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        if self.cols != other.rows:
            raise ValueError(f'cannot multiply {self.shape} by {other.shape}')
        m = Matrix(self.rows, other.cols)
        for i, j in product(range(self.rows), range(other.cols)):
            m[i, j] = sum(self[i, k] * other[k, j] for k in range(self.cols))
        return m

    def __imatmul__(self, other):
        res = self @ other
        self.rows, self.cols, self._data = res.rows, res.cols, res._data
        return self

    def __pow__(self, n):
        if n < 0:
            return self.inverse() ** -n
        result = Matrix.identity(self.rows)
        base = self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result

    def __eq__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        return self.shape == other.shape and self._data == other._data

    def __hash__(self):
        return hash((self.shape, tuple(self._data)))

    def __bool__(self):
        return any(self._data)

    def transpose(self):
        return Matrix([[self[i, j] for i in range(self.rows)] for j in range(self.cols)])

    T = property(transpose)

    def determinant(self):
        if self.rows != self.cols:
            raise ValueError('determinant of a non-square matrix')
        a = [[Fraction(x) for x in r] for r in self]
        n, det = self.rows, Fraction(1)
        for c in range(n):
            pivot = next((r for r in range(c, n) if a[r][c] != 0), None)
            if pivot is None:
                return Fraction(0)
            if pivot != c:
                a[c], a[pivot] = a[pivot], a[c]
                det = -det
            det *= a[c][c]
            for r in range(c + 1, n):
                f = a[r][c] / a[c][c]
                a[r] = [x - f * y for x, y in zip(a[r], a[c])]
        return det

    def inverse(self):
        n = self.rows
        if self.determinant() == 0:
            raise ZeroDivisionError('matrix is singular')
        a = [[Fraction(x) for x in r] + [Fraction(int(i == j)) for j in range(n)] for i, r in enumerate(self)]
        for c in range(n):
            pivot = next(r for r in range(c, n) if a[r][c] != 0)
            a[c], a[pivot] = a[pivot], a[c]
            p = a[c][c]
            a[c] = [x / p for x in a[c]]
            for r in range(n):
                if r != c and a[r][c]:
                    f = a[r][c]
                    a[r] = [x - f * y for x, y in zip(a[r], a[c])]
        return Matrix([r[n:] for r in a])


A = Matrix([[2, 1, 0], [1, 3, 1], [0, 1, 4]])
B = Matrix([[1, 2], [0, 1], [5, -1]])
print(A)
print(A @ B)
print(A.T == A, A.shape, B.T.shape, len(B))
print(repr(A + 1), repr(10 - A[0:2, 1:]))
print((2 * A - A * 2) == Matrix(3, 3), bool(Matrix(2, 2)), bool(A))
print('det', A.determinant(), Matrix([[1, 2], [2, 4]]).determinant())
inv = A.inverse()
print(inv)
print(A @ inv == Matrix.identity(3), (A ** -1) == inv)
F = Matrix([[1, 1], [1, 0]])
print('fib', (F ** 30)[0, 1], F ** 0 == Matrix.identity(2))
C = Matrix([[1, 2], [3, 4]])
C @= C
print(C, abs(-C) == C, +C is C)
print(A / 2)
print(list(A)[1], A[2], [x for row in B for x in row])
try:
    A @ A[0:2, :]
except ValueError as e:
    print('ValueError:', e)
try:
    A + B
except ValueError as e:
    print('ValueError:', e)
try:
    A[3, 0]
except IndexError as e:
    print('IndexError:', e)
try:
    Matrix([[1, 2], [2, 4]]).inverse()
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    A @ 3
except TypeError as e:
    print('TypeError:', e)
try:
    A.extra = 1
except AttributeError as e:
    print('AttributeError:', e)
print(len({A, A.T, B, Matrix(A)}), hasattr(A, '__dict__'), Matrix.__slots__)
total = reduce(operator.add, [Matrix.identity(2)] * 5)
print(total, sum([Matrix.identity(2)] * 3, Matrix(2, 2)) == 3 * Matrix.identity(2))
