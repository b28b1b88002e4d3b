# itertools.chain / islice (native, as in CPython): type names, laziness and consumption order,
# chain.from_iterable, generic alias, subclassing, and islice's argument checks and messages.
from itertools import chain, islice, count

cases = [
    lambda: list(islice('abcdef', 0, 'x')), lambda: list(islice('abcdef', 1, -1)),
    lambda: list(islice('abc', -1)), lambda: list(islice('abc', 'x')), lambda: list(islice('abcdef', 'x', 3)),
    lambda: list(islice('abcdef', -2, 3)), lambda: list(islice('abcdef', 1, 5, 0)),
    lambda: list(islice('abcdef', 1, 5, 'a')), lambda: list(islice('abcdef', None, None, 2)),
    lambda: islice('a'), lambda: islice('a', 1, 2, 3, 4), lambda: islice('a', stop=1), lambda: islice(1, 2),
    lambda: list(islice('abcdef', 2, None)), lambda: list(islice('abcdef', 10**30)), lambda: chain(1, x=2),
    lambda: list(chain('ab', 1)), lambda: chain.from_iterable(1), lambda: list(chain.from_iterable(['ab', 'cd'])),
    lambda: chain[int], lambda: type(chain()), lambda: type(islice('a', 1)), lambda: list(islice('abc', -2)),
    lambda: list(islice(range(10), 2, 9, 3)), lambda: list(islice(count(5), 3)), lambda: list(chain()),
    lambda: list(islice('abcdef', None)), lambda: list(islice('abcdef', 3, 1)),
]
for f in cases:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class Noisy:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        print('  next', self.i)
        if self.i > self.n:
            raise StopIteration
        return self.i


src = Noisy(10)
s = islice(src, 2, 8, 3)
print(next(s)); print(next(s))
try:
    next(s)
except StopIteration:
    print('done at', src.i)
print(list(s))


def gen(tag, n):
    print('  start', tag)
    for i in range(n):
        yield f'{tag}{i}'


c = chain(gen('a', 2), gen('b', 0), gen('c', 1))
print(next(c), list(c), list(c))
lazy = chain.from_iterable(gen(t, 1) for t in 'xyz')
print(next(lazy), next(lazy))


class Tagged(chain):
    pass


t = Tagged('ab', [1])
print(type(t).__name__, isinstance(t, chain), list(t), type(Tagged.from_iterable(['q'])).__name__)
it = iter(chain([1]))
print(iter(it) is it, [x * 2 for x in islice(chain(range(3), range(3)), 1, None, 2)])
print(sum(islice(chain.from_iterable(range(i) for i in range(100)), 1000)))
