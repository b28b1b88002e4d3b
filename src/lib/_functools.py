"""The C module _functools of CPython 3.12 (Immortal's own implementation, in Python): reduce and
cmp_to_key (with its key type, functools.KeyWrapper) are defined here, and functools imports them, as
CPython's does; partial and _lru_cache_wrapper are functools' own classes, reached from here too."""

# Frames of this code are left out of tracebacks, and its functions are builtin functions of this
# module (vm/exc.ts nativeMarkTake): CPython implements it in C.
__immortal_native__ = True

_MISSING = object()


def reduce(function, iterable, initial=_MISSING, /):
    """Fold the items of iterable from the left with a two-argument function."""
    try:
        it = iter(iterable)
    except TypeError:
        # CPython replaces any TypeError from iter()
        raise TypeError('reduce() arg 2 must support iteration') from None
    if initial is _MISSING:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError('reduce() of empty iterable with no initial value') from None
    else:
        value = initial
    for item in it:
        value = function(value, item)
    return value


class KeyWrapper:
    """Sort key built from a comparison function; calling it wraps an object."""
    __module__ = 'functools'  # CPython's C type is functools.KeyWrapper
    __slots__ = ('cmp', 'obj')

    def __init__(self, cmp, obj=_MISSING):
        self.cmp = cmp
        if obj is not _MISSING:
            self.obj = obj

    def __call__(self, obj):
        return KeyWrapper(self.cmp, obj)

    def __lt__(self, other):
        if type(other) is not KeyWrapper:
            raise TypeError('other argument must be K instance')
        return self.cmp(self.obj, other.obj) < 0

    def __gt__(self, other):
        if type(other) is not KeyWrapper:
            raise TypeError('other argument must be K instance')
        return self.cmp(self.obj, other.obj) > 0

    def __eq__(self, other):
        if type(other) is not KeyWrapper:
            raise TypeError('other argument must be K instance')
        return self.cmp(self.obj, other.obj) == 0

    def __le__(self, other):
        if type(other) is not KeyWrapper:
            raise TypeError('other argument must be K instance')
        return self.cmp(self.obj, other.obj) <= 0

    def __ge__(self, other):
        if type(other) is not KeyWrapper:
            raise TypeError('other argument must be K instance')
        return self.cmp(self.obj, other.obj) >= 0

    def __hash__(self):
        # unhashable, with the name of CPython's C type in the message
        raise TypeError("unhashable type: 'functools.KeyWrapper'")


def cmp_to_key(mycmp):
    """Turn an old-style comparison function into a key= function."""
    return KeyWrapper(mycmp)


def __getattr__(name):
    # partial and _lru_cache_wrapper live in functools (which imports this module first); functools
    # puts them here once defined, so this only runs for an import of _functools before functools.
    if name in ('partial', '_lru_cache_wrapper'):
        import functools
        return getattr(functools, name)
    raise AttributeError(f"module '_functools' has no attribute '{name}'")
