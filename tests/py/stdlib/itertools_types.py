# itertools iterators are types: names, module, isinstance, iter(x) is x, reprs, subclassing
# (keywords reach a subclass's __init__ only where CPython lets them), types that refuse subclasses.
import itertools as it
import re
import weakref

makers = {
    'accumulate': lambda: it.accumulate([1, 2, 3]),
    'batched': lambda: it.batched('abcde', 2),
    'chain': lambda: it.chain('ab', 'cd'),
    'combinations': lambda: it.combinations('abc', 2),
    'combinations_with_replacement': lambda: it.combinations_with_replacement('ab', 2),
    'compress': lambda: it.compress('abc', [1, 0, 1]),
    'count': lambda: it.count(3),
    'cycle': lambda: it.cycle('ab'),
    'dropwhile': lambda: it.dropwhile(str.isdigit, '12ab3'),
    'filterfalse': lambda: it.filterfalse(None, [0, 1, '', 'x']),
    'groupby': lambda: it.groupby('aabbbc'),
    'islice': lambda: it.islice('abcdef', 1, None, 2),
    'pairwise': lambda: it.pairwise('abcd'),
    'permutations': lambda: it.permutations('abc', 2),
    'product': lambda: it.product('ab', repeat=2),
    'repeat': lambda: it.repeat('z', 3),
    'starmap': lambda: it.starmap(pow, [(2, 3), (3, 2)]),
    'takewhile': lambda: it.takewhile(str.isdigit, '12ab3'),
    'zip_longest': lambda: it.zip_longest('ab', 'xyz', fillvalue='-'),
}


def shown(obj):
    return re.sub(r' at 0x[0-9a-fA-F]+>', ' at ...>', repr(obj))


for name, make in makers.items():
    cls = getattr(it, name)
    x = make()
    print(name, isinstance(cls, type), cls.__name__ == cls.__qualname__ == name, cls.__module__,
          type(x) is cls, isinstance(x, cls), iter(x) is x, shown(x))
    if name == 'groupby':
        print('   ', [(k, list(g)) for k, g in x])
    else:
        print('   ', list(it.islice(x, 6)))

g = it.groupby('aab')
key, grp = next(g)
print(type(grp), shown(grp), iter(grp) is grp, list(grp))
a, b = it.tee([1, 2, 3])
print(type(a), type(b), shown(a), iter(a) is a, next(a), list(b), list(a))
print(it.tee([], 0), len(it.tee('abc', 4)), weakref.ref(a)() is a)
c = a.__copy__()
print(type(c), c is not a, list(c))
print(it.repeat('x', 3).__length_hint__(), it.repeat('x', -2).__length_hint__())
try:
    it.repeat('x').__length_hint__()
except TypeError as e:
    print('TypeError:', e)

for cls in (it._grouper, it._tee, it._tee_dataobject):
    try:
        type('Sub', (cls,), {})
    except TypeError as e:
        print('TypeError:', e)


class Odometer(it.product):
    """A product that counts what it hands out."""
    def __init__(self, *iterables, repeat=1):
        self.seen = 0

    def __next__(self):
        self.seen += 1
        return ''.join(super().__next__())


o = Odometer('01', repeat=3)
print(type(o).__mro__[1] is it.product, list(o), o.seen)


class Words(it.takewhile):
    def __init__(self, pred, iterable, *, label):
        self.label = label


w = Words(str.isalpha, ['ab', 'cd', '1', 'ef'], label='alpha')
print(w.label, list(w))
try:
    type('Plain', (it.takewhile,), {})(str.isalpha, 'ab', label='x')
except TypeError as e:
    print('TypeError:', e)


class Counter(it.count):
    pass


class Again(it.repeat):
    pass


print(Counter(), Counter(2, 0.5), Again('a'), Again('a', 2), repr(it.count(1.0)), it.count(0, -1))
print(Counter(10).__dict__, next(Counter(7)), isinstance(Counter(), it.count))


class Pairs(it.pairwise):
    def __new__(cls, text):
        return super().__new__(cls, text.split())


print([' '.join(p) for p in Pairs('the quick brown fox')])


class Chunks(it.batched):
    def __new__(cls, iterable, n=2):
        return super().__new__(cls, iterable, n)


print(list(Chunks(range(5))), list(Chunks(range(5), 3)))

# messages that name the C type
for attempt in (lambda: it.count().x, lambda: setattr(it.repeat(1), 'x', 1), lambda: len(it.cycle('a')),
                lambda: weakref.ref(it.product()), lambda: it.accumulate([]).__length_hint__(),
                lambda: it.batched('ab', 1)[0], lambda: it.tee('a')[0].x, lambda: it.groupby('')()):
    try:
        attempt()
    except (AttributeError, TypeError) as e:
        print(f'{type(e).__name__}: {e}')
