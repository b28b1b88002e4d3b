# functools.lru_cache / cache: a dynamic-programming solver (edit distance, coin change,
# longest common subsequence), cache statistics, eviction order, typed keys, cache_clear.
from functools import lru_cache, cache


@cache
def edit_distance(a, b):
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))


print(edit_distance('kitten', 'sitting'), edit_distance('flaw', 'lawn'))
print(edit_distance.cache_info())


@lru_cache(maxsize=None)
def ways(amount, coins):
    if amount == 0:
        return 1
    if amount < 0 or not coins:
        return 0
    return ways(amount - coins[0], coins) + ways(amount, coins[1:])


print(ways(100, (50, 25, 10, 5, 1)), ways.cache_info().hits > 0)


@lru_cache
def lcs(x, y):
    if not x or not y:
        return ''
    if x[-1] == y[-1]:
        return lcs(x[:-1], y[:-1]) + x[-1]
    left, right = lcs(x[:-1], y), lcs(x, y[:-1])
    return left if len(left) >= len(right) else right


print(lcs('AGGTAB', 'GXTXAYB'), lcs.cache_parameters())

calls = []


@lru_cache(maxsize=3)
def square(n):
    calls.append(n)
    return n * n


for n in [1, 2, 3, 1, 4, 2, 5, 1]:
    square(n)
print(calls, square.cache_info())
square.cache_clear()
print(square.cache_info(), square(2), calls[-1])


@lru_cache(maxsize=8, typed=True)
def kind(x):
    return type(x).__name__


print(kind(1), kind(1.0), kind(True), kind.cache_info())


@lru_cache(maxsize=0)
def nocache(x):
    return x * 2


print(nocache(3), nocache(3), nocache.cache_info())


@lru_cache(maxsize=4)
def fib(n):
    "Fibonacci numbers."
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.__name__, fib.__doc__, fib.__wrapped__(10))
print(fib.cache_info())


class Grid:
    def __init__(self, w):
        self.w = w

    @lru_cache(maxsize=None)
    def paths(self, r, c):
        if r == 0 or c == 0:
            return 1
        return self.paths(r - 1, c) + self.paths(r, c - 1)


g = Grid(5)
print(g.paths(10, 10), Grid.paths.cache_info().currsize > 0)
Grid.paths.cache_clear()
try:
    lru_cache('x')
except TypeError as e:
    print('TypeError:', e)
