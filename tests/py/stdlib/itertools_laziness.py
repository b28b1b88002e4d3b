# When the itertools iterators call into their inputs: the order and number of next() calls,
# predicate and key calls and == comparisons, what happens after the input stops and later resumes,
# and after an input raises (some give up for good, as CPython's do).
import itertools as it

log = []


class Feed:
    """An iterator over items that logs each step; 'STOP' stops it once, 'ERR' raises once."""

    def __init__(self, name, items):
        self.name = name
        self.items = list(items)

    def __iter__(self):
        log.append(f'iter({self.name})')
        return self

    def __next__(self):
        if not self.items:
            log.append(f'{self.name}:end')
            raise StopIteration
        v = self.items.pop(0)
        log.append(f'{self.name}:{v}')
        if type(v) is str and v == 'STOP':
            raise StopIteration
        if type(v) is str and v == 'ERR':
            raise ValueError(self.name)
        return v


def logged(name, f):
    def call(*args):
        r = f(*args)
        log.append(f'{name}{args}={r!r}')
        return r
    return call


def run(label, obj, n):
    out = []
    for _ in range(n):
        try:
            out.append(next(obj))
        except StopIteration:
            out.append('stop')
        except ValueError as e:
            out.append(f'ValueError({e})')
    print(label, out)
    print('   ', ' '.join(log))
    log.clear()


run('accumulate', it.accumulate(Feed('a', [1, 2, 'STOP', 3, 'ERR', 4])), 7)
run('accumulate initial', it.accumulate(Feed('a', ['STOP', 2, 3]),
                                        logged('mul', lambda x, y: x * y), initial=10), 5)
run('batched', it.batched(Feed('a', [1, 2, 3, 'STOP', 4, 5, 6, 7]), 2), 6)
run('batched error', it.batched(Feed('a', [1, 2, 3, 'ERR', 4, 5]), 2), 4)
run('compress', it.compress(Feed('d', [1, 2, 3, 'STOP', 4]), Feed('s', [0, 1, 'STOP', 1, 1])), 5)
run('dropwhile', it.dropwhile(logged('lt3', lambda x: x < 3),
                              Feed('a', [1, 'STOP', 2, 3, 1, 'STOP', 5])), 6)
run('takewhile', it.takewhile(logged('lt3', lambda x: x < 3), Feed('a', [1, 'STOP', 2, 3, 1])), 5)
run('filterfalse', it.filterfalse(logged('odd', lambda x: x % 2), Feed('a', [1, 2, 'STOP', 4, 5])), 4)
run('filterfalse None', it.filterfalse(None, Feed('a', [1, 0, 'STOP', '', 'x'])), 3)
run('starmap', it.starmap(logged('add', lambda *a: sum(a)), Feed('a', [(1, 2), 'STOP', [3], 'ERR'])), 5)
run('pairwise', it.pairwise(Feed('a', [1, 2, 'STOP', 3, 4])), 4)
run('pairwise error', it.pairwise(Feed('a', [1, 'ERR', 3, 4])), 3)
run('zip_longest', it.zip_longest(Feed('a', [1, 'STOP', 2]), Feed('b', [1, 2, 3, 'STOP', 4]),
                                  fillvalue='_'), 6)
run('zip_longest error', it.zip_longest(Feed('a', [1, 2]), Feed('b', [1, 'ERR', 3])), 3)
run('cycle', it.cycle(Feed('a', [1, 'ERR', 2, 'STOP', 3])), 6)
run('cycle empty', it.cycle(Feed('a', ['STOP', 3])), 3)
run('product', it.product(Feed('a', [1, 2]), Feed('b', [3, 'STOP', 4]), repeat=1), 3)
run('product repeat=0', it.product(Feed('a', [1]), repeat=0), 2)
run('permutations', it.permutations(Feed('a', [1, 2, 'STOP', 3])), 3)
run('combinations', it.combinations(Feed('a', [1, 2, 3]), 2), 4)
a, b = it.tee(Feed('a', [1, 'STOP', 2, 3]))
run('tee a', a, 3)
run('tee b', b, 4)
run('tee a', a, 2)


class Key:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        log.append(f'{self.v}=={other.v}')
        return self.v == other.v

    def __repr__(self):
        return f'K{self.v}'

    __hash__ = None


g = it.groupby(Feed('a', [Key(1), Key(1), Key(2), Key(2), Key(3)]), logged('key', lambda k: k))
k1, g1 = next(g)
log.append('|')
first = [next(g1), next(g1)]
log.append('|')
k2, g2 = next(g)
print('groupby', k1, first, k2, list(g1), list(g2))
print('   ', ' '.join(log))
log.clear()
k3, g3 = next(g)
print('groupby', k3, list(g3), list(g))
print('   ', ' '.join(log))
log.clear()
same = Key(5)
print('groupby identical keys', [(k, len(list(g))) for k, g in it.groupby([same, same, same])], log)


def recurse():
    def source():
        yield next(a)  # the tee reading from itself
    a, b = it.tee(source())
    return next(a)


try:
    recurse()
except RuntimeError as e:
    print('RuntimeError:', e)

# tee buffers what the slowest copy has not read yet, and only that
a, b = it.tee(iter(range(200)))
print(sum(a), sum(it.islice(b, 60)), next(b), len(list(b)))
t = it.tee('abc', 3)
print([next(x) for x in t], [list(x) for x in t])


class Copyable:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        return self.n

    def __copy__(self):
        log.append('copy')
        return Copyable(self.n)


t = it.tee(Copyable(0), 3)
print([type(x).__name__ for x in t], [next(x) for x in t], log)
