"""Shallow and deep copy operations (Immortal's own implementation of the copy module's documented
CPython 3.12 behaviour): copy() and deepcopy() with a memo, __copy__/__deepcopy__ hooks, the
copyreg.dispatch_table reducers, the __reduce_ex__(4) protocol (with __getstate__/__setstate__,
slots, list and dict items) for other objects, and copy.Error for objects that cannot be copied.

The lookup order is CPython's: the per-type dispatch tables (_copy_dispatch, _deepcopy_dispatch,
which some libraries extend), classes, __copy__ (on the type) / __deepcopy__ (on the object),
copyreg.dispatch_table, then __reduce_ex__(4) and __reduce__() looked up on the object. Private
names that outside code is known to use (_copy_dispatch, _deepcopy_dispatch, _deepcopy_atomic,
_reconstruct, _keep_alive) keep CPython's names and signatures."""

__all__ = ['Error', 'copy', 'deepcopy']

import types as _types
from _weakref import ref as _weakref_ref
from copyreg import dispatch_table


class Error(Exception):
    pass


error = Error    # the old name


def _reduction(x, cls, kind):
    # How x asks to be rebuilt: a reducer registered with copyreg for its exact type first, then
    # its own __reduce_ex__(4), then __reduce__(). A str answer means "x is a global: keep it".
    reducer = dispatch_table.get(cls)
    if reducer is not None:
        return reducer(x)
    method = getattr(x, '__reduce_ex__', None)
    if method is not None:
        return method(4)
    method = getattr(x, '__reduce__', None)
    if not method:
        raise Error(f'un({kind})copyable object of type {cls!s}')
    return method()


def copy(x):
    """Return a shallow copy of x."""
    cls = type(x)
    by_type = _copy_dispatch.get(cls)
    if by_type is not None:
        return by_type(x)
    if issubclass(cls, type):
        return x    # classes (including metaclass instances) are never copied
    hook = getattr(cls, '__copy__', None)
    if hook is not None:
        return hook(x)
    recipe = _reduction(x, cls, 'shallow')
    return x if isinstance(recipe, str) else _reconstruct(x, None, *recipe)


def deepcopy(x, memo=None, _nil=[]):
    """Return a deep copy of x. memo maps id(original) to its copy, so that shared and recursive
    parts are copied once; it also holds (under id(memo)) the originals, to keep their ids valid."""
    if memo is None:
        memo = {}
    key = id(x)
    done = memo.get(key, _nil)
    if done is not _nil:
        return done
    cls = type(x)
    by_type = _deepcopy_dispatch.get(cls)
    if by_type is not None:
        result = by_type(x, memo)
    elif issubclass(cls, type):
        result = x
    else:
        hook = getattr(x, '__deepcopy__', None)
        if hook is None:
            recipe = _reduction(x, cls, 'deep')
            result = x if isinstance(recipe, str) else _reconstruct(x, memo, *recipe)
        else:
            result = hook(memo)
    if result is x:
        return x    # objects that are their own copy are not remembered
    memo[key] = result
    _keep_alive(x, memo)
    return result


def _keep_alive(x, memo):
    # while a copy is being made its originals must stay alive, or a freed id could be reused
    # by a new object and found in memo
    originals = memo.setdefault(id(memo), [])
    originals.append(x)


def _copy_immutable(x):
    return x


def _deepcopy_atomic(x, memo):
    return x


def _deepcopy_list(x, memo, deepcopy=deepcopy):
    copied = []
    memo[id(x)] = copied    # before the items: the list may contain itself
    add = copied.append
    for item in x:
        add(deepcopy(item, memo))
    return copied


def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    items = [deepcopy(item, memo) for item in x]
    # an item may have led back to x through a mutable container, which then copied x already
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for old, new in zip(x, items):
        if old is not new:
            return tuple(items)
    return x    # every item is its own copy, so the tuple is too


def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    copied = {}
    memo[id(x)] = copied
    for k, v in x.items():
        # (the value is copied before the key, as in the assignment copied[dk(k)] = dv(v))
        v = deepcopy(v, memo)
        copied[deepcopy(k, memo)] = v
    return copied


def _deepcopy_method(x, memo):
    # a bound method keeps its function and gets a copy of its self
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


def _set_state(y, state):
    # restore state the way pickle does: __setstate__ if y has one, else (dict, slots) or dict
    if hasattr(y, '__setstate__'):
        y.__setstate__(state)
        return
    slots = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slots = state
    if state is not None:
        y.__dict__.update(state)
    if slots is not None:
        for name, value in slots.items():
            setattr(y, name, value)


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *,
                 deepcopy=deepcopy):
    """Build the copy of x from its reduction (func, args, state, listitems, dictitems); deep
    when memo is given (None for a shallow copy)."""
    if memo is None:
        y = func(*args)
        if state is not None:
            _set_state(y, state)
        if listiter is not None:
            for item in listiter:
                y.append(item)
        if dictiter is not None:
            for k, v in dictiter:
                y[k] = v
        return y
    # each argument is copied on its own: the args tuple itself is not memoized
    y = func(*[deepcopy(arg, memo) for arg in args])
    memo[id(x)] = y
    if state is not None:
        _set_state(y, deepcopy(state, memo))
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo))
    if dictiter is not None:
        for k, v in dictiter:
            k = deepcopy(k, memo)
            y[k] = deepcopy(v, memo)
    return y


_copy_dispatch = dict.fromkeys(
    (_types.NoneType, int, float, bool, complex, str, tuple, bytes, frozenset, type, range, slice,
     property, _types.BuiltinFunctionType, _types.EllipsisType, _types.NotImplementedType,
     _types.FunctionType, _types.CodeType, _weakref_ref),
    _copy_immutable)
for _mutable in (list, dict, set, bytearray):
    _copy_dispatch[_mutable] = _mutable.copy

_deepcopy_dispatch = dict.fromkeys(
    (_types.NoneType, _types.EllipsisType, _types.NotImplementedType, int, float, bool, complex,
     bytes, str, _types.CodeType, type, range, _types.BuiltinFunctionType, _types.FunctionType,
     _weakref_ref, property),
    _deepcopy_atomic)
_deepcopy_dispatch[list] = _deepcopy_list
_deepcopy_dispatch[tuple] = _deepcopy_tuple
_deepcopy_dispatch[dict] = _deepcopy_dict
_deepcopy_dispatch[_types.MethodType] = _deepcopy_method
del _mutable, _types, _weakref_ref
