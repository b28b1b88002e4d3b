"""Telling coroutines and coroutine functions apart (without importing inspect, which is slow)."""

__all__ = ('iscoroutinefunction', 'iscoroutine')

import functools
import os
import sys
import types

# Marker set on functions that should count as coroutine functions (the pre-3.5 decorator style).
_is_coroutine = object()

_CO_COROUTINE = 0x80
_CO_ITERABLE_COROUTINE = 0x100

_known_coroutine_types = set()


def _is_debug_mode():
    return sys.flags.dev_mode or (not sys.flags.ignore_environment and
                                  bool(os.environ.get('PYTHONASYNCIODEBUG')))


def _innermost(func):
    # Look through bound methods and functools.partial, as inspect.iscoroutinefunction does.
    while True:
        if isinstance(func, types.MethodType):
            func = func.__func__
        elif isinstance(func, functools.partial):
            func = func.func
        else:
            return func


def _is_async_function(func):
    func = _innermost(func)
    if getattr(func, '_is_coroutine_marker', None) is not None:
        import inspect
        return inspect.iscoroutinefunction(func)
    return isinstance(func, types.FunctionType) and bool(func.__code__.co_flags & _CO_COROUTINE)


def iscoroutinefunction(func):
    """True for an `async def` function (or one marked as a coroutine function)."""
    return _is_async_function(func) or getattr(func, '_is_coroutine', None) is _is_coroutine


def iscoroutine(obj):
    """True for a coroutine object."""
    kind = type(obj)
    if kind in _known_coroutine_types:
        return True
    if isinstance(obj, types.CoroutineType):
        return True
    import collections.abc
    if isinstance(obj, collections.abc.Coroutine):
        if len(_known_coroutine_types) < 100:
            _known_coroutine_types.add(kind)
        return True
    return False


def _isawaitable(obj):
    if isinstance(obj, types.CoroutineType):
        return True
    if isinstance(obj, types.GeneratorType):
        return bool(obj.gi_code.co_flags & _CO_ITERABLE_COROUTINE)
    import collections.abc
    return isinstance(obj, collections.abc.Awaitable)
