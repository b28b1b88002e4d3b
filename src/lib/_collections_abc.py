"""The container ABCs behind collections.abc, written for Immortal from the documented behaviour of
CPython 3.12 (collections.abc's documentation, PEP 3119) and experiments on it.

Layout: the one-trick ABCs (Hashable, Iterable, Sized, ...) recognise classes structurally through
a __subclasshook__ that _protocol() installs; the container ABCs (Set, Mapping, Sequence and their
mutable forms) supply mixin methods built only on their abstract methods, calling them in the
order CPython's mixins do (user classes can see that order); the builtin types are registered
as in CPython. The module calls itself collections.abc, as CPython's does, so that is the
__module__ of everything defined here. Private names other modules use: _check_methods
(collections.abc re-exports it; contextlib has its own copy)."""

from abc import ABCMeta, abstractmethod
import sys

__name__ = 'collections.abc'

GenericAlias = type(list[int])

__all__ = ['Awaitable', 'Coroutine', 'AsyncIterable', 'AsyncIterator', 'AsyncGenerator',
           'Hashable', 'Iterable', 'Iterator', 'Generator', 'Reversible', 'Sized', 'Container',
           'Callable', 'Collection', 'Set', 'MutableSet', 'Mapping', 'MutableMapping',
           'MappingView', 'KeysView', 'ItemsView', 'ValuesView', 'Sequence', 'MutableSequence',
           'ByteString', 'Buffer']

# Concrete types the module names (CPython exposes the same names here): the iterators of the
# builtin containers, dict's views, and the types behind generators and coroutines.
(bytes_iterator, bytearray_iterator, str_iterator, tuple_iterator, list_iterator,
 list_reverseiterator, set_iterator, range_iterator, longrange_iterator, zip_iterator,
 dict_keyiterator, dict_valueiterator, dict_itemiterator) = [
    type(iter(sample)) for sample in (b'', bytearray(), '', (), [], reversed([]), set(), range(0),
                                      range(1 << 64), zip(), {}.keys(), {}.values(), {}.items())]
dict_keys, dict_values, dict_items = [type(view) for view in ({}.keys(), {}.values(), {}.items())]
mappingproxy = type(type.__dict__)


def _make_generator():
    yield


generator = type(_make_generator())


async def _make_coroutine():
    pass


_probe = _make_coroutine()
coroutine = type(_probe)
_probe.close()  # never awaited: close it so it draws no warning


async def _make_async_generator():
    yield


async_generator = type(_make_async_generator())
del _make_generator, _make_coroutine, _make_async_generator, _probe

_ABSENT = object()  # "no such entry" marker for dict lookups and omitted arguments


def _check_methods(C, *methods):
    """True when each name in methods is defined somewhere on C's MRO and its nearest definition
    is not None (None switches a protocol off); NotImplemented otherwise."""
    mro = C.__mro__
    for name in methods:
        for klass in mro:
            found = klass.__dict__.get(name, _ABSENT)
            if found is not _ABSENT:
                break
        else:
            return NotImplemented
        if found is None:
            return NotImplemented
    return True


def _protocol(*methods, generic=False):
    # Class decorator for the one-trick ABCs: gives the ABC a __subclasshook__ that accepts any
    # class providing all of `methods` (subclasses of the ABC get NotImplemented, so they fall
    # back to the ordinary checks), and with generic=True makes ABC[...] a GenericAlias.
    def install(abc_class):
        def __subclasshook__(cls, C):
            if cls is not abc_class:
                return NotImplemented
            return _check_methods(C, *methods)
        __subclasshook__.__qualname__ = abc_class.__qualname__ + '.__subclasshook__'
        abc_class.__subclasshook__ = classmethod(__subclasshook__)
        return _generic(abc_class) if generic else abc_class
    return install


def _generic(abc_class):
    # ABC[...] gives a types.GenericAlias (PEP 585)
    abc_class.__class_getitem__ = classmethod(GenericAlias)
    return abc_class


def _thrown(typ, val, tb):
    # The exception that throw(typ, val, tb) / athrow(...) stand for by default.
    if val is None:
        if tb is None:
            return typ
        val = typ()
    return val if tb is None else val.with_traceback(tb)


# --- the one-trick ABCs ------------------------------------------------------------------------
# The bodies of the abstract methods are what super() calls reach: an "empty" answer.

@_protocol('__hash__')
class Hashable(metaclass=ABCMeta):
    __slots__ = ()

    # hash(obj)
    @abstractmethod
    def __hash__(self):
        return 0


@_protocol('__await__', generic=True)
class Awaitable(metaclass=ABCMeta):
    __slots__ = ()

    # await obj
    @abstractmethod
    def __await__(self):
        yield


@_protocol('__await__', 'send', 'throw', 'close')
class Coroutine(Awaitable):
    __slots__ = ()

    # resume, delivering a value
    @abstractmethod
    def send(self, value):
        raise StopIteration

    # resume by raising an exception at the suspension point
    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        raise _thrown(typ, val, tb)

    def close(self):
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            return
        raise RuntimeError('coroutine ignored GeneratorExit')


@_protocol('__aiter__', generic=True)
class AsyncIterable(metaclass=ABCMeta):
    __slots__ = ()

    # async for ... in obj
    @abstractmethod
    def __aiter__(self):
        return AsyncIterator()


@_protocol('__anext__', '__aiter__')
class AsyncIterator(AsyncIterable):
    __slots__ = ()

    # the next value of an async for
    @abstractmethod
    async def __anext__(self):
        raise StopAsyncIteration

    def __aiter__(self):
        return self


@_protocol('__aiter__', '__anext__', 'asend', 'athrow', 'aclose')
class AsyncGenerator(AsyncIterator):
    __slots__ = ()

    async def __anext__(self):
        return await self.asend(None)

    # resume, delivering a value
    @abstractmethod
    async def asend(self, value):
        raise StopAsyncIteration

    # resume by raising an exception at the suspension point
    @abstractmethod
    async def athrow(self, typ, val=None, tb=None):
        raise _thrown(typ, val, tb)

    async def aclose(self):
        try:
            await self.athrow(GeneratorExit)
        except (GeneratorExit, StopAsyncIteration):
            return
        raise RuntimeError('asynchronous generator ignored GeneratorExit')


@_protocol('__iter__', generic=True)
class Iterable(metaclass=ABCMeta):
    __slots__ = ()

    # for ... in obj
    @abstractmethod
    def __iter__(self):
        yield from ()


@_protocol('__iter__', '__next__')
class Iterator(Iterable):
    __slots__ = ()

    # next(obj)
    @abstractmethod
    def __next__(self):
        raise StopIteration

    def __iter__(self):
        return self


@_protocol('__reversed__', '__iter__')
class Reversible(Iterable):
    __slots__ = ()

    # reversed(obj)
    @abstractmethod
    def __reversed__(self):
        yield from ()


@_protocol('__iter__', '__next__', 'send', 'throw', 'close')
class Generator(Iterator):
    __slots__ = ()

    def __next__(self):
        return self.send(None)

    # resume, delivering a value
    @abstractmethod
    def send(self, value):
        raise StopIteration

    # resume by raising an exception at the suspension point
    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        raise _thrown(typ, val, tb)

    def close(self):
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            return
        raise RuntimeError('generator ignored GeneratorExit')


@_protocol('__len__')
class Sized(metaclass=ABCMeta):
    __slots__ = ()

    # len(obj)
    @abstractmethod
    def __len__(self):
        return 0


@_protocol('__contains__', generic=True)
class Container(metaclass=ABCMeta):
    __slots__ = ()

    # x in obj
    @abstractmethod
    def __contains__(self, x):
        return False


@_protocol('__len__', '__iter__', '__contains__')
class Collection(Sized, Iterable, Container):
    __slots__ = ()


@_protocol('__buffer__')
class Buffer(metaclass=ABCMeta):
    __slots__ = ()

    # memoryview(obj) (PEP 688)
    @abstractmethod
    def __buffer__(self, flags, /):
        raise NotImplementedError


def _is_param_expr(obj):
    # What may stand for a Callable's parameter list besides a list of types: ..., a list,
    # a typing.ParamSpec or a typing.Concatenate[...] (matched by name: typing imports us).
    if obj is Ellipsis or isinstance(obj, list):
        return True
    kind = type(obj)
    return kind.__module__ == 'typing' and kind.__name__ in ('ParamSpec', '_ConcatenateGenericAlias')


@_protocol('__call__')
class Callable(metaclass=ABCMeta):
    __slots__ = ()

    # obj(...)
    @abstractmethod
    def __call__(self, *args, **kwds):
        return False

    # Callable[[A, B], R]: an alias with __args__ (A, B, R)
    __class_getitem__ = classmethod(lambda cls, params: _CallableGenericAlias(cls, params))


def _abc_type_repr(obj):
    # How a Callable alias shows its arguments: classes by (qualified) name, ... and functions bare
    if isinstance(obj, type):
        where = obj.__module__
        return obj.__qualname__ if where == 'builtins' else f'{where}.{obj.__qualname__}'
    if obj is Ellipsis:
        return '...'
    if isinstance(obj, type(_abc_type_repr)):
        return obj.__name__
    return repr(obj)


def _keeps_param_expr(args):
    # Callable[..., R] and Callable[P, R] store their two arguments as given
    return len(args) == 2 and _is_param_expr(args[0])


class _CallableGenericAlias(GenericAlias):
    # The alias Callable[...] gives: the parameter list is flattened into __args__ (so that type
    # variables in it are parameters), and shown bracketed again.
    __module__ = 'collections.abc'
    __slots__ = ()

    def __new__(cls, origin, args):
        if type(args) is not tuple or len(args) != 2:
            raise TypeError('Callable must be used as Callable[[arg, ...], result].')
        params, result = args
        if isinstance(params, (tuple, list)):
            args = (*params, result)
        elif not _is_param_expr(params):
            raise TypeError('Expected a list of types, an ellipsis, ParamSpec, or Concatenate. '
                            f'Got {params}')
        return super().__new__(cls, origin, args)

    def __repr__(self):
        args = self.__args__
        if _keeps_param_expr(args):
            return super().__repr__()
        shown = ', '.join(_abc_type_repr(a) for a in args[:-1])
        return f'collections.abc.Callable[[{shown}], {_abc_type_repr(args[-1])}]'

    def __reduce__(self):
        args = self.__args__
        if not _keeps_param_expr(args):
            args = (list(args[:-1]), args[-1])
        return _CallableGenericAlias, (Callable, args)

    def __getitem__(self, item):
        substituted = super().__getitem__(item if isinstance(item, tuple) else (item,)).__args__
        # regroup into (parameters, result) unless a ParamSpec's substitute already is a list of types
        if isinstance(substituted[0], (tuple, list)):
            return _CallableGenericAlias(Callable, substituted)
        return _CallableGenericAlias(Callable, (substituted[:-1], substituted[-1]))


# --- sets ------------------------------------------------------------------------------------

def _contains_all(container, items):
    # every element of items is in container (stops at the first that is not)
    for item in items:
        if item not in container:
            return False
    return True


def _chain(first, second):
    yield from first
    yield from second


def _as_set(s, other):
    # The right operand of a Set's -, ^ and friends: a Set as it is, any other iterable through
    # s._from_iterable; NotImplemented for anything else.
    if isinstance(other, Set):
        return other
    if isinstance(other, Iterable):
        return s._from_iterable(other)
    return NotImplemented


class Set(Collection):
    """A finite, iterable container of distinct elements. Concrete classes supply __contains__,
    __iter__ and __len__; comparisons and the operators &, |, -, ^ come from here, and build their
    results with the classmethod _from_iterable (override it when cls(iterable) does not work)."""
    __slots__ = ()

    def __le__(self, other):
        if isinstance(other, Set):
            return len(self) <= len(other) and _contains_all(other, self)
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, Set):
            return len(self) >= len(other) and _contains_all(self, other)
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, Set):
            return len(self) < len(other) and self.__le__(other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, Set):
            return len(self) > len(other) and self.__ge__(other)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, Set):
            return len(self) == len(other) and self.__le__(other)
        return NotImplemented

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)

    def isdisjoint(self, other):
        for item in other:
            if item in self:
                return False
        return True

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(item for item in other if item in self)

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(_chain(self, other))

    def __sub__(self, other):
        other = _as_set(self, other)
        if other is NotImplemented:
            return NotImplemented
        return self._from_iterable(item for item in self if item not in other)

    def __rsub__(self, other):
        other = _as_set(self, other)
        if other is NotImplemented:
            return NotImplemented
        return self._from_iterable(item for item in other if item not in self)

    def __xor__(self, other):
        other = _as_set(self, other)
        if other is NotImplemented:
            return NotImplemented
        return (self - other) | (other - self)

    # & | ^ are symmetric: the reflected forms are the same functions
    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__

    def _hash(self):
        """A hash that depends only on the elements, not their order (frozenset's algorithm), for
        Sets that want to be hashable: __hash__ = Set._hash."""
        mask = 2 * sys.maxsize + 1
        h = 1927868237 * (len(self) + 1) & mask
        for item in self:
            e = hash(item)
            h ^= (e ^ (e << 16) ^ 89869747) * 3644798167 & mask
        h ^= (h >> 11) ^ (h >> 25)
        h = (h * 69069 + 907133923) & mask
        if h > sys.maxsize:
            h -= mask + 1
        return 590923713 if h == -1 else h


def _first_or_keyerror(container):
    # what pop()/popitem() take out: the first element iteration gives, KeyError when empty
    # (raised while StopIteration is handled, so that is its suppressed __context__, as in CPython)
    try:
        return next(iter(container))
    except StopIteration:
        raise KeyError from None


def _pop_until_empty(pop, empty_error):
    # clear() for the mutable ABCs: pop entries one by one until pop reports emptiness
    try:
        while True:
            pop()
    except empty_error:
        pass


class MutableSet(Set):
    """A Set that can change: concrete classes add add() and discard(); remove, pop, clear and the
    in-place operators come from here."""
    __slots__ = ()

    # put value in the set
    @abstractmethod
    def add(self, value):
        raise NotImplementedError

    # take value out of the set if it is there
    @abstractmethod
    def discard(self, value):
        raise NotImplementedError

    def remove(self, value):
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        value = _first_or_keyerror(self)
        self.discard(value)
        return value

    def clear(self):
        _pop_until_empty(self.pop, KeyError)

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in self - it:
            self.discard(value)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
            return self
        # elements of both go, elements only in `it` come in
        other = it if isinstance(it, Set) else self._from_iterable(it)
        for value in other:
            (self.discard if value in self else self.add)(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
            return self
        for value in it:
            self.discard(value)
        return self


# --- mappings ----------------------------------------------------------------------------------

class Mapping(Collection):
    """A read-only mapping. Concrete classes supply __getitem__, __iter__ and __len__; get,
    __contains__, keys, items, values, __eq__ and __ne__ come from here."""
    __slots__ = ()
    # Py_TPFLAGS_MAPPING: subclasses match mapping patterns (abc.py moves it into the type's flags)
    __abc_tpflags__ = 1 << 6

    # m[key], KeyError when absent
    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        try:
            found = self[key]
        except KeyError:
            return default
        return found

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def __eq__(self, other):
        if isinstance(other, Mapping):
            return dict(self.items()) == dict(other.items())
        return NotImplemented

    # a Mapping has no order to reverse unless a subclass says otherwise
    __reversed__ = None


def _plain_set(cls, it):
    # _from_iterable of KeysView and ItemsView: a view cannot be built from an iterable, so
    # their set operations answer with a plain set
    return set(it)


@_generic
class MappingView(Sized):
    __slots__ = ('_mapping',)

    def __init__(self, mapping):
        self._mapping = mapping

    # views are live: they read the mapping each time, so they follow its changes
    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return f'{self.__class__.__name__}({self._mapping!r})'


class KeysView(MappingView, Set):
    __slots__ = ()

    _from_iterable = classmethod(_plain_set)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


class ItemsView(MappingView, Set):
    __slots__ = ()

    _from_iterable = classmethod(_plain_set)

    def __contains__(self, item):
        key, value = item
        try:
            present = self._mapping[key]
        except KeyError:
            return False
        return present is value or present == value

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield key, mapping[key]


class ValuesView(MappingView, Collection):
    __slots__ = ()

    def __contains__(self, value):
        # searches the mapping itself, not through self.__iter__
        mapping = self._mapping
        for key in mapping:
            present = mapping[key]
            if present is value or present == value:
                return True
        return False

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield mapping[key]


def _store_keys(target, source, keys):
    for key in keys:
        target[key] = source[key]


class MutableMapping(Mapping):
    """A Mapping that can change: concrete classes add __setitem__ and __delitem__; pop, popitem,
    clear, update and setdefault come from here."""
    __slots__ = ()

    # m[key] = value
    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    # del m[key]
    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    def pop(self, key, default=_ABSENT):
        try:
            value = self[key]
        except KeyError:
            if default is _ABSENT:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        key = _first_or_keyerror(self)
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        _pop_until_empty(self.popitem, KeyError)

    def update(self, other=(), /, **kwds):
        # like dict.update: a Mapping is read by iterating it, anything else with keys() through
        # keys(), and anything else must give (key, value) pairs
        if isinstance(other, Mapping):
            _store_keys(self, other, other)
        elif hasattr(other, 'keys'):
            _store_keys(self, other, other.keys())
        else:
            for key, value in other:
                self[key] = value
        _store_keys(self, kwds, kwds)

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
            return default


# --- sequences ---------------------------------------------------------------------------------

class Sequence(Reversible, Collection):
    """A read-only sequence. Concrete classes supply __getitem__ (with int indexes, raising
    IndexError past the end) and __len__; iteration, reversal, `in`, index and count come
    from here."""
    __slots__ = ()
    # Py_TPFLAGS_SEQUENCE: subclasses match sequence patterns (abc.py moves it into the type's flags)
    __abc_tpflags__ = 1 << 5

    # s[index], IndexError past the end
    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        # indexes 0, 1, 2, ... until IndexError (also one thrown into the iterator) ends it
        position = 0
        try:
            while True:
                yield self[position]
                position += 1
        except IndexError:
            pass

    def __contains__(self, value):
        return any(v is value or v == value for v in self)

    def __reversed__(self):
        position = len(self)
        while position > 0:
            position -= 1
            yield self[position]

    def index(self, value, start=0, stop=None):
        # negative bounds count from the end, as for list.index; without stop the search runs
        # until __getitem__ raises IndexError
        position = max(len(self) + start, 0) if start is not None and start < 0 else start
        if stop is not None and stop < 0:
            stop += len(self)
        while stop is None or position < stop:
            try:
                candidate = self[position]
            except IndexError:
                break
            if candidate is value or candidate == value:
                return position
            position += 1
        raise ValueError

    def count(self, value):
        total = 0
        for v in self:
            if v is value or v == value:
                total += 1
        return total


def _bytestring_deprecated():
    import warnings
    # stacklevel 3: past this helper and the metaclass method, to the user's line
    warnings.warn("'collections.abc.ByteString' is deprecated and slated for removal in Python 3.14",
                  DeprecationWarning, stacklevel=3)


class _DeprecateByteStringMeta(ABCMeta):
    # ByteString is deprecated in 3.12: subclassing it (except by a class named ByteString) and
    # isinstance() against it warn; issubclass() and register() do not.
    def __new__(mcls, name, bases, namespace, /, **kwargs):
        if name != 'ByteString':
            _bytestring_deprecated()
        return super().__new__(mcls, name, bases, namespace, **kwargs)

    def __instancecheck__(cls, instance):
        _bytestring_deprecated()
        return super().__instancecheck__(instance)


class ByteString(Sequence, metaclass=_DeprecateByteStringMeta):
    """Deprecated: the common ABC of bytes and bytearray. Use Buffer, or a union of the types."""
    __slots__ = ()


class MutableSequence(Sequence):
    """A Sequence that can change: concrete classes add __setitem__, __delitem__ and insert;
    append, clear, reverse, extend, pop, remove and += come from here."""
    __slots__ = ()

    # s[index] = value
    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    # del s[index]
    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    # put value before position index
    @abstractmethod
    def insert(self, index, value):
        raise IndexError

    def append(self, value):
        self.insert(len(self), value)

    def clear(self):
        _pop_until_empty(self.pop, IndexError)

    def reverse(self):
        # swap pairs from the outside in
        low, high = 0, len(self) - 1
        while low < high:
            self[low], self[high] = self[high], self[low]
            low += 1
            high -= 1

    def extend(self, values):
        # a copy first when extending by itself, which would otherwise never end
        for value in (list(values) if values is self else values):
            self.append(value)

    def pop(self, index=-1):
        value = self[index]
        del self[index]
        return value

    def remove(self, value):
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


# --- the builtin types, registered as in CPython -------------------------------------------------
# (Iterators, generators, coroutines and the like need no registration: the structural hooks
# already accept them.)

Set.register(frozenset)
MutableSet.register(set)
Mapping.register(mappingproxy)
MutableMapping.register(dict)
KeysView.register(dict_keys)
ItemsView.register(dict_items)
ValuesView.register(dict_values)
for _t in (tuple, str, range, memoryview):
    Sequence.register(_t)
for _t in (list, bytearray):
    MutableSequence.register(_t)
for _t in (bytes, bytearray):
    ByteString.register(_t)
del _t
