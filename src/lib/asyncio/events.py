"""Handles, the abstract event loop, event loop policies and the running-loop bookkeeping."""

__all__ = (
    'AbstractEventLoopPolicy', 'AbstractEventLoop', 'AbstractServer', 'Handle', 'TimerHandle',
    'get_event_loop_policy', 'set_event_loop_policy', 'get_event_loop', 'set_event_loop',
    'new_event_loop', 'get_child_watcher', 'set_child_watcher', '_set_running_loop',
    'get_running_loop', '_get_running_loop',
)

import contextvars

# The parts CPython implements in C (_asyncio): no frames in tracebacks, builtin functions.
__immortal_native__ = ('get_running_loop', '_get_running_loop', '_set_running_loop',
                       'get_event_loop')
import os
import sys

from . import format_helpers


class Handle:
    """A callback scheduled on a loop, with its arguments and the context to run it in."""

    __slots__ = ('_callback', '_args', '_cancelled', '_loop', '_source_traceback', '_repr',
                 '__weakref__', '_context')

    def __init__(self, callback, args, loop, context=None):
        self._context = contextvars.copy_context() if context is None else context
        self._loop = loop
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._repr = None
        if loop.get_debug():
            self._source_traceback = format_helpers.extract_stack(sys._getframe(1))
        else:
            self._source_traceback = None

    def _repr_info(self):
        words = [type(self).__name__]
        if self._cancelled:
            words.append('cancelled')
        if self._callback is not None:
            words.append(format_helpers._format_callback_source(self._callback, self._args))
        if self._source_traceback:
            origin = self._source_traceback[-1]
            words.append(f'created at {origin.filename}:{origin.lineno}')
        return words

    def __repr__(self):
        if self._repr is not None:
            return self._repr
        return '<' + ' '.join(self._repr_info()) + '>'

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            # In debug mode the repr stays informative after the callback is dropped.
            self._repr = repr(self) if self._loop.get_debug() else None
            self._callback = self._args = None

    def cancelled(self):
        return self._cancelled

    def get_context(self):
        return self._context

    def _run(self):
        callback, args = self._callback, self._args
        try:
            self._context.run(callback, *args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as error:
            where = format_helpers._format_callback_source(callback, args)
            report = {'message': f'Exception in callback {where}', 'exception': error,
                      'handle': self}
            if self._source_traceback:
                report['source_traceback'] = self._source_traceback
            self._loop.call_exception_handler(report)
        self = None  # don't keep the handle alive through a traceback


class TimerHandle(Handle):
    """A Handle that runs at a given loop time."""

    __slots__ = ('_scheduled', '_when')

    def __init__(self, when, callback, args, loop, context=None):
        self._when = when
        self._scheduled = False
        super().__init__(callback, args, loop, context)
        if self._source_traceback:
            self._source_traceback.pop()

    def _repr_info(self):
        words = super()._repr_info()
        words.insert(2 if self._cancelled else 1, f'when={self._when}')
        return words

    # Timers order by due time; equal ones also compare callback, arguments and state.

    def __hash__(self):
        return hash(self._when)

    def __lt__(self, other):
        return self._when < other._when if isinstance(other, TimerHandle) else NotImplemented

    def __gt__(self, other):
        return self._when > other._when if isinstance(other, TimerHandle) else NotImplemented

    def __le__(self, other):
        if not isinstance(other, TimerHandle):
            return NotImplemented
        return self._when < other._when or self == other

    def __ge__(self, other):
        if not isinstance(other, TimerHandle):
            return NotImplemented
        return self._when > other._when or self == other

    def __eq__(self, other):
        if not isinstance(other, TimerHandle):
            return NotImplemented
        mine = (self._when, self._callback, self._args, self._cancelled)
        return mine == (other._when, other._callback, other._args, other._cancelled)

    def when(self):
        return self._when

    def cancel(self):
        was_live = not self._cancelled
        super().cancel()
        if was_live:
            self._loop._timer_handle_cancelled(self)


class AbstractServer:
    """A listening server (Immortal has no sockets: never created)."""

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_info):
        self.close()
        await self.wait_closed()


for _name in ('close', 'get_loop', 'is_serving'):
    def _method(self):
        raise NotImplementedError
    _method.__name__ = _name
    _method.__qualname__ = 'AbstractServer.' + _name
    setattr(AbstractServer, _name, _method)
for _name in ('start_serving', 'serve_forever', 'wait_closed'):
    async def _method(self):
        raise NotImplementedError
    _method.__name__ = _name
    _method.__qualname__ = 'AbstractServer.' + _name
    setattr(AbstractServer, _name, _method)
del _name, _method


def _abstract(name):
    def method(self, *args, **kwargs):
        raise NotImplementedError
    method.__name__ = method.__qualname__ = name
    return method


class AbstractEventLoop:
    """The event loop interface."""


for _name in (
        'run_forever', 'run_until_complete', 'stop', 'is_running', 'is_closed', 'close',
        'shutdown_asyncgens', 'shutdown_default_executor', '_timer_handle_cancelled', 'call_soon',
        'call_later', 'call_at', 'time', 'create_future', 'create_task', 'call_soon_threadsafe',
        'run_in_executor', 'set_default_executor', 'getaddrinfo', 'getnameinfo',
        'create_connection', 'create_server', 'sendfile', 'start_tls', 'create_unix_connection',
        'create_unix_server', 'connect_accepted_socket', 'create_datagram_endpoint',
        'connect_read_pipe', 'connect_write_pipe', 'subprocess_shell', 'subprocess_exec',
        'add_reader', 'remove_reader', 'add_writer', 'remove_writer', 'sock_recv', 'sock_recv_into',
        'sock_recvfrom', 'sock_recvfrom_into', 'sock_sendall', 'sock_sendto', 'sock_connect',
        'sock_accept', 'sock_sendfile', 'add_signal_handler', 'remove_signal_handler',
        'set_task_factory', 'get_task_factory', 'get_exception_handler', 'set_exception_handler',
        'default_exception_handler', 'call_exception_handler', 'get_debug', 'set_debug'):
    setattr(AbstractEventLoop, _name, _abstract(_name))
    getattr(AbstractEventLoop, _name).__qualname__ = 'AbstractEventLoop.' + _name
del _name


class AbstractEventLoopPolicy:
    """Decides which loop get_event_loop() gives in each context."""

    def get_event_loop(self):
        raise NotImplementedError

    def set_event_loop(self, loop):
        raise NotImplementedError

    def new_event_loop(self):
        raise NotImplementedError

    def get_child_watcher(self):
        raise NotImplementedError

    def set_child_watcher(self, watcher):
        raise NotImplementedError


class BaseDefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """One current loop (Immortal has one thread per interpreter), made on demand."""

    _loop_factory = None

    def __init__(self):
        self._current_loop = None
        self._loop_was_set = False

    def get_event_loop(self):
        if self._current_loop is None and not self._loop_was_set:
            import warnings
            stacklevel = 2
            try:
                frame = sys._getframe(1)
            except ValueError:
                pass
            else:
                # Point the warning at the caller outside asyncio.
                here = os.path.dirname(__file__)
                while frame is not None and os.path.dirname(frame.f_code.co_filename) == here:
                    stacklevel += 1
                    frame = frame.f_back
            warnings.warn('There is no current event loop', DeprecationWarning, stacklevel)
            self.set_event_loop(self.new_event_loop())
        if self._current_loop is None:
            raise RuntimeError('There is no current event loop in thread %r.' % 'MainThread')
        return self._current_loop

    def set_event_loop(self, loop):
        self._loop_was_set = True
        if loop is not None and not isinstance(loop, AbstractEventLoop):
            raise TypeError(f"loop must be an instance of AbstractEventLoop or None, not "
                            f"'{type(loop).__name__}'")
        self._current_loop = loop

    def new_event_loop(self):
        return self._loop_factory()


_event_loop_policy = None
_running_loop = None


def get_running_loop():
    """The running event loop; RuntimeError when none runs."""
    loop = _running_loop
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


def _get_running_loop():
    return _running_loop


def _set_running_loop(loop):
    global _running_loop
    _running_loop = loop


def _init_event_loop_policy():
    global _event_loop_policy
    if _event_loop_policy is None:
        from . import DefaultEventLoopPolicy
        _event_loop_policy = DefaultEventLoopPolicy()


def get_event_loop_policy():
    if _event_loop_policy is None:
        _init_event_loop_policy()
    policy = _event_loop_policy
    return policy


def set_event_loop_policy(policy):
    global _event_loop_policy
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError(f"policy must be an instance of AbstractEventLoopPolicy or None, not "
                        f"'{type(policy).__name__}'")
    _event_loop_policy = policy


def get_event_loop():
    """The running loop inside a coroutine or callback, else the policy's current loop."""
    running = _running_loop
    if running is not None:
        return running
    return get_event_loop_policy().get_event_loop()


def set_event_loop(loop):
    get_event_loop_policy().set_event_loop(loop)


def new_event_loop():
    return get_event_loop_policy().new_event_loop()


def get_child_watcher():
    return get_event_loop_policy().get_child_watcher()


def set_child_watcher(watcher):
    return get_event_loop_policy().set_child_watcher(watcher)
