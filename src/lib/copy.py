"""Shallow and deep copy operations (Immortal's own implementation of the copy module's documented
CPython 3.12 behaviour): copy() and deepcopy() with a memo, __copy__/__deepcopy__ hooks, the
__reduce_ex__(4) protocol (with __getstate__/__setstate__, slots, list and dict items) for other
objects, and copy.Error for objects that cannot be copied."""

__all__ = ['Error', 'copy', 'deepcopy']

import types as _types


class Error(Exception):
    pass


error = Error

_nil = []

_atomic = {type(None), type(Ellipsis), type(NotImplemented), int, float, bool, complex, bytes,
           str, type, range, property, _types.BuiltinFunctionType, _types.FunctionType,
           _types.CodeType}


def copy(x):
    """Shallow copy of x."""
    cls = type(x)
    if cls in _atomic or cls is tuple or cls is frozenset or cls is slice:
        return x
    if cls is list:
        return x[:]
    if cls is dict or cls is set:
        return x.copy()
    if _bytearray is not None and cls is _bytearray:
        return x.copy()
    if issubclass(cls, type):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls, 'shallow')
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


try:
    _bytearray = bytearray
except NameError:
    _bytearray = None


def _reduce(x, cls, kind):
    reductor = getattr(cls, '__reduce_ex__', None)
    if reductor is not None and reductor is not _object_reduce_ex:
        return reductor(x, 4)
    reductor = getattr(cls, '__reduce__', None)
    if reductor is not None and reductor is not _object_reduce:
        return reductor(x)
    if reductor is None and _object_reduce_ex is None:
        return _default_reduce(x, cls)
    if _object_reduce_ex is not None:
        return _object_reduce_ex(x, 4)
    raise Error(f'un({kind})copyable object of type {cls}')


_object_reduce_ex = getattr(object, '__reduce_ex__', None)
_object_reduce = getattr(object, '__reduce__', None)


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _newobj_ex(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _slot_names(cls):
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get('__slots__', ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = f'_{c.__name__.lstrip("_")}{name}'
            names.append(name)
    return names


def _default_reduce(x, cls):
    # object.__reduce_ex__(4) for a runtime that does not provide it: cls.__new__(cls, *args)
    # plus the instance's state (its __dict__ and slot values), list items and dict items
    if cls.__new__ is object.__new__ and cls.__init__ is object.__init__ and not _is_heap(cls):
        raise TypeError(f"cannot pickle '{cls.__name__}' object")
    getnewargs_ex = getattr(x, '__getnewargs_ex__', None)
    if getnewargs_ex is not None:
        args, kwargs = getnewargs_ex()
        func, fargs = _newobj_ex, (cls, args, kwargs)
    else:
        getnewargs = getattr(x, '__getnewargs__', None)
        args = getnewargs() if getnewargs is not None else ()
        func, fargs = _newobj, (cls,) + tuple(args)
    getstate = getattr(x, '__getstate__', None)
    if getstate is not None:
        state = getstate()
    else:
        state = getattr(x, '__dict__', None) or None
        slots = {}
        for name in _slot_names(cls):
            try:
                slots[name] = getattr(x, name)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    return (func, fargs, state, listitems, dictitems)


def _is_heap(cls):
    return '__module__' in cls.__dict__ and cls.__module__ != 'builtins'


def deepcopy(x, memo=None, _nil=_nil):
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
    elif cls in _atomic or issubclass(cls, type):
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


def _deepcopy_set(x, memo, deepcopy=deepcopy):
    # what set.__reduce__ leads to: a new set of copied items (registered in memo first)
    y = type(x)()
    memo[id(x)] = y
    for item in x:
        y.add(deepcopy(item, memo))
    return y


def _deepcopy_frozenset(x, memo, deepcopy=deepcopy):
    return frozenset([deepcopy(item, memo) for item in x])


def _deepcopy_method(x, memo):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


_deepcopy_dispatch = {
    list: _deepcopy_list,
    tuple: _deepcopy_tuple,
    dict: _deepcopy_dict,
    set: _deepcopy_set,
    frozenset: _deepcopy_frozenset,
    _types.MethodType: _deepcopy_method,
}
for _t in _atomic:
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

