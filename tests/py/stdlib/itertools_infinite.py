# itertools count / cycle / repeat: values, reprs as CPython prints them, length hints, errors.
from itertools import count, cycle, repeat, islice
import operator

c = count(5)
print(c, next(c), next(c), c)
print(list(islice(count(0, 3), 5)), list(islice(count(1.5, 0.25), 4)))
print(count(), count(10, 2), count(0, 1.0), count(2.5), count(-1, -1))
neg = count(10, -3)
print([next(neg) for _ in range(5)], neg)
r = repeat('ab', 3)
print(r, r.__length_hint__(), list(r), r)
print(repeat(7), repeat(None, 0), repeat([1], -5), list(repeat(1, -2)))
print(list(map(operator.mul, range(5), repeat(10))))
print(list(zip('xyz', repeat(0))))
cy = cycle('ABC')
print([next(cy) for _ in range(8)])
print(list(islice(cycle([1, 2]), 5)), list(islice(cycle([]), 3)))
for bad in [lambda: count('a'), lambda: repeat(), lambda: cycle(5), lambda: count(1, 'x')]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
labels = dict(zip(['a', 'b', 'c'], count(1)))
print(labels)
