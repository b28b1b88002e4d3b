"""Run-time support for type hints (Immortal's own implementation of the typing module's documented
CPython 3.12 behaviour, the parts programs observe at run time): special forms (Any, Union,
Optional, Literal, ClassVar, Final, Annotated ...), the generic aliases (List, Dict, Callable ...)
with CPython's reprs, TypeVar/ParamSpec, Generic and Protocol (runtime_checkable), NamedTuple
and TypedDict class syntax, NewType, cast/overload/final/override, get_type_hints (string
annotations resolved by a small evaluator of names, attributes, subscripts and |, since Immortal
has no eval() yet), get_origin/get_args. Subscriptions are cached, as CPython's are, so that
List[int] is List[int]."""

import collections
import collections.abc
import functools
import operator
import sys
import types
from abc import ABCMeta, abstractmethod

__all__ = [
    'Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final', 'ForwardRef', 'Generic',
    'Literal', 'Optional', 'ParamSpec', 'Protocol', 'Tuple', 'Type', 'TypeVar', 'TypeVarTuple',
    'Union', 'AbstractSet', 'ByteString', 'Container', 'ContextManager', 'Hashable', 'ItemsView',
    'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView', 'MutableMapping',
    'MutableSequence', 'MutableSet', 'Sequence', 'Sized', 'ValuesView', 'Awaitable',
    'AsyncIterator', 'AsyncIterable', 'Coroutine', 'Collection', 'AsyncGenerator',
    'AsyncContextManager', 'Reversible', 'SupportsAbs', 'SupportsBytes', 'SupportsComplex',
    'SupportsFloat', 'SupportsIndex', 'SupportsInt', 'SupportsRound', 'ChainMap', 'Counter',
    'Deque', 'Dict', 'DefaultDict', 'List', 'OrderedDict', 'Set', 'FrozenSet', 'NamedTuple',
    'TypedDict', 'Generator', 'BinaryIO', 'IO', 'TextIO', 'AnyStr',
    'assert_type', 'assert_never', 'cast', 'clear_overloads', 'dataclass_transform', 'final',
    'get_args', 'get_origin', 'get_overloads', 'get_type_hints', 'is_typeddict', 'LiteralString',
    'Never', 'NewType', 'no_type_check', 'no_type_check_decorator', 'NoReturn', 'NotRequired',
    'overload', 'override', 'ParamSpecArgs', 'ParamSpecKwargs', 'Required', 'reveal_type',
    'runtime_checkable', 'Self', 'Text', 'TYPE_CHECKING', 'TypeAlias', 'TypeGuard',
    'TypeAliasType', 'Unpack', 'Match', 'Pattern',
]

TYPE_CHECKING = False
_NoneType = type(None)
GenericAlias = types.GenericAlias


def _type_repr(obj):
    # How typing prints an argument: classes by qualified name (no module for builtins), ... and
    # functions by name, lists of arguments in brackets, anything else by its repr.
    if obj is ...:
        return '...'
    if isinstance(obj, type) and not isinstance(obj, GenericAlias):
        where = obj.__module__
        return obj.__qualname__ if where == 'builtins' else f'{where}.{obj.__qualname__}'
    if isinstance(obj, tuple):
        return f"[{', '.join(map(_type_repr, obj))}]"
    if isinstance(obj, types.FunctionType):
        return obj.__name__
    return repr(obj)


def _type_convert(arg, module=None):
    # None stands for its type and a string for a forward reference
    if arg is None:
        return _NoneType
    return ForwardRef(arg, module=module) if isinstance(arg, str) else arg


def _type_check(arg, msg, is_argument=True, module=None, *, allow_special_forms=False):
    arg = _type_convert(arg, module=module)
    if isinstance(arg, _GenericAlias) and arg.__origin__ in (ClassVar, Final):
        # a qualifier only fits at the top of an annotation
        if not allow_special_forms:
            raise TypeError(f'{arg} is not valid as type argument')
    if arg in (Any, LiteralString, NoReturn, Never, Self, TypeAlias):
        return arg
    if arg in (ClassVar, Final) and allow_special_forms:
        return arg
    if arg in (Generic, Protocol) or isinstance(arg, _SpecialForm):
        raise TypeError(f'Plain {arg} is not valid as type argument')
    if type(arg) is tuple:
        raise TypeError(f'{msg} Got {arg!r:.100}.')
    return arg


def _is_typevar_like(x):
    return isinstance(x, (TypeVar, ParamSpec)) or _is_unpacked_typevartuple(x)


def _is_unpacked_typevartuple(x):
    if isinstance(x, type):
        return False
    return bool(getattr(x, '__typing_is_unpacked_typevartuple__', False))


def _collect_parameters(args):
    # The type variables in args, first appearance first: a variable counts itself, any other
    # non-class argument contributes its own __parameters__.
    found = []
    for arg in args:
        if isinstance(arg, type):
            continue
        if hasattr(arg, '__typing_subst__') or isinstance(arg, (TypeVar, ParamSpec, TypeVarTuple)):
            inner = (arg,)
        else:
            inner = getattr(arg, '__parameters__', ())
        found.extend(p for p in inner if p not in found)
    return tuple(found)


def _union_members(args):
    # Union[...]'s arguments: nested unions opened up, repeats dropped (first one kept)
    members = []
    for arg in args:
        nested = isinstance(arg, (_UnionGenericAlias, types.UnionType))
        for m in (arg.__args__ if nested else (arg,)):
            if m not in members:
                members.append(m)
    return tuple(members)


_CACHE_LIMIT = 256


def _tp_cache(func=None, *, typed=False):
    # Subscriptions are remembered, so that List[int] is List[int] (CPython keeps an LRU cache).
    # typed=True tells 1 from True from 1.0 in the arguments (Literal, Annotated). Unhashable
    # arguments are not remembered.
    if func is None:
        return lambda f: _tp_cache(f, typed=typed)
    memo = {}

    @functools.wraps(func)
    def cached(*args, **kwds):
        key = (args, tuple(kwds.items()))
        if typed:
            key = (key, tuple(map(type, args)))
        try:
            hit = memo.get(key, memo)
        except TypeError:
            return func(*args, **kwds)
        if hit is not memo:
            return hit
        made = func(*args, **kwds)
        if len(memo) >= _CACHE_LIMIT:
            del memo[next(iter(memo))]
        memo[key] = made
        return made
    return cached


def _or(self, other):
    return Union[self, other]


def _ror(self, other):
    return Union[other, self]


def _too_many_or_few(alias, got, want):
    return TypeError(f"Too {'many' if got > want else 'few'} arguments for {alias}; "
                     f'actual {got}, expected {want}')


# ---- special forms

class _Final:
    """Classes of typing's special objects cannot be subclassed by users."""
    __slots__ = ('__weakref__',)

    def __init_subclass__(cls, /, *args, _root=False, **kwds):
        if not _root:
            raise TypeError('Cannot subclass special typing classes')


class _NotIterable:
    # iter() on these fails at once (instead of trying __getitem__ with 0, 1, ...)
    __slots__ = ()
    __iter__ = None


class _SpecialForm(_Final, _NotIterable, _root=True):
    # Each special form is this class wrapped around a function (its name and docstring become
    # the form's); subscripting calls that function with the form and the parameters.
    __slots__ = ('_name', '__doc__', '_getitem')

    def __init__(self, getitem):
        self._name, self.__doc__ = getitem.__name__, getitem.__doc__
        self._getitem = getitem

    def __getattr__(self, item):
        if item not in ('__name__', '__qualname__'):
            raise AttributeError(item)
        return self._name

    def __repr__(self):
        return f'typing.{self._name}'

    def __reduce__(self):
        # pickled by name: typing.<name>
        return self._name

    def __mro_entries__(self, bases):
        raise TypeError(f'Cannot subclass {self!r}')

    def __call__(self, *args, **kwds):
        raise TypeError(f'Cannot instantiate {self!r}')

    def __instancecheck__(self, obj):
        raise TypeError(f'{self} cannot be used with isinstance()')

    def __subclasscheck__(self, cls):
        raise TypeError(f'{self} cannot be used with issubclass()')

    __or__ = _or
    __ror__ = _ror

    def __getitem__(self, parameters):
        return self._getitem(self, parameters)


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is not Any:
            return super().__instancecheck__(obj)
        raise TypeError('typing.Any cannot be used with isinstance()')

    def __repr__(self):
        return 'typing.Any' if self is Any else super().__repr__()


class Any(metaclass=_AnyMeta):
    """The type that every type is compatible with (and that is compatible with every type);
    it may be subclassed, but not instantiated itself."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError('Any cannot be instantiated')
        return super().__new__(cls)


def _bare_form(func):
    # a special form that takes no parameters
    def refuse(self, parameters):
        raise TypeError(f'{self} is not subscriptable')
    refuse.__name__, refuse.__doc__ = func.__name__, func.__doc__
    return _SpecialForm(refuse)


def _wrapping_form(message, alias=None):
    # a special form with exactly one type parameter: Form[T] is an alias whose one argument is T;
    # message is the error text's start, '{}' standing for the form's repr and '{name}' its name
    def make(func):
        def subscript(self, parameters):
            text = message.format(self, name=self._name)
            return (alias or _GenericAlias)(self, (_type_check(parameters, text),))
        subscript.__name__, subscript.__doc__ = func.__name__, func.__doc__
        return _SpecialForm(_tp_cache(subscript))
    return make


@_bare_form
def NoReturn():
    """The return type of a function that never returns normally."""


@_bare_form
def Never():
    """The bottom type: no value has it."""


@_bare_form
def Self():
    """The type of the current instance, inside a class."""


@_bare_form
def LiteralString():
    """Any string built only from literals."""


@_bare_form
def TypeAlias():
    """Marks a variable's annotation as a type alias definition."""


@_wrapping_form('{} accepts only single type.')
def ClassVar():
    """Marks an annotation in a class body as a class variable."""


@_wrapping_form('{} accepts only single type.')
def Final():
    """Marks a name as not to be reassigned or overridden."""


@_wrapping_form('{} accepts only single type.')
def TypeGuard():
    """The return type of a function that narrows its argument's type."""


@_wrapping_form('{name} accepts only a single type.')
def Required():
    """Marks a TypedDict key as required (in a total=False TypedDict)."""


@_wrapping_form('{name} accepts only a single type.')
def NotRequired():
    """Marks a TypedDict key as one that may be missing."""


@_SpecialForm
@_tp_cache
def Union(self, parameters):
    """Union[X, Y]: a value of either type X or type Y."""
    if parameters == ():
        raise TypeError('Cannot take a Union of no types.')
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    members = _union_members([_type_check(p, 'Union[arg, ...]: each arg must be a type.')
                              for p in parameters])
    if len(members) > 1:
        # a two-member union with None prints as Optional[...]
        name = 'Optional' if len(members) == 2 and _NoneType in members else None
        return _UnionGenericAlias(self, members, name=name)
    return members[0]


@_SpecialForm
@_tp_cache
def Optional(self, parameters):
    """Optional[X]: the same as Union[X, None]."""
    return Union[_type_check(parameters, f'{self} requires a single type.'), None]


def _literal_key(value):
    # Literal[1] and Literal[True] differ: a value counts with its type
    return (type(value), value)


@_tp_cache(typed=True)
def _literal_alias(form, *values):
    flat = []
    for v in values:
        flat.extend(v.__args__ if isinstance(v, _LiteralGenericAlias) else (v,))
    unique, seen = [], []
    for v in flat:
        if _literal_key(v) not in seen:
            seen.append(_literal_key(v))
            unique.append(v)
    return _LiteralGenericAlias(form, tuple(unique))


@_SpecialForm
def Literal(self, parameters):
    """Literal[v, ...]: exactly one of the given values."""
    return _literal_alias(self, *(parameters if isinstance(parameters, tuple) else (parameters,)))


@_SpecialForm
@_tp_cache
def Concatenate(self, parameters):
    """Concatenate[X, ..., P]: parameters X ... put before those of the ParamSpec P."""
    if parameters == ():
        raise TypeError('Cannot take a Concatenate of no types.')
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    last = parameters[-1]
    if last is not ... and not isinstance(last, ParamSpec):
        raise TypeError('The last parameter to Concatenate should be a ParamSpec variable or ellipsis.')
    return _ConcatenateGenericAlias(self, parameters)


@_SpecialForm
@_tp_cache
def Unpack(self, parameters):
    """Unpack[Ts]: the types a TypeVarTuple (or a tuple type) stands for, spread out."""
    arg = _type_check(parameters, f'{self._name} accepts only a single type.')
    return _UnpackGenericAlias(origin=self, args=(arg,))


class ForwardRef(_Final, _root=True):
    """A type written as a string, to be evaluated later (get_type_hints does)."""
    __slots__ = ('__forward_arg__', '__forward_evaluated__', '__forward_value__',
                 '__forward_is_argument__', '__forward_is_class__', '__forward_module__')

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f'Forward reference must be a string -- got {arg!r}')
        self.__forward_arg__, self.__forward_module__ = arg, module
        self.__forward_is_argument__, self.__forward_is_class__ = is_argument, is_class
        # not evaluated yet
        self.__forward_evaluated__, self.__forward_value__ = False, None

    def _evaluate(self, globalns, localns, recursive_guard=frozenset()):
        return _eval_annotation(self.__forward_arg__, globalns, localns)

    def _identity(self):
        # what equality and hashing look at: the text and the module it is to be read in
        return self.__forward_arg__, self.__forward_module__

    def __eq__(self, other):
        if isinstance(other, ForwardRef):
            return self._identity() == other._identity()
        return NotImplemented

    def __hash__(self):
        return hash(self._identity())

    __or__ = _or
    __ror__ = _ror

    def __repr__(self):
        module = self.__forward_module__
        extra = '' if module is None else f', module={module!r}'
        return f'ForwardRef({self.__forward_arg__!r}{extra})'


# ---- type variables

def _caller_module(depth=2, default='__main__'):
    try:
        return sys._getframemodulename(depth) or default
    except (AttributeError, ValueError):
        return default


# TypeVar, ParamSpec, TypeVarTuple, ParamSpecArgs, ParamSpecKwargs and TypeAliasType live in _typing
# (CPython's are C types there): PEP 695's syntax makes them without importing this module.
from _typing import (TypeVar, ParamSpec, TypeVarTuple, ParamSpecArgs, ParamSpecKwargs,  # noqa: E402
                     TypeAliasType)


# ---- generic aliases

def _is_dunder(attr):
    return attr[:2] == '__' == attr[-2:]


class _BaseGenericAlias(_Final, _root=True):
    """What every typing alias shares: the origin class, the name typing prints, calling the
    origin, and reading (and writing) plain attributes through to it."""

    def __init__(self, origin, *, inst=True, name=None):
        self.__origin__ = origin
        self._name = name
        self._inst = inst  # False for aliases of builtins: List() is refused

    def __call__(self, *args, **kwargs):
        origin = self.__origin__
        if not self._inst:
            raise TypeError(f'Type {self._name} cannot be instantiated; use {origin.__name__}() instead')
        obj = origin(*args, **kwargs)
        try:
            obj.__orig_class__ = self
        except AttributeError:
            pass  # instances without a __dict__ (or of builtins) just do not record it
        return obj

    def __mro_entries__(self, bases):
        entries = () if self.__origin__ in bases else (self.__origin__,)
        # Generic is added once, by the last generic base of the class statement
        after = bases[bases.index(self) + 1:]
        if any(isinstance(b, _BaseGenericAlias) or (isinstance(b, type) and issubclass(b, Generic))
               for b in after):
            return entries
        return entries + (Generic,)

    def __getattr__(self, attr):
        if attr in ('__name__', '__qualname__'):
            return self._name or self.__origin__.__name__
        # plain attributes come from the origin (once __init__ has set it)
        if not _is_dunder(attr) and '__origin__' in self.__dict__:
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __setattr__(self, attr, val):
        if not _is_dunder(attr) and attr not in ('_name', '_inst', '_nparams', '_defaults'):
            setattr(self.__origin__, attr, val)
        else:
            object.__setattr__(self, attr, val)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    def __dir__(self):
        mine = super().__dir__()
        return list(set(mine).union(a for a in dir(self.__origin__) if not _is_dunder(a)))


class _GenericAlias(_BaseGenericAlias, _root=True):
    """A subscripted generic: List[int], Box[T], ClassVar[int] ..."""

    def __init__(self, origin, args, *, inst=True, name=None):
        super().__init__(origin, inst=inst, name=name)
        args = args if isinstance(args, tuple) else (args,)
        self.__args__ = tuple(... if a is _TypingEllipsis else a for a in args)
        self.__parameters__ = _collect_parameters(args)
        if not name:
            # user generics print with their own module (typing's aliases print as typing.X)
            self.__module__ = origin.__module__

    def __eq__(self, other):
        if isinstance(other, _GenericAlias):
            return self.__origin__ == other.__origin__ and self.__args__ == other.__args__
        return NotImplemented

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    __or__ = _or
    __ror__ = _ror

    @_tp_cache
    def __getitem__(self, args):
        if self.__origin__ is Generic or self.__origin__ is Protocol:
            raise TypeError(f'Cannot subscript already-subscripted {self}')
        params = self.__parameters__
        if not params:
            raise TypeError(f'{self} is not a generic class')
        given = tuple(map(_type_convert, args if isinstance(args, tuple) else (args,)))
        if len(given) != len(params):
            raise _too_many_or_few(self, len(given), len(params))
        mapping = dict(zip(params, given))
        return self.copy_with(tuple(_subst(a, mapping) for a in self.__args__))

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, name=self._name, inst=self._inst)

    def __repr__(self):
        head = f'typing.{self._name}' if self._name else _type_repr(self.__origin__)
        inside = ', '.join([_type_repr(a) for a in self.__args__]) if self.__args__ else '()'
        return f'{head}[{inside}]'

    def __reduce__(self):
        # rebuilt by subscripting again: operator.getitem(origin, args)
        target = globals()[self._name] if self._name else self.__origin__
        args = tuple(self.__args__)
        if len(args) == 1 and not isinstance(args[0], tuple):
            return operator.getitem, (target, args[0])
        return operator.getitem, (target, args)

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if isinstance(origin, _SpecialForm):
            raise TypeError(f'Cannot subclass {self!r}')
        if self._name:
            # List[int], Mapping[K, V] ...: the class plus Generic where needed
            return super().__mro_entries__(bases)
        if origin is Generic:
            # Generic[...] gives way to Protocol or to a later generic base, which brings it
            if Protocol in bases:
                return ()
            later = bases[bases.index(self) + 1:]
            if any(isinstance(b, _BaseGenericAlias) and b is not self for b in later):
                return ()
        return (origin,)

    def __iter__(self):
        # *tuple[int, str] in a subscript
        yield Unpack[self]


def _subst(arg, mapping):
    # arg with its type variables replaced through mapping
    if isinstance(arg, (TypeVar, ParamSpec, TypeVarTuple)):
        return mapping.get(arg, arg)
    inner = getattr(arg, '__parameters__', None)
    if not inner or isinstance(arg, type) or not hasattr(arg, '__getitem__'):
        return arg
    values = tuple(mapping.get(p, p) for p in inner)
    return arg[values[0] if len(values) == 1 else values]


class _TypingEllipsis:
    """Stands for ... inside a Tuple or Callable alias's arguments while it is being built."""


def _generic_doc(origin):
    where = origin.__module__
    name = origin.__qualname__ if where == 'builtins' else f'{where}.{origin.__qualname__}'
    return f'A generic version of {name}.'


class _SpecialGenericAlias(_NotIterable, _BaseGenericAlias, _root=True):
    """An unsubscripted alias of a builtin or ABC: typing.List, typing.Dict ..."""

    def __init__(self, origin, nparams, *, inst=True, name=None, defaults=()):
        super().__init__(origin, inst=inst, name=origin.__name__ if name is None else name)
        self._nparams, self._defaults = nparams, defaults
        self.__doc__ = _generic_doc(origin)

    @_tp_cache
    def __getitem__(self, params):
        params = params if isinstance(params, tuple) else (params,)
        checked = tuple(_type_check(p, 'Parameters to generic types must be types.') for p in params)
        if len(checked) != self._nparams:
            raise _too_many_or_few(self, len(checked), self._nparams)
        return self.copy_with(checked)

    def copy_with(self, params):
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __repr__(self):
        return f'typing.{self._name}'

    def __reduce__(self):
        return self._name

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            cls = cls.__origin__
        elif isinstance(cls, _GenericAlias):
            return super().__subclasscheck__(cls)
        return issubclass(cls, self.__origin__)

    __or__ = _or
    __ror__ = _ror


def _callable_args_are_special(args):
    # Callable[..., R], Callable[P, R] and Callable[Concatenate[...], R] keep their first argument
    return len(args) == 2 and (args[0] is ... or isinstance(args[0], (ParamSpec, _ConcatenateGenericAlias)))


class _CallableGenericAlias(_NotIterable, _GenericAlias, _root=True):
    def __repr__(self):
        assert self._name == 'Callable'
        *params, ret = self.__args__
        if _callable_args_are_special(self.__args__):
            return super().__repr__()
        shown = ', '.join([_type_repr(p) for p in params])
        return f'typing.Callable[[{shown}], {_type_repr(ret)}]'

    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name=self._name, inst=self._inst)


class _CallableType(_SpecialGenericAlias, _root=True):
    # typing.Callable: subscripted as Callable[[arg, ...], result], Callable[..., result] ...
    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError('Callable must be used as Callable[[arg, ...], result].')
        args, result = params
        # a list cannot be a cache key: it is made a tuple first
        return self._subscript(tuple(args) if isinstance(args, list) else args, result)

    @_tp_cache
    def _subscript(self, args, result):
        result = _type_check(result, 'Callable[args, result]: result must be a type.')
        if args is ...:
            return self.copy_with((_TypingEllipsis, result))
        args = args if isinstance(args, tuple) else (args,)
        return self.copy_with((*map(_type_convert, args), result))


class _TupleType(_SpecialGenericAlias, _root=True):
    # typing.Tuple: any number of arguments, or Tuple[t, ...]
    @_tp_cache
    def __getitem__(self, params):
        params = params if isinstance(params, tuple) else (params,)
        if len(params) > 1 and params[-1] is ...:
            head = tuple(_type_check(p, 'Tuple[t, ...]: t must be a type.') for p in params[:-1])
            return self.copy_with(head + (_TypingEllipsis,))
        return self.copy_with(tuple(_type_check(p, 'Tuple[t0, t1, ...]: each t must be a type.')
                                    for p in params))


class _UnionGenericAlias(_NotIterable, _GenericAlias, _root=True):
    # Union[...] and Optional[...]: equal to each other and to X | Y regardless of order
    def copy_with(self, params):
        return Union[params]

    def __eq__(self, other):
        if isinstance(other, (_UnionGenericAlias, types.UnionType)):
            return set(self.__args__) == set(other.__args__)
        return NotImplemented

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and (args[0] is _NoneType or args[1] is _NoneType):
            other = args[1] if args[0] is _NoneType else args[0]
            return f'typing.Optional[{_type_repr(other)}]'
        return super().__repr__()

    def __subclasscheck__(self, cls):
        return any(issubclass(cls, member) for member in self.__args__)

    def __instancecheck__(self, obj):
        # decided by the object's type, through __subclasscheck__ (as Union[...] did before X | Y)
        return self.__subclasscheck__(type(obj))

    def __reduce__(self):
        getitem, (_, args) = super().__reduce__()
        return getitem, (Union, args)


class _LiteralGenericAlias(_GenericAlias, _root=True):
    def _members(self):
        return frozenset(map(_literal_key, self.__args__))

    def __eq__(self, other):
        if isinstance(other, _LiteralGenericAlias):
            return self._members() == other._members()
        return NotImplemented

    def __hash__(self):
        return hash(self._members())

    def __repr__(self):
        return f"typing.Literal[{', '.join(map(repr, self.__args__))}]"


class _ConcatenateGenericAlias(_GenericAlias, _root=True):
    pass


class _UnpackGenericAlias(_GenericAlias, _root=True):
    def __init__(self, origin, args):
        super().__init__(origin, args)

    def __repr__(self):
        # 3.12 spells it out (3.13 writes *Ts)
        return f'typing.Unpack[{_type_repr(self.__args__[0])}]'

    @property
    def __typing_is_unpacked_typevartuple__(self):
        return isinstance(self.__args__[0], TypeVarTuple)

    @property
    def __typing_unpacked_tuple_args__(self):
        # Unpack[Tuple[X, Y]] -> (X, Y); anything else (a TypeVarTuple, a builtin tuple[...]) -> None
        inner = self.__args__[0]
        return inner.__args__ if isinstance(inner, _GenericAlias) else None

    def __getitem__(self, args):
        # Unpack[Ts][X, Y] is what Ts stands for: the arguments themselves
        if isinstance(self.__args__[0], TypeVarTuple):
            return args
        return super().__getitem__(args)


class _AnnotatedAlias(_NotIterable, _GenericAlias, _root=True):
    """Annotated[T, x, ...]: the type T with metadata."""

    def __init__(self, origin, metadata):
        while isinstance(origin, _AnnotatedAlias):
            # Annotated[Annotated[T, a], b] is Annotated[T, a, b]
            origin, metadata = origin.__origin__, origin.__metadata__ + metadata
        super().__init__(origin, origin, name='Annotated')
        self.__metadata__ = metadata

    def copy_with(self, params):
        assert len(params) == 1
        return _AnnotatedAlias(params[0], self.__metadata__)

    def __repr__(self):
        extras = ', '.join(map(repr, self.__metadata__))
        return f'typing.Annotated[{_type_repr(self.__origin__)}, {extras}]'

    def __eq__(self, other):
        if isinstance(other, _AnnotatedAlias):
            return (self.__origin__, self.__metadata__) == (other.__origin__, other.__metadata__)
        return NotImplemented

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __getattr__(self, attr):
        if attr == '__name__' or attr == '__qualname__':
            return 'Annotated'
        return super().__getattr__(attr)

    def __mro_entries__(self, bases):
        # class C(Annotated[B, x]) derives from B alone
        return (self.__origin__,)


@_tp_cache(typed=True)
def _annotate(tp, *metadata):
    checked = _type_check(tp, 'Annotated[t, ...]: t must be a type.', allow_special_forms=True)
    return _AnnotatedAlias(checked, metadata)


class Annotated:
    """Annotated[T, x, ...]: the type T, with metadata x ... for tools that read annotations."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError('Type Annotated cannot be instantiated.')

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError('Annotated[...] should be used with at least two arguments '
                            '(a type and an annotation).')
        return _annotate(*params)

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError(f'Cannot subclass {cls.__module__}.Annotated')


# ---- Generic and Protocol

def _generic_base_params(orig_bases):
    # the parameters of the one Generic[...] among a class's bases as written, or None
    found = None
    for base in orig_bases:
        if isinstance(base, _GenericAlias) and base.__origin__ is Generic:
            if found is not None:
                raise TypeError('Cannot inherit from Generic[...] multiple times.')
            found = base.__parameters__
    return found


class Generic:
    """Abstract base class for generic types: class Box(Generic[T]) ..."""
    __slots__ = ()
    _is_protocol = False

    @_tp_cache
    def __class_getitem__(cls, params):
        params = tuple(map(_type_convert, params if isinstance(params, tuple) else (params,)))
        if cls is not Generic and cls is not Protocol:
            # Box[int]: one argument per parameter of the user's generic class
            want = getattr(cls, '__parameters__', ())
            if not want:
                raise TypeError(f'{cls} is not a generic class')
            if len(params) != len(want):
                raise _too_many_or_few(cls, len(params), len(want))
            return _GenericAlias(cls, params)
        # Generic[T, ...] / Protocol[T, ...]: declares the parameters
        if not params:
            raise TypeError(f'Parameter list to {cls.__qualname__}[...] cannot be empty')
        for p in params:
            if not _is_typevar_like(p):
                raise TypeError(f'Parameters to {cls.__name__}[...] must all be type variables '
                                f'or parameter specification variables.')
        if len(params) != len(set(params)):
            raise TypeError(f'Parameters to {cls.__name__}[...] must all be unique')
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        written = cls.__dict__.get('__orig_bases__')
        if written is None:
            # no subscripted base: only Protocol itself and TypedDicts may name Generic bare
            plain = (Generic in cls.__bases__ and cls.__name__ != 'Protocol'
                     and type(cls) != _TypedDictMeta)
        else:
            plain = Generic in written
        if plain:
            raise TypeError('Cannot inherit from plain Generic')
        if written is None:
            cls.__parameters__ = ()
            return
        params = _collect_parameters(written)
        declared = _generic_base_params(written)
        if declared is not None:
            # with Generic[...] among the bases, it alone fixes the order, and must name them all
            missing = [p for p in params if p not in declared]
            if missing:
                listed = ', '.join(map(str, declared))
                raise TypeError(f"Some type variables ({', '.join(map(str, missing))}) are"
                                f' not listed in Generic[{listed}]')
            params = declared
        cls.__parameters__ = tuple(params)


_TYPING_INTERNALS = frozenset({
    '__parameters__', '__orig_bases__', '__orig_class__', '_is_protocol', '_is_runtime_protocol',
    '__protocol_attrs__', '__callable_proto_members_only__', '__type_params__',
})
_SPECIAL_NAMES = frozenset({
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__', '__module__',
    '__new__', '__slots__', '__subclasshook__', '__weakref__', '__class_getitem__',
})
# names in a protocol's body that are not members of the protocol
EXCLUDED_ATTRIBUTES = _TYPING_INTERNALS | _SPECIAL_NAMES | {'_MutableMapping__marker'}


def _get_protocol_attrs(cls):
    # The members a protocol asks for: every name defined or annotated in its own body and in the
    # bodies of the protocols it extends (object, Protocol and Generic do not count).
    members = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        own = base.__dict__
        names = list(own)
        if '__annotations__' in own:
            names.extend(getattr(base, '__annotations__', {}))
        members.update(n for n in names if n not in EXCLUDED_ATTRIBUTES and not n.startswith('_abc_'))
    return members


def _no_init_or_replace_init(self, *args, **kwargs):
    # A protocol's default __init__. Protocols refuse instances; a concrete class that derives from
    # one gets, on its first instance, the __init__ that its MRO would have found without this.
    cls = type(self)
    if cls._is_protocol:
        raise TypeError('Protocols cannot be instantiated')
    found = object.__init__
    for klass in cls.__mro__:
        own = klass.__dict__
        if '__init__' in own and own['__init__'] is not _no_init_or_replace_init:
            found = own['__init__']
            break
    cls.__init__ = found
    cls.__init__(self, *args, **kwargs)


def _is_proto(cls):
    return getattr(cls, '_is_protocol', False)


def _allowed_protocol_base(base):
    if base is object or base is Generic:
        return True
    if base.__name__ in _PROTO_ALLOWLIST.get(base.__module__, ()):
        return True
    return issubclass(base, Generic) and _is_proto(base)


def _lacks_member(instance, cls, attr):
    # isinstance() against a protocol: a missing attribute, or None where the protocol has a
    # method, fails the check
    try:
        value = getattr(instance, attr)
    except AttributeError:
        return True
    return value is None and callable(getattr(cls, attr, None))


class _ProtocolMeta(ABCMeta):
    def __new__(mcls, name, bases, namespace, /, **kwargs):
        # (while Protocol itself is being made, the name is not bound yet)
        if not (name == 'Protocol' and bases == (Generic,)) and Protocol in bases:
            for base in bases:
                if not _allowed_protocol_base(base):
                    raise TypeError(f'Protocols can only inherit from other protocols, got {base!r}')
        return super().__new__(mcls, name, bases, namespace, **kwargs)

    def __init__(cls, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if _is_proto(cls):
            members = cls.__protocol_attrs__ = _get_protocol_attrs(cls)
            # issubclass() is refused for protocols with non-method members (PEP 544)
            cls.__callable_proto_members_only__ = all(callable(getattr(cls, m, None)) for m in members)

    def __subclasscheck__(cls, other):
        if cls is Protocol:
            return type.__subclasscheck__(cls, other)
        if _is_proto(cls) and not _allow_reckless_class_checks():
            if not isinstance(other, type):
                raise TypeError('issubclass() arg 1 must be a class')
            if (cls.__dict__.get('__subclasshook__') is _proto_hook
                    and not cls.__callable_proto_members_only__):
                # 3.12.1's message (later versions list the members)
                raise TypeError("Protocols with non-method members don't support issubclass()")
            if not getattr(cls, '_is_runtime_protocol', False):
                raise TypeError('Instance and class checks can only be used with '
                                '@runtime_checkable protocols')
        return super().__subclasscheck__(other)

    def __instancecheck__(cls, instance):
        if cls is Protocol:
            return type.__instancecheck__(cls, instance)
        if not _is_proto(cls):
            return super().__instancecheck__(instance)
        if not (getattr(cls, '_is_runtime_protocol', False) or _allow_reckless_class_checks()):
            raise TypeError('Instance and class checks can only be used with'
                            ' @runtime_checkable protocols')
        if super().__instancecheck__(instance):
            return True
        return not any(_lacks_member(instance, cls, m) for m in cls.__protocol_attrs__)


def _allow_reckless_class_checks():
    # abc and functools check every class of an MRO, protocols included: their calls (the frame
    # that called __subclasscheck__ / __instancecheck__, two up from here) are let through
    return sys._getframemodulename(2) in ('abc', 'functools')


# the non-protocol classes a protocol may still derive from
_PROTO_ALLOWLIST = {
    'collections.abc': ['Callable', 'Awaitable', 'Iterable', 'Iterator', 'AsyncIterable',
                        'Hashable', 'Sized', 'Container', 'Collection', 'Reversible', 'Buffer'],
    'contextlib': ['AbstractContextManager', 'AbstractAsyncContextManager'],
}


def _provides(other, attr):
    # Does class other satisfy protocol member attr? The first class of its MRO that defines the
    # name decides (None there means "deliberately absent"); a protocol's annotation counts too.
    for klass in other.__mro__:
        own = klass.__dict__
        if attr in own:
            return own[attr] is not None
        notes = getattr(klass, '__annotations__', {})
        if (isinstance(notes, collections.abc.Mapping) and attr in notes
                and issubclass(other, Generic) and _is_proto(other)):
            return True
    return False


@classmethod
def _proto_hook(cls, other):
    # the __subclasshook__ protocols get: "yes" when other has every member, else "ask abc"
    is_protocol = cls.__dict__.get('_is_protocol', False)
    if is_protocol and all(_provides(other, m) for m in cls.__protocol_attrs__):
        return True
    return NotImplemented


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for protocol classes (structural subtyping)."""
    __slots__ = ()
    _is_runtime_protocol = False
    _is_protocol = True

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        own = cls.__dict__
        if not own.get('_is_protocol', False):
            # a class is a protocol when Protocol is one of its direct bases
            cls._is_protocol = Protocol in cls.__bases__
        if '__subclasshook__' not in own:
            cls.__subclasshook__ = _proto_hook
        if cls._is_protocol and cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init_or_replace_init


def runtime_checkable(cls):
    """Mark a protocol class as usable with isinstance() and issubclass()."""
    if not (issubclass(cls, Generic) and _is_proto(cls)):
        raise TypeError(f'@runtime_checkable can be only applied to protocol classes, got {cls!r}')
    cls._is_runtime_protocol = True
    return cls


# ---- aliases of builtins and ABCs

_alias = _SpecialGenericAlias


def _abc_aliases(arity_by_name):
    # typing.X for collections.abc.X, X[...] taking the given number of arguments
    for name, arity in arity_by_name.items():
        globals()[name] = _alias(getattr(collections.abc, name), arity)


_abc_aliases({
    'Hashable': 0, 'Sized': 0, 'ByteString': 0,
    'Awaitable': 1, 'AsyncIterable': 1, 'AsyncIterator': 1, 'Iterable': 1, 'Iterator': 1,
    'Reversible': 1, 'Container': 1, 'Collection': 1, 'MutableSet': 1, 'Sequence': 1,
    'MutableSequence': 1, 'MappingView': 1, 'KeysView': 1, 'ValuesView': 1,
    'Mapping': 2, 'MutableMapping': 2, 'ItemsView': 2, 'AsyncGenerator': 2,
    'Coroutine': 3, 'Generator': 3,
})
AbstractSet = _alias(collections.abc.Set, 1, name='AbstractSet')
Callable = _CallableType(collections.abc.Callable, 2)

# builtins: the alias cannot be called (List() is refused; list() is the way)
Tuple = _TupleType(tuple, -1, inst=False, name='Tuple')
List = _alias(list, 1, inst=False, name='List')
Set = _alias(set, 1, inst=False, name='Set')
FrozenSet = _alias(frozenset, 1, inst=False, name='FrozenSet')
Dict = _alias(dict, 2, inst=False, name='Dict')
Type = _alias(type, 1, inst=False, name='Type')

# the collections module's classes
Deque = _alias(collections.deque, 1, name='Deque')
DefaultDict = _alias(collections.defaultdict, 2, name='DefaultDict')
OrderedDict = _alias(collections.OrderedDict, 2)
Counter = _alias(collections.Counter, 1)
ChainMap = _alias(collections.ChainMap, 2)

import contextlib as _contextlib  # noqa: E402
ContextManager = _alias(_contextlib.AbstractContextManager, 1, name='ContextManager')
AsyncContextManager = _alias(_contextlib.AbstractAsyncContextManager, 1, name='AsyncContextManager')
del _contextlib


# The Supports* protocols: one abstract method each, checkable at run time.

@runtime_checkable
class SupportsInt(Protocol):
    """Protocol of objects with __int__."""
    __slots__ = ()
    @abstractmethod
    def __int__(self) -> int: ...


@runtime_checkable
class SupportsFloat(Protocol):
    """Protocol of objects with __float__."""
    __slots__ = ()
    @abstractmethod
    def __float__(self) -> float: ...


@runtime_checkable
class SupportsComplex(Protocol):
    """Protocol of objects with __complex__."""
    __slots__ = ()
    @abstractmethod
    def __complex__(self) -> complex: ...


@runtime_checkable
class SupportsBytes(Protocol):
    """Protocol of objects with __bytes__."""
    __slots__ = ()
    @abstractmethod
    def __bytes__(self) -> bytes: ...


@runtime_checkable
class SupportsIndex(Protocol):
    """Protocol of objects with __index__."""
    __slots__ = ()
    @abstractmethod
    def __index__(self) -> int: ...


@runtime_checkable
class SupportsAbs(Protocol):
    """Protocol of objects with __abs__ (its result type is covariant)."""
    __slots__ = ()
    @abstractmethod
    def __abs__(self): ...


@runtime_checkable
class SupportsRound(Protocol):
    """Protocol of objects with __round__ (its result type is covariant)."""
    __slots__ = ()
    @abstractmethod
    def __round__(self, ndigits: int = 0): ...


# ---- NamedTuple and TypedDict

# names a NamedTuple class body may not define (namedtuple makes them)
_NT_RESERVED = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__', '_fields',
                          '_field_defaults', '_make', '_replace', '_asdict', '_source'})
# names of the class body that are not copied onto the namedtuple
_NT_SKIPPED = frozenset({'__module__', '__name__', '__annotations__', '__qualname__'})


def _make_nmtuple(name, fields, module, defaults=()):
    fields = list(fields)
    hints = {}
    for field, hint in fields:
        hints[field] = _type_check(hint, f'field {field} annotation must be a type')
    made = collections.namedtuple(name, [f for f, _ in fields], defaults=defaults, module=module)
    made.__annotations__ = hints
    return made


def _nt_defaults(ns, field_names):
    # the names of the fields with a default, checking that no field without one follows them
    with_default = []
    for field in field_names:
        if field in ns:
            with_default.append(field)
        elif with_default:
            plural = 's' if len(with_default) > 1 else ''
            raise TypeError(f'Non-default namedtuple field {field} cannot follow default '
                            f"field{plural} {', '.join(with_default)}")
    return with_default


class NamedTupleMeta(type):
    # makes the class of a `class P(NamedTuple):` statement: a collections.namedtuple, plus the
    # body's methods and other attributes
    def __new__(cls, typename, bases, ns):
        if any(b is not _NamedTuple and b is not Generic for b in bases):
            raise TypeError('can only inherit from a NamedTuple type and Generic')
        hints = ns.get('__annotations__', {})
        with_default = _nt_defaults(ns, hints)
        made = _make_nmtuple(typename, hints.items(), defaults=[ns[f] for f in with_default],
                             module=ns['__module__'])
        # class GNT(NamedTuple, Generic[T]) is a tuple and a Generic
        bases = tuple(tuple if b is _NamedTuple else b for b in bases)
        made.__bases__ = bases
        if '__qualname__' in ns:
            made.__qualname__ = ns['__qualname__']
        for key, value in ns.items():
            if key in _NT_RESERVED:
                raise AttributeError('Cannot overwrite NamedTuple attribute ' + key)
            if key not in _NT_SKIPPED and key not in made._fields:
                setattr(made, key, value)
        if Generic in bases:
            made.__init_subclass__()
        return made


def NamedTuple(typename, fields=None, /, **kwargs):
    """A typed namedtuple: class P(NamedTuple): x: int, or NamedTuple('P', [('x', int)])."""
    if fields is not None and kwargs:
        raise TypeError('Either list of fields or keywords can be provided to NamedTuple, not both')
    return _make_nmtuple(typename, kwargs.items() if fields is None else fields,
                         module=_caller_module())


def _namedtuple_mro_entries(bases):
    # `class P(NamedTuple)` really derives from the hidden class NamedTupleMeta builds from
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries
_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {'__module__': 'typing'})


def _key_is_required(hint, total):
    # Required[...] / NotRequired[...] (possibly inside Annotated) override the class's total;
    # Required wins where both are written
    marks = set()
    while True:
        if isinstance(hint, _AnnotatedAlias):
            hint = hint.__origin__
        elif isinstance(hint, _GenericAlias) and hint.__origin__ in (Required, NotRequired):
            marks.add(hint.__origin__)
            hint = hint.__args__[0]
        else:
            break
    if Required in marks:
        return True
    return False if NotRequired in marks else total


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        if not all(type(b) is _TypedDictMeta or b is Generic for b in bases):
            raise TypeError('cannot inherit from both a TypedDict type '
                            'and a non-TypedDict base class')
        # the class made is a dict subclass (and Generic, for a generic TypedDict)
        extra = (Generic,) if any(issubclass(b, Generic) for b in bases) else ()
        made = type.__new__(_TypedDictMeta, name, (*extra, dict), ns)
        msg = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
        own = {key: _type_check(hint, msg, module=made.__module__, allow_special_forms=True)
               for key, hint in ns.get('__annotations__', {}).items()}
        # inherited keys first, in base order; each base's required/optional split carries over
        hints, required, optional = {}, set(), set()
        for base in bases:
            inherited = base.__dict__
            hints.update(inherited.get('__annotations__', {}))
            required |= set(inherited.get('__required_keys__', ()))
            optional |= set(inherited.get('__optional_keys__', ()))
        hints.update(own)
        for key, hint in own.items():
            if _key_is_required(hint, total):
                required.add(key)
                optional.discard(key)
            else:
                optional.add(key)
                required.discard(key)
        made.__annotations__ = hints
        made.__required_keys__ = frozenset(required)
        made.__optional_keys__ = frozenset(optional)
        made.__total__ = total
        return made

    def __call__(cls, /, *args, **kwargs):
        # instances are plain dicts
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict type with a fixed set of typed keys: class Movie(TypedDict): title: str, or the call form."""
    if fields is not None and kwargs:
        raise TypeError('TypedDict takes either a dict or keyword arguments, but not both')
    ns = {'__annotations__': dict(kwargs if fields is None else fields),
          '__module__': _caller_module()}
    return _TypedDictMeta(typename, (), ns, total=total)


TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)
_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {'__module__': 'typing'})


def is_typeddict(tp):
    """Whether tp is a class made by TypedDict."""
    return isinstance(tp, _TypedDictMeta)


# ---- NewType and functions

def _refuse_newtype_subclass(newtype_name):
    # NewType instances are not classes: subclassing one gets a hint instead
    class Dummy:
        def __init_subclass__(cls):
            wanted = cls.__name__
            raise TypeError(f'Cannot subclass an instance of NewType. Perhaps you were looking for: '
                            f'`{wanted} = NewType({wanted!r}, {newtype_name})`')
    return Dummy


class NewType:
    """NewType('UserId', int): a distinct callable type for type checkers (identity at run time)."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        self.__name__ = name.rpartition('.')[2]  # the last part of a dotted name
        self.__supertype__ = tp
        self.__module__ = _caller_module()

    def __call__(self, x):
        return x

    def __mro_entries__(self, bases):
        return (_refuse_newtype_subclass(self.__name__),)

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __reduce__(self):
        # pickled by (qualified) name in its module
        return self.__qualname__

    __or__ = _or
    __ror__ = _ror


def cast(typ, val):
    """Cast a value to a type (returns the value unchanged)."""
    return val


def assert_type(val, typ, /):
    """Ask a static type checker to confirm that the value is of the given type."""
    return val


def assert_never(arg, /):
    """Statically assert that a line of code is unreachable."""
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f'Expected code to be unreachable, but got: {value}')


def reveal_type(obj, /):
    """Print the runtime type of obj (to stderr) and return it."""
    print(f'Runtime type is {type(obj).__name__!r}', file=sys.stderr)
    return obj


# module name -> qualified name -> first line number -> the @overload-decorated function
_overloads = {}


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        'You should not call an overloaded function. '
        'A series of @overload-decorated functions '
        'outside a stub module should always be followed '
        'by an implementation that is not @overload-ed.')


def overload(func):
    """Decorator for overloaded functions/methods (records them for get_overloads)."""
    target = getattr(func, '__func__', func)  # staticmethod and classmethod objects too
    try:
        where, name, line = target.__module__, target.__qualname__, target.__code__.co_firstlineno
    except AttributeError:
        return _overload_dummy
    _overloads.setdefault(where, {}).setdefault(name, {})[line] = func
    return _overload_dummy


def get_overloads(func):
    """The overloads recorded for func, in definition order (an empty list if none)."""
    target = getattr(func, '__func__', func)
    by_name = _overloads.get(target.__module__)
    if by_name is None:
        return []
    return list(by_name.get(target.__qualname__, {}).values())


def clear_overloads():
    """Forget every recorded overload."""
    _overloads.clear()


def final(f):
    """Decorator marking a method or class final (sets __final__ = True)."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def override(method, /):
    """Decorator marking a method as overriding a base class method (sets __override__ = True)."""
    try:
        method.__override__ = True
    except (AttributeError, TypeError):
        pass
    return method


def _defined_in(obj, cls):
    # whether obj was defined in cls's own body (its qualified name and module say so)
    if not hasattr(obj, '__qualname__'):
        return False
    return (obj.__qualname__ == f'{cls.__qualname__}.{obj.__name__}'
            and getattr(obj, '__module__', None) == cls.__module__)


def no_type_check(arg):
    """Mark arg (and, for a class, the functions and classes of its body) as having annotations
    that are not type hints: get_type_hints then returns {}."""
    if isinstance(arg, type):
        for key in dir(arg):
            member = getattr(arg, key)
            if not _defined_in(member, arg):
                continue
            if isinstance(member, type):
                no_type_check(member)
            elif isinstance(member, types.MethodType):
                member.__func__.__no_type_check__ = True
            elif isinstance(member, types.FunctionType):
                member.__no_type_check__ = True
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass  # builtins and the like cannot take the attribute
    return arg


def no_type_check_decorator(decorator):
    """Turn decorator into one whose results are also marked by no_type_check."""
    @functools.wraps(decorator)
    def wrapped_decorator(*args, **kwds):
        return no_type_check(decorator(*args, **kwds))
    return wrapped_decorator


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        frozen_default=False, field_specifiers=(), **kwargs):
    """Decorator marking an object as providing dataclass-like behaviour."""
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            'eq_default': eq_default,
            'order_default': order_default,
            'kw_only_default': kw_only_default,
            'frozen_default': frozen_default,
            'field_specifiers': field_specifiers,
            'kwargs': kwargs,
        }
        return cls_or_fn
    return decorator


# ---- introspection

def _strip_annotations(t):
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    if isinstance(t, _GenericAlias) and t.__origin__ in (Required, NotRequired):
        return _strip_annotations(t.__args__[0])
    if isinstance(t, _GenericAlias):
        stripped = tuple(_strip_annotations(a) for a in t.__args__)
        if stripped == t.__args__:
            return t
        return t.copy_with(stripped)
    if isinstance(t, GenericAlias):
        stripped = tuple(_strip_annotations(a) for a in t.__args__)
        if stripped == t.__args__:
            return t
        return GenericAlias(t.__origin__, stripped)
    if isinstance(t, types.UnionType):
        stripped = tuple(_strip_annotations(a) for a in t.__args__)
        if stripped == t.__args__:
            return t
        return functools.reduce(operator.or_, stripped)
    return t


# A tiny evaluator for string annotations: names, dotted names, X[...] subscripts with commas,
# lists ([int, str] for Callable), None, ..., string and number literals, and X | Y.

def _tokenize_annotation(text):
    tokens = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c.isspace():
            i += 1
        elif c.isalpha() or c == '_':
            j = i
            while j < n and (text[j].isalnum() or text[j] == '_'):
                j += 1
            tokens.append(('name', text[i:j]))
            i = j
        elif c.isdigit() or (c == '-' and i + 1 < n and text[i + 1].isdigit()):
            j = i + 1
            while j < n and (text[j].isdigit() or text[j] == '.'):
                j += 1
            s = text[i:j]
            tokens.append(('value', float(s) if '.' in s else int(s)))
            i = j
        elif c in '\'"':
            j = text.index(c, i + 1)
            tokens.append(('value', text[i + 1:j]))
            i = j + 1
        elif text.startswith('...', i):
            tokens.append(('value', ...))
            i += 3
        elif c in '[],.|()':
            tokens.append(('op', c))
            i += 1
        else:
            raise SyntaxError(f'cannot evaluate annotation {text!r}')
    return tokens


def _eval_annotation(text, globalns, localns):
    tokens = _tokenize_annotation(text)
    pos = [0]

    def peek():
        return tokens[pos[0]] if pos[0] < len(tokens) else (None, None)

    def take():
        tok = peek()
        pos[0] += 1
        return tok

    def lookup(name):
        if localns is not None and name in localns:
            return localns[name]
        if globalns is not None and name in globalns:
            return globalns[name]
        builtins = sys.modules['builtins']
        if hasattr(builtins, name):
            return getattr(builtins, name)
        raise NameError(f"name '{name}' is not defined")

    def atom():
        kind, value = take()
        if kind == 'name':
            if value == 'None':
                obj = None
            elif value == 'True':
                obj = True
            elif value == 'False':
                obj = False
            else:
                obj = lookup(value)
        elif kind == 'value':
            obj = value
        elif value == '[':
            items = []
            while peek() != ('op', ']'):
                items.append(union())
                if peek() == ('op', ','):
                    take()
            take()
            return items
        elif value == '(':
            items = []
            while peek() != ('op', ')'):
                items.append(union())
                if peek() == ('op', ','):
                    take()
            take()
            return tuple(items)
        else:
            raise SyntaxError(f'cannot evaluate annotation {text!r}')
        while True:
            tok = peek()
            if tok == ('op', '.'):
                take()
                obj = getattr(obj, take()[1])
            elif tok == ('op', '['):
                take()
                items = []
                while peek() != ('op', ']'):
                    items.append(union())
                    if peek() == ('op', ','):
                        take()
                        if peek() == ('op', ']'):
                            items.append(_TRAILING)
                take()
                if _TRAILING in items:
                    items.remove(_TRAILING)
                    key = tuple(items)
                else:
                    key = items[0] if len(items) == 1 else tuple(items)
                obj = obj[key]
            else:
                return obj

    def union():
        left = atom()
        while peek() == ('op', '|'):
            take()
            right = atom()
            left = left | right
        return left

    result = union()
    if pos[0] != len(tokens):
        raise SyntaxError(f'cannot evaluate annotation {text!r}')
    return result


_TRAILING = object()


def _eval_type(t, globalns, localns):
    if isinstance(t, str):
        t = _eval_annotation(t, globalns, localns)
    if isinstance(t, ForwardRef):
        t = _eval_annotation(t.__forward_arg__, globalns, localns)
    if t is None:
        return _NoneType
    if isinstance(t, _GenericAlias) and any(isinstance(a, ForwardRef) for a in t.__args__):
        args = tuple(_eval_type(a, globalns, localns) for a in t.__args__)
        if isinstance(t, _CallableGenericAlias):
            return t.copy_with(args)
        return t.copy_with(args)
    return t


def _resolve_hint(value, globalns, localns, is_argument, is_class):
    # one annotation as get_type_hints returns it: None is NoneType, strings are evaluated
    if value is None:
        return _NoneType
    if isinstance(value, str):
        value = ForwardRef(value, is_argument=is_argument, is_class=is_class)
    return _eval_type(value, globalns, localns)


def _finish_hints(hints, include_extras):
    if include_extras:
        return hints
    return {name: _strip_annotations(hint) for name, hint in hints.items()}


def _class_hints(cls, globalns, localns):
    # The annotations of every class in the MRO, the most basic first (so subclasses win). Each
    # class's strings are read in its own module, its own namespace coming first.
    hints = {}
    for klass in cls.__mro__[::-1]:
        notes = klass.__dict__.get('__annotations__', {})
        if isinstance(notes, types.GetSetDescriptorType):
            continue  # the __annotations__ descriptor of type itself, not a class's own
        if globalns is None and localns is None:
            first = dict(vars(klass))
            second = getattr(sys.modules.get(klass.__module__), '__dict__', {})
        else:
            if globalns is not None:
                first = globalns
            else:
                first = getattr(sys.modules.get(klass.__module__), '__dict__', {})
            second = dict(vars(klass)) if localns is None else localns
        for name, value in notes.items():
            hints[name] = _resolve_hint(value, first, second, False, True)
    return hints


def _function_globals(obj):
    # the namespace a function's (or a module's) string annotations are read in
    if isinstance(obj, types.ModuleType):
        return obj.__dict__
    while hasattr(obj, '__wrapped__'):
        obj = obj.__wrapped__
    return getattr(obj, '__globals__', {})


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The type hints of a module, class, method or function: string annotations evaluated,
    None replaced by NoneType, Annotated stripped unless include_extras."""
    if getattr(obj, '__no_type_check__', None):
        return {}
    if isinstance(obj, type):
        return _finish_hints(_class_hints(obj, globalns, localns), include_extras)
    if globalns is None:
        globalns = _function_globals(obj)
    if localns is None:
        localns = globalns
    notes = getattr(obj, '__annotations__', None)
    if notes is None:
        if not isinstance(obj, (types.FunctionType, types.BuiltinFunctionType, types.MethodType,
                                types.ModuleType)):
            raise TypeError(f'{obj!r} is not a module, class, method, or function.')
        return {}
    # module annotations are not function arguments (so ClassVar and Final are allowed there)
    argument = not isinstance(obj, types.ModuleType)
    hints = {name: _resolve_hint(value, globalns, localns, argument, False)
             for name, value in notes.items()}
    return _finish_hints(hints, include_extras)


def get_origin(tp):
    """The unsubscripted version of a type: get_origin(List[int]) is list."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if tp is Generic:
        return Generic
    if isinstance(tp, types.UnionType):
        return types.UnionType
    if isinstance(tp, (_BaseGenericAlias, GenericAlias, ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    return None


def _callable_args(tp):
    # a Callable's arguments as get_args shows them: the parameter types in a list, unless they
    # are ..., a ParamSpec or a Concatenate
    args = tp.__args__
    if not args or args[0] is ... or isinstance(args[0], (ParamSpec, _ConcatenateGenericAlias)):
        return args
    return (list(args[:-1]), args[-1])


def get_args(tp):
    """The type arguments with all substitutions performed: get_args(Dict[int, str]) is (int, str)."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__, *tp.__metadata__)
    if isinstance(tp, types.UnionType):
        return tp.__args__
    if not isinstance(tp, (_GenericAlias, GenericAlias)):
        return ()
    if isinstance(tp, _CallableGenericAlias) or tp.__origin__ is collections.abc.Callable:
        return _callable_args(tp)
    return tp.__args__


# ---- text and I/O

AnyStr = TypeVar('AnyStr', bytes, str)
AnyStr.__module__ = 'typing'
Text = str


class IO(Generic[AnyStr]):
    """Generic base class for TextIO and BinaryIO."""
    __slots__ = ()


class BinaryIO(IO[bytes]):
    """Typed version of the return of open() in binary mode."""
    __slots__ = ()


class TextIO(IO[str]):
    """Typed version of the return of open() in text mode."""
    __slots__ = ()


def __getattr__(name):
    # Pattern and Match need re: made on first use (PEP 562), so that importing typing stays cheap
    if name in ('Pattern', 'Match'):
        import re
        value = _alias(type(re.compile('')) if name == 'Pattern' else type(re.match('', '')), 1)
    else:
        raise AttributeError(f"module 'typing' has no attribute '{name}'")
    globals()[name] = value
    return value


def __dir__():
    # The lazily made names are part of the module's contents, as in CPython where they always exist
    return sorted(set(globals()) | {'Pattern', 'Match'})

