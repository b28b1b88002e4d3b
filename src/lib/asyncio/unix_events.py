"""The loop class and policy asyncio uses on POSIX systems (here: timers only, no selectors)."""

__all__ = ('SelectorEventLoop', 'AbstractChildWatcher', 'SafeChildWatcher', 'FastChildWatcher',
           'PidfdChildWatcher', 'MultiLoopChildWatcher', 'ThreadedChildWatcher',
           'DefaultEventLoopPolicy')

from . import base_events
from . import events


class _UnixSelectorEventLoop(base_events.BaseEventLoop):
    """The default loop: callbacks and timers (Immortal has no file descriptors to select on)."""


class _UnixDefaultEventLoopPolicy(events.BaseDefaultEventLoopPolicy):
    _loop_factory = _UnixSelectorEventLoop

    def get_child_watcher(self):
        raise NotImplementedError('asyncio subprocesses (child watchers) are not supported by '
                                  'Immortal')

    def set_child_watcher(self, watcher):
        raise NotImplementedError('asyncio subprocesses (child watchers) are not supported by '
                                  'Immortal')


SelectorEventLoop = _UnixSelectorEventLoop
DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy


class AbstractChildWatcher:
    """Child process watchers (for asyncio subprocesses, which Immortal does not support)."""

    def __init__(self, *args, **kwargs):
        raise NotImplementedError(f'{type(self).__name__}: asyncio subprocesses are not '
                                  f'supported by Immortal')


class SafeChildWatcher(AbstractChildWatcher):
    pass


class FastChildWatcher(AbstractChildWatcher):
    pass


class PidfdChildWatcher(AbstractChildWatcher):
    pass


class MultiLoopChildWatcher(AbstractChildWatcher):
    pass


class ThreadedChildWatcher(AbstractChildWatcher):
    pass
