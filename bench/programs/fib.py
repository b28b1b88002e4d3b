# Recursive Fibonacci: the plainest call-heavy workload. Every call is a Python
# function call with a comparison, two subtractions and an addition, so this
# measures frame setup/teardown and small-int arithmetic.
# Usage: fib.py [n]   Checksum: fib(n) and the number of calls it took.
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def calls(n):
    # fib(n) makes 2*fib(n+1) - 1 calls; computed iteratively as a cross-check.
    a, b = 0, 1
    for _ in range(n + 1):
        a, b = b, a + b
    return 2 * a - 1


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 33
    print(f"fib n={n} fib={fib(n)} calls={calls(n)}")


main()
