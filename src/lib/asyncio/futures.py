"""asyncio.Future: a result that will be set later, awaited by tasks."""

__all__ = ('Future', 'wrap_future', 'isfuture')

# CPython's Future is C code (_asyncio): no frames of its methods in tracebacks (vm/exc.ts).
__immortal_native__ = ('Future',)

import contextvars
import sys

from . import events
from . import exceptions
from . import format_helpers

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


def isfuture(obj):
    """True for a Future-like object (asyncio's own or one that follows its protocol)."""
    return (hasattr(type(obj), '_asyncio_future_blocking')
            and obj._asyncio_future_blocking is not None)


def _format_callbacks(callbacks):
    def text(callback):
        return format_helpers._format_callback_source(callback, ())
    count = len(callbacks)
    if count == 0:
        return ''
    if count <= 2:
        shown = ', '.join(text(cb) for cb, _ in callbacks)
    else:
        shown = f'{text(callbacks[0][0])}, <{count - 2} more>, {text(callbacks[-1][0])}'
    return f'cb=[{shown}]'


def _future_repr_info(fut):
    words = [fut._state.lower()]
    if fut._state == _FINISHED:
        if fut._exception is not None:
            words.append(f'exception={fut._exception!r}')
        else:
            import reprlib
            words.append(f'result={reprlib.repr(fut._result)}')
    if fut._callbacks:
        words.append(_format_callbacks(fut._callbacks))
    if fut._source_traceback:
        origin = fut._source_traceback[-1]
        words.append(f'created at {origin.filename}:{origin.lineno}')
    return words


class Future:
    """A value that is not there yet: set once (result, exception or cancellation), then final."""
    __immortal_tp_name__ = '_asyncio.Future'  # CPython's C type name, for messages

    _state = _PENDING
    _result = None
    _exception = None
    _exception_tb = None
    _loop = None
    _source_traceback = None
    _cancel_message = None
    _cancelled_exc = None
    # True while a task waits on this future (the yield in __await__ is how it says so).
    _asyncio_future_blocking = False
    __log_traceback = False

    def __init__(self, *, loop=None):
        self._loop = events.get_event_loop() if loop is None else loop
        self._callbacks = []
        if self._loop.get_debug():
            self._source_traceback = format_helpers.extract_stack(sys._getframe(1))

    def __repr__(self):
        return f"<{type(self).__name__} {' '.join(self._repr_info())}>"

    def _repr_info(self):
        return _future_repr_info(self)

    def __del__(self):
        if not self.__log_traceback:
            return
        exc = self._exception
        details = {
            'message': f'{type(self).__name__} exception was never retrieved',
            'exception': exc,
            'future': self,
        }
        if self._source_traceback:
            details['source_traceback'] = self._source_traceback
        self._loop.call_exception_handler(details)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    @property
    def _log_traceback(self):
        return self.__log_traceback

    @_log_traceback.setter
    def _log_traceback(self, value):
        if value:
            raise ValueError('_log_traceback can only be set to False')
        self.__log_traceback = False

    def get_loop(self):
        loop = self._loop
        if loop is None:
            raise RuntimeError('Future object is not initialized.')
        return loop

    def _make_cancelled_error(self):
        """The CancelledError to raise for this cancelled future (a stored one is handed out once)."""
        stored, self._cancelled_exc = self._cancelled_exc, None
        if stored is not None:
            return stored
        args = () if self._cancel_message is None else (self._cancel_message,)
        return exceptions.CancelledError(*args)

    def cancel(self, msg=None):
        """Cancel unless already done; schedule the callbacks. True when it was cancelled now."""
        self.__log_traceback = False
        if self.done():
            return False
        self._state, self._cancel_message = _CANCELLED, msg
        self.__schedule_callbacks()
        return True

    def __schedule_callbacks(self):
        waiting = self._callbacks
        if waiting:
            self._callbacks = []
            for fn, ctx in waiting:
                self._loop.call_soon(fn, self, context=ctx)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        state = self._state
        if state == _FINISHED:
            self.__log_traceback = False
            error = self._exception
            if error is None:
                return self._result
            raise error.with_traceback(self._exception_tb)
        if state == _CANCELLED:
            raise self._make_cancelled_error()
        raise exceptions.InvalidStateError('Result is not set.')

    def exception(self):
        state = self._state
        if state == _FINISHED:
            self.__log_traceback = False
            return self._exception
        if state == _CANCELLED:
            raise self._make_cancelled_error()
        raise exceptions.InvalidStateError('Exception is not set.')

    def add_done_callback(self, fn, *, context=None):
        """Call fn(future) once done (at once, through the loop, if it already is)."""
        if context is None:
            context = contextvars.copy_context()
        if self._state != _PENDING:
            self._loop.call_soon(fn, self, context=context)
        else:
            self._callbacks.append((fn, context))

    def remove_done_callback(self, fn):
        """Forget every registration of fn; return how many there were."""
        kept = [(cb, ctx) for cb, ctx in self._callbacks if cb != fn]
        removed = len(self._callbacks) - len(kept)
        if removed:
            self._callbacks[:] = kept
        return removed

    def set_result(self, result):
        if self._state != _PENDING:
            raise exceptions.InvalidStateError('invalid state')
        self._state, self._result = _FINISHED, result
        self.__schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise exceptions.InvalidStateError('invalid state')
        if isinstance(exception, type):
            exception = exception()
        if not isinstance(exception, BaseException):
            raise TypeError('invalid exception object')
        if isinstance(exception, StopIteration):
            raise TypeError('StopIteration interacts badly with generators and cannot be raised '
                            'into a Future')
        self._exception, self._exception_tb = exception, exception.__traceback__
        self._state = _FINISHED
        self.__log_traceback = True
        self.__schedule_callbacks()

    def __await__(self):
        if self._state == _PENDING:
            # Tell the task driving us that it must wait for this future.
            self._asyncio_future_blocking = True
            yield self
            if self._state == _PENDING:
                raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


Future.__module__ = '_asyncio'
_PyFuture = Future


def _get_loop(fut):
    try:
        getter = fut.get_loop
    except AttributeError:
        return fut._loop
    return getter()


def _set_result_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)


def _chain_future(source, destination):
    raise NotImplementedError('Immortal has no concurrent.futures: futures cannot be chained '
                              'across threads')


def wrap_future(future, *, loop=None):
    """An asyncio Future for a concurrent.futures.Future (not supported: no threads here)."""
    if isfuture(future):
        return future
    raise NotImplementedError('Immortal has no concurrent.futures (one thread per interpreter): '
                              'asyncio.wrap_future() is not supported')
