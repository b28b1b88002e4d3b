# Number theory: sieve of Eratosthenes, trial-division factorisation, Goldbach pairs, twin primes,
# Euler's totient, and a deterministic Miller-Rabin test checked against the sieve.
def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    for i in range(2, int(limit ** 0.5) + 1):
        if is_prime[i]:
            for j in range(i * i, limit + 1, i):
                is_prime[j] = False
    return [i for i, p in enumerate(is_prime) if p]


def factorize(n):
    factors = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors[d] = factors.get(d, 0) + 1
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors


def totient(n):
    result = n
    for p in factorize(n):
        result -= result // p
    return result


def miller_rabin(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, r = n - 1, 0
    while d % 2 == 0:
        d //= 2
        r += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(r - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


primes = sieve(2000)
print(len(primes), primes[:15], primes[-3:])
prime_set = set(primes)
print("Goldbach exceptions below 200:", [n for n in range(4, 200, 2) if not any(n - p in prime_set for p in primes if p <= n // 2)])
print("100 =", [(p, 100 - p) for p in primes if p <= 50 and 100 - p in prime_set])
twins = [(p, p + 2) for p in primes if p + 2 in prime_set]
print(len(twins), twins[-3:])
for n in [360, 97, 1001, 2 ** 10 * 3 ** 5, 600851475143]:
    f = factorize(n)
    print(n, "=", " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in sorted(f.items())))
print([totient(n) for n in range(1, 21)])
print(all(miller_rabin(n) == (n in prime_set) for n in range(2001)))
print([n for n in (2 ** 31 - 1, 2 ** 61 - 1, 2 ** 61 + 1, 10 ** 18 + 9) if miller_rabin(n)])
