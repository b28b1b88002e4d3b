"""Names for the interpreter's built-in types, and helpers for creating classes dynamically
(Immortal's own implementation of the types module's documented CPython 3.12 behaviour):
the type objects found by introspection, SimpleNamespace, new_class/prepare_class/resolve_bases,
get_original_bases, DynamicClassAttribute and coroutine."""

import sys


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
MappingProxyType = type(type.__dict__)


def _cell_factory():
    a = 1

    def f():
        nonlocal a
    return f.__closure__[0]


try:
    CellType = type(_cell_factory())
except (AttributeError, TypeError):
    pass


def _g():
    yield 1


GeneratorType = type(_g())


async def _c():
    pass


try:
    _c = _c()
    CoroutineType = type(_c)
    _c.close()
except Exception:
    pass


async def _ag():
    yield


try:
    _ag = _ag()
    AsyncGeneratorType = type(_ag)
except Exception:
    pass


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
try:
    ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])
except KeyError:
    pass
ModuleType = type(sys)

try:
    raise TypeError
except TypeError as exc:
    TracebackType = type(exc.__traceback__)
    _frame = exc.__traceback__.tb_frame
    if _frame is not None:
        FrameType = type(_frame)
    del _frame

for _d in (FunctionType.__dict__.get('__code__'), type.__dict__.get('__dict__')):
    if _d is not None:
        GetSetDescriptorType = type(_d)
        break


class _S:
    __slots__ = ('a',)


MemberDescriptorType = type(_S.__dict__['a'])

GenericAlias = type(list[int])
UnionType = type(int | str)
EllipsisType = type(Ellipsis)
NoneType = type(None)
NotImplementedType = type(NotImplemented)

del sys, _f, _g, _C, _S, _d, _c, _ag, _cell_factory


class SimpleNamespace:
    """A simple attribute-based namespace: SimpleNamespace(**kwargs)."""

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError('no positional arguments expected')
        self.__dict__.update(kwargs)

    def __repr__(self):
        key = id(self)
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        if key in _ns_repr_running:
            return f'{name}(...)'
        _ns_repr_running.add(key)
        try:
            items = ', '.join(f'{k}={v!r}' for k, v in self.__dict__.items())
        finally:
            _ns_repr_running.discard(key)
        return f'{name}({items})'

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return (type(self), (), dict(self.__dict__))


SimpleNamespace.__module__ = 'types'
_ns_repr_running = set()


def resolve_bases(bases):
    """Resolve MRO entries dynamically as specified by PEP 560."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, '__mro_entries__'):
            continue
        new_base = base.__mro_entries__(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError('__mro_entries__ must return a tuple')
        else:
            new_bases[i + shift:i + shift + 1] = new_base
            shift += len(new_base) - 1
    if not updated:
        return bases
    return tuple(new_bases)


def _calculate_meta(meta, bases):
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError('metaclass conflict: the metaclass of a derived class must be a '
                        '(non-strict) subclass of the metaclasses of all its bases')
    return winner


def prepare_class(name, bases=(), kwds=None):
    """(metaclass, namespace, kwds) for creating a class: the metaclass's __prepare__ is called."""
    if kwds is None:
        kwds = {}
    else:
        kwds = dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        if bases:
            meta = type(bases[0])
        else:
            meta = type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, '__prepare__'):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved_bases, ns, **kwds)


def get_original_bases(cls, /):
    """The bases of cls as written in its class statement (before __mro_entries__)."""
    try:
        return cls.__dict__.get('__orig_bases__', cls.__bases__)
    except AttributeError:
        raise TypeError(f"Expected an instance of type, not {type(cls).__name__!r}") from None


class DynamicClassAttribute:
    """A property whose class access goes to the class's __getattr__ (used by enum)."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc or fget.__doc__
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        elif self.fget is None:
            raise AttributeError('unreadable attribute')
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def getter(self, fget):
        fdoc = fget.__doc__ if self.overwrite_doc else None
        result = type(self)(fget, self.fset, self.fdel, fdoc or self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def setter(self, fset):
        result = type(self)(self.fget, fset, self.fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def deleter(self, fdel):
        result = type(self)(self.fget, self.fset, fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result


def coroutine(func):
    """Mark a generator function as usable where a coroutine is expected."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    code = getattr(func, '__code__', None)
    if type(func) is FunctionType and type(code) is CodeType:
        flags = code.co_flags
        if flags & 0x180:
            # Already a coroutine function (CO_COROUTINE) or marked (CO_ITERABLE_COROUTINE).
            return func
        if flags & 0x20:
            # A generator function: its generators become awaitable (CO_ITERABLE_COROUTINE).
            func.__code__ = code.replace(co_flags=flags | 0x100)
            return func
    # Anything else callable: what it returns is passed through, except that a generator-like
    # object that is not a coroutine gets an awaitable wrapper.
    import functools
    import _collections_abc

    @functools.wraps(func)
    def wrapped(*args, **kwargs):
        result = func(*args, **kwargs)
        if type(result) is CoroutineType:
            return result
        if type(result) is GeneratorType and result.gi_code.co_flags & 0x100:
            return result
        if isinstance(result, _collections_abc.Generator) and not isinstance(result, _collections_abc.Coroutine):
            return _GeneratorWrapper(result)
        return result
    return wrapped


class _GeneratorWrapper:
    # A generator seen as a coroutine: awaiting it iterates the generator.
    def __init__(self, gen):
        self.__wrapped = gen
        self.__isgen = type(gen) is GeneratorType
        self.__name__ = getattr(gen, '__name__', None)
        self.__qualname__ = getattr(gen, '__qualname__', None)

    def send(self, val):
        return self.__wrapped.send(val)

    def throw(self, tp, *rest):
        return self.__wrapped.throw(tp, *rest)

    def close(self):
        return self.__wrapped.close()

    @property
    def gi_code(self):
        return self.__wrapped.gi_code

    @property
    def gi_frame(self):
        return self.__wrapped.gi_frame

    @property
    def gi_running(self):
        return self.__wrapped.gi_running

    @property
    def gi_yieldfrom(self):
        return self.__wrapped.gi_yieldfrom

    cr_code = gi_code
    cr_frame = gi_frame
    cr_running = gi_running
    cr_await = gi_yieldfrom

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        if self.__isgen:
            return self.__wrapped
        return self

    __await__ = __iter__


__all__ = [n for n in globals() if n[:1] != '_']
