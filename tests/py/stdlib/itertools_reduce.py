# itertools __reduce__/__setstate__ (deprecated in 3.12, still working): the states CPython gives,
# copy.copy/deepcopy resuming where the original is, the DeprecationWarning each call raises,
# bad states, and batched/pairwise that cannot be copied at all.
import copy
import itertools as it
import warnings


def shape(x):
    """A reduce value with iterators and other objects without a stable repr replaced by type names."""
    if isinstance(x, tuple):
        return tuple(shape(v) for v in x)
    if isinstance(x, list):
        return [shape(v) for v in x]
    if x is None or isinstance(x, (int, str, float, type)):
        return x
    return type(x).__name__


def reduced(obj):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        r = obj.__reduce__()
    return shape(r), [(w.category.__name__, w.filename == __file__) for w in caught]


def advanced(make, n):
    obj = make()
    for _ in range(n):
        next(obj, None)
    return obj


makers = [
    ('accumulate', lambda: it.accumulate([1, 2, 3, 4])),
    ('accumulate initial', lambda: it.accumulate([1, 2, 3], initial=100)),
    ('accumulate None', lambda: it.accumulate([None, 1, 2], lambda x, y: None)),
    ('combinations', lambda: it.combinations('abcd', 2)),
    ('combinations_with_replacement', lambda: it.combinations_with_replacement('abc', 2)),
    ('compress', lambda: it.compress('abcdef', [1, 0, 1, 1, 0, 1])),
    ('count', lambda: it.count(5)),
    ('count float', lambda: it.count(0.5, 0.25)),
    ('cycle', lambda: it.cycle('abc')),
    ('dropwhile', lambda: it.dropwhile(lambda x: x < 3, [1, 2, 3, 4, 1])),
    ('takewhile', lambda: it.takewhile(lambda x: x < 3, [1, 2, 3, 4, 1])),
    ('filterfalse', lambda: it.filterfalse(None, [0, 1, 0, 2, 0])),
    ('groupby', lambda: it.groupby('aabbbc')),
    ('permutations', lambda: it.permutations('abc', 2)),
    ('product', lambda: it.product('ab', 'xyz')),
    ('repeat', lambda: it.repeat('r', 4)),
    ('repeat forever', lambda: it.repeat('r')),
    ('starmap', lambda: it.starmap(pow, [(2, 1), (2, 2), (2, 3)])),
    ('zip_longest', lambda: it.zip_longest('ab', 'wxyz', fillvalue='.')),
    ('tee', lambda: it.tee('abcd')[0]),
]


def rest(obj):
    items = list(it.islice(obj, 8))
    if items and isinstance(items[0], tuple) and len(items[0]) == 2 and \
            isinstance(items[0][1], it._grouper):
        return [k for k, g in items]
    return items


for name, make in makers:
    print(name)
    for n in (0, 1, 3):
        obj = advanced(make, n)
        state, warned = reduced(obj)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter('always')
            dup = copy.copy(obj)
        print(f'  after {n}: {state} {warned} copy warns {len(caught)}: {rest(dup)} {rest(obj)}')

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    for make in (lambda: it.product('ab', repeat=2), lambda: it.permutations(range(3)),
                 lambda: it.combinations(range(4), 3), lambda: it.count(7, 2), lambda: it.repeat([1], 2)):
        obj = advanced(make, 2)
        dup = copy.deepcopy(obj)
        print('deepcopy', type(obj).__name__, list(it.islice(dup, 4)), list(it.islice(obj, 4)))
print(len(caught), {str(w.message) for w in caught})

# the exhausted and the not started
for make in (lambda: it.combinations('ab', 3), lambda: it.permutations('ab', 3),
             lambda: it.combinations_with_replacement('', 2), lambda: it.product('ab', ''),
             lambda: it.product()):
    obj = make()
    before = reduced(obj)[0]
    items = list(obj)
    print(before, items, reduced(obj)[0])
c = it.cycle('xyz')
print(list(it.islice(c, 7)), reduced(c)[0], list(it.islice(copy.copy(c), 4)))
z = it.zip_longest('a', 'bcd')
print(list(z), reduced(z)[0])

# the groupers of a copied groupby
g = it.groupby('aabbc')
k, grp = next(g)
print(reduced(grp)[0])
next(g)
print(reduced(grp)[0])

# __setstate__: what it accepts, clamps and refuses
warnings.simplefilter('ignore', DeprecationWarning)
tests = [
    (lambda: it.combinations('abcd', 2), [(0, 1), (1, 2), (3, 3), (-1, 0), (True, 2), [0, 1], (0,),
                                          ('a', 'b'), None, (2 ** 70, 1)]),
    (lambda: it.combinations_with_replacement('abc', 2), [(0, 1), (5, 9), (-3, 1), (1, 0), (0,)]),
    (lambda: it.permutations('abcd', 2), [((0, 1, 2, 3), (4, 3)), ((3, 2, 1, 0), (1, 1)),
                                          ((9, 1, 2, 3), (4, 3)), ((0, 1, 2, 3), (0, 0)),
                                          ((0, 1, 2), (4, 3)), ([0, 1, 2, 3], (4, 3)),
                                          ((0, 1, 2, 3), [4, 3]), (0, 1), None, ((0, 1, 2, 3),)]),
    (lambda: it.product('ab', 'cde'), [(0, 1), (1, 2), (-1, 9), (0,), [0, 1], ('a', 'b')]),
    (lambda: it.product('ab', ''), [(0, 0), ()]),
    (lambda: it.cycle('abc'), [([1, 2], 1), ([1, 2], 0), ([], True), ((1, 2), 1), ([1], 'x'),
                               ([1], 2 ** 40), [1, 2], ([1],)]),
    (lambda: it.dropwhile(lambda x: x < 2, [0, 1, 2, 0]), [0, 1, '', 'x']),
    (lambda: it.takewhile(lambda x: x < 2, [0, 1, 2, 0]), [0, 1, None, [0]]),
    (lambda: it.groupby('aabbc'), [('a', 'a', 'a'), ('x', 'y', 'z'), ('a', 'b'), None]),
    (lambda: it.zip_longest('ab', 'c'), [5, None]),
    (lambda: it.accumulate([1, 2, 3]), [10, None]),
]
for make, states in tests:
    for st in states:
        obj = make()
        try:
            obj.__setstate__(st)
            result = rest(obj)
        except Exception as e:
            result = f'{type(e).__name__}: {e}'
        print(f'{type(obj).__name__}.__setstate__({st!r}): {result}')

a, b = it.tee('abcdef')
next(a)
link, index = a.__reduce__()[2]
c = it.tee('xyz')[0]
c.__setstate__((link, 1))
print(index, list(c), list(b))
for st in [(link, 58), (link, -1), (5, 1), (None, 0), (link, 'x'), (link,), 'x']:
    try:
        c.__setstate__(st)
    except Exception as e:
        print(f'_tee.__setstate__: {type(e).__name__}: {e}')
print(shape(link.__reduce__()), shape(it._tee_dataobject(iter('q'), ['p'], None).__reduce__()))
t = it._tee(())
t.__setstate__((it._tee_dataobject(iter('yz'), ['w', 'x'], None), 1))
print(list(t))

for obj in (it.batched('abc', 2), it.pairwise('abc')):
    for attempt in (copy.copy, copy.deepcopy, lambda o: o.__reduce__(), lambda o: o.__reduce_ex__(1)):
        try:
            attempt(obj)
        except TypeError as e:
            print('TypeError:', e)
    print(list(obj))

warnings.simplefilter('error', DeprecationWarning)
try:
    it.count().__reduce__()
except DeprecationWarning as e:
    print('DeprecationWarning:', e)
