# math: exact integer functions (factorial, comb, perm, isqrt, gcd, lcm, prod, sumprod) on small and huge values.
import math
print([math.factorial(n) for n in range(12)], math.factorial(30), len(str(math.factorial(1000))))
print(math.factorial(100) // math.factorial(98), math.factorial(True))
print(math.comb(50, 25), math.comb(10, 0), math.comb(10, 11), math.comb(1000, 3), math.comb(0, 0), len(str(math.comb(3000, 1500))))
print(math.perm(10, 3), math.perm(5), math.perm(5, None), math.perm(3, 5), math.perm(20, 20) == math.factorial(20))
for n in [0, 1, 2, 3, 15, 16, 17, 10 ** 40 + 1, 2 ** 200, 2 ** 200 - 1, 123456789 ** 5]:
    r = math.isqrt(n)
    print(n if n < 10 ** 12 else 'big', r if r < 10 ** 12 else r % 1000003, r * r <= n < (r + 1) * (r + 1))
print(math.gcd(12, 18), math.gcd(12, 18, 27), math.gcd(-4, 6), math.gcd(0, 0), math.gcd(), math.gcd(7), math.gcd(2 ** 100, 6 ** 50))
print(math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(), math.lcm(0, 5), math.lcm(-3, 4), math.lcm(2 ** 64, 3 ** 40) % 10 ** 9)
print(math.prod([1, 2, 3, 4]), math.prod(range(1, 21)), math.prod([]), math.prod([2.5, 4]), math.prod([1, 2], start=3), math.prod(['ab'], start=2))
print(math.sumprod([1, 2, 3], [4, 5, 6]), math.sumprod([0.1, 0.2, 0.3], [10, 20, 30]), math.sumprod([1e20, 1.0, -1e20], [1.0, 1.0, 1.0]))
print(math.sumprod([2 ** 70, 3], [2 ** 70, 5]), math.sumprod([], []), math.sumprod([1.5, 2], [2, 3.25]), math.sumprod([True, 2], [3, 4]))
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
print(math.factorial(Idx(5)), math.comb(Idx(6), Idx(2)), math.isqrt(Idx(99)), math.gcd(Idx(8), 12))
