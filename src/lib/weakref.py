# weakref: weak references and the containers built on them (WeakValueDictionary, WeakKeyDictionary,
# WeakSet), WeakMethod and finalize. Written for Immortal from the documented behaviour of CPython 3.12's
# weakref module (https://docs.python.org/3/library/weakref.html); the types come from _weakref.
# WeakSet lives here (CPython keeps it in _weakrefset, which Immortal does not have).
#
# Containers: `data` is a plain dict or set holding weak references; each reference carries the
# container's `_remove` callback, which drops the dead entry. While an iteration of the container is
# running (`_iterating` is not empty), removals are queued in `_pending_removals` instead and applied
# (`_commit_removals`) when the last iteration ends, or by the next mutating call, so that iterating
# never sees the dict or set change size. The instance attribute names are CPython's (vars() shows them).

from _weakref import (getweakrefcount, getweakrefs, ref, proxy, CallableProxyType, ProxyType,
                      ReferenceType, _remove_dead_weakref)
import _collections_abc
import sys

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary", "ReferenceType",
           "ProxyType", "CallableProxyType", "ProxyTypes", "WeakValueDictionary", "WeakSet",
           "WeakMethod", "finalize"]

ProxyTypes = (ProxyType, CallableProxyType)

_GenericAlias = type(list[int])


# Shared machinery of the containers -------------------------------------------------------------

class _Guard:
    # Entered around every iteration of a container's data: registers itself in the container's
    # _iterating set; leaving it applies the queued removals once no iteration is left. It holds
    # the container weakly, so that an abandoned iterator does not keep the container alive.
    __slots__ = ("container_ref",)

    def __init__(self, container):
        self.container_ref = ref(container)

    def __enter__(self):
        container = self.container_ref()
        if container is not None:
            container._iterating.add(self)
        return self

    def __exit__(self, *exc_info):
        container = self.container_ref()
        if container is None:
            return
        running = container._iterating
        running.remove(self)
        if not running:
            container._commit_removals()


def _removal_callback(container, forget):
    # The callback of the container's weak references: forget(data, dead_ref) now, or queue the
    # reference while an iteration is running. It refers to the container weakly (no cycle), and
    # takes what it needs as default values rather than from a closure or module globals, so that
    # it still works while the interpreter shuts down.
    def _remove(dead, owner=ref(container), forget=forget):
        self = owner()
        if self is None:
            return
        if self._iterating:
            self._pending_removals.append(dead)
        else:
            forget(self.data, dead)
    return _remove


def _apply_removals(container, forget):
    queued = container._pending_removals
    data = container.data
    while queued:
        forget(data, queued.pop())


def _forget_value(data, dead):
    # a value died: remove its key, unless the key has been given a new live value meanwhile
    _remove_dead_weakref(data, dead.key)


def _forget_key(data, dead):
    data.pop(dead, None)


def _forget_element(data, dead):
    data.discard(dead)


def _repr_by_address(container):
    return "<%s at %#x>" % (container.__class__.__name__, id(container))


# WeakMethod and KeyedRef --------------------------------------------------------------------------

# The | operators of the weak dictionaries (PEP 584): any Mapping on the other side.
def _mapping_or(container, other):
    if not isinstance(other, _collections_abc.Mapping):
        return NotImplemented
    result = container.copy()
    result.update(other)
    return result


def _mapping_ror(container, other):
    if not isinstance(other, _collections_abc.Mapping):
        return NotImplemented
    result = container.__class__()
    result.update(other)
    result.update(container)
    return result


def _mapping_ior(container, other):
    container.update(other)
    return container


class WeakMethod(ref):
    """A weak reference to a bound method: calling it gives a new bound method, or None once the
    object or the function is gone (the callback runs once, at the first of the two deaths)."""

    __slots__ = ("_func_ref", "_meth_type", "_alive", "__weakref__")

    def __new__(cls, meth, callback=None):
        try:
            obj, func = meth.__self__, meth.__func__
        except AttributeError:
            raise TypeError(f"argument should be a bound method, not {type(meth)!s}") from None

        def on_death(dead):
            wm = wm_ref()
            if wm._alive:
                wm._alive = False
                if callback is not None:
                    callback(wm)

        self = ref.__new__(cls, obj, on_death)
        self._func_ref = ref(func, on_death)
        self._meth_type = type(meth)
        self._alive = True
        wm_ref = ref(self)
        return self

    def __call__(self):
        obj = super().__call__()
        func = self._func_ref()
        if obj is not None and func is not None:
            return self._meth_type(func, obj)    # a new bound method each time
        return None

    # Two live WeakMethods are equal when they refer to equal objects and functions; a dead one is
    # only equal to itself.
    def __eq__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if self._alive and other._alive:
            return ref.__eq__(self, other) and self._func_ref == other._func_ref
        return self is other

    def __ne__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if self._alive and other._alive:
            return ref.__ne__(self, other) or self._func_ref != other._func_ref
        return self is not other

    __hash__ = ref.__hash__


class KeyedRef(ref):
    """A weak reference that also carries a key: the values of a WeakValueDictionary, whose
    callback needs to know which entry died."""

    __slots__ = ("key",)

    def __new__(cls, ob, callback, key):
        made = ref.__new__(cls, ob, callback)
        made.key = key
        return made

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


# WeakValueDictionary ------------------------------------------------------------------------------

class WeakValueDictionary(_collections_abc.MutableMapping):
    """A mapping whose values are held weakly: an entry disappears when its value dies."""

    def __init__(self, other=(), /, **kw):
        self._remove = _removal_callback(self, _forget_value)
        self._pending_removals = []
        self._iterating = set()
        self.data = {}
        self.update(other, **kw)

    def _commit_removals(self):
        _apply_removals(self, _forget_value)

    def _live(self, key):
        # the value stored under key, or None when there is none or it has died
        try:
            wr = self.data[key]
        except KeyError:
            return None
        return wr()

    def __getitem__(self, key):
        if self._pending_removals:
            self._commit_removals()
        value = self.data[key]()
        if value is None:
            raise KeyError(key)
        return value

    def get(self, key, default=None):
        if self._pending_removals:
            self._commit_removals()
        value = self._live(key)
        return default if value is None else value

    def __contains__(self, key):
        if self._pending_removals:
            self._commit_removals()
        return self._live(key) is not None

    def __len__(self):
        if self._pending_removals:
            self._commit_removals()
        return len(self.data)

    def __setitem__(self, key, value):
        if self._pending_removals:
            self._commit_removals()
        self.data[key] = KeyedRef(value, self._remove, key)

    def setdefault(self, key, default=None):
        value = self._live(key)
        if value is not None:
            return value
        if self._pending_removals:
            self._commit_removals()
        self.data[key] = KeyedRef(default, self._remove, key)
        return default

    def update(self, other=None, /, **kwargs):
        if self._pending_removals:
            self._commit_removals()
        data = self.data
        remove = self._remove
        if other is not None:
            pairs = other.items() if hasattr(other, "items") else dict(other).items()
            for key, value in pairs:
                data[key] = KeyedRef(value, remove, key)
        for key, value in kwargs.items():
            data[key] = KeyedRef(value, remove, key)

    def __delitem__(self, key):
        if self._pending_removals:
            self._commit_removals()
        del self.data[key]

    def pop(self, key, *args):
        if self._pending_removals:
            self._commit_removals()
        wr = self.data.pop(key, None)
        value = None if wr is None else wr()
        if value is not None:
            return value
        if args:
            return args[0]
        raise KeyError(key)

    def popitem(self):
        if self._pending_removals:
            self._commit_removals()
        data = self.data
        value = None
        while value is None:    # entries whose value died are skipped (and dropped)
            key, wr = data.popitem()
            value = wr()
        return key, value

    def keys(self):
        if self._pending_removals:
            self._commit_removals()
        with _Guard(self):
            for key, wr in self.data.items():
                if wr() is not None:
                    yield key
    __iter__ = keys

    def values(self):
        if self._pending_removals:
            self._commit_removals()
        with _Guard(self):
            for wr in self.data.values():
                value = wr()
                if value is not None:
                    yield value

    def items(self):
        if self._pending_removals:
            self._commit_removals()
        with _Guard(self):
            for key, wr in self.data.items():
                value = wr()
                if value is not None:
                    yield key, value

    def itervaluerefs(self):
        """Iterate over the weak references to the values (some may have died meanwhile)."""
        if self._pending_removals:
            self._commit_removals()
        with _Guard(self):
            yield from self.data.values()

    def valuerefs(self):
        """A list of the weak references to the values (some may have died meanwhile)."""
        if self._pending_removals:
            self._commit_removals()
        return list(self.data.values())

    def _copy_into(self, target, copy_key):
        with _Guard(self):
            for key, wr in self.data.items():
                value = wr()
                if value is not None:
                    target[copy_key(key)] = value
        return target

    def copy(self):
        if self._pending_removals:
            self._commit_removals()
        return self._copy_into(WeakValueDictionary(), lambda key: key)
    __copy__ = copy

    def __deepcopy__(self, memo):
        # the keys are copied; the values, held weakly, are shared
        from copy import deepcopy
        if self._pending_removals:
            self._commit_removals()
        return self._copy_into(self.__class__(), lambda key: deepcopy(key, memo))

    __or__, __ror__, __ior__ = _mapping_or, _mapping_ror, _mapping_ior

    __repr__ = _repr_by_address


# WeakKeyDictionary --------------------------------------------------------------------------------

class WeakKeyDictionary(_collections_abc.MutableMapping):
    """A mapping whose keys are held weakly: an entry disappears when its key dies. Keys must be
    hashable and weakly referenceable; a key's weak reference hashes and compares like the key."""

    def __init__(self, dict=None):
        self.data = {}
        self._remove = _removal_callback(self, _forget_key)
        self._pending_removals = []
        self._iterating = set()
        # set when an explicit removal may have taken an entry that is also queued for removal:
        # then the queue has to be checked against data before it can be subtracted in __len__
        self._dirty_len = False
        if dict is not None:
            self.update(dict)

    def _commit_removals(self):
        _apply_removals(self, _forget_key)

    def _scrub_removals(self):
        data = self.data
        self._pending_removals = [wr for wr in self._pending_removals if wr in data]
        self._dirty_len = False

    def __getitem__(self, key):
        return self.data[ref(key)]

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:    # not weakly referenceable, so it cannot be a key
            return False
        return wr in self.data

    def __len__(self):
        if self._dirty_len and self._pending_removals:
            self._scrub_removals()
        # entries queued for removal are already dead
        return len(self.data) - len(self._pending_removals)

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        data = self.data
        if dict is not None:
            if not hasattr(dict, "items"):
                dict = {}.__class__(dict)    # (the parameter shadows the builtin)
            for key, value in dict.items():
                data[ref(key, self._remove)] = value
        if kwargs:
            self.update(kwargs)

    def __delitem__(self, key):
        self._dirty_len = True
        del self.data[ref(key)]

    def pop(self, key, *args):
        self._dirty_len = True
        return self.data.pop(ref(key), *args)

    def popitem(self):
        self._dirty_len = True
        data = self.data
        key = None
        while key is None:    # entries whose key died are skipped (and dropped)
            wr, value = data.popitem()
            key = wr()
        return key, value

    def keys(self):
        with _Guard(self):
            for wr in self.data:
                key = wr()
                if key is not None:
                    yield key
    __iter__ = keys

    def values(self):
        with _Guard(self):
            for wr, value in self.data.items():
                if wr() is not None:
                    yield value

    def items(self):
        with _Guard(self):
            for wr, value in self.data.items():
                key = wr()
                if key is not None:
                    yield key, value

    def keyrefs(self):
        """A list of the weak references to the keys (some may have died meanwhile)."""
        return list(self.data)

    def _copy_into(self, target, copy_value):
        with _Guard(self):
            for wr, value in self.data.items():
                key = wr()
                if key is not None:
                    target[key] = copy_value(value)
        return target

    def copy(self):
        return self._copy_into(WeakKeyDictionary(), lambda value: value)
    __copy__ = copy

    def __deepcopy__(self, memo):
        # the values are copied; the keys, held weakly, are shared
        from copy import deepcopy
        return self._copy_into(self.__class__(), lambda value: deepcopy(value, memo))

    __or__, __ror__, __ior__ = _mapping_or, _mapping_ror, _mapping_ior

    __repr__ = _repr_by_address


# WeakSet ------------------------------------------------------------------------------------------

class WeakSet(_collections_abc.MutableSet):
    """A set whose elements are held weakly: an element disappears when it dies."""

    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, data=None):
        self.data = set()
        self._remove = _removal_callback(self, _forget_element)
        self._pending_removals = []
        self._iterating = set()
        if data is not None:
            self.update(data)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:    # not weakly referenceable, so not an element
            return False
        return wr in self.data

    def __len__(self):
        return len(self.data) - len(self._pending_removals)

    def __iter__(self):
        with _Guard(self):
            for wr in self.data:
                element = wr()
                if element is not None:
                    yield element

    def add(self, item):
        if self._pending_removals:
            self._commit_removals()
        self.data.add(ref(item, self._remove))

    def update(self, other):
        if self._pending_removals:
            self._commit_removals()
        add = self.add
        for element in other:
            add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def discard(self, item):
        if self._pending_removals:
            self._commit_removals()
        self.data.discard(ref(item))

    def remove(self, item):
        if self._pending_removals:
            self._commit_removals()
        self.data.remove(ref(item))

    def pop(self):
        if self._pending_removals:
            self._commit_removals()
        data = self.data
        while True:    # references to dead elements are dropped on the way
            try:
                wr = data.pop()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            element = wr()
            if element is not None:
                return element

    def clear(self):
        if self._pending_removals:
            self._commit_removals()
        self.data.clear()

    def _commit_removals(self):
        _apply_removals(self, _forget_element)

    # The binary operations build a new WeakSet of the same class; the in-place ones work on data
    # directly, with weak references to the other operand's elements (which compare like them).

    def union(self, other):
        return self.__class__(element for source in (self, other) for element in source)
    __or__ = union

    def intersection(self, other):
        return self.__class__(element for element in other if element in self)
    __and__ = intersection

    def difference(self, other):
        result = self.copy()
        result.difference_update(other)
        return result
    __sub__ = difference

    def symmetric_difference(self, other):
        result = self.copy()
        result.symmetric_difference_update(other)
        return result
    __xor__ = symmetric_difference

    def difference_update(self, other):
        self.__isub__(other)

    def intersection_update(self, other):
        self.__iand__(other)

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __isub__(self, other):
        if self._pending_removals:
            self._commit_removals()
        if other is self:
            self.data.clear()
        else:
            self.data.difference_update(map(ref, other))
        return self

    def __iand__(self, other):
        if self._pending_removals:
            self._commit_removals()
        self.data.intersection_update(map(ref, other))
        return self

    def __ixor__(self, other):
        if self._pending_removals:
            self._commit_removals()
        if other is self:
            self.data.clear()
        else:
            remove = self._remove
            self.data.symmetric_difference_update(ref(element, remove) for element in other)
        return self

    def issubset(self, other):
        return self.data.issubset(map(ref, other))
    __le__ = issubset

    def issuperset(self, other):
        return self.data.issuperset(map(ref, other))
    __ge__ = issuperset

    def __lt__(self, other):
        return self.data < set(map(ref, other))

    def __gt__(self, other):
        return self.data > set(map(ref, other))

    def __eq__(self, other):
        if isinstance(other, self.__class__):
            return self.data == set(map(ref, other))
        return NotImplemented
    __hash__ = None

    def isdisjoint(self, other):
        return not self.intersection(other)

    def copy(self):
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (list(self),), self.__getstate__()

    def __repr__(self):
        return repr(self.data)


# finalize -----------------------------------------------------------------------------------------

class finalize:
    """finalize(obj, func, /, *args, **kwargs): call func(*args, **kwargs) once, at the first of:
    obj being collected, the finalizer being called, or interpreter exit (while .atexit is true).
    A finalizer stays alive by itself until it has run or been detached."""

    __slots__ = ()
    # Every live finalizer -> its _Info. Being in the registry is what keeps a finalizer alive
    # (its weak reference to obj has it as callback) and what "alive" means.
    _registry = {}
    _shutdown = False    # set once the exit hook has run: later finalizers do nothing
    _index = 0           # creation counter: at exit, the newest finalizers run first
    _dirty = False       # a finalizer was created since the exit hook last sorted the registry
    _registered_with_atexit = False

    class _Info:
        # what the registry keeps for a live finalizer
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")

        def __init__(self, wr, func, args, kwargs, index):
            self.weakref = wr
            self.func = func
            self.args = args
            self.kwargs = kwargs
            self.atexit = True
            self.index = index

    def __init__(self, obj, func, /, *args, **kwargs):
        if not self._registered_with_atexit:
            # the exit hook is registered by the first finalizer, so it runs in that order
            # among the program's own atexit callbacks
            import atexit
            atexit.register(self._exitfunc)
            finalize._registered_with_atexit = True
        wr = ref(obj, self)    # the finalizer itself is the callback
        finalize._index += 1
        self._registry[self] = self._Info(wr, func, args, kwargs or None, finalize._index)
        finalize._dirty = True

    def __call__(self, _=None):
        """Run the callback now if the finalizer is alive (returning its result); it will not run
        again."""
        info = self._registry.pop(self, None)
        if not info or self._shutdown:
            return None
        return info.func(*info.args, **(info.kwargs or {}))

    def _live_info(self):
        # (info, obj) while the finalizer is registered and obj is alive, else None
        info = self._registry.get(self)
        if info is None:
            return None
        obj = info.weakref()
        return None if obj is None else (info, obj)

    def detach(self):
        """Unregister the finalizer; returns (obj, func, args, kwargs) if it was alive, else None."""
        live = self._live_info()
        if live is None or not self._registry.pop(self, None):
            return None
        info, obj = live
        return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        """(obj, func, args, kwargs) if the finalizer is alive, else None."""
        live = self._live_info()
        if live is None:
            return None
        info, obj = live
        return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        """Whether the finalizer has yet to run."""
        return self in self._registry

    @property
    def atexit(self):
        """Whether the finalizer runs at exit if still alive (true by default)."""
        info = self._registry.get(self)
        return info is not None and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info is not None:
            info.atexit = bool(value)

    def __repr__(self):
        name = type(self).__name__
        live = self._live_info()
        if live is None:
            return f"<{name} object at {id(self):#x}; dead>"
        obj = live[1]
        return f"<{name} object at {id(self):#x}; for {type(obj).__name__!r} at {id(obj):#x}>"

    @classmethod
    def _select_for_exit(cls):
        # the finalizers to run at exit, oldest first (they are popped from the end)
        chosen = [(info.index, f) for f, info in cls._registry.items() if info.atexit]
        chosen.sort(key=lambda pair: pair[0])
        return [f for _, f in chosen]

    @classmethod
    def _exitfunc(cls):
        # The atexit hook: run the live finalizers marked atexit, newest first, with the cycle
        # collector off; errors go to sys.excepthook and the others still run. A finalizer made
        # by another one's callback is picked up (the list is rebuilt when _dirty is set).
        # Afterwards no finalizer runs any more.
        gc_was_enabled = False
        try:
            if cls._registry:
                import gc
                if gc.isenabled():
                    gc_was_enabled = True
                    gc.disable()
                todo = cls._select_for_exit()
                finalize._dirty = False
                while todo or finalize._dirty:
                    if finalize._dirty:
                        todo = cls._select_for_exit()
                        finalize._dirty = False
                        if not todo:
                            break
                    f = todo.pop()
                    try:
                        f()
                    except Exception:
                        sys.excepthook(*sys.exc_info())
                    assert f not in cls._registry
        finally:
            finalize._shutdown = True
            if gc_was_enabled:
                gc.enable()
