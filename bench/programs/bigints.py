# Big-integer arithmetic: digits of pi from an unbounded spigot (only integer
# +, *, //, comparisons on numbers that grow to thousands of digits), a
# factorial with its digit sum, and Fibonacci numbers by fast doubling checked
# against modular iteration. Exercises multi-limb multiply/divide and
# int-to-str conversion (kept under 3.11+'s 4300-digit str limit).
# Usage: bigints.py [digits]   Checksum: digit counts/sums and modular checks.
import sys


def pi_digits(count):
    # A streaming spigot: the state (q, r, t, k) is a linear fractional
    # transformation; a digit is emitted once the floor at x=3 and x=4 agree.
    q, r, t, k = 1, 0, 1, 1
    digits = []
    while len(digits) < count:
        d = (3 * q + r) // t
        if d == (4 * q + r) // t:
            digits.append(d)
            q, r = 10 * q, 10 * (r - d * t)
        else:
            q, r, t, k = q * k, (2 * q + r) * (2 * k + 1), t * (2 * k + 1), k + 1
    return digits


def factorial(n):
    f = 1
    for i in range(2, n + 1):
        f *= i
    return f


def fib_pair(n):
    # Returns (F(n), F(n+1)) by fast doubling.
    if n == 0:
        return 0, 1
    a, b = fib_pair(n // 2)
    c = a * (2 * b - a)
    d = a * a + b * b
    if n % 2 == 0:
        return c, d
    return d, c + d


def fib_mod(n, m):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, (a + b) % m
    return a


def main():
    ndigits = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
    digits = pi_digits(ndigits)
    head = "".join(str(d) for d in digits[:12])
    tail = "".join(str(d) for d in digits[-12:])

    f = factorial(min(ndigits, 1400))
    fs = str(f)
    zeros = len(fs) - len(fs.rstrip("0"))

    checks = 0
    big_sum = 0
    for n in range(1000, 1000 + ndigits * 4, 97):
        fn, fn1 = fib_pair(n)
        if fn % 1000000007 == fib_mod(n, 1000000007) and fn1 - fn == fib_pair(n - 1)[0]:
            checks += 1
        big_sum += fn % 998244353
    mask = (1 << 521) - 1
    mersenne = pow(3, mask - 1, mask)
    print(f"bigints digits={ndigits} pi={head}..{tail} pisum={sum(digits)} "
          f"fact_len={len(fs)} fact_digitsum={sum(int(c) for c in fs)} zeros={zeros} "
          f"fib_checks={checks} fib_sum={big_sum} m521={mersenne == 1} "
          f"bits={f.bit_length()} xor={(f ^ (f >> 7)) % 1000003}")


main()
