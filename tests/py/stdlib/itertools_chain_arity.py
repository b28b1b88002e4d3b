# chain.from_iterable's argument-count and keyword messages name it by its qualified name, as
# CPython's METH_O class methods do.
import itertools

for call in (lambda: itertools.chain.from_iterable(),
             lambda: itertools.chain.from_iterable('ab', 'cd'),
             lambda: itertools.chain.from_iterable(iterable='ab'),
             lambda: itertools.chain.from_iterable(5),
             lambda: list(itertools.chain.from_iterable([1]))):
    try:
        print(call())
    except TypeError as e:
        print('TypeError', e)
print(list(itertools.chain.from_iterable(['ab', (1, 2)])))
