# The argument checks of the itertools constructors and tee(): CPython's exception types and messages
# for missing, surplus, duplicated and unknown arguments, keywords where none are taken, bad counts.
import itertools as it


class Index:
    def __index__(self):
        return 2


class NotANumber:
    def __add__(self, other):
        return self


cases = '''
it.accumulate()
it.accumulate([1], None, None)
it.accumulate([1], foo=1)
it.accumulate([1], iterable=[2])
it.accumulate(iterable=[1], func=None, initial=None, foo=1)
it.accumulate([1], None, initial=None, foo=1)
it.accumulate(5)
it.batched()
it.batched('abc')
it.batched('abc', 0)
it.batched('abc', -1)
it.batched('abc', 1.5)
it.batched('abc', 2, 3)
it.batched('abc', x=1)
it.batched('abc', 2, x=1)
it.batched(n=2)
it.batched('abc', 2 ** 70)
it.batched(5, 2)
it.combinations('abc')
it.combinations('abc', -1)
it.combinations('abc', None)
it.combinations('a', 1, r=1)
it.combinations(r=1)
it.combinations(r=1, iterable='a', x=1)
it.combinations(5, 2)
it.combinations_with_replacement('abc')
it.combinations_with_replacement('abc', -1)
it.combinations_with_replacement('abc', '2')
it.compress()
it.compress('abc')
it.compress('abc', [1], 3)
it.compress(selectors=[1])
it.compress('abc', 5)
it.count('a')
it.count(1, 'a')
it.count(NotANumber())
it.count(1, 2, 3)
it.count(x=1)
it.count(1, start=2)
it.count(start=1, step=2, x=3)
it.cycle()
it.cycle(5)
it.cycle('ab', 'cd')
it.cycle(iterable='ab')
it.dropwhile(None)
it.dropwhile(None, 5)
it.dropwhile(None, [1], 2)
it.dropwhile(predicate=None, iterable=[1])
it.filterfalse(None)
it.filterfalse(function=None, iterable=[1])
it.groupby()
it.groupby(5)
it.groupby('aab', foo=1)
it.groupby('aab', None, 3)
it.groupby('a', None, key=1)
it.groupby(key=None)
it.pairwise()
it.pairwise(5)
it.pairwise('abc', 'd')
it.pairwise(iterable='ab')
it.permutations()
it.permutations('abc', -1)
it.permutations('abc', 'x')
it.permutations('abc', 2.0)
it.permutations('abc', 2, 3)
it.permutations(r=None)
it.permutations(5)
it.product(5)
it.product('ab', repeat=-1)
it.product('ab', repeat=1.0)
it.product('ab', repeat=None)
it.product('ab', foo=1)
it.product(repeat=1, foo=2)
it.product('ab', repeat=2 ** 62)
it.repeat()
it.repeat(1, 1.0)
it.repeat(1, None)
it.repeat(1, 2, 3)
it.repeat(1, foo=2)
it.repeat(object=1, foo=2)
it.repeat(1, object=2)
it.repeat(times=2)
it.repeat(1, 2 ** 70)
it.starmap(pow)
it.starmap(pow, 5)
it.starmap(pow, [(2, 3)], 1)
it.starmap(function=pow, iterable=[(2, 3)])
it.takewhile(None, 5)
it.takewhile(predicate=None, iterable=[1])
it.zip_longest(5)
it.zip_longest('a', foo=0)
it.zip_longest('a', fillvalue=1, foo=2)
it.tee()
it.tee(5)
it.tee('ab', -1)
it.tee('ab', 1.0)
it.tee('ab', n=2)
it.tee('ab', 2, 3)
it._tee()
it._tee(5)
it._tee('ab', 'c')
it._tee(iterable='ab')
it._grouper()
it._grouper(1, 2)
it._grouper(None, 2)
it._grouper(parent=1, tgtkey=2)
it._tee_dataobject()
it._tee_dataobject(iter([]), (1,), None)
it._tee_dataobject(iter([]), [1] * 58, None)
it._tee_dataobject(iter([]), [1], 5)
'''
for line in cases.strip().splitlines():
    try:
        result = eval(line)
    except Exception as e:
        print(f'{line}: {type(e).__name__}: {e}')
    else:
        print(f'{line}: no error ({type(result).__name__})')

# accepted forms, for contrast
print(list(it.accumulate([1, 2], func=None, initial=5)), list(it.batched(iterable='abc', n=2)),
      list(it.combinations(iterable='abc', r=2)), list(it.compress(data='abc', selectors=[0, 1])),
      list(it.islice(it.count(start=3, step=2), 3)), list(it.repeat(object=1, times=2)),
      list(it.permutations('ab', r=None)), list(it.groupby(iterable='aab', key=None))[0][0],
      list(it.product('ab', 'c', repeat=0)), list(it.product(5, repeat=0)), it.tee(5, 0),
      list(it.batched('abcd', Index())), list(it.repeat('r', Index())), list(it.repeat(1, -3)))

# errors raised while iterating, not while constructing
for line in ['it.accumulate([1, 2], 5)', 'it.dropwhile(None, [0, 1])', 'it.takewhile(5, [1])',
             'it.starmap(pow, [5])', 'it.starmap(pow, [(1, 2, 3, 4)])', "it.accumulate(['a', 1])",
             "it.compress('abc', [NotANumber()])"]:
    try:
        print(line, list(eval(line)))
    except Exception as e:
        print(f'{line}: {type(e).__name__}: {e}')
