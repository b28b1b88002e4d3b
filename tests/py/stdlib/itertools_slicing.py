# itertools islice / takewhile / dropwhile / filterfalse / zip_longest / tee: exact consumption
# of the source iterator, argument errors, independent tee copies.
from itertools import islice, takewhile, dropwhile, filterfalse, zip_longest, tee, count

print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)))
print(list(islice('ABCDEFG', 0, None, 2)), list(islice(range(20), 3, 15, 4)))
it = iter(range(10))
print(list(islice(it, 0, 5, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 4)), next(it))
it = iter(range(10))
print(list(islice(it, 6, 2)), next(it))
print(list(islice(count(), 1000000, 1000003)) if False else list(islice(count(7), 2, 5)))
for args in [(-1,), (1, -1), (0, 4, 0), ('a',), (-2, 3), (1, 2, 'x')]:
    try:
        islice('abc', *args)
    except ValueError as e:
        print('ValueError:', e)
try:
    islice('abc')
except TypeError as e:
    print('TypeError:', e)
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
src = iter([1, 2, 3, 10, 4])
print(list(takewhile(lambda x: x < 3, src)), list(src))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a', None, []])))
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest()), list(zip_longest([1], [], [2, 3])))
a, b = tee(iter([1, 2, 3, 4]))
print(next(a), next(a), list(b), list(a))
x, y, z = tee('abc', 3)
print(list(x), list(y), list(z), tee('q', 0))
first, second = tee(count())
print([next(first) for _ in range(3)], next(second))
c = first.__copy__()
print(next(c), next(first))
try:
    tee([], -1)
except ValueError as e:
    print('ValueError:', e)
