# Spectral norm: the largest singular value of an infinite matrix with entries
# 1/((i+j)(i+j+1)/2 + i + 1), approximated by power iteration on A^T A over an
# n x n corner. Exercises small function calls, float division, generator
# expressions inside sum() and list comprehensions.
# Usage: spectral_norm.py [n]   Checksum: the norm to 9 decimals.
import sys


def entry(i, j):
    s = i + j
    return 1.0 / (s * (s + 1) // 2 + i + 1)


def times(v, n):
    return [sum(entry(i, j) * v[j] for j in range(n)) for i in range(n)]


def times_transposed(v, n):
    return [sum(entry(j, i) * v[j] for j in range(n)) for i in range(n)]


def times_ata(v, n):
    return times_transposed(times(v, n), n)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 230
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = times_ata(u, n)
        u = times_ata(v, n)
    vbv = 0.0
    vv = 0.0
    for a, b in zip(u, v):
        vbv += a * b
        vv += b * b
    print(f"spectral_norm n={n} norm={(vbv / vv) ** 0.5:.9f}")


main()
