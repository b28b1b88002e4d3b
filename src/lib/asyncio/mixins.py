"""A loop-binding helper for the synchronization primitives and queues."""

from . import events


class _LoopBoundMixin:
    """Binds the object to the loop it is first used in; using it from another loop is an error."""

    _loop = None

    def _get_loop(self):
        running = events._get_running_loop()
        if self._loop is None:
            self._loop = running
        elif running is not self._loop:
            raise RuntimeError(f'{self!r} is bound to a different event loop')
        return running
