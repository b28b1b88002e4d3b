# Recursive functions: factorial, fibonacci with memo, Ackermann, mutual recursion, tree walks.
def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)


print(factorial(10), factorial(30))


def fib(n, memo={}):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]


print(fib(90))


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print(ackermann(2, 3), ackermann(3, 2))


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


print(is_even(100), is_odd(7), is_even(7))


def depth(tree):
    if not isinstance(tree, list):
        return 0
    return 1 + max((depth(t) for t in tree), default=0)


print(depth([1, [2, [3, [4]], []], [5]]))


def permutations(items):
    if len(items) <= 1:
        return [items]
    result = []
    for i, item in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            result.append([item] + rest)
    return result


print(["".join(p) for p in permutations(list("abc"))])


def hanoi(n, source, target, spare, moves):
    if n:
        hanoi(n - 1, source, spare, target, moves)
        moves.append((source, target))
        hanoi(n - 1, spare, target, source, moves)
    return moves


moves = hanoi(5, "A", "C", "B", [])
print(len(moves), moves[:4])


def power_set(s):
    if not s:
        return [[]]
    rest = power_set(s[1:])
    return rest + [[s[0]] + r for r in rest]


print(power_set([1, 2, 3]))
