# itertools groupby / accumulate / batched / pairwise / starmap / compress / chain: run-length
# encoding, running totals, chunking, invalidated groups.
from itertools import groupby, accumulate, batched, pairwise, starmap, compress, chain
import operator


def rle(text):
    return [(ch, len(list(g))) for ch, g in groupby(text)]


print(rle('aaabccddddde'))
print(''.join(f'{n}{c}' for c, n in rle('WWWWBBBWWB')))
records = [('fruit', 'apple'), ('fruit', 'pear'), ('veg', 'kale'), ('fruit', 'fig'), ('veg', 'leek')]
for kind, items in groupby(sorted(records), key=lambda r: r[0]):
    print(kind, [name for _, name in items])
groups = groupby('aabbc')
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
print([k for k, _ in groupby([1, 1, 2, 3, 3, 3, 1])], list(groupby([])))
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([1, 2, 3, 4], operator.mul)))
print(list(accumulate([5, 1, 7, 2], max)), list(accumulate([], initial=100)))
print(list(accumulate([1, 2, 3], initial=10)), list(accumulate('abc')))
balance = list(accumulate([100, -20, -50, 30], lambda b, t: b + t if b + t >= 0 else b))
print(balance)
print(list(batched('abcdefgh', 3)), list(batched(range(4), 2)), list(batched([], 5)))
try:
    batched('ab', 0)
except ValueError as e:
    print('ValueError:', e)
print(list(pairwise([1, 4, 9, 16])), list(pairwise('a')), [b - a for a, b in pairwise([3, 8, 10, 17])])
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(lambda *a: sum(a), [(1, 2, 3), ()])))
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(compress(range(10), (x % 3 == 0 for x in range(10)))))
print(list(chain('ab', [1, 2], (3,))), list(chain.from_iterable(['xy', 'z'])), list(chain()))
flat = list(chain.from_iterable([[1, 2], [], [3], [4, 5, 6]]))
print(flat, sum(flat))
