"""The objects behind PEP 695's syntax (CPython writes them in C, Objects/typevarobject.c, and typing
re-exports them): TypeVar, ParamSpec, TypeVarTuple, ParamSpecArgs, ParamSpecKwargs and TypeAliasType,
plus the constructors that the CALL_INTRINSIC_1/2 instructions of `def f[T]()`, `class C[T]` and
`type A = ...` call (src/vm/typeparams.ts). This module imports nothing but sys, so the syntax does not
load typing; what needs typing (a bound's type check, `T | int`, Generic[...], Unpack[Ts]) imports it
when it runs, as CPython's C code calls into typing."""

__immortal_native__ = True  # C in CPython: no frames in tracebacks, builtin functions

import sys


def _typing():
    import typing
    return typing


def _caller_module(depth=2, default='__main__'):
    try:
        return sys._getframemodulename(depth) or default
    except (AttributeError, ValueError):
        return default


def _check_name(name, func):
    # CPython's C constructors check the name's type first
    if not isinstance(name, str):
        got = 'None' if name is None else type(name).__name__
        raise TypeError(f"{func}() argument 'name' must be str, not {got}")


class _member:
    """A read-only attribute kept in a slot: CPython's READONLY members ("readonly attribute") and
    getters without a setter ("attribute 'x' of 'typing.T' objects is not writable", getter=True)."""
    __slots__ = ('slot', 'getter', 'name')

    def __init__(self, slot, getter=False):
        self.slot = slot
        self.getter = getter
        self.name = slot

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self.slot)

    def _refuse(self, obj):
        if self.getter:
            raise AttributeError(f"attribute '{self.name}' of 'typing.{type(obj).__name__}' objects is not writable")
        raise AttributeError('readonly attribute')

    def __set__(self, obj, value):
        self._refuse(obj)

    def __delete__(self, obj):
        self._refuse(obj)


class _Sealed:
    """Types that CPython does not allow as a base class."""
    __slots__ = ()

    def __dir__(self):
        # what the C types show: no private slots
        return [n for n in object.__dir__(self) if not (n[:1] == '_' and n[:2] != '__')
                and n not in ('__dict__', '__slots__', '__weakref__')]

    def __init_subclass__(cls, /, *args, _root=False, **kwargs):
        if not _root:
            for base in cls.__mro__[1:]:
                if globals().get(base.__name__) is base:
                    raise TypeError(f"type 'typing.{base.__name__}' is not an acceptable base type")
        super().__init_subclass__(*args, **kwargs)


class _TypeVarLike(_Sealed, _root=True):
    __slots__ = ()

    def __mro_entries__(self, bases):
        raise TypeError(f'Cannot subclass an instance of {type(self).__name__}')

    def __reduce__(self):
        return self.__name__


class _Variance(_TypeVarLike, _root=True):
    """TypeVar and ParamSpec: variance, a bound, `|`."""
    __slots__ = ()

    def __or__(self, right):
        return _typing().Union[self, right]

    def __ror__(self, left):
        return _typing().Union[left, self]

    def __repr__(self):
        if self._infer_variance:
            prefix = ''
        elif self._covariant:
            prefix = '+'
        elif self._contravariant:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self._name

    @property
    def __bound__(self):
        bound = self._bound
        if bound is None and self._evaluate_bound is not None:
            bound = self._bound = self._evaluate_bound()
        return bound

    @__bound__.setter
    def __bound__(self, value):
        raise AttributeError(f"attribute '__bound__' of 'typing.{type(self).__name__}' objects is not writable")

    @__bound__.deleter
    def __bound__(self):
        raise AttributeError(f"attribute '__bound__' of 'typing.{type(self).__name__}' objects is not writable")

    __name__ = _member('_name')
    __covariant__ = _member('_covariant')
    __contravariant__ = _member('_contravariant')
    __infer_variance__ = _member('_infer_variance')


def _check_variance(covariant, contravariant, infer_variance):
    if covariant and contravariant:
        raise ValueError('Bivariant types are not supported.')
    if infer_variance and (covariant or contravariant):
        raise ValueError('Variance cannot be specified with infer_variance.')


def _check_bound(bound):
    if bound is None:
        return None
    return _typing()._type_check(bound, 'Bound must be a type.')


class TypeVar(_Variance, _root=True):
    """Type variable.

The preferred way to construct a type variable is via the dedicated syntax for generic functions,
classes, and type aliases: class Sequence[T]: ...  It may also be constructed directly:
T = TypeVar('T').
"""
    __immortal_tp_name__ = 'typing.TypeVar'  # CPython's C type name, for messages
    __module__ = 'typing'
    __slots__ = ('_name', '_bound', '_evaluate_bound', '_constraints', '_evaluate_constraints',
                 '_covariant', '_contravariant', '_infer_variance', '__dict__', '__weakref__')

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False,
                 infer_variance=False):
        _check_name(name, 'typevar')
        _check_variance(covariant, contravariant, infer_variance)
        bound = _check_bound(bound)
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        if constraints and bound is not None:
            raise TypeError('Constraints cannot be combined with bound=...')
        _init_typevar(self, name, bound, None, constraints, None, covariant, contravariant, infer_variance)
        self.__module__ = _caller_module()

    @property
    def __constraints__(self):
        constraints = self._constraints
        if not constraints and self._evaluate_constraints is not None:
            constraints = self._constraints = self._evaluate_constraints()
        return constraints

    @__constraints__.setter
    def __constraints__(self, value):
        raise AttributeError("attribute '__constraints__' of 'typing.TypeVar' objects is not writable")

    @__constraints__.deleter
    def __constraints__(self):
        raise AttributeError("attribute '__constraints__' of 'typing.TypeVar' objects is not writable")

    def __typing_subst__(self, arg):
        typing = _typing()
        arg = typing._type_check(arg, 'Parameters to generic types must be types.', is_argument=True)
        return arg


def _init_typevar(tv, name, bound, evaluate_bound, constraints, evaluate_constraints,
                  covariant, contravariant, infer_variance):
    tv._name = name
    tv._bound = bound
    tv._evaluate_bound = evaluate_bound
    tv._constraints = tuple(constraints)
    tv._evaluate_constraints = evaluate_constraints
    tv._covariant = bool(covariant)
    tv._contravariant = bool(contravariant)
    tv._infer_variance = bool(infer_variance)


class _ParamSpecPart(_Sealed, _root=True):
    """P.args and P.kwargs: the part `_part` of the ParamSpec `_origin` (two C types in CPython)."""
    __slots__ = ('_origin',)
    __origin__ = _member('_origin')

    def __init__(self, origin):
        self._origin = origin

    def __repr__(self):
        return f'{self._origin.__name__}.{self._part}'

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self._origin == other._origin

    # No __hash__: with __eq__ defined they are unhashable, as in CPython.

    def __mro_entries__(self, bases):
        raise TypeError(f'Cannot subclass an instance of {type(self).__name__}')


class ParamSpecArgs(_ParamSpecPart, _root=True):
    """The args for a ParamSpec object: P.args."""
    __immortal_tp_name__ = 'typing.ParamSpecArgs'  # CPython's C type name, for messages
    __module__ = 'typing'
    __slots__ = ()
    _part = 'args'


class ParamSpecKwargs(_ParamSpecPart, _root=True):
    """The kwargs for a ParamSpec object: P.kwargs."""
    __immortal_tp_name__ = 'typing.ParamSpecKwargs'  # CPython's C type name, for messages
    __module__ = 'typing'
    __slots__ = ()
    _part = 'kwargs'


class ParamSpec(_Variance, _root=True):
    """Parameter specification variable: class Callback[**P]: ... or P = ParamSpec('P')."""
    __immortal_tp_name__ = 'typing.ParamSpec'  # CPython's C type name, for messages
    __module__ = 'typing'
    __slots__ = ('_name', '_bound', '_evaluate_bound', '_covariant', '_contravariant',
                 '_infer_variance', '__dict__', '__weakref__')

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False,
                 infer_variance=False):
        _check_name(name, 'paramspec')
        _check_variance(covariant, contravariant, infer_variance)
        _init_paramspec(self, name, _check_bound(bound), covariant, contravariant, infer_variance)
        self.__module__ = _caller_module()

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __typing_subst__(self, arg):
        typing = _typing()
        if isinstance(arg, (list, tuple)):
            return tuple(typing._type_check(a, 'Expected a type.') for a in arg)
        if arg is ... or isinstance(arg, (ParamSpec, typing._ConcatenateGenericAlias)):
            return arg
        raise TypeError(f'Expected a list of types, an ellipsis, ParamSpec, or Concatenate. Got {arg}')

    def __typing_prepare_subst__(self, alias, args):
        # A lone ParamSpec takes all the arguments (X[int, str] means X[[int, str]]); otherwise its
        # argument may be written as a list, kept as a tuple.
        params = alias.__parameters__
        at = params.index(self)
        if at >= len(args):
            raise TypeError(f'Too few arguments for {alias}')
        mine = args[at]
        if len(params) == 1 and not (mine is ... or isinstance(mine, (ParamSpec, list, tuple,
                                                                     _typing()._ConcatenateGenericAlias))):
            return (args,)
        if isinstance(mine, list):
            return args[:at] + (tuple(mine),) + args[at + 1:]
        return args


def _init_paramspec(ps, name, bound, covariant, contravariant, infer_variance):
    ps._name = name
    ps._bound = bound
    ps._evaluate_bound = None
    ps._covariant = bool(covariant)
    ps._contravariant = bool(contravariant)
    ps._infer_variance = bool(infer_variance)


class TypeVarTuple(_TypeVarLike, _root=True):
    """Type variable tuple: class Array[*Shape]: ... or Ts = TypeVarTuple('Ts')."""
    __immortal_tp_name__ = 'typing.TypeVarTuple'  # CPython's C type name, for messages
    __module__ = 'typing'
    __slots__ = ('_name', '__dict__', '__weakref__')
    __name__ = _member('_name')

    def __init__(self, name):
        _check_name(name, 'typevartuple')
        self._name = name
        self.__module__ = _caller_module()

    def __iter__(self):
        yield _typing().Unpack[self]

    def __repr__(self):
        return self._name

    def __typing_subst__(self, arg):
        raise TypeError('Substitution of bare TypeVarTuple is not supported')

    def __typing_prepare_subst__(self, alias, args):
        # Groups the arguments this TypeVarTuple stands for into one tuple, so that each parameter of
        # `alias` gets exactly one argument. The parameters before and after it take one argument each;
        # an unpacked variable-length tuple (*tuple[X, ...]) among the arguments may stand in for any
        # of them, as X.
        params = alias.__parameters__
        at = params.index(self)
        if any(type(p) is TypeVarTuple for p in params[at + 1:]):
            raise TypeError(f'More than one TypeVarTuple parameter in {alias}')
        before, after = at, len(params) - at - 1
        spread = None
        for k, arg in enumerate(args):
            if isinstance(arg, type):
                continue
            inner = getattr(arg, '__typing_unpacked_tuple_args__', None)
            if inner and len(inner) == 2 and inner[-1] is ...:
                if spread is not None:
                    raise TypeError('More than one unpacked arbitrary-length tuple argument')
                spread, fill = k, inner[0]
        if spread is None:
            if before + after > len(args):
                raise TypeError(f'Too few arguments for {alias}; actual {len(args)}, '
                                f'expected at least {len(params) - 1}')
            fill = None
            take_before, take_after = before, after
        else:
            take_before = min(before, spread)
            take_after = min(after, len(args) - spread - 1)
        end = len(args) - take_after
        return (args[:take_before] + (fill,) * (before - take_before) + (tuple(args[take_before:end]),)
                + (fill,) * (after - take_after) + args[end:])


def _unpack_typevartuples(params):
    if any(type(p) is TypeVarTuple for p in params):
        unpack = _typing().Unpack
        return tuple(unpack[p] if type(p) is TypeVarTuple else p for p in params)
    return params


_unset = object()


class TypeAliasType(_Sealed, _root=True):
    """Type alias.

Type aliases are created through the type statement: type Alias = int. They can also be
created directly: Alias = TypeAliasType('Alias', int).
"""
    __immortal_tp_name__ = 'typing.TypeAliasType'  # CPython's C type name, for messages
    __module__ = 'typing'
    # __module__ is the instance's (in its __dict__, as the class's own must stay 'typing')
    __slots__ = ('_name', '_type_params', '_compute_value', '_value', '__dict__', '__weakref__')
    __name__ = _member('_name')

    def __new__(cls, *args, **kwargs):
        names = ('name', 'value')
        if len(args) > 2:
            raise TypeError(f'typealias() takes exactly 2 positional arguments ({len(args)} given)')
        given = dict(zip(names, args))
        type_params = _unset
        for key, v in kwargs.items():
            if key == 'type_params':
                type_params = v
            elif key in names:
                if key in given:
                    raise TypeError(f"argument for typealias() given by name ('{key}') and position "
                                    f"({names.index(key) + 1})")
                given[key] = v
            else:
                raise TypeError(f"typealias() got an unexpected keyword argument '{key}'")
        for i, key in enumerate(names):
            if key not in given:
                raise TypeError(f"typealias() missing required argument '{key}' (pos {i + 1})")
        name = given['name']
        _check_name(name, 'typealias')
        if type_params is not _unset and not isinstance(type_params, tuple):
            raise TypeError('type_params must be a tuple')
        self = object.__new__(cls)
        _init_typealias(self, name, None if type_params is _unset else type_params, None,
                        given['value'], _caller_module())
        return self

    def __init__(self, *args, **kwargs):
        pass

    def __repr__(self):
        return self._name

    def __reduce__(self):
        return self._name

    @property
    def __value__(self):
        value = self._value
        if value is _unset:
            value = self._compute_value()
            _set(self, '_value', value)
        return value

    @property
    def __type_params__(self):
        return () if self._type_params is None else self._type_params

    @property
    def __parameters__(self):
        return () if self._type_params is None else _unpack_typevartuples(self._type_params)

    def __getitem__(self, parameters):
        if self._type_params is None:
            raise TypeError('Only generic type aliases are subscriptable')
        return type(list[int])(self, parameters)

    def __or__(self, right):
        return _union_or(self, right)

    def __ror__(self, left):
        return _union_or(left, self)

    def __setattr__(self, name, value):
        _typealias_refuse(self, name)

    def __delattr__(self, name):
        _typealias_refuse(self, name)


def _union_or(left, right):
    # types.UnionType's `|` (CPython's _Py_union_type_or, which takes type aliases too), reached
    # through the other operand's own `|`: type's for None and classes, GenericAlias's, UnionType's
    alias_left = isinstance(left, TypeAliasType)
    other = right if alias_left else left
    if other is None:
        other = type(None)
    if isinstance(other, type):
        kind = type
    elif type(other) in (type(list[int]), type(int | str)):
        kind = type(other)
    elif isinstance(other, TypeAliasType):
        # two aliases: no class operand to go through (a divergence: CPython makes `A | B`)
        return _typing().Union[left, right]
    else:
        return NotImplemented
    return kind.__ror__(other, left) if alias_left else kind.__or__(other, right)


def _typealias_refuse(ta, name):
    if name in ('__value__', '__type_params__', '__parameters__', '__module__'):
        raise AttributeError(f"attribute '{name}' of 'typing.TypeAliasType' objects is not writable")
    if name == '__name__':
        raise AttributeError('readonly attribute')
    raise AttributeError(f"'typing.TypeAliasType' object has no attribute '{name}'")


_set = object.__setattr__


def _init_typealias(ta, name, type_params, compute_value, value, module):
    _set(ta, '_name', name)
    _set(ta, '_type_params', type_params)
    _set(ta, '_compute_value', compute_value)
    _set(ta, '_value', value)
    if module is None:
        # CPython asks the value function when asked; it is made with the alias
        module = getattr(compute_value, '__module__', None)
    _set(ta, '__module__', 'typing' if module is None else module)


# ---- the constructors the intrinsics call (src/vm/typeparams.ts)

def _make_typevar(name, evaluate_bound, evaluate_constraints):
    tv = object.__new__(TypeVar)
    _init_typevar(tv, name, None, evaluate_bound, (), evaluate_constraints, False, False, True)
    return tv


def _make_paramspec(name):
    ps = object.__new__(ParamSpec)
    _init_paramspec(ps, name, None, False, False, True)
    return ps


def _make_typevartuple(name):
    tvt = object.__new__(TypeVarTuple)
    tvt._name = name
    return tvt


def _make_typealias(args):
    name, type_params, compute_value = args
    ta = object.__new__(TypeAliasType)
    _init_typealias(ta, name, type_params, compute_value, _unset, None)
    return ta


def _subscript_generic(params):
    typing = _typing()
    return typing._GenericAlias(typing.Generic, _unpack_typevartuples(params))
