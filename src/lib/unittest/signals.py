# Control-C handling for test runs (unittest -c): the first SIGINT asks the registered results to
# stop after the current test, a second one raises KeyboardInterrupt as usual.

import weakref
import functools

__unittest = True

_results = weakref.WeakKeyDictionary()
_interrupt_handler = None


class _InterruptHandler:
    def __init__(self, default_handler):
        import signal
        self.original_handler = default_handler
        # Set by the first control-C.
        self.called = False
        if isinstance(default_handler, int):
            if default_handler == signal.SIG_DFL:
                default_handler = signal.default_int_handler
            elif default_handler == signal.SIG_IGN:
                # Control-C was ignored before: keep ignoring it.
                def default_handler(unused_signum, unused_frame):
                    pass
            else:
                raise TypeError('expected SIGINT signal handler to be signal.SIG_IGN, '
                                'signal.SIG_DFL, or a callable object')
        self.default_handler = default_handler

    def __call__(self, signum, frame):
        import signal
        if signal.getsignal(signal.SIGINT) is not self:
            # Someone replaced us: behave as the handler we replaced.
            self.default_handler(signum, frame)
            return
        if self.called:
            self.default_handler(signum, frame)
        self.called = True
        for result in list(_results.keys()):
            result.stop()


def registerResult(result):
    """Makes control-C (under installHandler) stop result's run."""
    _results[result] = 1


def removeResult(result):
    """Undoes registerResult; True if result was registered."""
    return _results.pop(result, None) is not None


def _signal_module():
    try:
        import signal
    except ImportError:
        raise NotImplementedError('unittest control-C handling needs the signal module, '
                                  'which this Immortal build lacks') from None
    return signal


def installHandler():
    global _interrupt_handler
    if _interrupt_handler is None:
        signal = _signal_module()
        _interrupt_handler = _InterruptHandler(signal.getsignal(signal.SIGINT))
        signal.signal(signal.SIGINT, _interrupt_handler)


def removeHandler(method=None):
    if method is not None:
        @functools.wraps(method)
        def inner(*args, **kwargs):
            signal = _signal_module()
            saved = signal.getsignal(signal.SIGINT)
            removeHandler()
            try:
                return method(*args, **kwargs)
            finally:
                signal.signal(signal.SIGINT, saved)
        return inner
    if _interrupt_handler is not None:
        signal = _signal_module()
        signal.signal(signal.SIGINT, _interrupt_handler.original_handler)
