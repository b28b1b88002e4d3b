"""Data classes (Immortal's own implementation of the dataclasses module's documented CPython 3.12
behaviour): @dataclass generates __init__, __repr__, __eq__, ordering, __hash__, frozen
__setattr__/__delattr__, __match_args__ and __slots__ from the class's annotated fields.
__init__ is generated as source text and exec()d in the class's module, as CPython does (so the
interpreter binds its arguments, with its own messages, and a traceback through it names
"<string>" with the statement's line: the body starts on line 3, one line per statement); its
defaults are attached as __defaults__/__kwdefaults__. The other methods are closures."""

import sys
import copy
import types
import abc

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY', 'MISSING',
           'fields', 'asdict', 'astuple', 'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


# Sentinels. Their classes are named as in CPython because the names show in reprs
# (<dataclasses._MISSING_TYPE object at ...>, _field_type=_FIELD in a Field's repr).
class _MISSING_TYPE:
    pass


class _KW_ONLY_TYPE:
    pass


class _HAS_DEFAULT_FACTORY_CLASS:
    __repr__ = lambda self: '<factory>'


class _FIELD_BASE:
    __slots__ = ('name',)

    def __init__(self, name):
        self.name = name

    __repr__ = lambda self: self.name


MISSING = _MISSING_TYPE()
KW_ONLY = _KW_ONLY_TYPE()
# the default an __init__ parameter gets when its field has a default_factory
_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()
# the three kinds of annotated name: a real field, a ClassVar, an InitVar pseudo-field
_FIELD, _FIELD_CLASSVAR, _FIELD_INITVAR = (
    _FIELD_BASE('_FIELD'), _FIELD_BASE('_FIELD_CLASSVAR'), _FIELD_BASE('_FIELD_INITVAR'))

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'
_NO_METADATA = types.MappingProxyType({})


class InitVar:
    """InitVar[T]: an init-only pseudo-field, passed to __post_init__ and not stored."""
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        t = self.type
        return 'dataclasses.InitVar[%s]' % (t.__name__ if isinstance(t, type) else repr(t))

    def __class_getitem__(cls, type):
        return cls(type)


_FIELD_ATTRS = ('name', 'type', 'default', 'default_factory', 'init', 'repr', 'hash', 'compare',
                'metadata', 'kw_only')


class Field:
    """One field of a dataclass, as field() describes it and fields() returns it."""
    __slots__ = _FIELD_ATTRS + ('_field_type',)

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        # name, type and kind are filled in when the class is processed
        self.name = self.type = self._field_type = None
        self.default, self.default_factory = default, default_factory
        self.init, self.repr, self.hash, self.compare = init, repr, hash, compare
        self.metadata = _NO_METADATA if metadata is None else types.MappingProxyType(metadata)
        self.kw_only = kw_only

    def __repr__(self):
        shown = ','.join('%s=%r' % (attr, getattr(self, attr)) for attr in _FIELD_ATTRS)
        return 'Field(%s,_field_type=%s)' % (shown, self._field_type)

    def __set_name__(self, owner, name):
        # pass __set_name__ on to a descriptor given as the default
        hook = getattr(type(self.default), '__set_name__', None)
        if hook:
            hook(self.default, owner, name)

    __class_getitem__ = classmethod(types.GenericAlias)


_PARAM_ATTRS = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen', 'match_args', 'kw_only',
                'slots', 'weakref_slot')


class _DataclassParams:
    """The arguments @dataclass was given (a class's __dataclass_params__)."""
    __slots__ = _PARAM_ATTRS

    def __init__(self, *values):
        for attr, value in zip(_PARAM_ATTRS, values):
            setattr(self, attr, value)

    def __repr__(self):
        return '_DataclassParams(%s)' % ','.join(
            '%s=%r' % (attr, getattr(self, attr)) for attr in _PARAM_ATTRS)


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    """Describe one field: its default (or default_factory) and which generated methods use it."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


# --- recognising ClassVar, InitVar and KW_ONLY annotations --------------------------------------

def _split_annotation_string(text):
    """'  mod . Name[...]' -> ('mod', 'Name'); 'Name...' -> (None, 'Name'); else (None, None).
    Only the leading identifier (optionally qualified by one module name) matters."""
    def word(i):
        j = i
        while j < len(text) and (text[j].isalnum() or text[j] == '_'):
            j += 1
        return j

    def blanks(i):
        while i < len(text) and text[i].isspace():
            i += 1
        return i

    start = blanks(0)
    end = word(start)
    if end == start:
        return None, None
    first = text[start:end]
    dot = blanks(end)
    if dot < len(text) and text[dot] == '.':
        second_start = blanks(dot + 1)
        second_end = word(second_start)
        if second_end > second_start:
            return first, text[second_start:second_end]
    return None, first


def _string_names(annotation, cls, module, obj):
    """A string annotation names `obj` (the attribute of that name in `module`) as the class's
    module sees it: `Name` bound to obj there, or `mod.Name` with mod bound to the module."""
    qualifier, name = _split_annotation_string(annotation)
    if name is None or getattr(module, name, None) is not obj:
        return False
    home = sys.modules.get(cls.__module__)
    scope = home.__dict__ if home is not None else {}
    if qualifier is None:
        return scope.get(name) is obj
    return scope.get(qualifier) is module


def _annotation_kind(cls, annotation, typing, this_module):
    """_FIELD, _FIELD_CLASSVAR or _FIELD_INITVAR for one annotation."""
    is_str = isinstance(annotation, str)
    if typing is not None:
        if annotation is typing.ClassVar:
            return _FIELD_CLASSVAR
        if (type(annotation) is typing._GenericAlias
                and annotation.__origin__ is typing.ClassVar):
            return _FIELD_CLASSVAR
        if is_str and _string_names(annotation, cls, typing, typing.ClassVar):
            return _FIELD_CLASSVAR
    if annotation is InitVar or type(annotation) is InitVar:
        return _FIELD_INITVAR
    if is_str and _string_names(annotation, cls, this_module, InitVar):
        return _FIELD_INITVAR
    return _FIELD


def _is_kw_only_marker(cls, annotation, this_module):
    if annotation is KW_ONLY:
        return True
    return isinstance(annotation, str) and _string_names(annotation, cls, this_module, KW_ONLY)


def _make_field(cls, name, annotation, kw_only_default, typing, this_module):
    given = getattr(cls, name, MISSING)
    if isinstance(given, Field):
        f = given
    else:
        # a slot of a base class is a member descriptor, not a default
        f = field(default=MISSING if isinstance(given, types.MemberDescriptorType) else given)
    f.name, f.type = name, annotation
    kind = f._field_type = _annotation_kind(cls, annotation, typing, this_module)

    if kind is not _FIELD and f.default_factory is not MISSING:
        raise TypeError(f'field {name} cannot have a default factory')
    if kind is _FIELD_CLASSVAR:
        if f.kw_only is not MISSING:
            raise TypeError(f'field {name} is a ClassVar but specifies kw_only')
    elif f.kw_only is MISSING:
        f.kw_only = kw_only_default
    # an unhashable default (list, dict, set ...) would be shared by every instance
    if kind is _FIELD and type(f.default).__hash__ is None:
        raise ValueError(f'mutable default {type(f.default)} for field '
                         f'{name} is not allowed: use default_factory')
    return f


# --- generated methods ---------------------------------------------------------------------------

def _install(cls, name, fn):
    """Set a generated attribute unless the class body defined one; True if it was there."""
    if name in cls.__dict__:
        return True
    setattr(cls, name, _owned_by(cls, fn))
    return False


def _owned_by(cls, fn):
    if isinstance(fn, types.FunctionType):
        fn.__qualname__ = cls.__qualname__ + '.' + fn.__name__
    return fn


def _build_init(cls, all_fields, positional, keyword, frozen, post_init):
    """Write __init__'s source, exec it in the class's module and attach its defaults."""
    for_init = positional + keyword
    arg_names = {f.name for f in for_init}
    me = '__dataclass_self__' if 'self' in arg_names else 'self'

    defaulted = False
    for f in positional:
        if f.default is not MISSING or f.default_factory is not MISSING:
            defaulted = True
        elif defaulted:
            raise TypeError(f'non-default argument {f.name!r} follows default argument')

    def default_of(f):
        return _HAS_DEFAULT_FACTORY if f.default_factory is not MISSING else f.default

    pos_defaults = tuple(default_of(f) for f in positional
                         if f.default is not MISSING or f.default_factory is not MISSING)
    kw_defaults = {f.name: default_of(f) for f in keyword
                   if f.default is not MISSING or f.default_factory is not MISSING}

    # objects the body refers to, handed in as closure variables named __dc_<n>__
    captured = []

    def capture(obj):
        captured.append(obj)
        return f'__dc_{len(captured)}__'

    store = (f'{capture(object)}.__setattr__({me}, %r, %s)' if frozen else f'{me}.%s = %s')
    sentinel = None
    statements = []
    for f in all_fields:
        if f._field_type is not _FIELD:
            continue
        if f.default_factory is not MISSING:
            make = capture(f.default_factory) + '()'
            if f.init:
                sentinel = sentinel or capture(_HAS_DEFAULT_FACTORY)
                value = f'{make} if {f.name} is {sentinel} else {f.name}'
            else:
                value = make
        elif f.init:
            value = f.name
        elif f.default is not MISSING:
            value = capture(f.default)
        else:
            continue
        statements.append(store % (f.name, value))
    if post_init:
        pseudo = [f.name for f in for_init if f._field_type is _FIELD_INITVAR]
        statements.append(f'{me}.{_POST_INIT_NAME}({", ".join(pseudo)})')

    params = [me] + [f.name for f in positional]
    if keyword:
        params += ['*'] + [f.name for f in keyword]
    source = (f'def __dc_outer__({", ".join(f"__dc_{i + 1}__" for i in range(len(captured)))}):\n'
              f' def __init__({", ".join(params)}):\n'
              + ''.join(f'  {s}\n' for s in statements or ['pass'])
              + ' return __init__\n')
    home = sys.modules.get(cls.__module__)
    made = {}
    exec(source, home.__dict__ if home is not None else {}, made)
    init = made['__dc_outer__'](*captured)
    init.__defaults__ = pos_defaults or None
    init.__kwdefaults__ = kw_defaults or None
    init.__qualname__ = f'{cls.__qualname__}.__init__'
    init.__annotations__ = {**{f.name: f.type for f in for_init}, 'return': None}
    return init


_repr_busy = set()


def _build_repr(names):
    def __repr__(self):
        # a dataclass that (indirectly) contains itself shows as ... the second time
        token = (id(self), id(type(self)))
        if token in _repr_busy:
            return '...'
        _repr_busy.add(token)
        try:
            inner = ', '.join([n + '=' + repr(getattr(self, n)) for n in names])
        finally:
            _repr_busy.discard(token)
        return self.__class__.__qualname__ + '(' + inner + ')'
    return __repr__


def _build_comparison(dunder, names):
    """__eq__/__lt__/...: compare the tuples of the compared fields, same class only."""
    def values(obj):
        return tuple([getattr(obj, n) for n in names])

    if dunder == '__eq__':
        def compare(self, other):
            if other.__class__ is not self.__class__:
                return NotImplemented
            return values(self) == values(other)
    elif dunder == '__lt__':
        def compare(self, other):
            if other.__class__ is not self.__class__:
                return NotImplemented
            return values(self) < values(other)
    elif dunder == '__le__':
        def compare(self, other):
            if other.__class__ is not self.__class__:
                return NotImplemented
            return values(self) <= values(other)
    elif dunder == '__gt__':
        def compare(self, other):
            if other.__class__ is not self.__class__:
                return NotImplemented
            return values(self) > values(other)
    else:
        def compare(self, other):
            if other.__class__ is not self.__class__:
                return NotImplemented
            return values(self) >= values(other)
    compare.__name__ = dunder
    return compare


def _build_hash(names):
    def __hash__(self):
        return hash(tuple([getattr(self, n) for n in names]))
    return __hash__


def _build_frozen_guards(cls, names):
    """__setattr__/__delattr__ that refuse on instances of cls itself, and for field names on
    instances of subclasses."""
    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f'cannot assign to field {name!r}')
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f'cannot delete field {name!r}')
        super(cls, self).__delattr__(name)
    return __setattr__, __delattr__


# --- the default __doc__: the __init__ signature, as inspect.signature would print it -----------

def _annotation_text(annotation):
    if isinstance(annotation, type) and not isinstance(annotation, types.GenericAlias):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return f'{annotation.__module__}.{annotation.__qualname__}'
    return repr(annotation)


def _parameter_text(f):
    text = f'{f.name}: {_annotation_text(f.type)}'
    if f.default_factory is not MISSING:
        return text + ' = <factory>'
    if f.default is not MISSING:
        return f'{text} = {f.default!r}'
    return text


def _signature_doc(cls, positional, keyword):
    params = [_parameter_text(f) for f in positional]
    if keyword:
        params.append('*')
        params.extend(_parameter_text(f) for f in keyword)
    return cls.__name__ + '(' + ', '.join(params) + ')'


# --- the decorator ------------------------------------------------------------------------------

def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots,
                   weakref_slot):
    params = _DataclassParams(init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                              slots, weakref_slot)
    setattr(cls, _PARAMS, params)

    # inherited fields, the most basic class first so that subclasses override them
    all_fields = {}
    dataclass_bases = frozen_bases = 0
    for base in reversed(cls.__mro__[1:]):
        inherited = getattr(base, _FIELDS, None)
        if inherited is None:
            continue
        dataclass_bases += 1
        frozen_bases += bool(getattr(base, _PARAMS).frozen)
        for f in inherited.values():
            all_fields[f.name] = f

    typing = sys.modules.get('typing')
    this_module = sys.modules[__name__]
    annotations = cls.__dict__.get('__annotations__', {})
    own = []
    in_kw_only = kw_only
    marker_seen = False
    for name, annotation in annotations.items():
        if _is_kw_only_marker(cls, annotation, this_module):
            if marker_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has already been specified')
            marker_seen = in_kw_only = True
            continue
        own.append(_make_field(cls, name, annotation, in_kw_only, typing, this_module))

    for f in own:
        all_fields[f.name] = f
        # the class attribute becomes the plain default (or goes, if there is none)
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')

    if dataclass_bases:
        if frozen_bases and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if frozen and not frozen_bases:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    setattr(cls, _FIELDS, all_fields)

    # a __hash__ = None that Python added because the body defines __eq__ does not count
    own_hash = cls.__dict__.get('__hash__', MISSING)
    explicit_hash = own_hash is not MISSING and not (own_hash is None and '__eq__' in cls.__dict__)

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    takes_init = [f for f in all_fields.values() if f._field_type is not _FIELD_CLASSVAR]
    positional = [f for f in takes_init if f.init and not f.kw_only]
    keyword = [f for f in takes_init if f.init and f.kw_only]

    if init:
        _install(cls, '__init__', _build_init(cls, takes_init, positional, keyword, frozen,
                                              hasattr(cls, _POST_INIT_NAME)))

    real = [f for f in all_fields.values() if f._field_type is _FIELD]
    if repr:
        _install(cls, '__repr__', _build_repr(tuple(f.name for f in real if f.repr)))

    compared = tuple(f.name for f in real if f.compare)
    if eq:
        _install(cls, '__eq__', _build_comparison('__eq__', compared))
    if order:
        for dunder in ('__lt__', '__le__', '__gt__', '__ge__'):
            if _install(cls, dunder, _build_comparison(dunder, compared)):
                raise TypeError(f'Cannot overwrite attribute {dunder} in class {cls.__name__}. '
                                'Consider using functools.total_ordering')

    if frozen:
        for fn in _build_frozen_guards(cls, tuple(f.name for f in real)):
            if _install(cls, fn.__name__, fn):
                raise TypeError(f'Cannot overwrite attribute {fn.__name__} in class {cls.__name__}')

    # __hash__, by the table in the documentation of unsafe_hash
    hashed = tuple(f.name for f in real if (f.compare if f.hash is None else f.hash))
    if unsafe_hash:
        if explicit_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
        cls.__hash__ = _owned_by(cls, _build_hash(hashed))
    elif eq and not explicit_hash:
        cls.__hash__ = _owned_by(cls, _build_hash(hashed)) if frozen else None

    if not getattr(cls, '__doc__'):
        try:
            cls.__doc__ = _signature_doc(cls, positional, keyword)
        except (TypeError, ValueError):
            cls.__doc__ = ''

    if match_args:
        _install(cls, '__match_args__', tuple(f.name for f in positional))

    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        cls = _with_slots(cls, frozen, weakref_slot)

    abc.update_abstractmethods(cls)
    return cls


def _slot_names(cls):
    """The instance attributes cls's own layout provides (its __slots__, or __dict__/__weakref__)."""
    declared = cls.__dict__.get('__slots__')
    if declared is None:
        found = []
        if getattr(cls, '__weakrefoffset__', False):
            found.append('__weakref__')
        if getattr(cls, '__dictoffset__', False):
            found.append('__dict__')
        return found
    return [declared] if isinstance(declared, str) else list(declared)


def _with_slots(cls, frozen, weakref_slot):
    # __slots__ only works when a class is created, so a new class replaces cls
    if '__slots__' in cls.__dict__:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    names = [f.name for f in fields(cls)]
    if weakref_slot:
        names.append('__weakref__')
    provided = set()
    for base in cls.__mro__[1:-1]:
        provided.update(_slot_names(base))
    namespace = {key: value for key, value in cls.__dict__.items()
                 if key not in ('__dict__', '__weakref__')}
    for f in fields(cls):
        namespace.pop(f.name, None)
    namespace['__slots__'] = tuple(n for n in names if n not in provided)
    qualname = getattr(cls, '__qualname__', None)
    remade = type(cls)(cls.__name__, cls.__bases__, namespace)
    if qualname is not None:
        remade.__qualname__ = qualname
    if frozen:
        # without a __dict__, pickle needs these to restore a frozen instance
        if '__getstate__' not in namespace:
            remade.__getstate__ = _frozen_slots_getstate
        if '__setstate__' not in namespace:
            remade.__setstate__ = _frozen_slots_setstate
    return remade


def _frozen_slots_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _frozen_slots_setstate(self, state):
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Add generated special methods to a class, based on its annotated fields."""
    options = (init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots,
               weakref_slot)

    def decorate(cls):
        return _process_class(cls, *options)
    return decorate if cls is None else decorate(cls)


# --- introspection and conversion ---------------------------------------------------------------

def fields(class_or_instance):
    """The Field objects of a dataclass or instance (ClassVars and InitVars left out)."""
    try:
        table = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple([f for f in table.values() if f._field_type is _FIELD])


def _is_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """True for a dataclass and for an instance of one."""
    return hasattr(obj if isinstance(obj, type) else type(obj), _FIELDS)


# values asdict()/astuple() return as they are, without copying
_IMMUTABLE = frozenset([type(None), bool, int, float, complex, str, bytes, type(...),
                        type(NotImplemented), types.CodeType, types.BuiltinFunctionType,
                        types.FunctionType, type, range, property])


def _convert(obj, from_dataclass):
    """Copy obj for asdict()/astuple(): dataclass instances become what from_dataclass makes of
    them; lists, tuples (namedtuples too) and dicts are rebuilt with converted items; other
    objects are deep-copied."""
    kind = type(obj)
    if kind in _IMMUTABLE:
        return obj
    if hasattr(kind, _FIELDS):
        return from_dataclass(obj)
    if isinstance(obj, (list, tuple)):
        items = [_convert(item, from_dataclass) for item in obj]
        if isinstance(obj, tuple) and hasattr(obj, '_fields'):
            return kind(*items)       # a namedtuple takes its fields as arguments
        return kind(items)
    if isinstance(obj, dict):
        pairs = [(_convert(k, from_dataclass), _convert(v, from_dataclass))
                 for k, v in obj.items()]
        if hasattr(kind, 'default_factory'):
            result = kind(obj.default_factory)   # a defaultdict keeps its factory
            for k, v in pairs:
                result[k] = v
            return result
        return kind(pairs)
    return copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    """A dataclass instance's fields as a new dict (nested values converted or deep-copied)."""
    if not _is_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')

    def from_dataclass(inst):
        return dict_factory([(f.name, _convert(getattr(inst, f.name), from_dataclass))
                             for f in fields(inst)])
    return from_dataclass(obj)


def astuple(obj, *, tuple_factory=tuple):
    """A dataclass instance's field values as a new tuple (nested values converted)."""
    if not _is_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')

    def from_dataclass(inst):
        return tuple_factory([_convert(getattr(inst, f.name), from_dataclass)
                              for f in fields(inst)])
    return from_dataclass(obj)


def _check_field_name(name, taken):
    problem = None
    if not (isinstance(name, str) and name.isidentifier()):
        problem = 'Field names must be valid identifiers'
    else:
        import keyword
        if keyword.iskeyword(name):
            problem = 'Field names must not be keywords'
        elif name in taken:
            problem = 'Field name duplicated'
    if problem:
        raise TypeError(f'{problem}: {name!r}')


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True, eq=True,
                   order=False, unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
                   slots=False, weakref_slot=False, module=None):
    """Create a dataclass named cls_name from items `name`, `(name, type)` or
    `(name, type, Field)`."""
    annotations = {}
    specs = {}
    for item in fields:
        if isinstance(item, str):
            name, kind = item, 'typing.Any'
        elif len(item) in (2, 3):
            name, kind = item[0], item[1]
            if len(item) == 3:
                specs[name] = item[2]
        else:
            raise TypeError(f'Invalid field: {item!r}')
        _check_field_name(name, annotations)
        annotations[name] = kind

    def fill(ns):
        ns.update(namespace or {})
        ns.update(specs)
        ns['__annotations__'] = annotations

    cls = types.new_class(cls_name, bases, {}, fill)
    if module is None:
        try:
            module = sys._getframemodulename(1) or '__main__'
        except AttributeError:
            module = '__main__'
    cls.__module__ = module
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)


def replace(obj, /, **changes):
    """A new instance of obj's class, made through __init__, with the given fields changed."""
    if not _is_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        kind = f._field_type
        if kind is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, '
                                 'it cannot be specified with replace()')
        elif f.name not in changes:
            if kind is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f'InitVar {f.name!r} must be specified with replace()')
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
