"""Enumerations (Immortal's own implementation of the enum module's documented CPython 3.12
behaviour): EnumType builds the members of Enum, IntEnum, StrEnum, Flag and IntFlag classes
(aliases, auto(), _missing_, mixed-in data types, flag composition and boundaries), with 3.12's
reprs and strs, the functional API, unique, verify, member/nonmember and enum.property.

While this module defines its own base classes, the names Enum, ReprEnum and Flag are still None;
EnumType checks for that. A class body runs in an _EnumDict; _EnumDict.__setitem__ calls
_generate_next_value_ itself, so that the DeprecationWarning the default one may give (stacklevel
3) points at the `name = auto()` line of the class body."""

import sys
import builtins as _bltns
from types import MappingProxyType, DynamicClassAttribute

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
           'auto', 'unique', 'property', 'verify', 'member', 'nonmember', 'FlagBoundary',
           'STRICT', 'CONFORM', 'EJECT', 'KEEP', 'global_flag_repr', 'global_enum_repr',
           'global_str', 'global_enum', 'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE',
           'pickle_by_global_name', 'pickle_by_enum_name']

Enum = ReprEnum = Flag = EJECT = None


class nonmember(object):
    """Wrap a value in a class body to keep it from becoming a member."""

    def __init__(self, value):
        self.value = value


class member(object):
    """Wrap a value in a class body to make it a member (even a function)."""

    def __init__(self, value):
        self.value = value


# --- names and bits ------------------------------------------------------------------------------

def _has_descriptor_hooks(obj):
    kind = type(obj)
    for hook in ('__get__', '__set__', '__delete__'):
        if hasattr(kind, hook):
            return True
    return False


def _sunder(name):
    # _name_ (but not __name_ or _name__)
    return (len(name) > 2 and name[0] == '_' == name[-1]
            and name[1] != '_' and name[-2] != '_')


def _class_private(cls_name, name):
    # _ClsName__attr: what `__attr` in the body of class ClsName is mangled to
    prefix = '_' + str(cls_name) + '__'
    return len(name) > len(prefix) and name.startswith(prefix) and not name.endswith('__')


def _one_bit(n):
    return n != 0 and n & (n - 1) == 0


def _bits(value):
    """The set bits of a non-negative int (or flag), lowest first, each as its own int."""
    n = value._value_ if isinstance(value, Enum) else value
    if n < 0:
        raise ValueError('%r is not a positive integer' % value)
    while n:
        low = n & -n
        yield low
        n -= low


def show_flag_values(value):
    return list(_bits(value))


def bin(num, max_bits=None):
    """bin() with the sign as its own digit: 0b0 101 for 5, 0b1 011 for -5 (two's complement),
    padded with the sign digit to max_bits digits."""
    width = num.bit_length()
    if num < 0:
        sign, magnitude = '1', ~num ^ ((1 << width) - 1)
    else:
        sign, magnitude = '0', num
    digits = format(magnitude, 'b').rjust(width, '0') if width else ''
    if max_bits is not None and len(digits) < max_bits:
        digits = digits.rjust(max_bits, sign)
    return '0b%s %s' % (sign, digits)


class _AutoNull:
    __repr__ = lambda self: '_auto_null'


_auto_null = _AutoNull()


class auto:
    """In an enum class body, stands for a value _generate_next_value_ supplies."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


class property(DynamicClassAttribute):
    """A property of enum members. Looked up on the class it gives the member of the same
    name, if there is one; members whose names clash with a base class's property are stored
    as one of these."""

    member = None
    name = None
    clsname = None

    def __get__(self, instance, ownerclass=None):
        if instance is not None and self.fget is not None:
            return self.fget(instance)
        if self.member is None:
            raise AttributeError('%r has no attribute %r' % (ownerclass, self.name))
        return self.member

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError('<enum %r> cannot set attribute %r' % (self.clsname, self.name))
        return self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError('<enum %r> cannot delete attribute %r'
                                 % (self.clsname, self.name))
        return self.fdel(instance)

    def __set_name__(self, ownerclass, name):
        self.name, self.clsname = name, ownerclass.__name__


# --- the class body namespace --------------------------------------------------------------------

_RESERVED_SUNDERS = frozenset(['_order_', '_generate_next_value_', '_numeric_repr_', '_missing_',
                               '_ignore_', '_iter_member_', '_iter_member_by_value_',
                               '_iter_member_by_def_', '_add_alias_', '_add_value_alias_'])


class _EnumDict(dict):
    """Runs an enum class body: records member names in order, resolves auto() values and
    rejects duplicates and unknown _sunder_ names."""

    def __init__(self):
        super().__init__()
        self._member_names = {}       # an ordered set
        self._last_values = []        # what _generate_next_value_ sees
        self._ignore = []
        self._auto_called = False
        self._cls_name = None

    def __setitem__(self, key, value):
        if key[:1] == '_':
            # dunders first (the common case); then names that are never members
            if (key[:2] == '__' and key[-2:] == '__' and len(key) > 4
                    and key[2] != '_' and key[-3] != '_'):
                dict.__setitem__(self, '_order_' if key == '__order__' else key, value)
                return
            if _class_private(self._cls_name, key):
                dict.__setitem__(self, key, value)
                return
            if _sunder(key):
                self._set_sunder(key, value)
                return
        # a candidate member
        if key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        if key in self._ignore or _has_descriptor_hooks(value):
            dict.__setitem__(self, key, value)
            return
        if isinstance(value, nonmember):
            dict.__setitem__(self, key, value.value)
            return
        if isinstance(value, member):
            value = value.value
        if key in self:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        history = self._last_values
        if isinstance(value, auto):
            if value.value is _auto_null:
                value.value = self._generate_next_value(
                    key, 1, len(self._member_names), history[:])
                self._auto_called = True
            value = value.value
            history.append(value)
        elif isinstance(value, tuple) and any(isinstance(part, auto) for part in value):
            # each auto() in a tuple gets the next value in turn
            resolved = []
            for part in value:
                if isinstance(part, auto):
                    if part.value is _auto_null:
                        part.value = self._generate_next_value(
                            key, 1, len(self._member_names), history[:])
                        self._auto_called = True
                    part = part.value
                    history.append(part)
                resolved.append(part)
            value = tuple(resolved)
        else:
            history.append(value)
        self._member_names[key] = None
        dict.__setitem__(self, key, value)

    def _set_sunder(self, key, value):
        if key not in _RESERVED_SUNDERS:
            raise ValueError('_sunder_ names, such as %r, are reserved for future Enum use'
                             % (key,))
        if key == '_generate_next_value_':
            if self._auto_called:
                raise TypeError('_generate_next_value_ must be defined before members')
            self._generate_next_value = (value.__func__ if isinstance(value, staticmethod)
                                         else value)
        elif key == '_ignore_':
            names = value.replace(',', ' ').split() if isinstance(value, str) else list(value)
            self._ignore = value = names
            clash = set(names).intersection(self._member_names)
            if clash:
                raise ValueError('_ignore_ cannot specify already set names: %r' % (clash,))
        dict.__setitem__(self, key, value)

    def update(self, members, **more_members):
        if hasattr(members, 'keys'):
            for name in members.keys():
                self[name] = members[name]
        else:
            for name, value in members:
                self[name] = value
        for name in more_members:
            self[name] = more_members[name]


# --- building members ----------------------------------------------------------------------------

def _add_member(enum_class, name, value, new, use_args, member_type, is_flag):
    args = value if isinstance(value, tuple) else (value,)
    if member_type is tuple:
        args = (args,)       # a tuple member's value is the whole tuple
    made = new(enum_class, *args) if use_args else new(enum_class)
    if not hasattr(made, '_value_'):
        if member_type is object:
            made._value_ = value
        else:
            # e.g. a mixed-in dataclass, which has no __new__ of its own
            try:
                made._value_ = member_type(*args)
            except Exception as exc:
                raise TypeError('_value_ not set in __new__, unable to create it') from exc
    value = made._value_
    made._name_ = name
    made.__objclass__ = enum_class
    made.__init__(*args)
    made._sort_order_ = len(enum_class._member_names_)

    if is_flag and isinstance(value, int) and _one_bit(value):
        enum_class._flag_mask_ |= value
        enum_class._singles_mask_ |= value

    by_value = enum_class._value2member_map_
    try:
        existing = by_value.get(value)
    except TypeError:
        existing = None
        for other in enum_class._member_map_.values():
            if other._value_ == value:
                existing = other
                break
    if existing is not None:
        made = existing          # an alias
    elif not is_flag or (isinstance(value, int) and _one_bit(value)):
        # flags made of several bits (or none) are aliases too: not iterated
        enum_class._member_names_.append(name)
    _store_member(enum_class, name, made)
    enum_class._member_map_[name] = made
    try:
        by_value.setdefault(value, made)
    except TypeError:
        enum_class._unhashable_values_.append(value)


def _store_member(enum_class, name, made):
    # a member is a plain class attribute, unless a base class has a property of that name: then
    # an enum.property that gives the member on the class and runs that property on instances
    for base in enum_class.__mro__[1:]:
        inherited = base.__dict__.get(name)
        if isinstance(inherited, (_bltns.property, DynamicClassAttribute)):
            attr = property(inherited.fget, inherited.fset, inherited.fdel)
            attr.member, attr.name, attr.clsname = made, name, enum_class.__name__
            type.__setattr__(enum_class, name, attr)
            return
    type.__setattr__(enum_class, name, made)


def _dataclass_value_repr(self):
    # the value part of the repr of a member whose data type is a dataclass
    shown = [f for f in self.__dataclass_fields__.values() if f.repr]
    return ', '.join('%s=%r' % (f.name, getattr(self, f.name)) for f in shown)


class EnumType(type):
    """Metaclass for Enum."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        metacls._check_for_existing_members_(cls, bases)
        namespace = _EnumDict()
        namespace._cls_name = cls
        first_enum = metacls._get_mixins_(cls, bases)[1]
        if first_enum is not None:
            namespace['_generate_next_value_'] = getattr(first_enum, '_generate_next_value_', None)
        return namespace

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if _simple:
            return super().__new__(metacls, cls, bases, classdict, **kwds)
        ignored = classdict.setdefault('_ignore_', [])
        ignored.append('_ignore_')
        for name in ignored:
            dict.pop(classdict, name, None)
        names = list(classdict._member_names)
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        new, save_new, use_args = metacls._find_new_(classdict, member_type, first_enum)

        values = {}
        for name in names:
            values[name] = dict.pop(classdict, name)
        bad = {'mro', ''}.intersection(names)
        if bad:
            raise ValueError('invalid enum member name(s) %s' % ','.join(map(repr, bad)))

        order = dict.pop(classdict, '_order_', None)
        if isinstance(order, str):
            order = order.replace(',', ' ').split()

        is_flag = Flag is not None and any(isinstance(b, type) and issubclass(b, Flag)
                                           for b in bases)
        namespace = dict(classdict)
        namespace.pop('_ignore_', None)
        namespace.update(_new_member_=new, _use_args_=use_args, _member_names_=[],
                         _member_map_={}, _value2member_map_={}, _unhashable_values_=[],
                         _member_type_=member_type,
                         _value_repr_=metacls._find_data_repr_(cls, bases))
        if boundary is not None:
            namespace['_boundary_'] = boundary
        if is_flag:
            namespace.update(_boundary_=boundary or getattr(first_enum, '_boundary_', None),
                             _flag_mask_=0, _singles_mask_=0, _all_bits_=0, _inverted_=None)
        enum_class = super().__new__(metacls, cls, bases, namespace, **kwds)

        for name, value in values.items():
            _add_member(enum_class, name, value, new, use_args, member_type, is_flag)

        if is_flag:
            _finish_flag(enum_class)

        overridden = set(classdict)
        if ReprEnum is not None and ReprEnum in bases:
            # str() and format() of the data type, repr() of the enum
            if member_type is object:
                raise TypeError('ReprEnum subclasses must be mixed with a data type (i.e.'
                                ' int, str, float, etc.)')
            if '__format__' not in overridden:
                type.__setattr__(enum_class, '__format__', member_type.__format__)
                overridden.add('__format__')
            if '__str__' not in overridden:
                as_str = member_type.__str__
                if as_str is object.__str__:
                    as_str = member_type.__repr__
                type.__setattr__(enum_class, '__str__', as_str)
                overridden.add('__str__')

        # where the data type's (or object's) method would win, the enum's own is used
        for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
            if name in overridden:
                continue
            if getattr(enum_class, name) in (getattr(member_type, name, None),
                                             getattr(object, name)):
                type.__setattr__(enum_class, name, getattr(first_enum, name))

        if is_flag:
            # ahead of a data type's own operators (int.__or__ comes first in IntFlag's MRO)
            for name in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__',
                         '__invert__'):
                if name not in classdict:
                    type.__setattr__(enum_class, name, Flag.__dict__[name])

        if Enum is not None:
            if save_new:
                type.__setattr__(enum_class, '__new_member__', new)
            type.__setattr__(enum_class, '__new__', Enum.__dict__['__new__'])

        if order is not None and order != enum_class._member_names_:
            raise TypeError('member order does not match _order_:\n  %r\n  %r'
                            % (enum_class._member_names_, order))
        return enum_class

    def __call__(cls, value, names=None, *values, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        if not cls._member_map_ and names is not None:
            # the functional API: EnumClass('Name', 'A B C')
            return cls._create_(value, names, module=module, qualname=qualname, type=type,
                                start=start, boundary=boundary)
        if cls._member_map_ and names:
            value = (value, names) + values     # lookup of a tuple value
        return cls.__new__(cls, value)

    def __contains__(cls, value):
        # an unhashable value raises TypeError, as in CPython 3.12.1
        return (isinstance(value, cls) or value in cls._value2member_map_
                or value in cls._unhashable_values_)

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, attr))
        super().__delattr__(attr)

    def __dir__(cls):
        shown = {'__class__', '__contains__', '__doc__', '__getitem__', '__iter__', '__len__',
                 '__members__', '__module__', '__name__', '__qualname__'}
        shown.update(cls._member_names_)
        if cls._new_member_ is not object.__new__:
            shown.add('__new__')
        if cls.__init_subclass__ is not object.__init_subclass__:
            shown.add('__init_subclass__')
        if cls._member_type_ is not object:
            shown.update(dir(cls._member_type_))
        return sorted(shown)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        by_name = cls._member_map_
        return (by_name[name] for name in cls._member_names_)

    def __len__(cls):
        return len(cls._member_names_)

    @_bltns.property
    def __members__(cls):
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        kind = 'flag' if Flag is not None and issubclass(cls, Flag) else 'enum'
        return '<%s %r>' % (kind, cls.__name__)

    def __reversed__(cls):
        by_name = cls._member_map_
        return (by_name[name] for name in reversed(cls._member_names_))

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', ()):
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def __bool__(cls):
        return True

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        """The functional API: a new enum class from names given as a string, a sequence of
        names or (name, value) pairs, or a mapping."""
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        first_enum = cls._get_mixins_(class_name, bases)[1]
        body = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if names is None:
            pairs = ()
        elif isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            pairs = []
            generated = []
            for count, name in enumerate(names):
                value = first_enum._generate_next_value_(name, start, count, generated[:])
                generated.append(value)
                pairs.append((name, value))
        else:
            pairs = names
        for item in pairs:
            if isinstance(item, str):
                body[item] = names[item]      # names is a mapping
            else:
                name, value = item
                body[name] = value
        if module is None:
            try:
                module = sys._getframemodulename(2)
            except AttributeError:
                module = None
        if module is not None:
            body['__module__'] = module
        if qualname is not None:
            body['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, body, boundary=boundary)

    @classmethod
    def _check_for_existing_members_(mcls, class_name, bases):
        for base in bases:
            for ancestor in base.__mro__:
                if isinstance(ancestor, EnumType) and ancestor._member_names_:
                    raise TypeError('<enum %r> cannot extend %r' % (class_name, ancestor))

    @classmethod
    def _get_mixins_(mcls, class_name, bases):
        """(data type or object, the enum base whose methods are used) for these bases."""
        if not bases:
            return object, Enum
        mcls._check_for_existing_members_(class_name, bases)
        last = bases[-1]
        if not isinstance(last, EnumType):
            raise TypeError('new enumerations should be created as '
                            '`EnumName([mixin_type, ...] [data_type,] enum_type)`')
        return mcls._find_data_type_(class_name, bases) or object, last

    @classmethod
    def _find_data_repr_(mcls, class_name, bases):
        """The repr to show the value with: the nearest enum's, or a data type's own."""
        for base in bases:
            for ancestor in base.__mro__:
                if ancestor is object:
                    continue
                if isinstance(ancestor, EnumType):
                    return ancestor._value_repr_
                own = ancestor.__dict__
                if '__repr__' in own:
                    if '__dataclass_fields__' in own and '__dataclass_params__' in own:
                        return _dataclass_value_repr
                    return own['__repr__']
        return None

    @classmethod
    def _find_data_type_(mcls, class_name, bases):
        """The one data type mixed in (the first class in a chain with its own __new__, or a
        dataclass), None for none; more than one is an error."""
        found = set()
        for base in bases:
            mixin = None
            for ancestor in base.__mro__:
                if ancestor is object:
                    continue
                if isinstance(ancestor, EnumType):
                    if ancestor._member_type_ is not object:
                        found.add(ancestor._member_type_)
                        break
                elif '__new__' in ancestor.__dict__ or '__dataclass_fields__' in ancestor.__dict__:
                    found.add(mixin or ancestor)
                    break
                elif mixin is None:
                    mixin = ancestor
        if len(found) > 1:
            raise TypeError('too many data types for %r: %r' % (class_name, found))
        return found.pop() if found else None

    @classmethod
    def _find_new_(mcls, classdict, member_type, first_enum):
        """(the __new__ that makes members, whether the class body defined it, whether it takes
        the value as arguments)."""
        new = classdict.get('__new__', None)
        if isinstance(new, staticmethod):
            new = new.__func__
        defined_here = first_enum is not None and new is not None
        if new is None:
            plain = (None, None.__new__, object.__new__, Enum and Enum.__new__)
            candidates = (getattr(owner, attr, None)
                          for attr in ('__new_member__', '__new__')
                          for owner in (member_type, first_enum))
            new = next((c for c in candidates if c not in plain), object.__new__)
        takes_args = not (first_enum is None or new is object.__new__
                          or (Enum is not None and new is Enum.__new__))
        return new, defined_here, takes_args


EnumMeta = EnumType


def _finish_flag(flag_class):
    """The masks of a new Flag class, and iteration in definition order if that is not the
    order of the values."""
    singles = combined = 0
    for m in flag_class._member_map_.values():
        if _one_bit(m._value_):
            singles |= m._value_
        else:
            combined |= m._value_
    every = singles | combined
    flag_class._flag_mask_ = every
    flag_class._singles_mask_ = singles
    flag_class._all_bits_ = (1 << every.bit_length()) - 1
    in_order = [m._value_ for m in flag_class]
    if in_order != sorted(in_order):
        flag_class._iter_member_ = flag_class._iter_member_by_def_


_AUTO_DEPRECATION = ('In 3.13 the default `auto()`/`_generate_next_value_` will require all '
                     'values to be sortable and support adding +1\nand the value returned will be'
                     ' the largest value in the enum incremented by 1')


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs (see the enum module documentation)."""

    def __new__(cls, value):
        # the lookup of a member by value: EnumClass(value)
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for candidate in cls._member_map_.values():
                if candidate._value_ == value:
                    return candidate
        failure = None
        try:
            found = cls._missing_(value)
        except Exception as exc:
            failure, found = exc, None
        if isinstance(found, cls):
            return found
        if (Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT
                and isinstance(found, int)):
            return found
        not_valid = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        if failure is None:
            if found is None:
                raise not_valid
            failure = TypeError('error in %s._missing_: returned %r instead of None or a valid '
                                'member' % (cls.__name__, found))
        if not isinstance(failure, ValueError):
            failure.__context__ = not_valid
        try:
            raise failure
        finally:
            del failure, not_valid

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        # 3.12 returns the largest value + 1, and warns where the 3.11 rule (the most recent
        # value that supports + 1, else start) disagrees or where there is no largest + 1.
        # As in CPython, last_values ends up sorted in place.
        legacy = start
        for earlier in reversed(last_values):
            try:
                legacy = earlier + 1
            except TypeError:
                continue
            break
        try:
            last_values.sort()
            result = last_values[-1] + 1
        except TypeError:
            result = None
        if result is None or result != legacy:
            import warnings
            warnings.warn(_AUTO_DEPRECATION, DeprecationWarning, stacklevel=3)
        return legacy if result is None else result

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        show = self.__class__._value_repr_ or repr
        return '<%s.%s: %s>' % (self.__class__.__name__, self._name_, show(self._value_))

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __dir__(self):
        members = self._member_map_
        if self._member_type_ is object:
            shown = {'__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value'}
        else:
            shown = set(object.__dir__(self))
        shown.update(n for n in getattr(self, '__dict__', ()) if n[0] != '_' and n not in members)
        for klass in self.__class__.mro():
            for name, attr in klass.__dict__.items():
                if name[0] == '_':
                    continue
                # a member stored as a property shows only when it has a getter
                if isinstance(attr, _bltns.property) and attr.fget is None and name in members:
                    shown.discard(name)
                elif isinstance(attr, _bltns.property) or name not in members:
                    shown.add(name)
        shown.update(('__class__', '__doc__', '__eq__', '__hash__', '__module__'))
        return sorted(shown)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __init__(self, *args, **kwds):
        pass

    # members are singletons: copies and pickles give the same member back
    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self

    def __hash__(self):
        return hash(self._name_)

    @property
    def name(self):
        """The member's name."""
        return self._name_

    @property
    def value(self):
        """The member's value."""
        return self._value_


class ReprEnum(Enum):
    """An enum whose str() and format() are those of its data type; only repr() changes."""


class IntEnum(int, ReprEnum):
    """An enum whose members are ints."""


class StrEnum(str, ReprEnum):
    """An enum whose members are strs."""

    def __new__(cls, *values):
        # the arguments str(object, encoding, errors) takes, all of them strs
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        labels = ('encoding must be a string, not %r', 'errors must be a string, not %r')
        for label, given in zip(labels, values[1:]):
            if not isinstance(given, str):
                raise TypeError(label % (given,))
        text = str(*values)
        made = str.__new__(cls, text)
        made._value_ = text
        return made

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class FlagBoundary(StrEnum):
    """What a Flag does with a value outside its members' bits: STRICT, CONFORM, EJECT, KEEP."""
    STRICT = 'strict'
    CONFORM = 'conform'
    EJECT = 'eject'
    KEEP = 'keep'


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class Flag(Enum, boundary=STRICT):
    """An enum of bit flags: members combine with |, & and ^, and `in` tests for bits."""

    _numeric_repr_ = repr

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return 1 if start is None else start
        highest = max(last_values)
        try:
            width = highest.bit_length()
        except Exception:
            raise TypeError('invalid flag value %r' % highest) from None
        return 1 << width

    @classmethod
    def _iter_member_by_value_(cls, value):
        lookup = cls._value2member_map_.get
        for bit in _bits(value & cls._flag_mask_):
            yield lookup(bit)

    _iter_member_ = _iter_member_by_value_

    @classmethod
    def _iter_member_by_def_(cls, value):
        found = list(cls._iter_member_by_value_(value))
        found.sort(key=lambda m: m._sort_order_)
        yield from found

    @classmethod
    def _missing_(cls, value):
        # a value that is no member: a pseudo-member made of members' bits, after the boundary
        # has dealt with bits outside them
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        mask, singles, every = cls._flag_mask_, cls._singles_mask_, cls._all_bits_
        boundary = cls._boundary_
        if value < ~every or value > every or value & (every ^ mask):
            if boundary is STRICT:
                width = max(value.bit_length(), mask.bit_length())
                raise ValueError('%r invalid value %r\n    given %s\n  allowed %s'
                                 % (cls, value, bin(value, width), bin(mask, width)))
            if boundary is CONFORM:
                value &= mask
            elif boundary is EJECT:
                return value
            elif boundary is KEEP:
                if value < 0:
                    value += max(every + 1, 1 << value.bit_length())
            else:
                raise ValueError('%r unknown flag boundary %r' % (cls, boundary))
        negative = value if value < 0 else None
        if negative is not None:
            value += every + 1
        stray = value & ~mask
        if stray and boundary is not KEEP:
            raise ValueError('%s(%r) -->  unknown values %r [%s]'
                             % (cls.__name__, value, stray, bin(stray)))
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo, '_value_'):
            pseudo._value_ = value
        name = None
        if value:
            parts = list(cls._iter_member_(value & singles))
            if value & ~singles:
                # bits of multi-bit members (or unknown bits): any member wholly inside counts
                for candidate in cls._member_map_.values():
                    bits = candidate._value_
                    if bits and bits & value == bits and candidate not in parts:
                        parts.append(candidate)
            covered = 0
            for part in parts:
                covered |= part._value_
            stray = value ^ covered
            if covered:
                if stray and boundary is STRICT:
                    raise ValueError('%r: no members with value %r' % (cls, stray))
                name = '|'.join([part._name_ for part in parts])
                if stray:
                    name += '|' + cls._numeric_repr_(stray)
        pseudo._name_ = name
        if not stray:
            pseudo = cls._value2member_map_.setdefault(value, pseudo)
            if negative is not None:
                cls._value2member_map_[negative] = pseudo
        return pseudo

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        yield from self._iter_member_(self._value_)

    def __repr__(self):
        show = self.__class__._value_repr_ or repr
        label = self.__class__.__name__
        if self._name_ is not None:
            label += '.' + self._name_
        return '<%s: %s>' % (label, show(self._value_))

    def __str__(self):
        if self._name_ is None:
            return '%s(%r)' % (self.__class__.__name__, self._value_)
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __len__(self):
        return self._value_.bit_count()

    def _operand(self, other):
        # the int to combine with: a member's value, or a plain value of the data type
        if isinstance(other, self.__class__):
            return other._value_
        data_type = self._member_type_
        if data_type is not object and isinstance(other, data_type):
            return other
        return NotImplemented

    def __or__(self, other):
        bits = self._operand(other)
        if bits is NotImplemented:
            return NotImplemented
        for side in (self, other):
            if self._operand(side) is None:
                raise TypeError(f"'{side}' cannot be combined with other flags with |")
        return self.__class__(self._value_ | bits)

    def __and__(self, other):
        bits = self._operand(other)
        if bits is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & bits)

    def __xor__(self, other):
        bits = self._operand(other)
        if bits is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ bits)

    def __invert__(self):
        if self._inverted_ is None:
            cls = self.__class__
            if self._boundary_ in (EJECT, KEEP):
                flipped = ~self._value_
            else:
                flipped = self._singles_mask_ & ~self._value_
            self._inverted_ = cls(flipped)
        return self._inverted_

    __ror__, __rand__, __rxor__ = __or__, __and__, __xor__


# Flag was built while the name Flag was still None: give it the attributes its subclasses get
for _name in ('_flag_mask_', '_singles_mask_', '_all_bits_'):
    type.__setattr__(Flag, _name, 0)
type.__setattr__(Flag, '_inverted_', None)
del _name


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """A Flag whose members are ints."""


def _aliases(enumeration):
    # (alias, canonical name) for each alias, in definition order
    return [(name, m.name) for name, m in enumeration.__members__.items() if name != m.name]


def unique(enumeration):
    """Class decorator: raise ValueError if any value has more than one name."""
    found = _aliases(enumeration)
    if found:
        details = ', '.join('%s -> %s' % pair for pair in found)
        raise ValueError('duplicate values found in %r: %s' % (enumeration, details))
    return enumeration


class EnumCheck(StrEnum):
    """The conditions verify() can check."""
    CONTINUOUS = 'no skipped integer values'
    NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
    UNIQUE = 'one name per value'


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    """Class decorator that checks an enumeration for the given EnumCheck conditions."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        if Flag is not None and issubclass(enumeration, Flag):
            kind = 'flag'
        elif issubclass(enumeration, Enum):
            kind = 'enum'
        else:
            raise TypeError("the 'verify' decorator only works with Enum and Flag")
        for check in self.checks:
            if check is UNIQUE:
                _verify_unique(enumeration)
            elif check is CONTINUOUS:
                _verify_continuous(enumeration, kind)
            elif check is NAMED_FLAGS:
                _verify_named_flags(enumeration)
        return enumeration


def _verify_unique(enumeration):
    found = _aliases(enumeration)
    if found:
        details = ', '.join('%s -> %s' % pair for pair in found)
        raise ValueError('aliases found in %r: %s' % (enumeration, details))


def _verify_continuous(enumeration, kind):
    present = {m.value for m in enumeration}
    if len(present) < 2:
        return
    low, high = min(present), max(present)
    if kind == 'flag':
        expected = [1 << i for i in range(low.bit_length() - 1, high.bit_length())]
    else:
        expected = range(low + 1, high)
    gaps = [v for v in expected if v not in present]
    if gaps:
        text = 'invalid %s %r: missing values %s' % (
            kind, enumeration.__name__, ', '.join(map(str, gaps)))
        raise ValueError(text[:256])


def _verify_named_flags(enumeration):
    canonical = enumeration._member_names_
    named_bits = [m.value for m in enumeration]
    culprits = []
    unnamed = 0
    for name, alias in enumeration._member_map_.items():
        if name in canonical or alias.value < 0:
            continue
        lacking = [bit for bit in _bits(alias.value) if bit not in named_bits]
        if lacking:
            culprits.append(name)
            for bit in lacking:
                unnamed |= bit
    if not culprits:
        return
    if len(culprits) == 1:
        who = 'alias %s is missing' % culprits[0]
    else:
        who = 'aliases %s and %s are missing' % (', '.join(culprits[:-1]), culprits[-1])
    what = ('value 0x%x' if _one_bit(unnamed) else 'combined values of 0x%x') % unnamed
    raise ValueError('invalid Flag %r: %s %s [use enum.show_flag_values(value) for details]'
                     % (enumeration.__name__, who, what))


def _module_label(member):
    return member.__class__.__module__.rpartition('.')[2]


def global_enum_repr(self):
    return '%s.%s' % (_module_label(self), self._name_)


def global_flag_repr(self):
    where = _module_label(self)
    if self._name_ is None:
        return '%s.%s(%r)' % (where, self.__class__.__name__, self._value_)
    # CPython 3.12.1 tests the member itself here, so for a Flag that is not an int this raises
    # TypeError (unsupported operand type(s) for -)
    if _one_bit(self):
        return '%s.%s' % (where, self._name_)
    keep_numbers = self._boundary_ is FlagBoundary.KEEP
    parts = self._name_.split('|') if keep_numbers else self.name.split('|')
    # with KEEP a name may end in the number of unnamed bits, shown without the module
    return '|'.join(part if keep_numbers and part[0].isdigit() else where + '.' + part
                    for part in parts)


def global_str(self):
    if self._name_ is not None:
        return self._name_
    return '%s(%r)' % (self.__class__.__name__, self._value_)


def global_enum(cls, update_str=False):
    """Class decorator: put the members in their module's globals and make repr() (and for
    non-ReprEnum classes str()) show them as module globals."""
    shown_by = global_flag_repr if issubclass(cls, Flag) else global_enum_repr
    type.__setattr__(cls, '__repr__', shown_by)
    if update_str or not issubclass(cls, ReprEnum):
        type.__setattr__(cls, '__str__', global_str)
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls


def pickle_by_global_name(self, proto):
    return self.name


def pickle_by_enum_name(self, proto):
    return getattr, (self.__class__, self._name_)
