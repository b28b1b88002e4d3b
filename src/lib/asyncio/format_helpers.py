"""Text for the reprs of handles, futures and tasks (callbacks and coroutines as CPython shows them)."""

import functools
import reprlib
import sys
import types


def _source_of(func):
    seen = 0
    while hasattr(func, '__wrapped__') and seen < 100:
        func = func.__wrapped__
        seen += 1
    if isinstance(func, types.FunctionType):
        code = func.__code__
        return code.co_filename, code.co_firstlineno
    if isinstance(func, functools.partial):
        return _source_of(func.func)
    if isinstance(func, functools.partialmethod):
        return _source_of(func.func)
    return None


def _format_args_and_kwargs(args, kwargs):
    shown = reprlib.Repr()
    shown.maxlevel = 6
    shown.maxother = 100
    shown.maxstring = 100
    items = [shown.repr(arg) for arg in args or ()]
    if kwargs:
        items.extend(f'{key}={shown.repr(value)}' for key, value in kwargs.items())
    return '(' + ', '.join(items) + ')'


def _format_callable(func, args, kwargs, suffix=''):
    if isinstance(func, functools.partial):
        inner = _format_args_and_kwargs(args, kwargs) + suffix
        return _format_callable(func.func, func.args, func.keywords, inner)
    name = getattr(func, '__qualname__', None) or getattr(func, '__name__', None) or repr(func)
    return name + _format_args_and_kwargs(args, kwargs) + suffix


def _format_callback_source(func, args):
    text = _format_callable(func, args, None)
    where = _source_of(func)
    if where:
        text += f' at {where[0]}:{where[1]}'
    return text


def extract_stack(f=None, limit=None):
    """The stack of frame f (the caller's by default), without line text lookups of its own."""
    import traceback
    if f is None:
        f = sys._getframe().f_back
    stack = traceback.StackSummary.extract(traceback.walk_stack(f), limit=limit, lookup_lines=False)
    stack.reverse()
    return stack


def _format_coroutine(coro):
    name = getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None)
    if name is None:
        name = type(coro).__name__
    name = f'{name}()'
    frame = getattr(coro, 'cr_frame', None)
    if frame is None:
        frame = getattr(coro, 'gi_frame', None)
    code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
    if code is None:
        return name
    if frame is not None:
        return f'{name} running at {code.co_filename}:{frame.f_lineno}'
    return f'{name} done, defined at {code.co_filename}:{code.co_firstlineno}'
