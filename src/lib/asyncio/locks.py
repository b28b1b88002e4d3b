"""Synchronization primitives for tasks: Lock, Event, Condition, Semaphore, BoundedSemaphore, Barrier."""

__all__ = ('Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore', 'Barrier')

from collections import deque

from . import exceptions
from .mixins import _LoopBoundMixin


class _AsyncWith:
    """`async with primitive:` acquires on entry (the block gets None) and releases on exit."""

    async def __aenter__(self):
        await self.acquire()

    async def __aexit__(self, *exc_info):
        self.release()


def _describe(obj, state, waiters=None):
    if waiters:
        state = f'{state}, waiters:{len(waiters)}'
    return f'{object.__repr__(obj)[:-1]} [{state}]>'


def _first_pending(waiters):
    for fut in waiters or ():
        if not fut.done():
            return fut
    return None


class Lock(_AsyncWith, _LoopBoundMixin):
    """A mutual exclusion lock for tasks; waiters get it in the order they asked."""

    def __init__(self):
        self._locked = False
        self._waiters = None

    def __repr__(self):
        return _describe(self, 'locked' if self._locked else 'unlocked', self._waiters)

    def locked(self):
        return self._locked

    async def acquire(self):
        free = not self._locked
        if free and all(w.cancelled() for w in self._waiters or ()):
            self._locked = True
            return True
        queue = self._waiters
        if queue is None:
            queue = self._waiters = deque()
        ticket = self._get_loop().create_future()
        queue.append(ticket)
        try:
            try:
                await ticket
            finally:
                queue.remove(ticket)
        except exceptions.CancelledError:
            # We may have been handed the lock just as we were cancelled: pass it on.
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError('Lock is not acquired.')
        self._locked = False
        self._wake_up_first()

    def _wake_up_first(self):
        if self._waiters:
            head = self._waiters[0]
            if not head.done():
                head.set_result(True)


class Event(_LoopBoundMixin):
    """A flag that tasks can wait for."""

    def __init__(self):
        self._value = False
        self._waiters = deque()

    def __repr__(self):
        return _describe(self, 'set' if self._value else 'unset', self._waiters)

    def is_set(self):
        return self._value

    def clear(self):
        self._value = False

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    async def wait(self):
        if not self._value:
            ticket = self._get_loop().create_future()
            self._waiters.append(ticket)
            try:
                await ticket
            finally:
                self._waiters.remove(ticket)
        return True


class Condition(_AsyncWith, _LoopBoundMixin):
    """Tasks wait until notified, holding the underlying lock again when they wake."""

    def __init__(self, lock=None):
        self._lock = Lock() if lock is None else lock
        self._waiters = deque()
        # The lock's own methods, so that `async with cond` uses the lock.
        self.acquire, self.release, self.locked = (self._lock.acquire, self._lock.release,
                                                   self._lock.locked)

    def __repr__(self):
        return _describe(self, 'locked' if self.locked() else 'unlocked', self._waiters)

    async def wait(self):
        """Release the lock, wait for a notify, take the lock back; return True."""
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            ticket = self._get_loop().create_future()
            self._waiters.append(ticket)
            try:
                await ticket
            finally:
                self._waiters.remove(ticket)
            return True
        finally:
            await self._reacquire()

    async def _reacquire(self):
        # Take the lock back whatever happens; a cancellation meanwhile is raised afterwards.
        postponed = None
        while True:
            try:
                await self.acquire()
            except exceptions.CancelledError as exc:
                postponed = exc
            else:
                break
        if postponed is not None:
            try:
                raise postponed
            finally:
                postponed = None

    async def wait_for(self, predicate):
        """Wait until predicate() is true; return its last value."""
        while not (outcome := predicate()):
            await self.wait()
        return outcome

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        pending = [fut for fut in self._waiters if not fut.done()]
        for fut in pending[:n]:
            fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore(_AsyncWith, _LoopBoundMixin):
    """A counter of permits: acquire() takes one (waiting when none is left), release() returns one."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        self._value = value
        self._waiters = None

    def __repr__(self):
        state = 'locked' if self.locked() else f'unlocked, value:{self._value}'
        return _describe(self, state, self._waiters)

    def locked(self):
        if self._value == 0:
            return True
        return any(not w.cancelled() for w in self._waiters or ())

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            return True
        queue = self._waiters
        if queue is None:
            queue = self._waiters = deque()
        ticket = self._get_loop().create_future()
        queue.append(ticket)
        try:
            try:
                await ticket
            finally:
                queue.remove(ticket)
        except exceptions.CancelledError:
            if ticket.done() and not ticket.cancelled():
                # A permit was handed to us as we were cancelled: give it back.
                self._value += 1
            raise
        finally:
            while self._value > 0 and self._wake_up_next():
                pass
        return True

    def release(self):
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        ticket = _first_pending(self._waiters)
        if ticket is None:
            return False
        self._value -= 1
        ticket.set_result(True)
        return True


class BoundedSemaphore(Semaphore):
    """A Semaphore that refuses to be released above its initial value."""

    def __init__(self, value=1):
        super().__init__(value)
        self._limit = value

    def release(self):
        if self._value < self._limit:
            return super().release()
        raise ValueError('BoundedSemaphore released too many times')


_FILLING, _DRAINING, _RESETTING, _BROKEN = 'filling', 'draining', 'resetting', 'broken'


class Barrier(_LoopBoundMixin):
    """Lets `parties` tasks wait until all of them have arrived, then releases them together."""

    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._parties = parties
        self._cond = Condition()
        self._count = 0
        self._state = _FILLING

    def __repr__(self):
        state = self._state
        if state != _BROKEN:
            state += f', waiters:{self.n_waiting}/{self._parties}'
        return _describe(self, state)

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *exc_info):
        return None

    async def wait(self):
        """Wait for the other parties; return this task's arrival index (0 .. parties-1)."""
        cond = self._cond
        async with cond:
            # A barrier that is letting the previous round out must finish that first.
            await cond.wait_for(lambda: self._state not in (_DRAINING, _RESETTING))
            if self._state == _BROKEN:
                raise exceptions.BrokenBarrierError('Barrier aborted')
            arrival = self._count
            self._count = arrival + 1
            try:
                if arrival + 1 < self._parties:
                    await cond.wait_for(lambda: self._state != _FILLING)
                    if self._state in (_BROKEN, _RESETTING):
                        raise exceptions.BrokenBarrierError('Abort or reset of barrier')
                else:
                    self._state = _DRAINING
                    cond.notify_all()
                return arrival
            finally:
                self._count -= 1
                if not self._count and self._state in (_DRAINING, _RESETTING):
                    self._state = _FILLING
                cond.notify_all()

    async def reset(self):
        """Back to the empty state; tasks waiting now get BrokenBarrierError."""
        async with self._cond:
            self._state = _RESETTING if self._count else _FILLING
            self._cond.notify_all()

    async def abort(self):
        """Break the barrier: waiting and future calls to wait() get BrokenBarrierError."""
        async with self._cond:
            self._state = _BROKEN
            self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count if self._state == _FILLING else 0

    @property
    def broken(self):
        return self._state == _BROKEN
