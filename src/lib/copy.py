"""Shallow and deep copy operations (Immortal's own implementation of the copy module's documented
CPython 3.12 behaviour): copy() and deepcopy() with a memo, __copy__/__deepcopy__ hooks, the
copyreg.dispatch_table reducers, the __reduce_ex__(4) protocol (with __getstate__/__setstate__,
slots, list and dict items) for other objects, and copy.Error for objects that cannot be copied.

The lookup order is CPython's: the per-type dispatch tables (_copy_dispatch, _deepcopy_dispatch,
which some libraries extend), classes, __copy__/__deepcopy__, copyreg.dispatch_table, then
__reduce_ex__(4) and __reduce__() looked up on the object."""

__all__ = ['Error', 'copy', 'deepcopy']

import types as _types
from _weakref import ref as _weakref_ref
from copyreg import dispatch_table


class Error(Exception):
    pass


error = Error


def copy(x):
    """Shallow copy of x."""
    cls = type(x)
    copier = _copy_dispatch.get(cls)
    if copier is not None:
        return copier(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls, 'shallow')
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def _reduce(x, cls, kind):
    # the reduction copy and deepcopy rebuild x from: a registered reducer, else the object's own
    reductor = dispatch_table.get(cls)
    if reductor is not None:
        return reductor(x)
    reductor = getattr(x, '__reduce_ex__', None)
    if reductor is not None:
        return reductor(4)
    reductor = getattr(x, '__reduce__', None)
    if reductor:
        return reductor()
    raise Error(f'un({kind})copyable object of type {cls}')


def _copy_immutable(x):
    return x


_copy_dispatch = {}
for _t in (_types.NoneType, int, float, bool, complex, str, tuple, bytes, frozenset, type, range, slice,
           property, _types.BuiltinFunctionType, _types.EllipsisType, _types.NotImplementedType,
           _types.FunctionType, _types.CodeType, _weakref_ref):
    _copy_dispatch[_t] = _copy_immutable
_copy_dispatch[list] = list.copy
_copy_dispatch[dict] = dict.copy
_copy_dispatch[set] = set.copy
_copy_dispatch[bytearray] = bytearray.copy


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy of x; memo maps id(original) to its copy (shared and cyclic parts copied once)."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x, cls, 'deep')
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    # an object that is its own copy is not memoized
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_atomic(x, memo):
    return x


def _deepcopy_list(x, memo, deepcopy=deepcopy):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    y = [deepcopy(a, memo) for a in x]
    # a tuple containing itself through a list was copied while we recursed
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            y = tuple(y)
            break
    else:
        y = x
    return y


def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


# CPython copies sets through set.__reduce__ (set, ([items],), state); Immortal's set and frozenset
# have no __reduce__ yet (src/objects/set.ts), so exact sets are copied here to the same result.
def _deepcopy_set(x, memo, deepcopy=deepcopy):
    return set([deepcopy(item, memo) for item in x])


def _deepcopy_frozenset(x, memo, deepcopy=deepcopy):
    return frozenset([deepcopy(item, memo) for item in x])


def _deepcopy_method(x, memo):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


_deepcopy_dispatch = {
    list: _deepcopy_list,
    tuple: _deepcopy_tuple,
    dict: _deepcopy_dict,
    _types.MethodType: _deepcopy_method,
    set: _deepcopy_set,
    frozenset: _deepcopy_frozenset,
}
for _t in (_types.NoneType, _types.EllipsisType, _types.NotImplementedType, int, float, bool, complex,
           bytes, str, _types.CodeType, type, range, _types.BuiltinFunctionType, _types.FunctionType,
           _weakref_ref, property):
    _deepcopy_dispatch[_t] = _deepcopy_atomic
del _t


def _keep_alive(x, memo):
    # keep the originals alive while copying, so that their ids stay unique in memo
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *,
                 deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y
