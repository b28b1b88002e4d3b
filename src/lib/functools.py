"""Higher-order functions and operations on callables (Immortal's own implementation of the
functools module's documented CPython 3.12 behaviour): reduce, partial, partialmethod, wraps,
lru_cache/cache, cached_property, total_ordering, cmp_to_key, singledispatch."""

# These names' frames are left out of tracebacks: CPython's are C (_functools; vm/exc.ts codeFramesHidden).
__immortal_native__ = ('partial', '_lru_cache_wrapper', '_make_key', '_HashedSeq')

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES', 'total_ordering',
           'cache', 'cmp_to_key', 'lru_cache', 'reduce', 'partial', 'partialmethod',
           'singledispatch', 'singledispatchmethod', 'cached_property']

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__',
                       '__type_params__')
WRAPPER_UPDATES = ('__dict__',)

# CPython's functools takes these from its C module: so does this one.
from _functools import reduce, cmp_to_key
from sys import modules as _sys_modules

_MISSING = object()


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Make `wrapper` look like `wrapped`: copy the assigned attributes, merge the updated ones."""
    for name in assigned:
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            continue
        setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    # set last, so that a __wrapped__ copied from `wrapped`'s __dict__ is replaced
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator form of update_wrapper."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


# ---- total_ordering

def _gt_from_lt(self, other):
    r = type(self).__lt__(self, other)
    if r is NotImplemented:
        return r
    return not r and self != other


def _le_from_lt(self, other):
    r = type(self).__lt__(self, other)
    if r is NotImplemented:
        return r
    return r or self == other


def _ge_from_lt(self, other):
    r = type(self).__lt__(self, other)
    if r is NotImplemented:
        return r
    return not r


def _ge_from_le(self, other):
    r = type(self).__le__(self, other)
    if r is NotImplemented:
        return r
    return not r or self == other


def _lt_from_le(self, other):
    r = type(self).__le__(self, other)
    if r is NotImplemented:
        return r
    return r and self != other


def _gt_from_le(self, other):
    r = type(self).__le__(self, other)
    if r is NotImplemented:
        return r
    return not r


def _lt_from_gt(self, other):
    r = type(self).__gt__(self, other)
    if r is NotImplemented:
        return r
    return not r and self != other


def _ge_from_gt(self, other):
    r = type(self).__gt__(self, other)
    if r is NotImplemented:
        return r
    return r or self == other


def _le_from_gt(self, other):
    r = type(self).__gt__(self, other)
    if r is NotImplemented:
        return r
    return not r


def _le_from_ge(self, other):
    r = type(self).__ge__(self, other)
    if r is NotImplemented:
        return r
    return not r or self == other


def _gt_from_ge(self, other):
    r = type(self).__ge__(self, other)
    if r is NotImplemented:
        return r
    return r and self != other


def _lt_from_ge(self, other):
    r = type(self).__ge__(self, other)
    if r is NotImplemented:
        return r
    return not r


_DERIVED = {
    '__lt__': [('__gt__', _gt_from_lt), ('__le__', _le_from_lt), ('__ge__', _ge_from_lt)],
    '__le__': [('__ge__', _ge_from_le), ('__lt__', _lt_from_le), ('__gt__', _gt_from_le)],
    '__gt__': [('__lt__', _lt_from_gt), ('__ge__', _ge_from_gt), ('__le__', _le_from_gt)],
    '__ge__': [('__le__', _le_from_ge), ('__gt__', _gt_from_ge), ('__lt__', _lt_from_ge)],
}


def total_ordering(cls):
    """Class decorator filling in the missing rich comparisons from one that is defined."""
    roots = {op for op in _DERIVED if getattr(cls, op, None) is not getattr(object, op, None)}
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)
    for name, func in _DERIVED[root]:
        if name not in roots:
            func = _copy_function(func, name, cls)
            setattr(cls, name, func)
    return cls


def _copy_function(func, name, cls):
    def method(self, other):
        return func(self, other)
    method.__name__ = name
    method.__qualname__ = cls.__qualname__ + '.' + name
    method.__doc__ = None
    return method


# ---- partial

class partial:
    """New callable: func with some positional and keyword arguments already supplied."""
    __immortal_tp_name__ = 'functools.partial'  # CPython's C type name, for messages

    __slots__ = ('func', 'args', 'keywords', '__dict__', '__weakref__')

    def __new__(cls, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func, *args = args
        if not callable(func):
            raise TypeError('the first argument must be callable')
        # flattened only while the inner partial has no instance attributes (CPython: its dict is NULL)
        if (isinstance(func, partial) and type(func).__call__ is partial.__call__
                and not func.__dict__):
            args = func.args + tuple(args)
            keywords = {**func.keywords, **keywords}
            func = func.func
        self = object.__new__(cls)
        _set_member(self, 'func', func)
        _set_member(self, 'args', tuple(args))
        _set_member(self, 'keywords', keywords)
        return self

    # func, args and keywords are read-only members in CPython
    def __setattr__(self, name, value):
        if name in _PARTIAL_MEMBERS:
            raise AttributeError('readonly attribute')
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name in _PARTIAL_MEMBERS:
            raise AttributeError('readonly attribute')
        object.__delattr__(self, name)

    def __call__(self, /, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        if type(self) is partial:
            name = 'functools.partial'
        else:
            name = type(self).__name__
        parts = [repr(self.func)]
        parts.extend(repr(a) for a in self.args)
        parts.extend(f'{k}={v!r}' for k, v in self.keywords.items())
        return f"{name}({', '.join(parts)})"

    def __reduce__(self):
        # CPython's C partial: the keywords dict as it is (empty too), the instance dict or None.
        return (type(self), (self.func,), (self.func, self.args, self.keywords,
                                           self.__dict__ or None))

    def __setstate__(self, state):
        if not isinstance(state, tuple) or len(state) != 4:
            raise TypeError('invalid partial state')
        func, args, kwds, namespace = state
        if (not callable(func) or not isinstance(args, tuple)
                or (kwds is not None and not isinstance(kwds, dict))):
            raise TypeError('invalid partial state')
        _set_member(self, 'func', func)
        _set_member(self, 'args', tuple(args))
        _set_member(self, 'keywords', dict(kwds) if kwds is not None else {})
        if namespace is None:
            object.__setattr__(self, '__dict__', {})
        else:
            object.__setattr__(self, '__dict__', namespace)

    def __class_getitem__(cls, item):
        return _generic_alias(cls, item)


_PARTIAL_MEMBERS = frozenset(('func', 'args', 'keywords'))
_set_member = object.__setattr__


def _generic_alias(cls, item):
    return type(list[int])(cls, item)


class partialmethod:
    """Like partial, but a descriptor: the object it is looked up on (or the class, for a wrapped
    classmethod) goes before the stored arguments."""

    def __init__(self, func, /, *args, **keywords):
        if not (callable(func) or hasattr(func, '__get__')):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        if isinstance(func, partialmethod):
            # a partialmethod of a partialmethod is flattened into one
            func, args, keywords = func.func, func.args + args, {**func.keywords, **keywords}
        self.func, self.args, self.keywords = func, args, keywords

    def __repr__(self):
        shown = [*map(repr, self.args)]
        named = [f'{name}={value!r}' for name, value in self.keywords.items()]
        kind = self.__class__
        # (the function is shown with str(), the rest with repr())
        return f"{kind.__module__}.{kind.__qualname__}({self.func}, {', '.join(shown)}, {', '.join(named)})"

    def __get__(self, obj, cls=None):
        binder = getattr(self.func, '__get__', None)
        if binder is not None:
            bound = binder(obj, cls)
            if bound is not self.func:
                result = partial(bound, *self.args, **self.keywords)
                receiver = getattr(bound, '__self__', _MISSING)
                if receiver is not _MISSING:
                    result.__self__ = receiver
                return result
        return self._make_unbound_method().__get__(obj, cls)

    def _make_unbound_method(self):
        # for a func that is not a descriptor (or binds to itself): a plain function that puts
        # the receiver first, itself bound the ordinary way
        def _method(cls_or_self, /, *args, **keywords):
            return self.func(cls_or_self, *self.args, *args, **{**self.keywords, **keywords})

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __class_getitem__(cls, item):
        return _generic_alias(cls, item)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


# ---- lru_cache

class _CacheInfo(tuple):
    """CacheInfo(hits, misses, maxsize, currsize): a named tuple."""
    __slots__ = ()
    _fields = ('hits', 'misses', 'maxsize', 'currsize')

    def __new__(cls, hits, misses, maxsize, currsize):
        return tuple.__new__(cls, (hits, misses, maxsize, currsize))

    hits = property(lambda self: self[0])
    misses = property(lambda self: self[1])
    maxsize = property(lambda self: self[2])
    currsize = property(lambda self: self[3])

    def __repr__(self):
        return 'CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)' % tuple(self)

    def _asdict(self):
        return dict(zip(self._fields, self))


_CacheInfo.__name__ = _CacheInfo.__qualname__ = 'CacheInfo'


class _HashedSeq(list):
    # a key tuple whose hash is computed once (the cache looks keys up more than once)
    __slots__ = 'hashvalue'

    def __init__(self, tup):
        self[:] = tup
        self.hashvalue = hash(tup)

    def __hash__(self):
        return self.hashvalue


_KWD_MARK = object()
_FAST_TYPES = (int, str)


def _make_key(args, kwds, typed):
    # The cache key for one call: the positional arguments, then (after a marker object) the
    # keyword names and values in call order, then, when typed, the types of all the values.
    # A single int or str argument is its own key.
    if not kwds:
        if not typed and len(args) == 1 and type(args[0]) in _FAST_TYPES:
            return args[0]
        if not typed:
            return _HashedSeq(args)
    parts = list(args)
    if kwds:
        parts.append(_KWD_MARK)
        for pair in kwds.items():
            parts.extend(pair)
    if typed:
        parts.extend(map(type, args))
        if kwds:
            parts.extend(map(type, kwds.values()))
    return _HashedSeq(tuple(parts))


class _lru_cache_wrapper:
    """The callable lru_cache returns: memoizes calls to __wrapped__."""
    __immortal_tp_name__ = 'functools._lru_cache_wrapper'  # CPython's C type name, for messages

    def __init__(self, func, maxsize, typed):
        self.__wrapped__ = func
        self._maxsize = maxsize
        self._typed = typed
        self._cache = {}
        self._hits = 0
        self._misses = 0

    def __call__(self, /, *args, **kwds):
        maxsize = self._maxsize
        if maxsize == 0:
            self._misses += 1
            return self.__wrapped__(*args, **kwds)
        key = _make_key(args, kwds, self._typed)
        cache = self._cache
        result = cache.get(key, _MISSING)
        if result is not _MISSING:
            self._hits += 1
            if maxsize is not None:
                # most recently used goes last
                del cache[key]
                cache[key] = result
            return result
        self._misses += 1
        result = self.__wrapped__(*args, **kwds)
        if key in cache:
            # a recursive call already cached it
            return result
        if maxsize is not None and len(cache) >= maxsize:
            del cache[next(iter(cache))]
        cache[key] = result
        return result

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return _method_type(self, obj)

    def cache_info(self):
        """Report cache statistics."""
        return _CacheInfo(self._hits, self._misses, self._maxsize, len(self._cache))

    def cache_clear(self):
        """Clear the cache and cache statistics."""
        self._cache.clear()
        self._hits = self._misses = 0

    def cache_parameters(self):
        return {'maxsize': self._maxsize, 'typed': self._typed}

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


import _functools
_functools.partial = partial
_functools._lru_cache_wrapper = _lru_cache_wrapper
del _functools


class _Probe:
    def m(self):
        pass


_method_type = type(_Probe().m)
del _Probe


def lru_cache(maxsize=128, typed=False):
    """Decorator memoizing a function's results, keeping at most maxsize of them."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
        return update_wrapper(wrapper, user_function)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
        return update_wrapper(wrapper, user_function)
    return decorating_function


def cache(user_function, /):
    """Unbounded cache: lru_cache(maxsize=None)."""
    return lru_cache(maxsize=None)(user_function)


# ---- cached_property

class cached_property:
    """A property computed once per instance and then kept in the instance's __dict__."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        self.__module__ = func.__module__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError('Cannot assign the same cached_property to two different names '
                            f'({self.attrname!r} and {name!r}).')

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError('Cannot use cached_property instance without calling __set_name__ on it.')
        try:
            cache = instance.__dict__
        except AttributeError:
            msg = (f"No '__dict__' attribute on {type(instance).__name__!r} "
                   f'instance to cache {self.attrname!r} property.')
            raise TypeError(msg) from None
        val = cache.get(self.attrname, _MISSING)
        if val is _MISSING:
            val = self.func(instance)
            try:
                cache[self.attrname] = val
            except TypeError:
                msg = (f"The '__dict__' attribute on {type(instance).__name__!r} instance "
                       f'does not support item assignment for caching {self.attrname!r} property.')
                raise TypeError(msg) from None
        return val

    def __class_getitem__(cls, item):
        return _generic_alias(cls, item)


# ---- singledispatch

def _is_union(cls):
    # typing.Union[...] and X | Y (CPython's _is_union_type, through typing.get_origin)
    if type(cls) is type(int | str):
        return True
    typing = _sys_modules.get('typing')
    if typing is None:
        return False
    return typing.get_origin(cls) is typing.Union


def _union_args(cls):
    from typing import get_args
    return get_args(cls)


def _is_valid_dispatch_type(cls):
    if isinstance(cls, type):
        return True
    return _is_union(cls) and all(isinstance(arg, type) for arg in _union_args(cls))


def _compose_mro(cls, types):
    """cls.__mro__ with the registered types cls is a virtual subclass of, placed after the
    most derived classes that implement them."""
    mro = list(cls.__mro__)
    for typ in types:
        if typ in mro or not isinstance(typ, type):
            continue
        try:
            if not issubclass(cls, typ):
                continue
        except TypeError:
            continue
        pos = 0
        for i, base in enumerate(mro):
            try:
                if issubclass(base, typ):
                    pos = i + 1
            except TypeError:
                pass
        mro.insert(pos, typ)
    return mro


def _find_impl(cls, registry):
    for t in _compose_mro(cls, registry.keys()):
        if t in registry:
            return registry[t]
    return None


class _Dispatcher:
    # the registry behind a singledispatch function (a plain object, so that the function, its
    # register attribute and the registry form no reference cycle)
    __slots__ = ('registry', 'cache')

    def __init__(self, func):
        self.registry = {object: func}
        self.cache = {}

    def dispatch(self, cls):
        cache = self.cache
        try:
            return cache[cls]
        except KeyError:
            pass
        registry = self.registry
        try:
            impl = registry[cls]
        except KeyError:
            impl = _find_impl(cls, registry)
        cache[cls] = impl
        return impl

    def register(self, cls, func=None):
        if _is_valid_dispatch_type(cls):
            if func is None:
                return partial(self.register, cls)
        else:
            if func is not None:
                raise TypeError(f'Invalid first argument to `register()`. {cls!r} is not a class or union type.')
            ann = getattr(cls, '__annotations__', {})
            if not ann:
                raise TypeError(
                    f'Invalid first argument to `register()`: {cls!r}. '
                    f'Use either `@register(some_class)` or plain `@register` '
                    f'on an annotated function.'
                )
            func = cls
            # only import typing when annotations must be read (so does CPython)
            from typing import get_type_hints
            argname, cls = next(iter(get_type_hints(func).items()))
            if not _is_valid_dispatch_type(cls):
                if _is_union(cls):
                    raise TypeError(f'Invalid annotation for {argname!r}. {cls!r} not all arguments are classes.')
                raise TypeError(f'Invalid annotation for {argname!r}. {cls!r} is not a class.')
        if _is_union(cls):
            for arg in _union_args(cls):
                self.registry[arg] = func
        else:
            self.registry[cls] = func
        self.cache.clear()
        return func


def singledispatch(func):
    """Single-dispatch generic function: the implementation is chosen by the type of the first
    argument, from those registered (the most derived class in the MRO wins)."""
    dispatcher = _Dispatcher(func)
    dispatch = dispatcher.dispatch
    funcname = getattr(func, '__name__', 'singledispatch function')

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    wrapper.register = dispatcher.register
    wrapper.dispatch = dispatch
    wrapper.registry = type(type.__dict__)(dispatcher.registry)
    wrapper._clear_cache = dispatcher.cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """A method whose implementation is chosen by the class of its first argument after the
    receiver (its first argument, for a wrapped staticmethod); see singledispatch."""

    def __init__(self, func):
        if not (callable(func) or hasattr(func, '__get__')):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        self.dispatcher = singledispatch(func)
        self.func = func

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)

    def register(self, cls, method=None):
        """Register method for cls (or use as a decorator), as singledispatch's register does."""
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        # A fresh wrapper per lookup (CPython 3.12.1 caches none). It dispatches on args[0]:
        # called without arguments it fails with IndexError, as CPython's does.
        def _method(*args, **kwargs):
            impl = self.dispatcher.dispatch(args[0].__class__)
            return impl.__get__(obj, cls)(*args, **kwargs)

        # set before update_wrapper, which may replace them from func's __dict__
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        return update_wrapper(_method, self.func)
