"""The event loop: a queue of ready callbacks and a heap of timers, run by one thread.

Immortal has no sockets, pipes or threads to wait on, so when nothing is ready the loop sleeps
(time.sleep) until its next timer. The networking, subprocess and executor methods raise
NotImplementedError.
"""

__all__ = ('BaseEventLoop', 'Server')

import collections
import heapq
import math
import os
import sys
import time
import warnings
import _weakref

from . import coroutines
from . import events
from . import exceptions
from . import futures
from . import tasks

# Collect cancelled timers once they are this many and this share of the heap.
_MIN_CANCELLED_FOR_CLEANUP = 100
_CANCELLED_SHARE_FOR_CLEANUP = 0.5

_NO_SOCKETS = 'Immortal has no sockets: asyncio networking ({}) is not supported'


def _no_network(name):
    async def method(self, *args, **kwargs):
        raise NotImplementedError(_NO_SOCKETS.format(name))
    method.__name__ = name
    method.__qualname__ = 'BaseEventLoop.' + name
    return method


def _no_fd_watch(name):
    def method(self, *args, **kwargs):
        raise NotImplementedError(
            f'Immortal has no selectors: loop.{name}() (watching file descriptors) is not supported')
    method.__name__ = name
    method.__qualname__ = 'BaseEventLoop.' + name
    return method


def _run_until_complete_cb(fut):
    if fut.cancelled():
        return
    if fut._exception is not None and isinstance(fut._exception, (SystemExit, KeyboardInterrupt)):
        # The loop is already unwinding with this exception; nothing to stop.
        return
    futures._get_loop(fut).stop()


class _WeakSet:
    """The few WeakSet operations the loop needs (weakref.WeakSet is slow to import)."""

    def __init__(self):
        self._refs = set()

    def add(self, item):
        self._refs.add(_weakref.ref(item, self._refs.discard))

    def discard(self, item):
        self._refs.discard(_weakref.ref(item))

    def clear(self):
        self._refs.clear()

    def __len__(self):
        return sum(1 for ref in self._refs if ref() is not None)

    def __iter__(self):
        return iter([item for item in (ref() for ref in list(self._refs)) if item is not None])


class Server(events.AbstractServer):
    def __init__(self, *args, **kwargs):
        raise NotImplementedError(_NO_SOCKETS.format('Server'))


class BaseEventLoop(events.AbstractEventLoop):

    def __init__(self):
        # What runs: ready callbacks in order, and a heap of timers.
        self._ready = collections.deque()
        self._scheduled = []
        self._timer_cancelled_count = 0
        self._clock_resolution = time.get_clock_info('monotonic').resolution
        # State.
        self._closed = self._stopping = False
        self._thread_id = None
        self._current_handle = None
        self._task_factory = self._exception_handler = self._default_executor = None
        self.slow_callback_duration = 0.1
        self._coroutine_origin_tracking_enabled = False
        self._coroutine_origin_tracking_saved_depth = None
        self._asyncgens = _WeakSet()
        self._asyncgens_shutdown_called = self._executor_shutdown_called = False
        self.set_debug(coroutines._is_debug_mode())

    def __repr__(self):
        return (f'<{type(self).__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug={self.get_debug()}>')

    # Futures and tasks.

    def create_future(self):
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        factory = self._task_factory
        if factory is not None:
            extra = {} if context is None else {'context': context}
            task = factory(self, coro, **extra)
            if name is not None:
                try:
                    task.set_name(name)
                except AttributeError:
                    pass
            return task
        task = tasks.Task(coro, loop=self, name=name, context=context)
        if task._source_traceback:
            task._source_traceback.pop()
        return task

    def set_task_factory(self, factory):
        if factory is None or callable(factory):
            self._task_factory = factory
        else:
            raise TypeError('task factory must be a callable or None')

    def get_task_factory(self):
        return self._task_factory

    # Running.

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_running(self):
        if self._thread_id is not None:
            raise RuntimeError('This event loop is already running')
        if events._get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')

    def _asyncgen_firstiter_hook(self, agen):
        if self._asyncgens_shutdown_called:
            warnings.warn(f'asynchronous generator {agen!r} was scheduled after '
                          f'loop.shutdown_asyncgens() call', ResourceWarning, source=self)
        self._asyncgens.add(agen)

    def _asyncgen_finalizer_hook(self, agen):
        # An asynchronous generator dropped before it finished: close it in a task.
        self._asyncgens.discard(agen)
        if self.is_closed():
            return
        self.call_soon_threadsafe(self.create_task, agen.aclose())

    async def shutdown_asyncgens(self):
        """Close the asynchronous generators that are still open."""
        self._asyncgens_shutdown_called = True
        if not len(self._asyncgens):
            return
        open_ones = list(self._asyncgens)
        self._asyncgens.clear()
        outcomes = await tasks.gather(*[agen.aclose() for agen in open_ones],
                                      return_exceptions=True)
        for agen, outcome in zip(open_ones, outcomes):
            if isinstance(outcome, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of asynchronous generator {agen!r}',
                    'exception': outcome,
                    'asyncgen': agen,
                })

    async def shutdown_default_executor(self, timeout=None):
        """There is no executor here (no threads); kept so that asyncio.run() can call it."""
        self._executor_shutdown_called = True

    def run_forever(self):
        """Run callbacks and timers until stop() is called."""
        self._check_closed()
        self._check_running()
        self._set_coroutine_origin_tracking(self._debug)
        previous_hooks = sys.get_asyncgen_hooks()
        self._thread_id = 1
        events._set_running_loop(self)
        try:
            sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook,
                                   finalizer=self._asyncgen_finalizer_hook)
            self._run_once()  # at least one pass, even when stop() came first
            while not self._stopping:
                self._run_once()
        finally:
            sys.set_asyncgen_hooks(*previous_hooks)
            events._set_running_loop(None)
            self._thread_id = None
            self._stopping = False
            self._set_coroutine_origin_tracking(False)

    def run_until_complete(self, future):
        """Run until the future (or coroutine, wrapped in a task) is done; return its result."""
        self._check_closed()
        self._check_running()
        made_here = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        if made_here:
            # The task was made here: a failure surfaces through our return, not the log.
            future._log_destroy_pending = False
        future.add_done_callback(_run_until_complete_cb)
        # run_forever() returns when _run_until_complete_cb (or someone) stops the loop.
        try:
            self.run_forever()
        except BaseException:
            if made_here and future.done() and not future.cancelled():
                future.exception()  # it propagates from here; don't also log it
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if future.done():
            return future.result()
        raise RuntimeError('Event loop stopped before Future completed.')

    def stop(self):
        self._stopping = True

    def close(self):
        if self.is_running():
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        if self._debug:
            import logging
            logging.getLogger('asyncio').debug('Close %r', self)
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()
        self._executor_shutdown_called = True

    def is_closed(self):
        return self._closed

    def __del__(self, _warn=warnings.warn):
        if not self.is_closed():
            _warn(f'unclosed event loop {self!r}', ResourceWarning, source=self)
            if not self.is_running():
                self.close()

    def is_running(self):
        return self._thread_id is not None

    def time(self):
        return time.monotonic()

    # Scheduling.

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        handle = self.call_at(self.time() + delay, callback, *args, context=context)
        if handle._source_traceback:
            del handle._source_traceback[-1]
        return handle

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError('when cannot be None')
        self._check_closed()
        if self._debug:
            self._check_callback(callback, 'call_at')
        handle = events.TimerHandle(when, callback, args, self, context)
        if handle._source_traceback:
            del handle._source_traceback[-1]
        heapq.heappush(self._scheduled, handle)
        handle._scheduled = True
        return handle

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        if self._debug:
            self._check_callback(callback, 'call_soon')
        handle = events.Handle(callback, args, self, context)
        self._ready.append(handle)
        if handle._source_traceback:
            handle._source_traceback.pop()
        return handle

    def _check_callback(self, callback, method):
        if coroutines.iscoroutine(callback) or coroutines.iscoroutinefunction(callback):
            raise TypeError(f'coroutines cannot be used with {method}()')
        if not callable(callback):
            raise TypeError(f'a callable object was expected by {method}(), got {callback!r}')

    def call_soon_threadsafe(self, callback, *args, context=None):
        # One thread per interpreter: the same as call_soon.
        handle = self.call_soon(callback, *args, context=context)
        if handle._source_traceback:
            del handle._source_traceback[-1]
        return handle

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    def _run_once(self):
        """One pass: wait for the next timer if nothing is ready, then run what is due."""
        heap = self._scheduled
        if (len(heap) > _MIN_CANCELLED_FOR_CLEANUP and
                self._timer_cancelled_count / len(heap) > _CANCELLED_SHARE_FOR_CLEANUP):
            live = []
            for handle in heap:
                if handle._cancelled:
                    handle._scheduled = False
                else:
                    live.append(handle)
            heapq.heapify(live)
            self._scheduled = heap = live
            self._timer_cancelled_count = 0
        else:
            while heap and heap[0]._cancelled:
                self._timer_cancelled_count -= 1
                heapq.heappop(heap)._scheduled = False

        if not self._ready and not self._stopping:
            if heap:
                wait = heap[0]._when - self.time()
                if wait > 0:
                    # Whole milliseconds, rounded up, as CPython's epoll selector waits: timers
                    # due within the same millisecond then run in the same pass.
                    time.sleep(min(math.ceil(wait * 1e3) * 1e-3, 86400.0))
            else:
                # Nothing can ever become ready (there is nothing to wait on but timers): CPython
                # blocks here for good, and so do we, a day at a time.
                time.sleep(86400.0)

        due = self.time() + self._clock_resolution
        while heap and heap[0]._when < due:
            handle = heapq.heappop(heap)
            handle._scheduled = False
            self._ready.append(handle)

        # Run only what is ready now; callbacks scheduled by these wait for the next pass.
        ready = self._ready
        for _ in range(len(ready)):
            handle = ready.popleft()
            if handle._cancelled:
                continue
            if self._debug:
                self._current_handle = handle
                started = self.time()
                try:
                    handle._run()
                finally:
                    took = self.time() - started
                    self._current_handle = None
                if took >= self.slow_callback_duration:
                    import logging
                    logging.getLogger('asyncio').warning(
                        'Executing %s took %.3f seconds', _format_handle(handle), took)
            else:
                handle._run()
        handle = None

    def _set_coroutine_origin_tracking(self, enabled):
        if bool(enabled) is bool(self._coroutine_origin_tracking_enabled):
            return
        if enabled:
            self._coroutine_origin_tracking_saved_depth = sys.get_coroutine_origin_tracking_depth()
            sys.set_coroutine_origin_tracking_depth(10)
        else:
            sys.set_coroutine_origin_tracking_depth(self._coroutine_origin_tracking_saved_depth)
        self._coroutine_origin_tracking_enabled = enabled

    def set_debug(self, enabled):
        self._debug = enabled
        if self._thread_id is not None:
            # Running: switch the coroutine origin tracking from inside the loop.
            self.call_soon_threadsafe(self._set_coroutine_origin_tracking, enabled)

    def get_debug(self):
        return self._debug

    # Errors.

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        """Log the context at ERROR level on the 'asyncio' logger."""
        message = context.get('message') or 'Unhandled exception in event loop'
        exc = context.get('exception')
        exc_info = (type(exc), exc, exc.__traceback__) if exc is not None else False
        if ('source_traceback' not in context and self._current_handle is not None
                and self._current_handle._source_traceback):
            context['handle_traceback'] = self._current_handle._source_traceback
        lines = [message]
        for key in sorted(context):
            if key in ('message', 'exception'):
                continue
            value = context[key]
            if key in ('source_traceback', 'handle_traceback'):
                import traceback
                label = 'Object created at' if key == 'source_traceback' else 'Handle created at'
                value = ''.join(traceback.format_list(value)).rstrip()
                lines.append(f'{label} (most recent call last):\n{value}')
            else:
                lines.append(f'{key}: {value!r}')
        from .log import logger
        logger.error('\n'.join(lines), exc_info=exc_info)

    def call_exception_handler(self, context):
        """Pass the context to the handler set (or the default one), never letting it raise."""
        from .log import logger
        handler = self._exception_handler
        if handler is not None:
            try:
                if getattr(handler, '__self__', None) is self:
                    handler(context)  # a bound method of the loop itself
                else:
                    handler(self, context)
                return
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as failure:
                report = {'message': 'Unhandled error in exception handler',
                          'exception': failure, 'context': context}
                fallback = ('Exception in default exception handler while handling an '
                            'unexpected error in custom exception handler')
        else:
            report = context
            fallback = 'Exception in default exception handler'
        try:
            self.default_exception_handler(report)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException:
            logger.error(fallback, exc_info=True)

    # What Immortal cannot do.

    def run_in_executor(self, executor, func, *args):
        raise NotImplementedError(
            'Immortal runs one thread per interpreter: loop.run_in_executor() is not supported')

    def set_default_executor(self, executor):
        raise NotImplementedError(
            'Immortal runs one thread per interpreter: executors are not supported')

    async def subprocess_shell(self, *args, **kwargs):
        raise NotImplementedError('asyncio subprocesses are not supported by Immortal')

    async def subprocess_exec(self, *args, **kwargs):
        raise NotImplementedError('asyncio subprocesses are not supported by Immortal')

    def add_signal_handler(self, sig, callback, *args):
        raise NotImplementedError('loop.add_signal_handler() is not supported by Immortal')

    def remove_signal_handler(self, sig):
        raise NotImplementedError('loop.remove_signal_handler() is not supported by Immortal')


for _name in ('getaddrinfo', 'getnameinfo', 'create_connection', 'create_server', 'sendfile',
              'start_tls', 'create_unix_connection', 'create_unix_server',
              'connect_accepted_socket', 'create_datagram_endpoint', 'connect_read_pipe',
              'connect_write_pipe', 'sock_recv', 'sock_recv_into', 'sock_recvfrom',
              'sock_recvfrom_into', 'sock_sendall', 'sock_sendto', 'sock_connect', 'sock_accept',
              'sock_sendfile'):
    setattr(BaseEventLoop, _name, _no_network(_name))
for _name in ('add_reader', 'remove_reader', 'add_writer', 'remove_writer'):
    setattr(BaseEventLoop, _name, _no_fd_watch(_name))
del _name


def _format_handle(handle):
    callback = handle._callback
    owner = getattr(callback, '__self__', None)
    if isinstance(owner, tasks.Task):
        return repr(owner)
    return str(handle)
