"""Names for the interpreter's built-in types, and helpers for creating classes dynamically
(Immortal's own implementation of the types module's documented CPython 3.12 behaviour):
the type objects found by introspection, SimpleNamespace, new_class/prepare_class/resolve_bases,
get_original_bases, DynamicClassAttribute and coroutine."""

import sys

# the types of the three singletons
NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(...)


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


def _caught_traceback():
    # A traceback object and the frame it points at, taken from an exception raised and caught here.
    try:
        raise LookupError
    except LookupError as err:
        tb = err.__traceback__
    return tb, tb.tb_frame


_tb, _frame = _caught_traceback()
TracebackType = type(_tb)
if _frame is not None:
    FrameType = type(_frame)
del _tb, _frame, _caught_traceback

for _d in (FunctionType.__dict__.get('__code__'), type.__dict__.get('__dict__')):
    if _d is not None:
        GetSetDescriptorType = type(_d)
        break


class _S:
    __slots__ = ('a',)


MemberDescriptorType = type(_S.__dict__['a'])

# what subscripting a builtin class and | between classes make
GenericAlias = type(list[int])
UnionType = type(int | str)
SimpleNamespace = type(sys.implementation)

del sys, _f, _g, _C, _S, _d, _c, _ag, _cell_factory



def resolve_bases(bases):
    """Replace each base that is not a class but has __mro_entries__ by the tuple that method gives
    (PEP 560); the same tuple comes back when nothing was replaced."""
    out = None  # built on the first replacement
    for pos, base in enumerate(bases):
        if isinstance(base, type) or not hasattr(base, '__mro_entries__'):
            if out is not None:
                out.append(base)
            continue
        entries = base.__mro_entries__(bases)
        if not isinstance(entries, tuple):
            raise TypeError('__mro_entries__ must return a tuple')
        if out is None:
            out = list(bases[:pos])
        out.extend(entries)
    return bases if out is None else tuple(out)


def _most_derived_meta(meta, bases):
    # The metaclass that is a subclass of every base's metaclass (meta included), or an error.
    best = meta
    for base in bases:
        candidate = type(base)
        if issubclass(best, candidate):
            pass
        elif issubclass(candidate, best):
            best = candidate
        else:
            raise TypeError('metaclass conflict: the metaclass of a derived class must be a '
                            '(non-strict) subclass of the metaclasses of all its bases')
    return best


def prepare_class(name, bases=(), kwds=None):
    """(metaclass, namespace, kwds) for creating a class: the metaclass's __prepare__ is called."""
    kwds = {} if kwds is None else dict(kwds)
    meta = kwds.pop('metaclass', _NO_META)
    if meta is _NO_META:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        # an explicit metaclass that is a class still yields to a more derived one of the bases
        meta = _most_derived_meta(meta, bases)
    prepare = getattr(meta, '__prepare__', _NO_META)
    namespace = {} if prepare is _NO_META else prepare(name, bases, **kwds)
    return meta, namespace, kwds


_NO_META = object()


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class as a class statement would: resolve the bases, pick the metaclass, prepare the
    namespace, let exec_body fill it, then call the metaclass."""
    real_bases = resolve_bases(bases)
    meta, namespace, kwds = prepare_class(name, real_bases, kwds)
    if exec_body is not None:
        exec_body(namespace)
    # the bases as written are kept only when __mro_entries__ changed them
    changed = real_bases is not bases
    if changed:
        namespace['__orig_bases__'] = bases
    return meta(name, real_bases, namespace, **kwds)


def get_original_bases(cls, /):
    """The bases of cls as written in its class statement (before __mro_entries__)."""
    try:
        return cls.__dict__.get('__orig_bases__', cls.__bases__)
    except AttributeError:
        raise TypeError(f"Expected an instance of type, not {type(cls).__name__!r}") from None


class DynamicClassAttribute:
    """A property whose class access goes to the class's __getattr__ (used by enum)."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget, self.fset, self.fdel = fget, fset, fdel
        # the getter's docstring stands in for a missing doc, and a new getter may replace it later
        self.__doc__ = doc or fget.__doc__
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is not None:
            if self.fget is not None:
                return self.fget(instance)
            raise AttributeError('unreadable attribute')
        # looked up on the class: an abstract one shows itself (for ABC bookkeeping), any other
        # makes the class's own __getattr__ answer
        if not self.__isabstractmethod__:
            raise AttributeError()
        return self

    def __set__(self, instance, value):
        setter = self.fset
        if setter is None:
            raise AttributeError("can't set attribute")
        setter(instance, value)

    def __delete__(self, instance):
        deleter = self.fdel
        if deleter is None:
            raise AttributeError("can't delete attribute")
        deleter(instance)

    def _copy(self, fget, fset, fdel, doc):
        twin = type(self)(fget, fset, fdel, doc)
        twin.overwrite_doc = self.overwrite_doc
        return twin

    def getter(self, fget):
        doc = self.__doc__
        if self.overwrite_doc and fget.__doc__:
            doc = fget.__doc__
        return self._copy(fget, self.fset, self.fdel, doc)

    def setter(self, fset):
        return self._copy(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return self._copy(self.fget, self.fset, fdel, self.__doc__)


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


def _pass_through(attr):
    # a read-only property that reads the same attribute of the wrapped generator
    return property(lambda self: getattr(self._gen, attr))


class _GeneratorWrapper:
    # What types.coroutine returns for a generator-like object that is not awaitable: awaiting it
    # iterates the object, and the gi_* / cr_* attributes and methods reach through to it.
    def __init__(self, gen):
        self._gen = gen
        self._is_native = type(gen) is GeneratorType
        for attr in ('__name__', '__qualname__'):
            setattr(self, attr, getattr(gen, attr, None))

    def __iter__(self):
        # a real generator is iterated directly; anything else through this wrapper's __next__
        return self._gen if self._is_native else self

    __await__ = __iter__

    def __next__(self):
        return next(self._gen)

    def send(self, val):
        return self._gen.send(val)

    def throw(self, tp, *rest):
        return self._gen.throw(tp, *rest)

    def close(self):
        return self._gen.close()

    gi_code = cr_code = _pass_through('gi_code')
    gi_frame = cr_frame = _pass_through('gi_frame')
    gi_running = cr_running = _pass_through('gi_running')
    gi_yieldfrom = cr_await = _pass_through('gi_yieldfrom')


__all__ = [n for n in globals() if n[:1] != '_']
