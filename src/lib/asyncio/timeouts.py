"""asyncio.timeout() and timeout_at(): cancel the enclosing task at a deadline, raise TimeoutError."""

__all__ = ('Timeout', 'timeout', 'timeout_at')


from . import events
from . import exceptions
from . import tasks


class _State:
    __slots__ = ('name', 'value')

    def __init__(self, name, value):
        self.name = name
        self.value = value

    def __repr__(self):
        return f'<_State.{self.name}: {self.value!r}>'


for _name, _value in (('CREATED', 'created'), ('ENTERED', 'active'), ('EXPIRING', 'expiring'),
                      ('EXPIRED', 'expired'), ('EXITED', 'finished')):
    setattr(_State, _name, _State(_name, _value))
del _name, _value


class Timeout:
    """An async context manager that cancels its task when the loop's clock reaches `when`."""

    def __init__(self, when):
        self._state = _State.CREATED
        self._timeout_handler = None
        self._task = None
        self._when = when

    def when(self):
        return self._when

    def reschedule(self, when):
        """Move the deadline (None: no deadline)."""
        if self._state is not _State.ENTERED:
            if self._state is _State.CREATED:
                raise RuntimeError('Timeout has not been entered')
            raise RuntimeError(f'Cannot change state of {self._state.value} Timeout')
        self._when = when
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None
        if when is not None:
            loop = events.get_running_loop()
            if when > loop.time():
                self._timeout_handler = loop.call_at(when, self._on_timeout)
            else:
                self._timeout_handler = loop.call_soon(self._on_timeout)

    def expired(self):
        return self._state in (_State.EXPIRING, _State.EXPIRED)

    def __repr__(self):
        shown = ''
        if self._state is _State.ENTERED:
            when = None if self._when is None else round(self._when, 3)
            shown = f' when={when}'
        return f'<Timeout [{self._state.value}]{shown}>'

    async def __aenter__(self):
        if self._state is not _State.CREATED:
            raise RuntimeError('Timeout has already been entered')
        task = tasks.current_task()
        if task is None:
            raise RuntimeError('Timeout should be used inside a task')
        self._state = _State.ENTERED
        self._task = task
        self._cancelling = task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        handler, self._timeout_handler = self._timeout_handler, None
        if handler is not None:
            handler.cancel()
        if self._state is _State.ENTERED:
            self._state = _State.EXITED
        elif self._state is _State.EXPIRING:
            self._state = _State.EXPIRED
            ours = self._task.uncancel() <= self._cancelling
            if ours and exc_type is exceptions.CancelledError:
                # Our cancellation, not someone else's: it becomes a TimeoutError.
                raise TimeoutError from exc_val
        return None

    def _on_timeout(self):
        self._task.cancel()
        self._state = _State.EXPIRING
        self._timeout_handler = None


def timeout(delay):
    """A Timeout that expires delay seconds from now (None: never, until rescheduled)."""
    loop = events.get_running_loop()
    return Timeout(None if delay is None else loop.time() + delay)


def timeout_at(when):
    """A Timeout that expires when the loop's time() reaches `when` (None: never)."""
    return Timeout(when)
