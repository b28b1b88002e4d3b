# zip (strict= and its messages), map with several iterables, filter(None), enumerate(start), reversed.
print(list(zip('abc', [1, 2, 3], (True, False, None))), list(zip()), list(zip('ab', range(5))))
for args in [('ab', 'abc'), ('abc', 'ab'), ('ab', 'ab', 'a')]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print('ValueError:', e)
print(list(map(pow, [2, 3, 4], [5, 2])), list(map(str.upper, 'ab')), list(filter(None, [0, 1, '', 'x', None, [], [0]])))
print(list(filter(lambda v: v % 3 == 0, range(10))), list(enumerate('xyz', start=5)), list(enumerate([], 1)))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i
class Rev:
    def __reversed__(self):
        return iter('cba')
print(list(reversed(Countdown(4))), list(reversed(Rev())), list(reversed(range(3))), list(reversed({'a': 1, 'b': 2})))
for bad in [lambda: reversed(5), lambda: reversed({1, 2}), lambda: zip(1), lambda: map(len)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
r = reversed([1, 2, 3])
print(r.__length_hint__(), next(r), r.__length_hint__())
e = enumerate('ab')
print(next(e), list(e))
