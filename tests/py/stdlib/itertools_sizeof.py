# sys.getsizeof of itertools objects: CPython's structs plus the index arrays product, combinations,
# combinations_with_replacement and permutations allocate.
import itertools, sys
for name, o in [('product', itertools.product([1, 2], repeat=2)), ('product3', itertools.product('ab', 'cd', 'ef')), ('product0', itertools.product()),
                ('comb', itertools.combinations(range(5), 3)), ('cwr', itertools.combinations_with_replacement(range(5), 2)),
                ('perm', itertools.permutations(range(5), 2)), ('perm_full', itertools.permutations(range(4))),
                ('tee', itertools.tee([1])[0]), ('cycle', itertools.cycle([1])), ('accumulate', itertools.accumulate([1])),
                ('groupby', itertools.groupby([1])), ('islice', itertools.islice([], 1)), ('pairwise', itertools.pairwise([])),
                ('batched', itertools.batched([], 2)), ('zip_longest', itertools.zip_longest()), ('starmap', itertools.starmap(len, [])),
                ('compress', itertools.compress([], [])), ('dropwhile', itertools.dropwhile(None, [])), ('repeat', itertools.repeat(1)),
                ('count', itertools.count()), ('filterfalse', itertools.filterfalse(None, []))]:
    print(name, sys.getsizeof(o), o.__sizeof__(), '__sizeof__' in type(o).__dict__)
p = itertools.product([1, 2], repeat=2); next(p); print(sys.getsizeof(p))
