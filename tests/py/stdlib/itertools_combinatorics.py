# itertools product / permutations / combinations / combinations_with_replacement: order,
# lengths, r larger than the pool, repeat=, errors; a small puzzle solver using them.
from itertools import product, permutations, combinations, combinations_with_replacement
import math

print(list(product('AB', [0, 1])))
print(list(product(range(2), repeat=3)))
print(list(product()), list(product([], [1])), len(list(product('abc', 'de', 'f'))))
print(list(permutations([1, 2, 3])))
print(list(permutations('abcd', 2))[:7], len(list(permutations(range(6), 3))))
print(list(permutations('ab', 3)), list(permutations('ab', 0)))
print(list(combinations('ABCD', 2)), list(combinations(range(5), 4)))
print(list(combinations('ab', 3)), list(combinations('abc', 0)))
print(list(combinations_with_replacement('ABC', 2)))
print(len(list(combinations_with_replacement(range(4), 3))), math.comb(6, 3))
print(list(combinations_with_replacement('', 2)), list(combinations_with_replacement('', 0)))
for bad in [lambda: permutations('ab', -1), lambda: combinations('ab', -2),
            lambda: product('a', repeat=-1), lambda: combinations_with_replacement('a', -1)]:
    try:
        bad()
    except ValueError as e:
        print('ValueError:', e)

# a tiny cryptarithm (AB + AB = CAD style), by brute force over digit permutations
def solve(words, result):
    letters = sorted(set(''.join(words) + result))
    firsts = {w[0] for w in words + [result]}
    for digits in permutations(range(10), len(letters)):
        env = dict(zip(letters, digits))
        if any(env[f] == 0 for f in firsts):
            continue
        def num(w):
            n = 0
            for ch in w:
                n = n * 10 + env[ch]
            return n
        if sum(num(w) for w in words) == num(result):
            return {k: env[k] for k in letters}
    return None


print(solve(['AB', 'B'], 'CA'), solve(['A', 'A'], 'BC'))
subsets = [c for r in range(4) for c in combinations([3, 5, 8], r) if sum(c) % 2 == 0]
print(subsets)
dice = [a + b for a, b in product(range(1, 7), repeat=2)]
print({s: dice.count(s) for s in range(2, 13)})
