"""Container datatypes (Immortal's own implementation of the collections module's documented
CPython 3.12 behaviour): deque, defaultdict, OrderedDict, Counter, namedtuple, ChainMap,
UserDict, UserList, UserString. deque and Counter's counting loop (_count_elements) are native
(the _collections module), as in CPython. defaultdict and OrderedDict stand for CPython's C types:
their messages name 'collections.defaultdict' / 'collections.OrderedDict' and their frames are
hidden. Everything else keeps the calls user code can see (which dunder or overridable method
runs, in which order) as CPython's Python code makes them."""

# These names' frames are left out of tracebacks: CPython's are C (_collections; vm/exc.ts codeFramesHidden).
__immortal_native__ = ('defaultdict', '_dd_join', 'OrderedDict', '_OrderedView', 'odict_keys', 'odict_values',
                       'odict_items', '_od_add_pairs', '_od_update_arg', '_od_update', '_tuplegetter',
                       '_copies')

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList', 'UserString',
           'defaultdict', 'deque', 'namedtuple']

import sys as _sys
import _collections_abc
from keyword import iskeyword as _iskeyword

_repr_running = set()


def _recursive_repr(fillvalue):
    # decorator: a __repr__ that shows fillvalue when it reaches its own object again
    def decorating(user_function):
        def wrapper(self):
            key = id(self)
            if key in _repr_running:
                return fillvalue
            _repr_running.add(key)
            try:
                return user_function(self)
            finally:
                _repr_running.discard(key)
        wrapper.__name__ = user_function.__name__
        wrapper.__qualname__ = user_function.__qualname__
        wrapper.__doc__ = user_function.__doc__
        return wrapper
    return decorating


# ---- deque (native: src/modules/_collections.ts)

from _collections import deque, _count_elements, _odict_iter, _odict_sizeof
from _itertools import chain as _chain

_collections_abc.MutableSequence.register(deque)


# ---- defaultdict

def _dd_join(dd, left, right):
    joined = type(dd)(dd.default_factory, left)
    dict.update(joined, right)
    return joined


class defaultdict(dict):
    """defaultdict(default_factory=None, /, ...): a dict that calls default_factory() for
    missing keys and stores the result."""

    __slots__ = ('default_factory',)
    __immortal_tp_name__ = 'collections.defaultdict'  # messages name CPython's C type (objects/type.ts)

    def __init__(self, *args, **kwargs):
        if args:
            factory = args[0]
            if factory is not None and not callable(factory):
                raise TypeError('first argument must be callable or None')
            args = args[1:]
        else:
            factory = None
        self.default_factory = factory
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        value = factory()
        self[key] = value
        return value

    def __repr__(self):
        factory = self.default_factory
        if factory is None:
            frepr = 'None'
        else:
            key = id(self)
            if key in _repr_running:
                frepr = '...'
            else:
                _repr_running.add(key)
                try:
                    frepr = repr(factory)
                finally:
                    _repr_running.discard(key)
        return f'{type(self).__name__}({frepr}, {dict.__repr__(self)})'

    def copy(self):
        """D.copy() -> a shallow copy of D."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        return (type(self), (self.default_factory,), None, None, iter(self.items()))

    # | makes type(self)(default_factory, left operand) and adds the right one with dict's own
    # update (CPython's defdict_or)

    def __or__(self, other):
        if isinstance(other, dict):
            return _dd_join(self, self, other)
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, dict):
            return _dd_join(self, other, self)
        return NotImplemented


defaultdict.__module__ = 'collections'


# ---- OrderedDict

class _OrderedView:
    __slots__ = ()

    def __repr__(self):
        return f'{type(self).__name__}({list(self)!r})'


class odict_keys(_OrderedView, _collections_abc.KeysView):
    __slots__ = ()

    def __iter__(self):
        return _odict_iter(self._mapping, 0, False)

    def __reversed__(self):
        return _odict_iter(self._mapping, 0, True)


class odict_values(_OrderedView, _collections_abc.ValuesView):
    __slots__ = ()

    def __iter__(self):
        return _odict_iter(self._mapping, 1, False)

    def __reversed__(self):
        return _odict_iter(self._mapping, 1, True)


class odict_items(_OrderedView, _collections_abc.ItemsView):
    __slots__ = ()

    def __iter__(self):
        return _odict_iter(self._mapping, 2, False)

    def __reversed__(self):
        return _odict_iter(self._mapping, 2, True)


_od_missing = object()


def _od_add_pairs(od, pairs):
    # CPython's mutablemapping_add_pairs: each item is unpacked by iteration, stored by od[key] = value
    for pair in pairs:
        it = iter(pair)
        key = next(it, _od_missing)
        if key is _od_missing:
            raise ValueError('need more than 0 values to unpack')
        value = next(it, _od_missing)
        if value is _od_missing:
            raise ValueError('need more than 1 value to unpack')
        if next(it, _od_missing) is not _od_missing:
            raise ValueError('too many values to unpack (expected 2)')
        od[key] = value


def _od_update_arg(od, other):
    # CPython's mutablemapping_update_arg: stores go through od[key] = value, so a subclass's
    # __setitem__ sees them; an OrderedDict that keeps dict's __setitem__ takes dict's own path
    if type(other) is dict:
        if type(od).__setitem__ is dict.__setitem__:
            dict.update(od, other)
        else:
            _od_add_pairs(od, list(dict.items(other)))
        return
    keys = getattr(other, 'keys', None)
    if keys is not None:
        if (type(od).__setitem__ is dict.__setitem__ and isinstance(other, dict)
                and (type(other) is OrderedDict or (type(other).keys is dict.keys
                                                    and type(other).__getitem__ is dict.__getitem__))):
            # the same stores, in the same order, as the loop below
            dict.update(od, other)
            return
        for key in keys():
            od[key] = other[key]
        return
    items = getattr(other, 'items', None)
    if items is not None:
        _od_add_pairs(od, items())
        return
    _od_add_pairs(od, other)


def _od_update(od, args, kwds):
    if len(args) > 1:
        raise TypeError(f'update() takes at most 1 positional argument ({len(args)} given)')
    if args:
        _od_update_arg(od, args[0])
    if kwds:
        if type(od).__setitem__ is dict.__setitem__:
            dict.update(od, kwds)
        else:
            _od_add_pairs(od, list(kwds.items()))


class OrderedDict(dict):
    """Dictionary that remembers insertion order, with move_to_end, popitem(last) and
    order-sensitive equality between OrderedDicts."""

    __immortal_tp_name__ = 'collections.OrderedDict'  # messages name CPython's C type (objects/type.ts)

    def __init__(self, /, *args, **kwds):
        if len(args) > 1:
            raise TypeError(f'expected at most 1 arguments, got {len(args)}')
        _od_update(self, args, kwds)

    def update(self, /, *args, **kwds):
        """D.update([E, ]**F) -> None.  Update D from mapping/iterable E and F."""
        _od_update(self, args, kwds)

    def setdefault(self, key, default=None):
        """Insert key with a value of default if key is not in the dictionary.

        Return the value for key if key is in the dictionary, else default."""
        if type(self) is OrderedDict:
            return dict.setdefault(self, key, default)
        # a subclass's __contains__, __getitem__ and __setitem__ take part (as in CPython)
        if key in self:
            return self[key]
        self[key] = default
        return default

    def move_to_end(self, key, last=True):
        """Move an existing element to the end (or beginning if last is false)."""
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
        else:
            rest = list(dict.items(self))
            dict.clear(self)
            dict.__setitem__(self, key, value)
            for k, v in rest:
                dict.__setitem__(self, k, v)

    def popitem(self, last=True):
        """Remove and return a (key, value) pair: LIFO order if last is true, else FIFO."""
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            return dict.popitem(self)
        key = next(iter(dict.keys(self)))
        return key, dict.pop(self, key)

    def __iter__(self):
        return _odict_iter(self, 0, False)

    def __reversed__(self):
        return _odict_iter(self, 0, True)

    def keys(self):
        return odict_keys(self)

    def values(self):
        return odict_values(self)

    def items(self):
        return odict_items(self)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            if not dict.__eq__(self, other):
                return False
            for a, b in zip(dict.keys(self), dict.keys(other)):
                if not (a is b or a == b):
                    return False
            return True
        return dict.__eq__(self, other)

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    __hash__ = None

    @_recursive_repr('...')
    def __repr__(self):
        if not self:
            return f'{type(self).__name__}()'
        return f'{type(self).__name__}({dict(dict.items(self))!r})'

    def copy(self):
        """od.copy() -> a shallow copy of od"""
        if type(self) is OrderedDict:
            return OrderedDict(self)
        # a subclass is made with no arguments, then filled item by item through its own
        # __getitem__ and __setitem__ (as in CPython)
        new = type(self)()
        for key in list(dict.keys(self)):
            new[key] = self[key]
        return new

    __copy__ = copy

    def __sizeof__(self):
        return _odict_sizeof(self)

    def __reduce__(self):
        state = getattr(self, '__dict__', None) or None
        return (type(self), (), state, None, iter(dict.items(self)))

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self)
        _od_update_arg(new, other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(other)
        _od_update_arg(new, self)
        return new

    def __ior__(self, other):
        _od_update_arg(self, other)
        return self


OrderedDict.__module__ = 'collections'


# ---- namedtuple

class _tuplegetter:
    __immortal_tp_name__ = 'collections._tuplegetter'  # CPython's C type name, for messages
    # the descriptor behind a named tuple's field: self[index]
    __slots__ = ('_index', '__doc__')

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return instance[self._index]

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")

    def __repr__(self):
        return f'_tuplegetter({self._index}, {self.__doc__!r})'


def _nt_names(field_names, rename):
    # The field names as a list of str: a string is split at commas and whitespace. With rename,
    # a name that could not be a field (not an identifier, a keyword, starting with an underscore,
    # or seen before) becomes '_' + its position.
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    names = [str(name) for name in field_names]
    if rename:
        used = set()
        for position, name in enumerate(names):
            unusable = (not name.isidentifier() or _iskeyword(name)
                        or name.startswith('_') or name in used)
            used.add(name)
            if unusable:
                names[position] = f'_{position}'
    return names


def _nt_check(typename, names, renamed):
    # CPython's checks, in its order: every name (the type's first) must be an identifier and not a
    # keyword; then field names may not start with '_' (unless renamed) nor repeat.
    for name in (typename, *names):
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError(f'Type names and field names must be valid identifiers: {name!r}')
        if _iskeyword(name):
            raise ValueError(f'Type names and field names cannot be a keyword: {name!r}')
    used = set()
    for name in names:
        if not renamed and name.startswith('_'):
            raise ValueError(f'Field names cannot start with an underscore: {name!r}')
        if name in used:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        used.add(name)


def _nt_caller_module():
    # the __name__ of the module that called namedtuple() (two frames up), None if unknown
    try:
        return _sys._getframemodulename(2) or '__main__'
    except AttributeError:
        pass
    try:
        frame = _sys._getframe(2)
    except (AttributeError, ValueError):
        return None
    return frame.f_globals.get('__name__', '__main__')


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Make a tuple subclass called typename whose items can also be read as attributes named by
    field_names (a sequence of strings, or one string of names separated by commas or spaces)."""
    names = _nt_names(field_names, rename)
    typename = _sys.intern(str(typename))
    _nt_check(typename, names, rename)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        skipped = len(names) - len(defaults)
        if skipped < 0:
            raise TypeError('Got more default values than field names')
        for position in range(skipped, len(names)):
            field_defaults[names[position]] = defaults[position - skipped]

    fields = tuple([_sys.intern(name) for name in names])
    size = len(fields)
    # the text between the parentheses of the signature: 'x, y' ('x,' for a single field)
    params = ', '.join(fields) + (',' if size == 1 else '')
    cls_doc = f'{typename}({params})'
    shown = '(%s)' % ', '.join([f'{name}=%r' for name in fields])
    make_tuple = tuple.__new__

    # __new__ is compiled from source so that the interpreter itself binds the arguments: the
    # signature and the argument errors are those of a function with exactly these parameters.
    scope = {'_tuple_new': make_tuple, '__builtins__': {}, '__name__': f'namedtuple_{typename}'}
    __new__ = eval(f'lambda _cls, {params}: _tuple_new(_cls, ({params}))', scope)
    __new__.__name__ = '__new__'
    __new__.__doc__ = f'Create new instance of {cls_doc}'
    if defaults is not None:
        __new__.__defaults__ = defaults

    def _make(cls, iterable):
        instance = make_tuple(cls, iterable)
        if len(instance) == size:
            return instance
        raise TypeError(f'Expected {size} arguments, got {len(instance)}')

    _make.__doc__ = f'Make a new {typename} object from a sequence or iterable'

    def _replace(self, /, **kwds):
        # each field takes its keyword's value if one was given, else keeps its own
        instance = self._make(map(kwds.pop, fields, self))
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return instance

    _replace.__doc__ = f'Return a new {typename} object replacing specified fields with new values'

    def __repr__(self):
        """The class name, then each field as name=repr(value)."""
        return self.__class__.__name__ + shown % self

    def _asdict(self):
        """A dict from each field name to its value."""
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        """The items as a plain tuple (for copy and pickle)."""
        return tuple(self)

    for function in (__new__, _make, _replace, __repr__, _asdict, __getnewargs__):
        function.__qualname__ = f'{typename}.{function.__name__}'

    # the class namespace in CPython's order (vars() of the class shows it)
    namespace = {'__doc__': cls_doc, '__slots__': (), '_fields': fields,
                 '_field_defaults': field_defaults, '__new__': __new__,
                 '_make': classmethod(_make), '_replace': _replace, '__repr__': __repr__,
                 '_asdict': _asdict, '__getnewargs__': __getnewargs__, '__match_args__': fields}
    for position, name in enumerate(fields):
        namespace[name] = _tuplegetter(position, f'Alias for field number {position}')
    result = type(typename, (tuple,), namespace)

    # the new class belongs to the caller's module unless module= names one
    if module is None:
        module = _nt_caller_module()
    if module is not None:
        result.__module__ = module
    return result


# ---- Counter

def _count_of(pair):
    return pair[1]


def _copies(pair):
    # Counter.elements(): the element count times, as itertools.repeat(element, count) gives it
    # (nothing for a count below 1; TypeError for a count that is not an integer). Small int
    # counts take a tuple, which is quicker to make and to run through.
    elem, count = pair
    if type(count) is int and count <= 64:
        return (elem,) * count
    from itertools import repeat
    return repeat(elem, count)


def _larger(count, other):
    # CPython's choice for |: the other count only when count < other
    return other if count < other else count


def _smaller(count, other):
    # CPython's choice for &: the count itself when count < other
    return count if count < other else other


def _counts_all(first, second, holds):
    # holds(first[e], second[e]) for every element e of first, then of second (missing ones count 0)
    for side in (first, second):
        for elem in side:
            if not holds(first[elem], second[elem]):
                return False
    return True


def _new_counter(items):
    # a plain Counter holding the given dict's items, in its order
    result = Counter()
    dict.update(result, items)
    return result


class Counter(dict):
    """A dict from elements to their counts. A missing element counts zero; counts may be any
    number, and the arithmetic operators keep only the elements whose result is positive."""

    def __missing__(self, key):
        return 0

    def __init__(self, iterable=None, /, **kwds):
        """Count the items of an iterable, or add the counts of a mapping, then of the keywords."""
        super().__init__()
        self.update(iterable, **kwds)

    def update(self, iterable=None, /, **kwds):
        """Add counts: one per item of an iterable, or a mapping's counts; then the keywords'."""
        if iterable is not None:
            if not isinstance(iterable, _collections_abc.Mapping):
                _count_elements(self, iterable)
            elif self:
                current = self.get
                for elem, count in iterable.items():
                    self[elem] = count + current(elem, 0)
            else:
                # an empty Counter takes a mapping's counts as they are
                super().update(iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Take away counts (one per item of an iterable, or a mapping's counts, then the
        keywords'); counts may go to zero or below."""
        if iterable is not None:
            current = self.get
            if isinstance(iterable, _collections_abc.Mapping):
                pairs = iterable.items()
            else:
                pairs = ((elem, 1) for elem in iterable)
            for elem, count in pairs:
                self[elem] = current(elem, 0) - count
        if kwds:
            self.subtract(kwds)

    def __delitem__(self, elem):
        # deleting a missing element is not an error
        if elem in self:
            super().__delitem__(elem)

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def total(self):
        """The sum of all counts."""
        return sum(self.values())

    def most_common(self, n=None):
        """(element, count) pairs, largest count first (equal counts in insertion order); only the
        first n when n is given."""
        if n is None or type(n) is int:
            ranked = sorted(self.items(), key=_count_of, reverse=True)
            if n is None:
                return ranked
            return ranked[:n] if n > 0 else []
        # anything but an int: heapq.nlargest, as CPython, accepts it or rejects it
        from heapq import nlargest
        return nlargest(n, self.items(), key=_count_of)

    def elements(self):
        """An iterator over the elements, each repeated count times (counts below 1 give none)."""
        return _chain.from_iterable(map(_copies, self.items()))

    def copy(self):
        """A shallow copy, of the same class."""
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __repr__(self):
        name = self.__class__.__name__
        if not self:
            return name + '()'
        try:
            shown = dict(self.most_common())
        except TypeError:
            # counts that cannot be ordered are shown in insertion order
            shown = dict(self)
        return '%s(%r)' % (name, shown)

    # Comparisons treat missing elements as zero counts; they are defined between Counters only.

    def __eq__(self, other):
        if isinstance(other, Counter):
            return _counts_all(self, other, lambda a, b: a == b)
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, Counter):
            return not self == other
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, Counter):
            return _counts_all(self, other, lambda a, b: a <= b)
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, Counter):
            return self <= other and self != other
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, Counter):
            return _counts_all(self, other, lambda a, b: a >= b)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, Counter):
            return self >= other and self != other
        return NotImplemented

    # Binary operators make a new plain Counter of the positive results: first over self's
    # elements, then over the elements only other has.

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        kept = {e: v for e, c in self.items() if (v := c + other[e]) > 0}
        kept.update({e: c for e, c in other.items() if e not in self and c > 0})
        return _new_counter(kept)

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        kept = {e: v for e, c in self.items() if (v := c - other[e]) > 0}
        kept.update({e: 0 - c for e, c in other.items() if e not in self and c < 0})
        return _new_counter(kept)

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        kept = {e: v for e, c in self.items() if (v := _larger(c, other[e])) > 0}
        kept.update({e: c for e, c in other.items() if e not in self and c > 0})
        return _new_counter(kept)

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return _new_counter({e: v for e, c in self.items() if (v := _smaller(c, other[e])) > 0})

    def __pos__(self):
        return _new_counter({e: c for e, c in self.items() if c > 0})

    def __neg__(self):
        return _new_counter({e: 0 - c for e, c in self.items() if c < 0})

    def _keep_positive(self):
        # the in-place operators end here: drop every element whose count is not above zero
        for elem in [e for e, c in self.items() if not c > 0]:
            del self[elem]
        return self

    # In-place operators take any mapping (no type check, as in CPython) and change self.

    def __iadd__(self, other):
        for elem, count in other.items():
            value = self[elem]
            value += count
            self[elem] = value
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            value = self[elem]
            value -= count
            self[elem] = value
        return self._keep_positive()

    def __ior__(self, other):
        for elem, count in other.items():
            if count > self[elem]:
                self[elem] = count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            theirs = other[elem]
            if theirs < count:
                self[elem] = theirs
        return self._keep_positive()


# ---- ChainMap

def _not_in_first(key):
    return KeyError(f'Key not found in the first mapping: {key!r}')


class ChainMap(_collections_abc.MutableMapping):
    """Several mappings seen as one. Lookups try each mapping of .maps in turn; writes, deletions
    and pops change only the first."""

    def __init__(self, *maps):
        """Chain the given mappings (a single new empty dict if none are given)."""
        self.maps = list(maps) if maps else [{}]

    # reading: the first mapping that has the key answers

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                continue
        return self.__missing__(key)

    def __missing__(self, key):
        # (a subclass may answer for keys no mapping has)
        raise KeyError(key)

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def __contains__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return True
        return False

    def __len__(self):
        keys = set()
        for mapping in self.maps:
            keys.update(mapping)
        return len(keys)

    def __iter__(self):
        # every key once, in the order of a dict updated from the last mapping to the first
        return iter(dict.fromkeys(_chain.from_iterable(reversed(self.maps))))

    def __bool__(self):
        return any(self.maps)

    @_recursive_repr('...')
    def __repr__(self):
        inner = ', '.join([repr(mapping) for mapping in self.maps])
        return f'{self.__class__.__name__}({inner})'

    # writing: only the first mapping changes

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise _not_in_first(key)

    def pop(self, key, *args):
        """Remove key from the first mapping and return its value (or the default)."""
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise _not_in_first(key)

    def popitem(self):
        """Remove and return a (key, value) pair of the first mapping."""
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def clear(self):
        """Empty the first mapping."""
        self.maps[0].clear()

    # new chains, of the same class

    @classmethod
    def fromkeys(cls, iterable, *args):
        """A ChainMap of one new dict: dict.fromkeys(iterable, *args)."""
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        """A new ChainMap: a copy of the first mapping, then the same later mappings."""
        maps = self.maps
        return self.__class__(maps[0].copy(), *maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """A new ChainMap whose first mapping is m (a new dict if m is None), updated with the
        keywords, followed by all of this one's mappings."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        """A new ChainMap of every mapping but the first."""
        return self.__class__(*self.maps[1:])

    # | with any Mapping: the other's items win over this chain's first mapping (or, on the
    # right, this chain's items win over the other's)

    def __or__(self, other):
        if isinstance(other, _collections_abc.Mapping):
            result = self.copy()
            result.maps[0].update(other)
            return result
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, _collections_abc.Mapping):
            merged = dict(other)
            for mapping in self.maps[::-1]:
                merged.update(mapping)
            return self.__class__(merged)
        return NotImplemented

    def __ior__(self, other):
        self.maps[0].update(other)
        return self


# ---- UserDict, UserList, UserString
# Wrappers around a real dict, list or str kept in the attribute .data, meant to be subclassed;
# results that are new objects of the same kind are built by self.__class__.

_NOT_GIVEN = object()


def _clone_with(obj, **changes):
    # a new instance of obj's class made without __init__: obj's __dict__ copied, then changes
    cls = obj.__class__
    clone = cls.__new__(cls)
    clone.__dict__.update(obj.__dict__, **changes)
    return clone


def _dict_operand(other):
    # the dict that a UserDict operator combines with: a UserDict's data, a dict itself, or None
    if isinstance(other, UserDict):
        return other.data
    if isinstance(other, dict):
        return other
    return None


class UserDict(_collections_abc.MutableMapping):
    # (no docstring: CPython's UserDict.__doc__ is None)

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        # the positional mapping and the keywords go in by separate update() calls (a subclass's
        # update sees both)
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __repr__(self):
        return repr(self.data)

    # reading

    def __len__(self):
        return len(self.data)

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        # only the stored keys: __missing__ does not make a key present
        return key in self.data

    def __getitem__(self, key):
        data = self.data
        if key in data:
            return data[key]
        # a subclass may define __missing__, as for dict
        missing = getattr(self.__class__, '__missing__', _NOT_GIVEN)
        if missing is _NOT_GIVEN:
            raise KeyError(key)
        return missing(self, key)

    def get(self, key, default=None):
        if key not in self:
            return default
        return self[key]

    # writing

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    # | with a dict or another UserDict makes a new object of this class

    def __or__(self, other):
        theirs = _dict_operand(other)
        if theirs is None:
            return NotImplemented
        return self.__class__(self.data | theirs)

    def __ror__(self, other):
        theirs = _dict_operand(other)
        if theirs is None:
            return NotImplemented
        return self.__class__(theirs | self.data)

    def __ior__(self, other):
        theirs = other.data if isinstance(other, UserDict) else other
        self.data |= theirs
        return self

    # copies

    def __copy__(self):
        return _clone_with(self, data=self.__dict__['data'].copy())

    def copy(self):
        if self.__class__ is UserDict:
            return UserDict(self.data.copy())
        # A subclass is copied by copy.copy() while its data is empty; the copy is then filled
        # through its own __setitem__.
        import copy as _copy
        saved = self.data
        try:
            self.data = {}
            clone = _copy.copy(self)
        finally:
            self.data = saved
        clone.update(self)
        return clone

    @classmethod
    def fromkeys(cls, iterable, value=None):
        new = cls()
        for key in iterable:
            new[key] = value
        return new


def _list_operand(other):
    # what a UserList compares itself with: another UserList's data, or other itself
    return other.data if isinstance(other, UserList) else other


def _list_addend(ul, other):
    # the list that ul's + and += join to its data
    if isinstance(other, UserList):
        return other.data
    if isinstance(other, type(ul.data)):
        return other
    return list(other)


class UserList(_collections_abc.MutableSequence):
    """A list wrapper (the list is .data) meant for subclassing."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            # the items are copied: from a list, from another UserList's data, or by iteration
            source = initlist.data if isinstance(initlist, UserList) else initlist
            if type(source) is list:
                self.data[:] = source
            else:
                self.data = list(source)

    def __repr__(self):
        return repr(self.data)

    # comparisons: another UserList compares by its data

    def __eq__(self, other):
        return self.data == _list_operand(other)

    def __lt__(self, other):
        return self.data < _list_operand(other)

    def __le__(self, other):
        return self.data <= _list_operand(other)

    def __gt__(self, other):
        return self.data > _list_operand(other)

    def __ge__(self, other):
        return self.data >= _list_operand(other)

    # the sequence protocol, on the data (a slice comes back as a new object of this class)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        found = self.data[i]
        return self.__class__(found) if isinstance(i, slice) else found

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __contains__(self, item):
        return item in self.data

    # + takes another UserList, a list (the type of .data), or any iterable; * takes a count

    def __add__(self, other):
        return self.__class__(self.data + _list_addend(self, other))

    def __radd__(self, other):
        return self.__class__(_list_addend(self, other) + self.data)

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __iadd__(self, other):
        self.data += _list_addend(self, other)
        return self

    def __imul__(self, n):
        self.data *= n
        return self

    # the list methods: adding, removing, reordering, then queries and copies

    def append(self, item):
        self.data.append(item)

    def extend(self, other):
        self.data.extend(other.data if isinstance(other, UserList) else other)

    def insert(self, i, item):
        self.data.insert(i, item)

    def remove(self, item):
        self.data.remove(item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def clear(self):
        self.data.clear()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def reverse(self):
        self.data.reverse()

    def index(self, item, *args):
        return self.data.index(item, *args)

    def count(self, item):
        return self.data.count(item)

    def copy(self):
        return self.__class__(self)

    def __copy__(self):
        return _clone_with(self, data=self.__dict__['data'][:])


def _text(value):
    # a UserString argument stands for its data
    return value.data if isinstance(value, UserString) else value


# Factories for UserString's one-line methods, named as the method they make (its frames show
# that name): apply a builtin to self.data, call an argument-free str method of self.data, or do
# that and make the result a new string of self's class.

def _us_named(function, name):
    qualname = 'UserString.' + name
    function.__code__ = function.__code__.replace(co_name=name, co_qualname=qualname)
    function.__name__ = name
    function.__qualname__ = qualname
    return function


def _us_on_data(builtin, name):
    return _us_named(lambda self: builtin(self.data), name)


def _us_query(name):
    return _us_named(lambda self: getattr(self.data, name)(), name)


def _us_remake(name):
    return _us_named(lambda self: self.__class__(getattr(self.data, name)()), name)


class UserString(_collections_abc.Sequence):
    # (no docstring: CPython's UserString.__doc__ is None)

    def __init__(self, seq):
        if not isinstance(seq, str):
            seq = seq.data[:] if isinstance(seq, UserString) else str(seq)
        self.data = seq

    def __getnewargs__(self):
        return (self.data[:],)

    __str__ = _us_on_data(str, '__str__')
    __repr__ = _us_on_data(repr, '__repr__')
    __int__ = _us_on_data(int, '__int__')
    __float__ = _us_on_data(float, '__float__')
    __complex__ = _us_on_data(complex, '__complex__')
    __hash__ = _us_on_data(hash, '__hash__')

    # the sequence protocol: items and slices are new strings of this class

    __len__ = _us_on_data(len, '__len__')

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __contains__(self, char):
        return _text(char) in self.data

    # comparisons: a UserString operand stands for its data

    def __eq__(self, string):
        return self.data == _text(string)

    def __lt__(self, string):
        return self.data < _text(string)

    def __le__(self, string):
        return self.data <= _text(string)

    def __gt__(self, string):
        return self.data > _text(string)

    def __ge__(self, string):
        return self.data >= _text(string)

    # +, * and %, with this string on the left, then on the right; the result is a new string of
    # this class

    def __add__(self, other):
        if isinstance(other, UserString):
            other = other.data
        elif not isinstance(other, str):
            other = str(other)
        return self.__class__(self.data + other)

    def __mul__(self, n):
        return self.__class__(self.data * n)

    def __mod__(self, args):
        return self.__class__(self.data % args)

    def __radd__(self, other):
        if not isinstance(other, str):
            other = str(other)
        return self.__class__(other + self.data)

    __rmul__ = __mul__

    def __rmod__(self, template):
        return self.__class__(str(template) % self)

    # predicates, answered by the data

    isalnum = _us_query('isalnum')
    isalpha = _us_query('isalpha')
    isascii = _us_query('isascii')
    isdecimal = _us_query('isdecimal')
    isdigit = _us_query('isdigit')
    isidentifier = _us_query('isidentifier')
    islower = _us_query('islower')
    isnumeric = _us_query('isnumeric')
    isprintable = _us_query('isprintable')
    isspace = _us_query('isspace')
    istitle = _us_query('istitle')
    isupper = _us_query('isupper')

    # str methods whose result is a new string of this class

    capitalize = _us_remake('capitalize')
    casefold = _us_remake('casefold')
    lower = _us_remake('lower')
    upper = _us_remake('upper')
    swapcase = _us_remake('swapcase')
    title = _us_remake('title')

    def center(self, width, *args):
        return self.__class__(self.data.center(width, *args))

    def ljust(self, width, *args):
        return self.__class__(self.data.ljust(width, *args))

    def rjust(self, width, *args):
        return self.__class__(self.data.rjust(width, *args))

    def zfill(self, width):
        return self.__class__(self.data.zfill(width))

    def expandtabs(self, tabsize=8):
        return self.__class__(self.data.expandtabs(tabsize))

    def strip(self, chars=None):
        return self.__class__(self.data.strip(chars))

    def lstrip(self, chars=None):
        return self.__class__(self.data.lstrip(chars))

    def rstrip(self, chars=None):
        return self.__class__(self.data.rstrip(chars))

    def removeprefix(self, prefix, /):
        return self.__class__(self.data.removeprefix(_text(prefix)))

    def removesuffix(self, suffix, /):
        return self.__class__(self.data.removesuffix(_text(suffix)))

    def replace(self, old, new, maxsplit=-1):
        return self.__class__(self.data.replace(_text(old), _text(new), maxsplit))

    def translate(self, *args):
        return self.__class__(self.data.translate(*args))

    # str methods whose result is returned as str gives it: searching

    def count(self, sub, start=0, end=_sys.maxsize):
        return self.data.count(_text(sub), start, end)

    def find(self, sub, start=0, end=_sys.maxsize):
        return self.data.find(_text(sub), start, end)

    def rfind(self, sub, start=0, end=_sys.maxsize):
        return self.data.rfind(_text(sub), start, end)

    # (index, rindex, startswith and endswith hand a UserString argument on unchanged, as
    # CPython's do, and str rejects it)

    def index(self, sub, start=0, end=_sys.maxsize):
        return self.data.index(sub, start, end)

    def rindex(self, sub, start=0, end=_sys.maxsize):
        return self.data.rindex(sub, start, end)

    def startswith(self, prefix, start=0, end=_sys.maxsize):
        return self.data.startswith(prefix, start, end)

    def endswith(self, suffix, start=0, end=_sys.maxsize):
        return self.data.endswith(suffix, start, end)

    # splitting, from the left, then from the right

    def split(self, sep=None, maxsplit=-1):
        return self.data.split(sep, maxsplit)

    def partition(self, sep):
        return self.data.partition(sep)

    def rsplit(self, sep=None, maxsplit=-1):
        return self.data.rsplit(sep, maxsplit)

    def rpartition(self, sep):
        return self.data.rpartition(sep)

    def splitlines(self, keepends=False):
        return self.data.splitlines(keepends)

    # joining, formatting, encoding

    def join(self, seq):
        return self.data.join(seq)

    def format_map(self, mapping):
        return self.data.format_map(mapping)

    def format(self, /, *args, **kwds):
        return self.data.format(*args, **kwds)

    maketrans = str.maketrans

    def encode(self, encoding='utf-8', errors='strict'):
        # None stands for the default of either argument
        return self.data.encode('utf-8' if encoding is None else encoding,
                                'strict' if errors is None else errors)
