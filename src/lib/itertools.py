"""Iterator building blocks (Immortal's own implementation of the itertools module's documented
CPython 3.12 behaviour). chain and islice are native types (the _itertools module); count, repeat
and cycle are classes with CPython's reprs; the others are functions that check their arguments
(and call iter() on them) eagerly, as CPython's constructors do, and then return a generator, so
their results print as generators (an address, which programs do not print) rather than as
<itertools.product object ...>."""

__all__ = ['accumulate', 'batched', 'chain', 'combinations', 'combinations_with_replacement',
           'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby', 'islice',
           'pairwise', 'permutations', 'product', 'repeat', 'starmap', 'takewhile', 'tee',
           'zip_longest']


def _is_number(x):
    try:
        x + 0
    except TypeError:
        return False
    return not isinstance(x, (str, bytes))


class count:
    """count(start=0, step=1): start, start+step, start+2*step, ..."""
    __slots__ = ('_n', '_step')

    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            return f'count({self._n!r})'
        return f'count({self._n!r}, {step!r})'

    def __reduce__(self):
        return (type(self), (self._n, self._step))


count.__module__ = 'itertools'


class repeat:
    """repeat(object[, times]): object, times times (forever without times)."""
    __slots__ = ('_obj', '_times')

    def __init__(self, *args, **kwargs):
        nargs = len(args) + len(kwargs)
        if 'object' in kwargs:
            if args:
                raise TypeError("argument for repeat() given by name ('object') and position (1)")
            obj = kwargs.pop('object')
        elif args:
            obj = args[0]
        else:
            raise TypeError("repeat() missing required argument 'object' (pos 1)")
        times = None
        if len(args) > 1:
            times = args[1]
            if 'times' in kwargs:
                raise TypeError("argument for repeat() given by name ('times') and position (2)")
        elif 'times' in kwargs:
            times = kwargs.pop('times')
        if kwargs:
            name = next(iter(kwargs))
            raise TypeError(f"'{name}' is an invalid keyword argument for repeat()")
        if len(args) > 2:
            raise TypeError(f'repeat() takes at most 2 arguments ({nargs} given)')
        if times is not None:
            times = times.__index__() if not isinstance(times, int) else times
            if times < 0:
                times = 0
        self._obj = obj
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        t = self._times
        if t is None:
            return self._obj
        if t <= 0:
            raise StopIteration
        self._times = t - 1
        return self._obj

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return f'repeat({self._obj!r})'
        return f'repeat({self._obj!r}, {self._times})'


repeat.__module__ = 'itertools'


class cycle:
    """cycle(iterable): the items of iterable, then the same items again, forever."""
    __slots__ = ('_it', '_saved', '_index', '_first')

    def __init__(self, iterable, /):
        self._it = iter(iterable)
        self._saved = []
        self._index = 0
        self._first = True

    def __iter__(self):
        return self

    def __next__(self):
        if self._first:
            for item in self._it:
                self._saved.append(item)
                return item
            self._first = False
            self._it = None
        saved = self._saved
        if not saved:
            raise StopIteration
        item = saved[self._index]
        self._index = (self._index + 1) % len(saved)
        return item


cycle.__module__ = 'itertools'


def accumulate(iterable, func=None, *, initial=None):
    """Running totals (or running results of func)."""
    return _accumulate(iter(iterable), func, initial)


def _accumulate(it, func, initial):
    total = initial
    if initial is None:
        for total in it:
            break
        else:
            return
    yield total
    if func is None:
        for item in it:
            total = total + item
            yield total
    else:
        for item in it:
            total = func(total, item)
            yield total


def batched(iterable, n):
    """Tuples of n consecutive items (the last may be shorter)."""
    n = n.__index__() if not isinstance(n, int) else n
    if n < 1:
        raise ValueError('n must be at least one')
    return _batched(iter(iterable), n)


def _batched(it, n):
    while True:
        batch = []
        for item in it:
            batch.append(item)
            if len(batch) == n:
                break
        if not batch:
            return
        yield tuple(batch)
        if len(batch) < n:
            return


# chain and islice are native (src/modules/_itertools.ts), with CPython's type names
from _itertools import chain, islice


def compress(data, selectors):
    """The items of data whose selector is true."""
    return _compress(iter(data), iter(selectors))


def _compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def dropwhile(predicate, iterable, /):
    """Skip items while predicate is true, then yield everything."""
    return _dropwhile(predicate, iter(iterable))


def _dropwhile(predicate, it):
    for item in it:
        if not predicate(item):
            yield item
            break
    yield from it


def takewhile(predicate, iterable, /):
    """Items while predicate is true."""
    return _takewhile(predicate, iter(iterable))


def _takewhile(predicate, it):
    for item in it:
        if predicate(item):
            yield item
        else:
            break


def filterfalse(function, iterable, /):
    """Items for which function (bool when None) is false."""
    return _filterfalse(function, iter(iterable))


def _filterfalse(function, it):
    if function is None:
        for item in it:
            if not item:
                yield item
    else:
        for item in it:
            if not function(item):
                yield item


def starmap(function, iterable, /):
    """function(*args) for each args of iterable."""
    return _starmap(function, iter(iterable))


def _starmap(function, it):
    for args in it:
        yield function(*args)


def pairwise(iterable, /):
    """Overlapping pairs of consecutive items."""
    return _pairwise(iter(iterable))


def _pairwise(it):
    for a in it:
        break
    else:
        return
    for b in it:
        yield (a, b)
        a = b


def zip_longest(*iterables, fillvalue=None):
    """Like zip, padding the shorter iterables with fillvalue."""
    iterators = [iter(x) for x in iterables]
    return _zip_longest(iterators, fillvalue)


def _zip_longest(iterators, fillvalue):
    active = len(iterators)
    if not active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            if it is None:
                values.append(fillvalue)
                continue
            try:
                value = next(it)
            except StopIteration:
                active -= 1
                if not active:
                    return
                iterators[i] = None
                value = fillvalue
            values.append(value)
        yield tuple(values)


def product(*iterables, repeat=1):
    """Cartesian product of the iterables (each repeated `repeat` times)."""
    repeat = repeat.__index__() if not isinstance(repeat, int) else repeat
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(pool) for pool in iterables] * repeat
    return _product(pools)


def _product(pools):
    n = len(pools)
    for pool in pools:
        if not pool:
            return
    indices = [0] * n
    yield tuple(pool[0] for pool in pools)
    while True:
        i = n - 1
        while i >= 0:
            indices[i] += 1
            if indices[i] < len(pools[i]):
                break
            indices[i] = 0
            i -= 1
        if i < 0:
            return
        yield tuple([pools[j][indices[j]] for j in range(n)])


def _check_r(r, n):
    if r is None:
        return n
    r = r.__index__() if not isinstance(r, int) else r
    if r < 0:
        raise ValueError('r must be non-negative')
    return r


def permutations(iterable, r=None):
    """r-length orderings of the items, in lexicographic order of positions."""
    pool = tuple(iterable)
    r = _check_r(r, len(pool))
    return _permutations(pool, r)


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple([pool[i] for i in indices[:r]])
                break
        else:
            return


def combinations(iterable, r):
    """r-length subsequences of the items, in order of positions."""
    pool = tuple(iterable)
    r = _check_r(r, None)
    return _combinations(pool, r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple([pool[i] for i in indices])


def combinations_with_replacement(iterable, r):
    """r-length subsequences allowing an item to repeat."""
    pool = tuple(iterable)
    r = _check_r(r, None)
    return _combinations_wr(pool, r)


def _combinations_wr(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        v = indices[i] + 1
        for j in range(i, r):
            indices[j] = v
        yield tuple([pool[i] for i in indices])


class groupby:
    """groupby(iterable, key=None): (key, group iterator) for each run of equal keys."""

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = self._currkey = self._currvalue = _EMPTY
        self._id = None

    def __iter__(self):
        return self

    def __next__(self):
        self._id = object()
        while self._currkey is _EMPTY or self._currkey == self._tgtkey:
            self._advance()
        self._tgtkey = self._currkey
        return (self._currkey, _grouper(self, self._tgtkey, self._id))

    def _advance(self):
        value = next(self._it)
        self._currvalue = value
        self._currkey = value if self._keyfunc is None else self._keyfunc(value)


groupby.__module__ = 'itertools'
_EMPTY = object()


class _grouper:
    __slots__ = ('_parent', '_tgtkey', '_id')

    def __init__(self, parent, tgtkey, id):
        self._parent = parent
        self._tgtkey = tgtkey
        self._id = id

    def __iter__(self):
        return self

    def __next__(self):
        parent = self._parent
        if parent._id is not self._id:
            raise StopIteration
        if parent._currvalue is _EMPTY:
            parent._advance()
        if not (parent._currkey == self._tgtkey):
            raise StopIteration
        value = parent._currvalue
        parent._currvalue = _EMPTY
        return value


_grouper.__module__ = 'itertools'


class _tee_data:
    # shared buffer of a tee family: a growing list, trimmed from the front by the slowest reader
    __slots__ = ('it', 'items', 'done')

    def __init__(self, it):
        self.it = it
        self.items = []
        self.done = False


class _tee:
    """One of the independent iterators tee() returns."""
    __slots__ = ('_data', '_pos', '__weakref__')

    def __init__(self, iterable):
        if isinstance(iterable, _tee):
            self._data = iterable._data
            self._pos = iterable._pos
        else:
            self._data = _tee_data(iter(iterable))
            self._pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        data = self._data
        i = self._pos
        items = data.items
        if i < len(items):
            value = items[i]
        else:
            if data.done:
                raise StopIteration
            try:
                value = next(data.it)
            except StopIteration:
                data.done = True
                raise
            items.append(value)
        self._pos += 1
        return value

    def __copy__(self):
        return _tee(self)


_tee.__module__ = 'itertools'


def tee(iterable, n=2, /):
    """n independent iterators over the items of iterable."""
    n = n.__index__() if not isinstance(n, int) else n
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    copier = getattr(type(it), '__copy__', None)
    if copier is None:
        it = _tee(it)
        copier = _tee.__copy__
    result = [it]
    for _ in range(n - 1):
        result.append(copier(it))
    return tuple(result)
    result = [first]
    for _ in range(n - 1):
        result.append(_tee(first))
    return tuple(result)
