"""Iterator building blocks (Immortal's own implementation of the itertools module's documented
CPython 3.12 behaviour). chain and islice are native types (the _itertools module). Every other
iterator is a class standing for CPython's C type: its name, tp_name (__immortal_tp_name__, so that
messages say 'itertools.count'), constructor checks and messages, and a __next__ that makes the same
calls into the underlying iterators and functions, in the same order, as CPython's C code (after a
StopIteration most of them ask their iterator again, as CPython's do; batched, pairwise, takewhile
and zip_longest stop for good where CPython's do). __reduce__ and __setstate__ (deprecated in 3.12)
give CPython's states and warn as it does. What differs: tee is a Python function, the classes'
methods are Python functions (arity errors of __setstate__ and the like have Python's wording), and
the instances' slots are visible to dir()."""

# Frames of this code are left out of tracebacks: CPython implements it in C (vm/exc.ts codeFramesHidden).
__immortal_native__ = True

__all__ = ['accumulate', 'batched', 'chain', 'combinations', 'combinations_with_replacement',
           'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby', 'islice',
           'pairwise', 'permutations', 'product', 'repeat', 'starmap', 'takewhile', 'tee',
           'zip_longest']

# chain and islice are native (src/modules/_itertools.ts), with CPython's type names
from _itertools import chain, islice
from operator import index as _index

# An argument that was not given; C code sees NULL there (CPython keeps NULL in a field where
# a value is not there yet, e.g. the running total of a fresh accumulate).
_MISSING = object()
_SSIZE_MAX = (1 << 63) - 1
# the items of one link of a tee's buffer (CPython's LINKCELLS, visible in __reduce__)
_LINKCELLS = 57
_new = object.__new__


def _ssize(n):
    """n as Argument Clinic converts a Py_ssize_t argument: through __index__, range-checked."""
    if type(n) is not int:
        n = _index(n)
    if not -_SSIZE_MAX - 1 <= n <= _SSIZE_MAX:
        raise OverflowError('Python int too large to convert to C ssize_t')
    return n


def _long_as_ssize(n):
    """PyLong_AsSsize_t, which __setstate__ uses: ints only (no __index__), range-checked."""
    if not isinstance(n, int):
        raise TypeError('an integer is required')
    n = int.__index__(n)
    if not -_SSIZE_MAX - 1 <= n <= _SSIZE_MAX:
        raise OverflowError('Python int too large to convert to C ssize_t')
    return n


def _c_int(n):
    """The 'i' format of PyArg_ParseTuple: a C int, through __index__."""
    if type(n) is not int:
        n = _index(n)
    if not -_SSIZE_MAX - 1 <= n <= _SSIZE_MAX:
        raise OverflowError('Python int too large to convert to C long')
    if n > 0x7fffffff:
        raise OverflowError('signed integer is greater than maximum')
    if n < -0x80000000:
        raise OverflowError('signed integer is less than minimum')
    return n


def _tp_name(obj):
    """The C name of obj's type as CPython's messages show it ('None' for None)."""
    if obj is None:
        return 'None'
    t = type(obj)
    module = t.__module__
    if module == 'itertools' and t.__name__ in __all__ + ['_grouper', '_tee', '_tee_dataobject']:
        return 'itertools.' + t.__name__
    if module == 'builtins' or t.__flags__ & (1 << 9):  # builtins and heap types: the bare name
        return t.__name__
    return f'{module}.{t.__qualname__}'


def _unpack(fname, args, kwargs, names, minpos, maxpos):
    """Argument Clinic's unpacking of positional and keyword arguments (_PyArg_UnpackKeywords) for
    parameters `names`, the first minpos required, at most maxpos by position (the rest keyword-only):
    the values in `names` order (_MISSING where not given), or CPython's TypeError."""
    nargs = len(args)
    nkw = len(kwargs)
    maxargs = len(names)
    if nargs + nkw > maxargs:
        raise TypeError(f"{fname}() takes at most {maxargs} {'keyword ' if nargs == 0 else ''}"
                        f"argument{'' if maxargs == 1 else 's'} ({nargs + nkw} given)")
    if nargs > maxpos:
        raise TypeError(f"{fname}() takes {'at most' if minpos < maxpos else 'exactly'} {maxpos} "
                        f"positional argument{'' if maxpos == 1 else 's'} ({nargs} given)")
    values = list(args)
    for i in range(nargs, maxargs):
        name = names[i]
        if name in kwargs:
            values.append(kwargs[name])
            nkw -= 1
        elif i < minpos:
            raise TypeError(f"{fname}() missing required argument '{name}' (pos {i + 1})")
        else:
            values.append(_MISSING)
    if nkw:
        for i in range(nargs):
            if names[i] in kwargs:
                raise TypeError(f"argument for {fname}() given by name ('{names[i]}') and "
                                f"position ({i + 1})")
        for name in kwargs:
            if name not in names:
                raise TypeError(f"'{name}' is an invalid keyword argument for {fname}()")
    return values


def _check_positional(fname, cls, kwargs, nargs, least, most):
    """The checks of a constructor with positional-only parameters (_PyArg_NoKeywords, then
    _PyArg_CheckPositional). Keywords are refused unless a subclass defines its own __init__,
    which then receives them (CPython skips the check when tp_init differs)."""
    if kwargs and cls.__init__ is object.__init__:
        raise TypeError(f'{fname}() takes no keyword arguments')
    if nargs < least:
        raise TypeError(f"{fname} expected {'' if least == most else 'at least '}{least} "
                        f"argument{'' if least == 1 else 's'}, got {nargs}")
    if nargs > most:
        raise TypeError(f"{fname} expected {'' if least == most else 'at most '}{most} "
                        f"argument{'' if most == 1 else 's'}, got {nargs}")


def _func_and_iter(fname, cls, first, iterable, args, kwargs):
    """The argument checks of a (function, iterable, /) constructor, then iter(iterable)."""
    if args or kwargs or iterable is _MISSING:
        nargs = (first is not _MISSING) + (iterable is not _MISSING) + len(args)
        _check_positional(fname, cls, kwargs, nargs, 2, 2)
    return iter(iterable)


def _state_tuple(state, n):
    """PyArg_ParseTuple(state, ...) with n objects, after the 'state is not a tuple' check."""
    if not isinstance(state, tuple):
        raise TypeError('state is not a tuple')
    if len(state) != n:
        raise TypeError(f"function takes exactly {n} arguments ({len(state)} given)")
    return state


def _pickle_deprecated():
    # CPython 3.12 warns in every __reduce__ and __setstate__ of the module (not in tee's __copy__),
    # pointing at the code that called it
    import warnings
    warnings.warn('Pickle, copy, and deepcopy support will be removed from itertools in '
                  'Python 3.14.', DeprecationWarning, stacklevel=3)


def _not_acceptable_base(cls):
    raise TypeError(f"type 'itertools.{cls.__mro__[1].__name__}' is not an acceptable base type")


def _is_number(x):
    # PyNumber_Check: the type converts to int or float, or is a complex
    t = type(x)
    return (hasattr(t, '__index__') or hasattr(t, '__int__') or hasattr(t, '__float__')
            or isinstance(x, complex))


class count:
    """count(start=0, step=1): start, start+step, start+2*step, ... without end."""
    __immortal_tp_name__ = 'itertools.count'
    # _fast: None, or (when start is an int of C size and step an int equal to 1, CPython's fast
    # mode: values are exact ints) the step as given, which only __reduce__ shows
    __slots__ = ('_n', '_step', '_fast')

    def __new__(cls, start=_MISSING, step=_MISSING, /, *args, **kwargs):
        if args or kwargs:
            given = [x for x in (start, step) if x is not _MISSING]
            start, step = _unpack('count', given + list(args), kwargs, ('start', 'step'), 0, 2)
        if (start is not _MISSING and not _is_number(start)) or (
                step is not _MISSING and not _is_number(step)):
            raise TypeError('a number is required')
        if start is _MISSING:
            start = 0
        if step is _MISSING:
            step = 1
        self = _new(cls)
        self._n = start
        self._step = step
        self._fast = None
        if isinstance(start, int) and isinstance(step, int) and int.__eq__(step, 1) is True:
            n = int.__index__(start)
            if -_SSIZE_MAX - 1 <= n <= _SSIZE_MAX:
                self._n = n
                self._step = 1
                self._fast = step
        return self

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        step = self._step
        if isinstance(step, int) and int.__eq__(step, 1) is True:
            return f'{type(self).__name__}({self._n!r})'
        return f'{type(self).__name__}({self._n!r}, {step!r})'

    def __reduce__(self):
        _pickle_deprecated()
        fast = self._fast
        if fast is None:
            return (type(self), (self._n, self._step))
        if self._n <= _SSIZE_MAX:
            return (type(self), (self._n,))
        return (type(self), (self._n, fast))


class repeat:
    """repeat(object[, times]): object, times times, or without end when times is not given."""
    __immortal_tp_name__ = 'itertools.repeat'
    # _cnt: the items left, -1 for endlessly
    __slots__ = ('_obj', '_cnt')

    def __new__(cls, object=_MISSING, times=_MISSING, /, *args, **kwargs):
        if args or kwargs or object is _MISSING:
            given = [x for x in (object, times) if x is not _MISSING]
            object, times = _unpack('repeat', given + list(args), kwargs, ('object', 'times'), 1, 2)
        cnt = -1
        if times is not _MISSING:
            cnt = _ssize(times)
            if cnt < 0:
                cnt = 0
        self = _new(cls)
        self._obj = object
        self._cnt = cnt
        return self

    def __iter__(self):
        return self

    def __next__(self):
        cnt = self._cnt
        if cnt:
            if cnt > 0:
                self._cnt = cnt - 1
            return self._obj
        raise StopIteration

    def __length_hint__(self):
        if self._cnt == -1:
            raise TypeError('len() of unsized object')
        return self._cnt

    def __repr__(self):
        if self._cnt == -1:
            return f'{type(self).__name__}({self._obj!r})'
        return f'{type(self).__name__}({self._obj!r}, {self._cnt})'

    def __reduce__(self):
        _pickle_deprecated()
        if self._cnt >= 0:
            return (type(self), (self._obj, self._cnt))
        return (type(self), (self._obj,))


class cycle:
    """cycle(iterable, /): the items of iterable, then the same items again, over and over."""
    __immortal_tp_name__ = 'itertools.cycle'
    # _it: None once exhausted; _firstpass (set by __setstate__): items are not saved
    __slots__ = ('_it', '_saved', '_index', '_firstpass')

    def __new__(cls, iterable=_MISSING, /, *args, **kwargs):
        if args or kwargs or iterable is _MISSING:
            _check_positional('cycle', cls, kwargs, (iterable is not _MISSING) + len(args), 1, 1)
        it = iter(iterable)
        self = _new(cls)
        self._it = it
        self._saved = []
        self._index = 0
        self._firstpass = False
        return self

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is not None:
            try:
                item = next(it)
            except StopIteration:
                self._it = None
            else:
                if not self._firstpass:
                    self._saved.append(item)
                return item
        saved = self._saved
        if not saved:
            raise StopIteration
        i = self._index
        item = saved[i]
        i += 1
        self._index = 0 if i >= len(saved) else i
        return item

    def __reduce__(self):
        _pickle_deprecated()
        it = self._it
        if it is None:
            it = iter(self._saved)
            # CPython sets the list iterator's position with its __setstate__
            for _ in range(self._index):
                next(it)
            return (type(self), (it,), (self._saved, True))
        return (type(self), (it,), (self._saved, self._firstpass))

    def __setstate__(self, state):
        _pickle_deprecated()
        saved, firstpass = _state_tuple(state, 2)
        if not isinstance(saved, list):
            raise TypeError(f'argument 1 must be list, not {_tp_name(saved)}')
        firstpass = _c_int(firstpass)
        self._saved = saved
        self._firstpass = firstpass != 0
        self._index = 0


class accumulate:
    """accumulate(iterable, func=None, *, initial=None): running totals (or running
    results of func(total, item))."""
    __immortal_tp_name__ = 'itertools.accumulate'
    # _total: _MISSING before the first item; _initial: None once returned (or not given)
    __slots__ = ('_it', '_func', '_total', '_initial')

    def __new__(cls, iterable=_MISSING, func=_MISSING, /, *args, **kwargs):
        initial = None
        if args or kwargs or iterable is _MISSING:
            given = [x for x in (iterable, func) if x is not _MISSING]
            iterable, func, initial = _unpack('accumulate', given + list(args), kwargs,
                                              ('iterable', 'func', 'initial'), 1, 2)
            if initial is _MISSING:
                initial = None
        if func is _MISSING:
            func = None
        it = iter(iterable)
        self = _new(cls)
        self._it = it
        self._func = func
        self._total = _MISSING
        self._initial = initial
        return self

    def __iter__(self):
        return self

    def __next__(self):
        total = self._total
        if total is _MISSING:
            initial = self._initial
            if initial is not None:
                self._total = initial
                self._initial = None
                return initial
            value = next(self._it)
        else:
            value = next(self._it)
            func = self._func
            value = total + value if func is None else func(total, value)
        self._total = value
        return value

    def __reduce__(self):
        _pickle_deprecated()
        initial = self._initial
        if initial is not None:
            return (type(self), (chain((initial,), self._it), self._func), None)
        total = self._total
        if total is None:
            # a None total reads as "no total" in the state: restart from (None, *rest), skipping it
            return (islice, (type(self)(chain((None,), self._it), self._func), 1, None))
        return (type(self), (self._it, self._func), None if total is _MISSING else total)

    def __setstate__(self, state):
        _pickle_deprecated()
        # while an initial value is pending, the total is never read (the initial replaces it)
        if self._initial is None:
            self._total = state


class batched:
    """batched(iterable, n): tuples of n consecutive items; the last one may be shorter."""
    __immortal_tp_name__ = 'itertools.batched'
    # _its: the iterator n times (made by the first __next__): tuple(map(next, _its)) reads one
    # batch, stopping early at StopIteration as the C loop does; _it: None once finished
    __slots__ = ('_it', '_n', '_its')

    def __new__(cls, iterable=_MISSING, n=_MISSING, /, *args, **kwargs):
        if args or kwargs or n is _MISSING:
            given = [x for x in (iterable, n) if x is not _MISSING]
            iterable, n = _unpack('batched', given + list(args), kwargs, ('iterable', 'n'), 2, 2)
        n = _ssize(n)
        if n < 1:
            raise ValueError('n must be at least one')
        it = iter(iterable)
        self = _new(cls)
        self._it = it
        self._n = n
        self._its = None
        return self

    def __iter__(self):
        return self

    def __next__(self):
        its = self._its
        if its is None:
            it = self._it
            if it is None:
                raise StopIteration
            its = self._its = (it,) * self._n
        try:
            batch = tuple(map(next, its))
        except BaseException:
            # an error ends the batches (the items read for this one are lost), as in CPython
            self._it = self._its = None
            raise
        if batch:
            return batch
        self._it = self._its = None
        raise StopIteration

    # CPython's batched cannot be pickled or copied (it has C state and no __reduce__)
    def __reduce_ex__(self, protocol):
        if protocol < 2:
            raise TypeError(f'cannot pickle {type(self).__name__!r} object')
        raise TypeError(f"cannot pickle '{_tp_name(self)}' object")

    def __reduce__(self):
        raise TypeError(f'cannot pickle {type(self).__name__!r} object')


class compress:
    """compress(data, selectors): the items of data whose selector is true."""
    __immortal_tp_name__ = 'itertools.compress'
    __slots__ = ('_data', '_selectors')

    def __new__(cls, data=_MISSING, selectors=_MISSING, /, *args, **kwargs):
        if args or kwargs or selectors is _MISSING:
            given = [x for x in (data, selectors) if x is not _MISSING]
            data, selectors = _unpack('compress', given + list(args), kwargs,
                                      ('data', 'selectors'), 2, 2)
        data = iter(data)
        selectors = iter(selectors)
        self = _new(cls)
        self._data = data
        self._selectors = selectors
        return self

    def __iter__(self):
        return self

    def __next__(self):
        data = self._data
        selectors = self._selectors
        while True:
            item = next(data)
            if next(selectors):
                return item

    def __reduce__(self):
        _pickle_deprecated()
        return (type(self), (self._data, self._selectors))


class dropwhile:
    """dropwhile(predicate, iterable, /): skips items while predicate(item) is true, then gives
    every item."""
    __immortal_tp_name__ = 'itertools.dropwhile'
    __slots__ = ('_pred', '_it', '_start')

    def __new__(cls, predicate=_MISSING, iterable=_MISSING, /, *args, **kwargs):
        it = _func_and_iter('dropwhile', cls, predicate, iterable, args, kwargs)
        self = _new(cls)
        self._pred = predicate
        self._it = it
        self._start = False
        return self

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if self._start:
            return next(it)
        predicate = self._pred
        while True:
            item = next(it)
            if not predicate(item):
                self._start = True
                return item

    def __reduce__(self):
        _pickle_deprecated()
        return (type(self), (self._pred, self._it), int(self._start))

    def __setstate__(self, state):
        _pickle_deprecated()
        self._start = bool(state)


class takewhile:
    """takewhile(predicate, iterable, /): the items up to the first for which predicate is false."""
    __immortal_tp_name__ = 'itertools.takewhile'
    __slots__ = ('_pred', '_it', '_stop')

    def __new__(cls, predicate=_MISSING, iterable=_MISSING, /, *args, **kwargs):
        it = _func_and_iter('takewhile', cls, predicate, iterable, args, kwargs)
        self = _new(cls)
        self._pred = predicate
        self._it = it
        self._stop = False
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._stop:
            raise StopIteration
        item = next(self._it)
        if self._pred(item):
            return item
        self._stop = True
        raise StopIteration

    def __reduce__(self):
        _pickle_deprecated()
        return (type(self), (self._pred, self._it), int(self._stop))

    def __setstate__(self, state):
        _pickle_deprecated()
        self._stop = bool(state)


class filterfalse:
    """filterfalse(function, iterable, /): the items for which function(item) is false (the false
    items when function is None)."""
    __immortal_tp_name__ = 'itertools.filterfalse'
    __slots__ = ('_func', '_it')

    def __new__(cls, function=_MISSING, iterable=_MISSING, /, *args, **kwargs):
        it = _func_and_iter('filterfalse', cls, function, iterable, args, kwargs)
        self = _new(cls)
        self._func = function
        self._it = it
        return self

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        function = self._func
        if function is None or function is bool:
            # CPython tests the items' truth itself for None and bool
            while True:
                item = next(it)
                if not item:
                    return item
        while True:
            item = next(it)
            if not function(item):
                return item

    def __reduce__(self):
        _pickle_deprecated()
        return (type(self), (self._func, self._it))


class starmap:
    """starmap(function, iterable, /): function(*args) for each args of iterable."""
    __immortal_tp_name__ = 'itertools.starmap'
    __slots__ = ('_func', '_it')

    def __new__(cls, function=_MISSING, iterable=_MISSING, /, *args, **kwargs):
        it = _func_and_iter('starmap', cls, function, iterable, args, kwargs)
        self = _new(cls)
        self._func = function
        self._it = it
        return self

    def __iter__(self):
        return self

    def __next__(self):
        args = next(self._it)
        if type(args) is not tuple:
            # PySequence_Tuple, whose message is not the one of f(*x)
            args = tuple(args)
        return self._func(*args)

    def __reduce__(self):
        _pickle_deprecated()
        return (type(self), (self._func, self._it))


class pairwise:
    """pairwise(iterable, /): overlapping pairs of consecutive items: (s0, s1), (s1, s2), ..."""
    __immortal_tp_name__ = 'itertools.pairwise'
    # _it: None once finished (the end of the input, or an error); _old: _MISSING before the first
    __slots__ = ('_it', '_old')

    def __new__(cls, iterable=_MISSING, /, *args, **kwargs):
        if args or kwargs or iterable is _MISSING:
            _check_positional('pairwise', cls, kwargs, (iterable is not _MISSING) + len(args), 1, 1)
        it = iter(iterable)
        self = _new(cls)
        self._it = it
        self._old = _MISSING
        return self

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        old = self._old
        try:
            if old is _MISSING:
                old = self._old = next(it)
            new = next(it)
        except BaseException:
            self._it = None
            self._old = _MISSING
            raise
        self._old = new
        return (old, new)

    # CPython's pairwise cannot be pickled or copied (it has C state and no __reduce__)
    def __reduce_ex__(self, protocol):
        if protocol < 2:
            raise TypeError(f'cannot pickle {type(self).__name__!r} object')
        raise TypeError(f"cannot pickle '{_tp_name(self)}' object")

    def __reduce__(self):
        raise TypeError(f'cannot pickle {type(self).__name__!r} object')


class zip_longest:
    """zip_longest(*iterables, fillvalue=None): tuples like zip, until the longest iterable
    ends; the shorter ones are padded with fillvalue."""
    __immortal_tp_name__ = 'itertools.zip_longest'
    # _its: the iterators, None where exhausted; _active: how many are not (0: finished)
    __slots__ = ('_its', '_active', '_fill')

    def __new__(cls, *args, **kwargs):
        fillvalue = None
        if kwargs:
            if len(kwargs) != 1 or 'fillvalue' not in kwargs:
                raise TypeError('zip_longest() got an unexpected keyword argument')
            fillvalue = kwargs['fillvalue']
        its = [iter(x) for x in args]
        self = _new(cls)
        self._its = its
        self._active = len(its)
        self._fill = fillvalue
        return self

    def __iter__(self):
        return self

    def __next__(self):
        its = self._its
        active = self._active
        values = []
        if active == len(its) and active:
            try:
                for it in its:
                    values.append(next(it))
                return tuple(values)
            except StopIteration:
                # its[len(values)] is exhausted
                start = len(values)
                active = self._active = active - 1
                if not active:
                    raise
                its[start] = None
                values.append(self._fill)
                start += 1
            except BaseException:
                self._active = 0
                raise
        elif not active:
            raise StopIteration
        else:
            start = 0
        fill = self._fill
        for i in range(start, len(its)):
            it = its[i]
            if it is None:
                values.append(fill)
                continue
            try:
                values.append(next(it))
            except StopIteration:
                active = self._active = self._active - 1
                if not active:
                    raise
                its[i] = None
                values.append(fill)
            except BaseException:
                self._active = 0
                raise
        return tuple(values)

    def __reduce__(self):
        _pickle_deprecated()
        args = tuple(() if it is None else it for it in self._its)
        return (type(self), args, self._fill)

    def __setstate__(self, state):
        _pickle_deprecated()
        self._fill = state


class product:
    """product(*iterables, repeat=1): the cartesian product of the iterables, as nested for
    loops would give it (the last iterable varies fastest)."""
    __immortal_tp_name__ = 'itertools.product'
    # _cur: the elements of the last result (None before the first); _indices: their positions in
    # the pools, None once finished
    __slots__ = ('_pools', '_indices', '_cur')

    def __new__(cls, *args, **kwargs):
        repeat = 1
        if kwargs:
            # PyArg_ParseTupleAndKeywords((), kwargs, "|n:product", ["repeat"])
            if len(kwargs) > 1:
                raise TypeError(f'product() takes at most 1 keyword argument ({len(kwargs)} given)')
            if 'repeat' not in kwargs:
                raise TypeError(f"'{next(iter(kwargs))}' is an invalid keyword argument for product()")
            repeat = _ssize(kwargs['repeat'])
            if repeat < 0:
                raise ValueError('repeat argument cannot be negative')
            if repeat and len(args) > (_SSIZE_MAX // 8) // repeat:
                raise OverflowError('repeat argument too large')
        if repeat == 0 or not args:
            pools = ()
        else:
            pools = tuple([tuple(x) for x in args]) * repeat
        self = _new(cls)
        self._pools = pools
        self._indices = [0] * len(pools)
        self._cur = None
        return self

    def __iter__(self):
        return self

    def __sizeof__(self):
        # CPython's struct and its array of indices, one per pool
        return object.__sizeof__(self) + 8 * len(self._pools)

    def __next__(self):
        indices = self._indices
        if indices is None:
            raise StopIteration
        cur = self._cur
        if cur is None:
            cur = []
            for pool in self._pools:
                if not pool:
                    self._indices = None
                    self._cur = cur
                    raise StopIteration
                cur.append(pool[0])
            self._cur = cur
            return tuple(cur)
        pools = self._pools
        i = len(pools) - 1
        while i >= 0:
            pool = pools[i]
            j = indices[i] + 1
            if j == len(pool):
                indices[i] = 0
                cur[i] = pool[0]
                i -= 1
            else:
                indices[i] = j
                cur[i] = pool[j]
                return tuple(cur)
        self._indices = None
        raise StopIteration

    def __reduce__(self):
        _pickle_deprecated()
        if self._indices is None:
            return (type(self), ((),))
        if self._cur is None:
            return (type(self), self._pools)
        return (type(self), self._pools, tuple(self._indices))

    def __setstate__(self, state):
        _pickle_deprecated()
        pools = self._pools
        n = len(pools)
        if not isinstance(state, tuple) or len(state) != n:
            raise ValueError('invalid arguments')
        indices = []
        for i in range(n):
            index = _long_as_ssize(state[i])
            size = len(pools[i])
            if size == 0:
                self._indices = None
                return
            indices.append(0 if index < 0 else size - 1 if index > size - 1 else index)
        self._cur = [pools[i][indices[i]] for i in range(n)]
        if self._indices is not None:
            self._indices = indices


class permutations:
    """permutations(iterable, r=None): r-length orderings of the items (all of them when r
    is None), in the order of their positions."""
    __immortal_tp_name__ = 'itertools.permutations'
    # _cur: the elements of the last result (None before the first); _indices: None once finished
    __slots__ = ('_pool', '_r', '_indices', '_cycles', '_cur')

    def __new__(cls, iterable=_MISSING, r=_MISSING, /, *args, **kwargs):
        if args or kwargs or iterable is _MISSING:
            given = [x for x in (iterable, r) if x is not _MISSING]
            iterable, r = _unpack('permutations', given + list(args), kwargs,
                                  ('iterable', 'r'), 1, 2)
        if r is _MISSING:
            r = None
        pool = tuple(iterable)
        n = len(pool)
        if r is None:
            r = n
        else:
            if not isinstance(r, int):
                raise TypeError('Expected int as r')
            r = _long_as_ssize(r)
        if r < 0:
            raise ValueError('r must be non-negative')
        self = _new(cls)
        self._pool = pool
        self._r = r
        self._indices = None if r > n else list(range(n))
        self._cycles = list(range(n, n - r, -1))
        self._cur = None
        return self

    def __iter__(self):
        return self

    def __sizeof__(self):
        # CPython's struct, its indices (one per item) and cycles (r of them)
        return object.__sizeof__(self) + 8 * (len(self._pool) + self._r)

    def __next__(self):
        indices = self._indices
        if indices is None:
            raise StopIteration
        pool = self._pool
        r = self._r
        cur = self._cur
        if cur is None:
            cur = self._cur = [pool[i] for i in indices[:r]]
            return tuple(cur)
        n = len(pool)
        if n:
            cycles = self._cycles
            i = r - 1
            while i >= 0:
                c = cycles[i] - 1
                if c == 0:
                    indices.append(indices.pop(i))
                    cycles[i] = n - i
                    i -= 1
                else:
                    cycles[i] = c
                    indices[i], indices[n - c] = indices[n - c], indices[i]
                    for k in range(i, r):
                        cur[k] = pool[indices[k]]
                    return tuple(cur)
        self._indices = None
        raise StopIteration

    def __reduce__(self):
        _pickle_deprecated()
        if self._cur is None:
            return (type(self), (self._pool, self._r))
        if self._indices is None:
            return (type(self), ((), self._r))
        return (type(self), (self._pool, self._r), (tuple(self._indices), tuple(self._cycles)))

    def __setstate__(self, state):
        _pickle_deprecated()
        indices, cycles = _state_tuple(state, 2)
        for i, x in enumerate((indices, cycles)):
            if not isinstance(x, tuple):
                raise TypeError(f'argument {i + 1} must be tuple, not {_tp_name(x)}')
        pool = self._pool
        n = len(pool)
        r = self._r
        if len(indices) != n or len(cycles) != r:
            raise ValueError('invalid arguments')
        new_indices = []
        for x in indices:
            index = _long_as_ssize(x)
            new_indices.append(0 if index < 0 else n - 1 if index > n - 1 else index)
        new_cycles = []
        for i in range(r):
            index = _long_as_ssize(cycles[i])
            new_cycles.append(1 if index < 1 else n - i if index > n - i else index)
        self._cycles = new_cycles
        if self._indices is None:
            # finished (or r > n, where the result cannot be built): the state only decides what
            # __reduce__ says
            self._cur = new_indices
            return
        self._cur = [pool[new_indices[i]] for i in range(r)]
        self._indices = new_indices


def _combinations_reduce(self):
    """__reduce__ of combinations and combinations_with_replacement (the same state in both)."""
    _pickle_deprecated()
    if self._cur is None:
        return (type(self), (self._pool, self._r))
    if self._indices is None:
        return (type(self), ((), self._r))
    return (type(self), (self._pool, self._r), tuple(self._indices))


class combinations:
    """combinations(iterable, r): r-length subsequences of the items, in the order of their
    positions."""
    __immortal_tp_name__ = 'itertools.combinations'
    # _cur: the elements of the last result (None before the first); _indices: None once finished
    __slots__ = ('_pool', '_r', '_indices', '_cur')

    def __new__(cls, iterable=_MISSING, r=_MISSING, /, *args, **kwargs):
        if args or kwargs or r is _MISSING:
            given = [x for x in (iterable, r) if x is not _MISSING]
            iterable, r = _unpack('combinations', given + list(args), kwargs,
                                  ('iterable', 'r'), 2, 2)
        r = _ssize(r)
        pool = tuple(iterable)
        if r < 0:
            raise ValueError('r must be non-negative')
        self = _new(cls)
        self._pool = pool
        self._r = r
        self._indices = None if r > len(pool) else list(range(r))
        self._cur = None
        return self

    def __iter__(self):
        return self

    def __sizeof__(self):
        # CPython's struct and its r indices
        return object.__sizeof__(self) + 8 * self._r

    def __next__(self):
        indices = self._indices
        if indices is None:
            raise StopIteration
        pool = self._pool
        cur = self._cur
        if cur is None:
            cur = self._cur = [pool[i] for i in indices]
            return tuple(cur)
        r = self._r
        top = len(pool) - r  # the greatest value of indices[i] is i + top
        i = r - 1
        while i >= 0 and indices[i] == i + top:
            i -= 1
        if i < 0:
            self._indices = None
            raise StopIteration
        index = indices[i] + 1
        while i < r:
            indices[i] = index
            cur[i] = pool[index]
            index += 1
            i += 1
        return tuple(cur)

    __reduce__ = _combinations_reduce

    def __setstate__(self, state):
        _pickle_deprecated()
        r = self._r
        if not isinstance(state, tuple) or len(state) != r:
            raise ValueError('invalid arguments')
        pool = self._pool
        top = len(pool) - r
        indices = []
        for i in range(r):
            index = _long_as_ssize(state[i])
            if index > i + top:
                index = i + top
            indices.append(0 if index < 0 else index)
        if self._indices is None:
            # finished (or r > n, where these indices may not even exist): the state only decides
            # what __reduce__ says
            self._cur = indices
            return
        self._cur = [pool[i] for i in indices]
        self._indices = indices


class combinations_with_replacement:
    """combinations_with_replacement(iterable, r): r-length subsequences of the items
    in which an item may repeat."""
    __immortal_tp_name__ = 'itertools.combinations_with_replacement'
    # _cur: the elements of the last result (None before the first); _indices: None once finished
    __slots__ = ('_pool', '_r', '_indices', '_cur')

    def __new__(cls, iterable=_MISSING, r=_MISSING, /, *args, **kwargs):
        if args or kwargs or r is _MISSING:
            given = [x for x in (iterable, r) if x is not _MISSING]
            iterable, r = _unpack('combinations_with_replacement', given + list(args), kwargs,
                                  ('iterable', 'r'), 2, 2)
        r = _ssize(r)
        pool = tuple(iterable)
        if r < 0:
            raise ValueError('r must be non-negative')
        self = _new(cls)
        self._pool = pool
        self._r = r
        self._indices = None if not pool and r else [0] * r
        self._cur = None
        return self

    def __iter__(self):
        return self

    def __sizeof__(self):
        # CPython's struct and its r indices
        return object.__sizeof__(self) + 8 * self._r

    def __next__(self):
        indices = self._indices
        if indices is None:
            raise StopIteration
        pool = self._pool
        cur = self._cur
        if cur is None:
            cur = self._cur = [pool[0]] * self._r if pool else []
            return tuple(cur)
        r = self._r
        last = len(pool) - 1
        i = r - 1
        while i >= 0 and indices[i] == last:
            i -= 1
        if i < 0:
            self._indices = None
            raise StopIteration
        index = indices[i] + 1
        item = pool[index]
        while i < r:
            indices[i] = index
            cur[i] = item
            i += 1
        return tuple(cur)

    __reduce__ = _combinations_reduce

    def __setstate__(self, state):
        _pickle_deprecated()
        r = self._r
        if not isinstance(state, tuple) or len(state) != r:
            raise ValueError('invalid arguments')
        pool = self._pool
        last = len(pool) - 1
        indices = []
        for i in range(r):
            index = _long_as_ssize(state[i])
            indices.append(0 if index < 0 else last if index > last else index)
        if self._indices is None:
            self._cur = indices
            return
        self._cur = [pool[i] for i in indices]
        self._indices = indices


class groupby:
    """groupby(iterable, key=None): (key, group iterator) for each run of consecutive items
    whose keys are equal."""
    __immortal_tp_name__ = 'itertools.groupby'
    # _tgtkey, _currkey, _currvalue: _MISSING where CPython's fields are NULL. _currgrouper: the
    # token of the one _grouper that may still read (a token, not the grouper: that would be a
    # cycle), None while there is none.
    __slots__ = ('_it', '_keyfunc', '_tgtkey', '_currkey', '_currvalue', '_currgrouper')

    def __new__(cls, iterable=_MISSING, key=_MISSING, /, *args, **kwargs):
        if args or kwargs or iterable is _MISSING:
            given = [x for x in (iterable, key) if x is not _MISSING]
            iterable, key = _unpack('groupby', given + list(args), kwargs, ('iterable', 'key'), 1, 2)
        if key is _MISSING:
            key = None
        it = iter(iterable)
        self = _new(cls)
        self._it = it
        self._keyfunc = key
        self._tgtkey = self._currkey = self._currvalue = _MISSING
        self._currgrouper = None
        return self

    def __iter__(self):
        return self

    def __next__(self):
        self._currgrouper = None
        # skip to the next group: read while the current key is missing or equal to the target
        currkey = self._currkey
        tgtkey = self._tgtkey
        while currkey is _MISSING or (tgtkey is not _MISSING and (
                tgtkey is currkey or tgtkey == currkey)):
            value = next(self._it)
            keyfunc = self._keyfunc
            currkey = value if keyfunc is None else keyfunc(value)
            self._currvalue = value
            self._currkey = currkey
            tgtkey = self._tgtkey
        self._tgtkey = currkey
        return (currkey, _grouper._make(self, currkey))

    def __reduce__(self):
        _pickle_deprecated()
        if (self._tgtkey is not _MISSING and self._currkey is not _MISSING
                and self._currvalue is not _MISSING):
            return (type(self), (self._it, self._keyfunc),
                    (self._currkey, self._currvalue, self._tgtkey))
        return (type(self), (self._it, self._keyfunc))

    def __setstate__(self, state):
        _pickle_deprecated()
        self._currkey, self._currvalue, self._tgtkey = _state_tuple(state, 3)


class _grouper:
    __immortal_tp_name__ = 'itertools._grouper'
    __slots__ = ('_parent', '_tgtkey', '_token')

    def __new__(cls, parent=_MISSING, tgtkey=_MISSING, /, *args, **kwargs):
        if args or kwargs or tgtkey is _MISSING:
            nargs = (parent is not _MISSING) + (tgtkey is not _MISSING) + len(args)
            _check_positional('_grouper', cls, kwargs, nargs, 2, 2)
        if not isinstance(parent, groupby):
            raise TypeError(f'_grouper() argument 1 must be itertools.groupby, not '
                            f'{_tp_name(parent)}')
        return _grouper._make(parent, tgtkey)

    @staticmethod
    def _make(parent, tgtkey):
        # the newest grouper of a groupby is the only one that reads from it
        self = _new(_grouper)
        self._parent = parent
        self._tgtkey = tgtkey
        self._token = parent._currgrouper = object()
        return self

    def __init_subclass__(cls, **kwargs):
        _not_acceptable_base(cls)

    def __iter__(self):
        return self

    def __next__(self):
        parent = self._parent
        if parent._currgrouper is not self._token:
            raise StopIteration
        if parent._currvalue is _MISSING:
            value = next(parent._it)
            keyfunc = parent._keyfunc
            currkey = value if keyfunc is None else keyfunc(value)
            parent._currvalue = value
            parent._currkey = currkey
        else:
            currkey = parent._currkey
        tgtkey = self._tgtkey
        if not (tgtkey is currkey or tgtkey == currkey):
            raise StopIteration
        value = parent._currvalue
        parent._currvalue = parent._currkey = _MISSING
        return value

    def __reduce__(self):
        _pickle_deprecated()
        if self._parent._currgrouper is not self._token:
            return (iter, ((),))
        return (type(self), (self._parent, self._tgtkey))


class _tee_dataobject:
    """teedataobject(iterable, values, next, /): one link of the buffer that the tees made by
    one tee() call share."""
    __immortal_tp_name__ = 'itertools._tee_dataobject'
    # One link of the buffer that the tees of one tee() call share: up to _LINKCELLS values read
    # from the iterator, then the next link. A link nobody reads any more is freed.
    __slots__ = ('_it', '_values', '_nextlink', '_running')

    def __new__(cls, iterable=_MISSING, values=_MISSING, next=_MISSING, /, *args, **kwargs):
        if args or kwargs or next is _MISSING:
            nargs = ((iterable is not _MISSING) + (values is not _MISSING)
                     + (next is not _MISSING) + len(args))
            _check_positional('teedataobject', cls, kwargs, nargs, 3, 3)
        if not isinstance(values, list):
            raise TypeError(f'teedataobject() argument 2 must be list, not {_tp_name(values)}')
        n = len(values)
        if n > _LINKCELLS or (next is not None and (
                n < _LINKCELLS or type(next) is not _tee_dataobject)):
            raise ValueError('Invalid arguments')
        self = _tee_dataobject._make(iterable)
        self._values = list(values)
        self._nextlink = next
        return self

    @staticmethod
    def _make(it):
        self = _new(_tee_dataobject)
        self._it = it
        self._values = []
        self._nextlink = None
        self._running = False
        return self

    def __init_subclass__(cls, **kwargs):
        _not_acceptable_base(cls)

    def __reduce__(self):
        _pickle_deprecated()
        return (type(self), (self._it, list(self._values), self._nextlink))


class _tee:
    """_tee(iterable, /): one of the independent, copyable iterators tee() returns."""
    __immortal_tp_name__ = 'itertools._tee'
    # _link: the _tee_dataobject holding the next value, at _index (_LINKCELLS: the next link)
    __slots__ = ('_link', '_index', '__weakref__')

    def __new__(cls, iterable=_MISSING, /, *args, **kwargs):
        if args or kwargs or iterable is _MISSING:
            _check_positional('_tee', cls, kwargs, (iterable is not _MISSING) + len(args), 1, 1)
        return _tee._from_iterable(iterable)

    @staticmethod
    def _from_iterable(iterable):
        it = iter(iterable)
        if isinstance(it, _tee):
            return it.__copy__()
        self = _new(_tee)
        self._link = _tee_dataobject._make(it)
        self._index = 0
        return self

    def __init_subclass__(cls, **kwargs):
        _not_acceptable_base(cls)

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        i = self._index
        if i >= _LINKCELLS:
            nextlink = link._nextlink
            if nextlink is None:
                nextlink = link._nextlink = _tee_dataobject._make(link._it)
            link = self._link = nextlink
            i = 0
        values = link._values
        if i < len(values):
            value = values[i]
        else:
            # this tee leads: read the next value for all of them
            if link._running:
                raise RuntimeError('cannot re-enter the tee iterator')
            link._running = True
            try:
                value = next(link._it)
            finally:
                link._running = False
            values.append(value)
        self._index = i + 1
        return value

    def __copy__(self):
        copy = _new(_tee)
        copy._link = self._link
        copy._index = self._index
        return copy

    def __reduce__(self):
        _pickle_deprecated()
        return (type(self), ((),), (self._link, self._index))

    def __setstate__(self, state):
        _pickle_deprecated()
        link, index = _state_tuple(state, 2)
        if not isinstance(link, _tee_dataobject):
            raise TypeError(f'argument 1 must be itertools._tee_dataobject, not {_tp_name(link)}')
        index = _ssize(index)
        if index < 0 or index > _LINKCELLS:
            raise ValueError('Index out of range')
        self._link = link
        self._index = index


def tee(iterable=_MISSING, n=2, /, *args, **kwargs):
    """tee(iterable, n=2, /): a tuple of n independent iterators over the items of iterable."""
    if kwargs:
        raise TypeError('itertools.tee() takes no keyword arguments')
    if iterable is _MISSING:
        raise TypeError('tee expected at least 1 argument, got 0')
    if args:
        raise TypeError(f'tee expected at most 2 arguments, got {2 + len(args)}')
    n = _ssize(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    copier = getattr(it, '__copy__', None)
    if copier is None:
        it = _tee._from_iterable(it)
        copier = it.__copy__
    result = [it]
    for _ in range(n - 1):
        result.append(copier())
    return tuple(result)
