# Low-level thread primitives (CPython's _thread, Modules/_threadmodule.c) for Immortal, which runs one
# Python thread per interpreter (docs: https://docs.python.org/3/library/_thread.html).
# Written in Python rather than TypeScript: with a single thread a lock is a flag and a counter, the
# module holds no native resources, and Python code keeps the reprs, messages and subclassing simple.
#
# Divergence from CPython, on purpose: a blocking acquire of a lock that is already held can never
# succeed here (no other thread exists to release it). CPython would wait forever; Immortal does not
# hang: with a timeout it sleeps for that long and returns False, without one it raises RuntimeError
# ("deadlock: ..."). start_new_thread raises NotImplementedError.

error = RuntimeError
TIMEOUT_MAX = 9223372036.0

_MAIN_IDENT = 0x7F3A5C1E0740   # any stable nonzero value; CPython's is the pthread_t of the thread
_stack_size = 0


def _deadlock(what):
    return RuntimeError(
        "deadlock: %s can never succeed; Immortal runs one thread per interpreter, so nothing "
        "else could release it (CPython would block forever)" % what)


def _parse_wait(blocking, timeout):
    """Checks acquire()'s arguments as CPython does; returns the timeout in seconds (-1: none)."""
    blocking = bool(blocking)
    if timeout is None:   # accepted by Lock.acquire? CPython says no: it must be a number
        raise TypeError("'NoneType' object cannot be interpreted as an integer")
    if not isinstance(timeout, (int, float)):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(timeout).__name__)
    timeout = float(timeout)
    if timeout != timeout:
        raise ValueError('Invalid value NaN (not a number)')
    if abs(timeout) > TIMEOUT_MAX:   # the timeout in nanoseconds would overflow 64 bits
        raise OverflowError('timestamp out of range for platform time_t')
    if not blocking and timeout != -1:
        raise ValueError("can't specify a timeout for a non-blocking call")
    if timeout < 0 and timeout != -1:
        raise ValueError("timeout value must be positive")
    return blocking, timeout


def _wait_in_vain(blocking, timeout, what):
    """The lock is held and only this thread exists: fail as a waiting thread eventually would."""
    if not blocking:
        return False
    if timeout >= 0:
        if timeout > 0:
            import time
            time.sleep(timeout)
        return False
    raise _deadlock(what)


class lock:
    __immortal_tp_name__ = '_thread.lock'  # CPython's C type name, for messages
    __slots__ = ('_held', '__weakref__')

    def __init__(self):
        self._held = False

    def acquire(self, blocking=True, timeout=-1):
        if blocking is not True or timeout != -1:   # the plain call needs no checks
            blocking, timeout = _parse_wait(blocking, timeout)
        if not self._held:
            self._held = True
            return True
        return _wait_in_vain(blocking, timeout, 'acquiring a lock this thread already holds')

    def release(self):
        if not self._held:
            raise RuntimeError('release unlocked lock')
        self._held = False

    def locked(self):
        return self._held

    def _at_fork_reinit(self):
        self._held = False

    acquire_lock = acquire
    release_lock = release
    locked_lock = locked
    __enter__ = acquire

    def __exit__(self, *exc):
        self.release()

    def __repr__(self):
        state = 'locked' if self._held else 'unlocked'
        return '<%s %s.%s object at %#x>' % (state, type(self).__module__, type(self).__qualname__, id(self))


LockType = lock


def allocate_lock():
    return LockType()


allocate = allocate_lock


class RLock:
    __immortal_tp_name__ = '_thread.RLock'  # CPython's C type name, for messages
    __slots__ = ('_owner', '_count', '__weakref__')

    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        self._owner = 0
        self._count = 0
        return self

    def acquire(self, blocking=True, timeout=-1):
        if blocking is not True or timeout != -1:
            _parse_wait(blocking, timeout)
        # The only thread is always the owner when the lock is held, so this never waits.
        if self._count >= 0xFFFFFFFF:
            raise OverflowError('Internal lock count overflowed')
        self._owner = _MAIN_IDENT
        self._count += 1
        return True

    __enter__ = acquire

    def release(self):
        if self._count == 0:
            raise RuntimeError('cannot release un-acquired lock')
        self._count -= 1
        if self._count == 0:
            self._owner = 0

    def __exit__(self, *exc):
        self.release()

    def _is_owned(self):
        return self._count > 0 and self._owner == get_ident()

    def _release_save(self):
        if self._count == 0:
            raise RuntimeError('cannot release un-acquired lock')
        state = (self._count, self._owner)
        self._count = 0
        self._owner = 0
        return state

    def _acquire_restore(self, state):
        self._count, self._owner = state

    def _recursion_count(self):
        return self._count if self._owner == get_ident() else 0

    def _at_fork_reinit(self):
        self._owner = 0
        self._count = 0

    def __repr__(self):
        return '<%s %s.%s object owner=%d count=%d at %#x>' % (
            'locked' if self._count else 'unlocked', type(self).__module__, type(self).__qualname__,
            self._owner, self._count, id(self))


def get_ident():
    return _MAIN_IDENT


def get_native_id():
    # The main thread's kernel id is the process id on Linux.
    import posix
    return posix.getpid()


def _count():
    return 0


def _is_main_interpreter():
    return True


def daemon_threads_allowed():
    return True


def stack_size(size=0, /):
    global _stack_size
    if not isinstance(size, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(size).__name__)
    if size != 0 and size < 32768:
        raise ValueError('size not valid: %d bytes' % size)
    old, _stack_size = _stack_size, size
    return old


def start_new_thread(function, args, kwargs=None, /):
    if not callable(function):
        raise TypeError('first arg must be callable')
    if not isinstance(args, tuple):
        raise TypeError('2nd arg must be a tuple')
    if kwargs is not None and not isinstance(kwargs, dict):
        raise TypeError('optional 3rd arg must be a dictionary')
    raise NotImplementedError('Immortal runs one thread per interpreter; threads are not supported yet')


start_new = start_new_thread


def exit():
    raise SystemExit


exit_thread = exit


def interrupt_main(signum=2, /):
    if signum != 2:
        raise NotImplementedError('interrupt_main: only SIGINT is supported by Immortal')
    # With one thread the pending signal would be handled as soon as this call returns.
    raise KeyboardInterrupt


def _set_sentinel():
    return LockType()


class _local:
    """Thread-local data; with a single thread, an ordinary attribute namespace."""
    __immortal_tp_name__ = '_thread._local'  # CPython's C type name, for messages

    def __new__(cls, /, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError('Initialization arguments are not supported')
        return object.__new__(cls)


class _ExceptHookArgs(tuple):
    n_fields = n_sequence_fields = 4
    n_unnamed_fields = 0

    def __new__(cls, seq):
        seq = tuple(seq)
        if len(seq) != 4:
            raise TypeError('_thread._ExceptHookArgs() takes a 4-sequence (%d-sequence given)' % len(seq))
        return tuple.__new__(cls, seq)

    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])

    def __repr__(self):
        return '_thread._ExceptHookArgs(exc_type=%r, exc_value=%r, exc_traceback=%r, thread=%r)' % tuple(self)

    def __reduce__(self):
        return (type(self), (tuple(self),))


def _excepthook(args, /):
    """Prints an exception raised by Thread.run() to sys.stderr (threading.excepthook)."""
    if type(args) is not _ExceptHookArgs:
        raise TypeError('_thread.excepthook argument type must be ExceptHookArgs')
    exc_type, exc_value, exc_tb, thread = args
    if exc_type is SystemExit:
        return
    import sys
    file = sys.stderr
    if file is None:
        file = getattr(thread, '_stderr', None) if thread is not None else None
        if file is None:
            return
    name = getattr(thread, 'name', None) if thread is not None else None
    if name is None:
        name = get_ident()
    file.write('Exception in thread %s:\n' % (name,))
    import traceback
    traceback.print_exception(exc_type, exc_value, exc_tb, file=file)
    file.flush()
