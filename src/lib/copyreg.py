"""Support for the pickle and copy protocols: the reduction registry and the helpers that
object.__reduce_ex__ refers to (__newobj__, __newobj_ex__, _reconstructor, _reduce_ex, _slotnames).

Written for Immortal from the documented behaviour of CPython's copyreg module. Native code
(src/objects/typeattrs.ts) imports __newobj__, __newobj_ex__, _reduce_ex and _slotnames by name;
pickle imports dispatch_table and the three extension tables.
"""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension", "clear_extension_cache"]

# type -> reducer, consulted by pickle and copy before an object's own __reduce_ex__
dispatch_table = {}


def constructor(object):
    # kept for compatibility: only checks its argument
    if callable(object):
        return None
    raise TypeError("constructors must be callable")


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Register pickle_function as the reducer for instances of ob_type."""
    if callable(pickle_function):
        dispatch_table[ob_type] = pickle_function
    else:
        raise TypeError("reduction functions must be callable")
    if constructor_ob is None:
        return
    constructor(constructor_ob)


def pickle_complex(c):
    return complex, (c.real, c.imag)


def pickle_union(obj):
    # X | Y is rebuilt as functools.reduce(operator.or_, (X, Y))
    from functools import reduce
    from operator import or_
    return reduce, (or_, obj.__args__)


pickle(complex, pickle_complex, complex)
pickle(type(int | str), pickle_union)


# Constructors named by the reductions object.__reduce_ex__ builds for protocols 2 and up: the
# instance is made by __new__ alone, its state is restored afterwards.
def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


# Protocols 0 and 1 --------------------------------------------------------------------------------

_HEAPTYPE = 1 << 9
_new_type = type(int.__new__)
_absent = object()


def _reconstructor(cls, base, state):
    """Make a cls instance the way _reduce_ex describes it: through base's __new__ (and base's
    __init__ with state, unless base leaves __init__ to object)."""
    if base is object:
        return object.__new__(cls)
    made = base.__new__(cls, state)
    if base.__init__ != object.__init__:
        base.__init__(made, state)
    return made


def _builtin_base(cls):
    # the first class on the MRO that is not defined in Python, or that has its own builtin __new__
    for klass in cls.__mro__:
        if hasattr(klass, "__flags__") and klass.__flags__ & _HEAPTYPE == 0:
            return klass
        maker = klass.__new__
        if isinstance(maker, _new_type) and maker.__self__ is klass:
            return klass
    return object


def _reduce_ex(self, proto):
    """object.__reduce_ex__ for protocols 0 and 1."""
    assert proto < 2
    cls = self.__class__
    base = _builtin_base(cls)
    if base is object:
        base_state = None
    elif base is cls:
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    else:
        base_state = base(self)
    getstate = getattr(self, "__getstate__", _absent)
    if getstate is _absent:
        if getattr(self, "__slots__", None):
            raise TypeError(f"cannot pickle {cls.__name__!r} object: a class that defines "
                            f"__slots__ without defining __getstate__ cannot be pickled with "
                            f"protocol {proto}")
        extra = getattr(self, "__dict__", None)
    elif type(self).__getstate__ is object.__getstate__ and getattr(self, "__slots__", None):
        raise TypeError("a class that defines __slots__ without defining __getstate__ "
                        "cannot be pickled")
    else:
        extra = getstate()
    reduction = (_reconstructor, (cls, base, base_state))
    return reduction + (extra,) if extra else reduction


def _mangled(owner, name):
    # a private slot name '__x' is stored as '_Owner__x' (leading underscores of Owner dropped)
    if not name.startswith("__") or name.endswith("__"):
        return name
    prefix = owner.__name__.lstrip("_")
    return f"_{prefix}{name}" if prefix else name


def _slotnames(cls):
    """The names of the instance slots of cls and its bases, mangled as stored; the list is
    cached in cls.__slotnames__ (where cls accepts the attribute)."""
    cached = cls.__dict__.get("__slotnames__")
    if cached is not None:
        return cached
    found = []
    if hasattr(cls, "__slots__"):
        for klass in cls.__mro__:
            own = klass.__dict__
            if "__slots__" not in own:
                continue
            declared = own["__slots__"]
            if isinstance(declared, str):
                declared = (declared,)
            found.extend(_mangled(klass, n) for n in declared if n != "__dict__" and n != "__weakref__")
    try:
        cls.__slotnames__ = found
    except:  # noqa: E722 -- a class that refuses the attribute just goes uncached
        pass
    return found


# The extension registry (pickle's EXT1/EXT2/EXT4 opcodes): (module, name) <-> integer code.
# It is meant to be shared by every program, so codes should be assigned centrally.
_extension_registry = {}    # (module, name) -> code
_inverted_registry = {}     # code -> (module, name)
_extension_cache = {}       # code -> object, filled by unpicklers


def add_extension(module, name, code):
    """Register code as the extension code of the object module.name."""
    code = int(code)
    if code < 1 or code > 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    old_code = _extension_registry.get(key)
    old_key = _inverted_registry.get(code)
    if old_code == code and old_key == key:
        return    # registering the same pair again is harmless
    if key in _extension_registry:
        raise ValueError(f"key {key} is already registered with code {_extension_registry[key]}")
    if code in _inverted_registry:
        raise ValueError(f"code {code} is already in use for key {_inverted_registry[code]}")
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Forget the registration of module.name under code (for testing)."""
    key = (module, name)
    if _extension_registry.get(key) != code or _inverted_registry.get(code) != key:
        raise ValueError(f"key {key} is not registered with code {code!s}")
    del _extension_registry[key], _inverted_registry[code]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    _extension_cache.clear()
