# The threading module (https://docs.python.org/3/library/threading.html) for Immortal, where each
# interpreter runs exactly one Python thread: the main thread. Synchronisation objects work as they do
# for a single thread in CPython; a wait that only another thread could end does not hang: with a
# timeout it sleeps and reports failure (False, or BrokenBarrierError), without one it raises the
# RuntimeError of _thread (see its header). Thread objects can be built, named and run() directly;
# Thread.start() raises NotImplementedError.

import sys as _sys
import _thread
from time import monotonic as _time

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread', 'enumerate', 'main_thread',
           'TIMEOUT_MAX', 'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError', 'ExceptHookArgs', 'setprofile',
           'settrace', 'local', 'stack_size', 'excepthook', 'get_native_id', 'getprofile',
           'gettrace', 'setprofile_all_threads', 'settrace_all_threads']

_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
stack_size = _thread.stack_size
local = _thread._local
Lock = _thread.allocate_lock
_CRLock = _thread.RLock
_PyRLock = _thread.RLock   # no separate pure-Python RLock: the one in _thread is Python already

_profile_hook = None
_trace_hook = None


def _deprecated(old, advice):
    import warnings
    warnings.warn('%s is deprecated, %s' % (old, advice), DeprecationWarning, stacklevel=3)


def setprofile(func):
    global _profile_hook
    _profile_hook = func


def setprofile_all_threads(func):
    setprofile(func)
    _sys.setprofile(func)


def getprofile():
    return _profile_hook


def settrace(func):
    global _trace_hook
    _trace_hook = func


def settrace_all_threads(func):
    settrace(func)
    _sys.settrace(func)


def gettrace():
    return _trace_hook


def RLock(*args, **kwargs):
    return _CRLock(*args, **kwargs)


class Condition:
    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        for name in ('_release_save', '_acquire_restore', '_is_owned'):
            meth = getattr(lock, name, None)
            if meth is not None:
                setattr(self, name, meth)
        self._waiters = []

    def __repr__(self):
        return '<Condition(%s, %d)>' % (self._lock, len(self._waiters))

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc_info):
        return self._lock.__exit__(*exc_info)

    def _at_fork_reinit(self):
        self._waiters.clear()
        self._lock._at_fork_reinit()

    # Fallbacks for locks without the RLock helpers (a plain Lock).
    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, state):
        self._lock.acquire()

    def _is_owned(self):
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError('cannot wait on un-acquired lock')
        if timeout is None:
            raise _thread._deadlock('Condition.wait() without a timeout')
        state = self._release_save()
        try:
            if timeout > 0:
                import time
                time.sleep(timeout)
            return False   # nobody else can notify
        finally:
            self._acquire_restore(state)

    def wait_for(self, predicate, timeout=None):
        end = None
        left = timeout
        result = predicate()
        while not result:
            if left is not None:
                if end is None:
                    end = _time() + left
                else:
                    left = end - _time()
                    if left <= 0:
                        break
            self.wait(left)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError('cannot notify on un-acquired lock')
        # There are never waiters: a waiting thread would be another thread.

    def notify_all(self):
        self.notify(len(self._waiters))

    def notifyAll(self):
        _deprecated('notifyAll()', 'use notify_all() instead')
        self.notify_all()


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError('semaphore initial value must be >= 0')
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        cls = type(self)
        return '<%s.%s at %#x: value=%d>' % (cls.__module__, cls.__qualname__, id(self), self._value)

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        if self._value > 0:
            self._value -= 1
            return True
        if not blocking:
            return False
        if timeout is None:
            raise _thread._deadlock('Semaphore.acquire() of a semaphore at zero')
        if timeout > 0:
            import time
            time.sleep(timeout)
        return False

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        self._value += n

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = type(self)
        return '<%s.%s at %#x: value=%d/%d>' % (cls.__module__, cls.__qualname__, id(self),
                                               self._value, self._initial_value)

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        if self._value + n > self._initial_value:
            raise ValueError('Semaphore released too many times')
        self._value += n


class Event:
    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        cls = type(self)
        return '<%s.%s at %#x: %s>' % (cls.__module__, cls.__qualname__, id(self),
                                      'set' if self._flag else 'unset')

    def _at_fork_reinit(self):
        self._cond._at_fork_reinit()

    def is_set(self):
        return self._flag

    def isSet(self):
        _deprecated('isSet()', 'use is_set() instead')
        return self.is_set()

    def set(self):
        self._flag = True

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        if self._flag:
            return True
        if timeout is None:
            raise _thread._deadlock('Event.wait() on an event that is not set')
        if timeout > 0:
            import time
            time.sleep(timeout)
        return False


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = 0    # 0 filling, 1 draining, -1 resetting, -2 broken
        self._count = 0

    def __repr__(self):
        cls = type(self)
        if self.broken:
            return '<%s.%s at %#x: broken>' % (cls.__module__, cls.__qualname__, id(self))
        return '<%s.%s at %#x: waiters=%d/%d>' % (cls.__module__, cls.__qualname__, id(self),
                                                 self.n_waiting, self.parties)

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        if self._state == -2:
            raise BrokenBarrierError
        if self._parties == 1:
            # This thread alone fills the barrier.
            if self._action:
                try:
                    self._action()
                except:
                    self._state = -2
                    raise
            return 0
        if timeout is None:
            raise _thread._deadlock('Barrier.wait() with %d parties' % self._parties)
        if timeout > 0:
            import time
            time.sleep(timeout)
        self._state = -2
        raise BrokenBarrierError

    def reset(self):
        self._state = 0

    def abort(self):
        self._state = -2

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return 0

    @property
    def broken(self):
        return self._state == -2


_counter = 0


def _newname(name_template='Thread-%d'):
    global _counter
    _counter += 1
    return name_template % _counter


_active = {}     # ident -> the running Thread (only the main thread here)
_limbo = {}
_dangling = set()


class Thread:
    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        assert group is None, 'group argument must be None for now'
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname('Thread-%d')
            if target is not None:
                try:
                    name += ' (%s)' % target.__name__
                except AttributeError:
                    pass
        self._name = name
        self._target, self._args, self._kwargs = target, args, kwargs
        self._daemonic = daemon if daemon is not None else current_thread().daemon
        self._ident = None
        self._native_id = None
        self._started = Event()
        self._is_stopped = False
        self._initialized = True
        self._stderr = _sys.stderr
        self._invoke_excepthook = _make_invoke_excepthook()

    def __repr__(self):
        assert self._initialized, 'Thread.__init__() was not called'
        status = 'initial'
        if self._started.is_set():
            status = 'started'
        if self._is_stopped:
            status = 'stopped'
        if self._daemonic:
            status += ' daemon'
        if self._ident is not None:
            status += ' %s' % self._ident
        return '<%s(%s, %s)>' % (type(self).__name__, self._name, status)

    def start(self):
        if not self._initialized:
            raise RuntimeError('thread.__init__() not called')
        if self._started.is_set():
            raise RuntimeError('threads can only be started once')
        raise NotImplementedError('Immortal runs one thread per interpreter; threads are not supported yet')

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError('Thread.__init__() not called')
        if not self._started.is_set():
            raise RuntimeError('cannot join thread before it is started')
        if self is current_thread():
            raise RuntimeError('cannot join current thread')

    @property
    def name(self):
        assert self._initialized, 'Thread.__init__() not called'
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, 'Thread.__init__() not called'
        self._name = str(name)

    @property
    def ident(self):
        assert self._initialized, 'Thread.__init__() not called'
        return self._ident

    @property
    def native_id(self):
        assert self._initialized, 'Thread.__init__() not called'
        return self._native_id

    def is_alive(self):
        assert self._initialized, 'Thread.__init__() not called'
        return self._started.is_set() and not self._is_stopped

    @property
    def daemon(self):
        assert self._initialized, 'Thread.__init__() not called'
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError('Thread.__init__() not called')
        if self._started.is_set():
            raise RuntimeError('cannot set daemon status of active thread')
        self._daemonic = daemonic

    def isDaemon(self):
        _deprecated('isDaemon()', 'get the daemon attribute instead')
        return self.daemon

    def setDaemon(self, daemonic):
        _deprecated('setDaemon()', 'set the daemon attribute instead')
        self.daemon = daemonic

    def getName(self):
        _deprecated('getName()', 'get the name attribute instead')
        return self.name

    def setName(self, name):
        _deprecated('setName()', 'set the name attribute instead')
        self.name = name


ExceptHookArgs = _thread._ExceptHookArgs
excepthook = __excepthook__ = _thread._excepthook


def _make_invoke_excepthook():
    def invoke_excepthook(thread):
        hook = excepthook
        try:
            exc_type, exc_value, exc_tb = _sys.exc_info()
            hook(ExceptHookArgs([exc_type, exc_value, exc_tb, thread]))
        finally:
            exc_type = exc_value = exc_tb = None
    return invoke_excepthook


class Timer(Thread):
    """Calls function(*args, **kwargs) after interval seconds, unless cancelled first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.finished = Event()
        self.interval, self.function = interval, function
        self.args = [] if args is None else args
        self.kwargs = {} if kwargs is None else kwargs

    def cancel(self):
        """Stops the timer if it has not fired yet."""
        self.finished.set()

    def run(self):
        # Run directly (start() is not available): wait out the interval, then call.
        cancelled = self.finished.wait(self.interval)
        if not cancelled:
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name='MainThread', daemon=False)
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        _active[self._ident] = self


class _DummyThread(Thread):
    def __init__(self):
        raise NotImplementedError('Immortal has no foreign threads to wrap in a _DummyThread')


def current_thread():
    return _main_thread


def currentThread():
    _deprecated('currentThread()', 'use current_thread() instead')
    return current_thread()


def active_count():
    return len(_active) + len(_limbo)


def activeCount():
    _deprecated('activeCount()', 'use active_count() instead')
    return active_count()


def _enumerate():
    return list(_active.values()) + list(_limbo.values())


def enumerate():
    return list(_active.values()) + list(_limbo.values())


def main_thread():
    return _main_thread


_main_thread = _MainThread()
_threading_atexits = []
_SHUTTING_DOWN = False


def _register_atexit(func, *arg, **kwargs):
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")
    _threading_atexits.append(lambda: func(*arg, **kwargs))


def _shutdown():
    global _SHUTTING_DOWN
    _SHUTTING_DOWN = True
    for atexit_call in reversed(_threading_atexits):
        atexit_call()


def _after_fork(already_forked=False):
    pass
