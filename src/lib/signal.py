"""Signal numbers and handlers (Linux numbering), written for Immortal from the signal module's
documentation.

Immortal runs Python code on a Node.js thread, which receives no operating-system signals on the
interpreter's behalf: handlers installed with signal.signal() are recorded (getsignal() and the
previous-handler results are exact) but the operating system never calls them. raise_signal() and
pthread_kill() of the current thread deliver a signal synchronously when a Python handler, SIG_IGN,
or a default action that ignores the signal applies; a default action that would stop or kill the
process raises NotImplementedError. Timers (alarm, setitimer) can be read and cancelled, not set.
"""

from enum import IntEnum as _IntEnum
from operator import index as _index

# ---- numbers ------------------------------------------------------------------------------------

_NAMES = (
    ('SIGHUP', 1), ('SIGINT', 2), ('SIGQUIT', 3), ('SIGILL', 4), ('SIGTRAP', 5), ('SIGABRT', 6),
    ('SIGIOT', 6), ('SIGBUS', 7), ('SIGFPE', 8), ('SIGKILL', 9), ('SIGUSR1', 10), ('SIGSEGV', 11),
    ('SIGUSR2', 12), ('SIGPIPE', 13), ('SIGALRM', 14), ('SIGTERM', 15), ('SIGSTKFLT', 16),
    ('SIGCHLD', 17), ('SIGCLD', 17), ('SIGCONT', 18), ('SIGSTOP', 19), ('SIGTSTP', 20),
    ('SIGTTIN', 21), ('SIGTTOU', 22), ('SIGURG', 23), ('SIGXCPU', 24), ('SIGXFSZ', 25),
    ('SIGVTALRM', 26), ('SIGPROF', 27), ('SIGWINCH', 28), ('SIGIO', 29), ('SIGPOLL', 29),
    ('SIGPWR', 30), ('SIGSYS', 31), ('SIGRTMIN', 34), ('SIGRTMAX', 64),
)

NSIG = 65
ITIMER_REAL = 0
ITIMER_VIRTUAL = 1
ITIMER_PROF = 2

Signals = _IntEnum('Signals', _NAMES, module=__name__)
Handlers = _IntEnum('Handlers', (('SIG_DFL', 0), ('SIG_IGN', 1)), module=__name__)
Sigmasks = _IntEnum('Sigmasks', (('SIG_BLOCK', 0), ('SIG_UNBLOCK', 1), ('SIG_SETMASK', 2)),
                    module=__name__)
globals().update(Signals.__members__)
globals().update(Handlers.__members__)
globals().update(Sigmasks.__members__)


class ItimerError(OSError):
    pass


ItimerError.__name__ = ItimerError.__qualname__ = 'itimer_error'

# What each signal means (glibc's strsignal texts); real-time signals are numbered from SIGRTMIN.
_TEXTS = (None, 'Hangup', 'Interrupt', 'Quit', 'Illegal instruction', 'Trace/breakpoint trap',
          'Aborted', 'Bus error', 'Floating point exception', 'Killed', 'User defined signal 1',
          'Segmentation fault', 'User defined signal 2', 'Broken pipe', 'Alarm clock', 'Terminated',
          'Stack fault', 'Child exited', 'Continued', 'Stopped (signal)', 'Stopped',
          'Stopped (tty input)', 'Stopped (tty output)', 'Urgent I/O condition',
          'CPU time limit exceeded', 'File size limit exceeded', 'Virtual timer expired',
          'Profiling timer expired', 'Window changed', 'I/O possible', 'Power failure',
          'Bad system call')

# Signals whose default action does nothing (the rest stop or end the process).
_DEFAULT_IGNORED = frozenset((17, 18, 23, 28))
# Signals the kernel does not let a process catch or ignore.
_UNCATCHABLE = frozenset((9, 19))


def _number(signalnum):
    n = _index(signalnum)
    if not 1 <= n < NSIG:
        raise ValueError('signal number out of range')
    return n


def _as_int(value):
    return int(value) if isinstance(value, _IntEnum) else value


def _as_enum(value, enum_class):
    try:
        return enum_class(value)
    except ValueError:
        return value


# ---- handlers -----------------------------------------------------------------------------------

def default_int_handler(signalnum, frame, /):
    """The default handler for SIGINT: raises KeyboardInterrupt."""
    raise KeyboardInterrupt


# Per signal number: the installed handler (0 = SIG_DFL, 1 = SIG_IGN, or a callable), as CPython
# starts: SIGINT handled by default_int_handler, SIGPIPE and SIGXFSZ ignored.
_handlers = {2: default_int_handler, 13: 1, 25: 1}


def signal(signalnum, handler, /):
    """Sets the handler for a signal; returns the previous one."""
    n = _number(signalnum)
    h = _as_int(handler)
    if not callable(h) and not (isinstance(h, int) and h in (0, 1)):
        raise TypeError('signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object')
    if n in _UNCATCHABLE or 32 <= n < 34:
        raise OSError(22, 'Invalid argument')
    old = _handlers.get(n, 0)
    if h == 0 and not callable(h):
        _handlers.pop(n, None)
    else:
        _handlers[n] = h
    return _as_enum(old, Handlers)


def getsignal(signalnum, /):
    """The current handler of a signal: SIG_DFL, SIG_IGN, a callable, or None."""
    return _as_enum(_handlers.get(_number(signalnum), 0), Handlers)


def strsignal(signalnum, /):
    """The system's description of a signal, or None when it has none."""
    n = _number(signalnum)
    if n < 32:
        return _TEXTS[n]
    if n < 34:
        return None
    return 'Real-time signal %d' % (n - 34)


def valid_signals():
    """The set of signal numbers valid on this platform."""
    return {_as_enum(n, Signals) for n in range(1, NSIG) if not 32 <= n < 34}


def _deliver(n):
    h = _handlers.get(n, 0)
    if callable(h):
        import sys
        h(n, sys._getframe(2))
    elif h == 0 and n not in _DEFAULT_IGNORED:
        raise NotImplementedError('signal: Immortal cannot perform the default action of %s '
                                  '(stopping or ending the process)' % Signals(n).name)


def raise_signal(signalnum, /):
    """Sends a signal to this process; a Python handler runs before this returns."""
    n = _index(signalnum)
    if n == 0:
        return None
    if not 1 <= n < NSIG:
        raise OSError(22, 'Invalid argument')
    _deliver(n)


def pthread_kill(thread_id, signalnum, /):
    """Sends a signal to a thread (0 only checks that the thread exists)."""
    import _thread
    n = _index(signalnum)
    if not 0 <= n < NSIG:
        raise OSError(22, 'Invalid argument')
    if thread_id != _thread.get_ident():
        raise NotImplementedError('signal.pthread_kill: Immortal can only signal the current thread')
    if n:
        _deliver(n)


def siginterrupt(signalnum, flag, /):
    """Whether system calls restart after the signal; nothing is delivered asynchronously here."""
    _number(signalnum)
    return None


_wakeup_fd = -1


def set_wakeup_fd(fd, /, *, warn_on_full_buffer=True):
    """Sets the descriptor written to when a signal arrives; returns the previous one."""
    global _wakeup_fd
    fd = _index(fd)
    if fd != -1:
        import os
        os.fstat(fd)
    old, _wakeup_fd = _wakeup_fd, fd
    return old


_blocked = set()


def pthread_sigmask(how, mask, /):
    """Changes the set of blocked signals; returns the previous set."""
    how = _as_int(how)
    nums = {_number(s) for s in mask}
    old = {_as_enum(n, Signals) for n in _blocked}
    if how == 0:
        _blocked.update(nums)
    elif how == 1:
        _blocked.difference_update(nums)
    elif how == 2:
        _blocked.clear()
        _blocked.update(nums)
    else:
        raise OSError(22, 'Invalid argument')
    _blocked.difference_update(_UNCATCHABLE)
    return old


def sigpending():
    """The signals pending while blocked: none ever are in Immortal."""
    return set()


def alarm(seconds, /):
    """Schedules SIGALRM; only alarm(0) (cancel, returning 0: nothing is scheduled) is supported."""
    if _index(seconds) != 0:
        raise NotImplementedError('signal.alarm: Immortal cannot deliver SIGALRM')
    return 0


def getitimer(which, /):
    """The (delay, interval) of a timer: never set in Immortal."""
    if which not in (0, 1, 2):
        raise ItimerError(22, 'Invalid argument')
    return (0.0, 0.0)


def setitimer(which, seconds, interval=0.0, /):
    """Sets a timer; only clearing one (seconds=0) is supported."""
    if which not in (0, 1, 2):
        raise ItimerError(22, 'Invalid argument')
    if float(seconds) != 0.0:
        raise NotImplementedError('signal.setitimer: Immortal cannot deliver timer signals')
    return (0.0, 0.0)


def _unsupported(name):
    def f(*args, **kwargs):
        raise NotImplementedError('signal.%s: Immortal receives no operating-system signals' % name)
    f.__name__ = f.__qualname__ = name
    return f


pause = _unsupported('pause')
sigwait = _unsupported('sigwait')
sigwaitinfo = _unsupported('sigwaitinfo')
sigtimedwait = _unsupported('sigtimedwait')
pidfd_send_signal = _unsupported('pidfd_send_signal')

del _unsupported


class struct_siginfo(tuple):
    """What sigwaitinfo()/sigtimedwait() return (they are not supported here): si_signo, si_code,
    si_errno, si_pid, si_uid, si_status, si_band."""

    n_fields = n_sequence_fields = 7
    n_unnamed_fields = 0

    def __new__(cls, values):
        values = tuple(values)
        if len(values) != 7:
            raise TypeError('signal.struct_siginfo() takes a 7-sequence (%d-sequence given)' % len(values))
        return tuple.__new__(cls, values)


for _i, _name in enumerate(('si_signo', 'si_code', 'si_errno', 'si_pid', 'si_uid', 'si_status', 'si_band')):
    setattr(struct_siginfo, _name, property(lambda self, _i=_i: self[_i]))
struct_siginfo.__module__ = 'signal'
del _i, _name
