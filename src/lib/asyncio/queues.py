"""Queues for tasks: Queue (FIFO), PriorityQueue, LifoQueue."""

__all__ = ('Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty')

from collections import deque
from heapq import heappop, heappush

from . import locks
from .mixins import _LoopBoundMixin


class QueueEmpty(Exception):
    """get_nowait() on an empty queue."""


class QueueFull(Exception):
    """put_nowait() on a full queue."""


def _wake_one(waiters):
    # Wake the oldest waiter that still waits (cancelled ones are skipped and dropped).
    while waiters:
        fut = waiters.popleft()
        if not fut.done():
            fut.set_result(None)
            return


class Queue(_LoopBoundMixin):
    """A FIFO queue; maxsize <= 0 means unbounded. join() waits until every item is task_done().

    Subclasses choose the order by overriding _init (make self._queue), _put and _get.
    """

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._unfinished_tasks = 0
        self._getters, self._putters = deque(), deque()
        self._finished = locks.Event()
        self._finished.set()
        self._init(maxsize)

    def _init(self, maxsize):
        self._queue = deque()

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.popleft()

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def _format(self):
        parts = [f'maxsize={self._maxsize!r}']
        if getattr(self, '_queue', None):
            parts.append(f'_queue={list(self._queue)!r}')
        for label, waiters in (('_getters', self._getters), ('_putters', self._putters)):
            if waiters:
                parts.append(f'{label}[{len(waiters)}]')
        if self._unfinished_tasks:
            parts.append(f'tasks={self._unfinished_tasks}')
        return ' '.join(parts)

    def __str__(self):
        return f'<{type(self).__name__} {self._format()}>'

    def __repr__(self):
        return f'<{type(self).__name__} at {id(self):#x} {self._format()}>'

    @property
    def maxsize(self):
        return self._maxsize

    def qsize(self):
        return len(self._queue)

    def empty(self):
        return not self._queue

    def full(self):
        return 0 < self._maxsize <= self.qsize()

    async def _wait_turn(self, waiters, blocked):
        """Wait in `waiters` until woken; on cancellation pass a wake-up we got on."""
        ticket = self._get_loop().create_future()
        waiters.append(ticket)
        try:
            await ticket
        except:
            ticket.cancel()
            if ticket in waiters:
                waiters.remove(ticket)
            if not blocked() and not ticket.cancelled():
                _wake_one(waiters)
            raise

    async def put(self, item):
        """Put an item, waiting while the queue is full."""
        while self.full():
            await self._wait_turn(self._putters, self.full)
        return self.put_nowait(item)

    async def get(self):
        """Remove and return an item, waiting while the queue is empty."""
        while self.empty():
            await self._wait_turn(self._getters, self.empty)
        return self.get_nowait()

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._finished.clear()
        self._unfinished_tasks += 1
        _wake_one(self._getters)

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        got = self._get()
        _wake_one(self._putters)
        return got

    def task_done(self):
        """Mark one item got earlier as processed (join() waits for all of them)."""
        if self._unfinished_tasks < 1:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if not self._unfinished_tasks:
            self._finished.set()

    async def join(self):
        """Wait until every item put has been marked task_done()."""
        if self._unfinished_tasks:
            await self._finished.wait()


class PriorityQueue(Queue):
    """Items come out smallest first (entries are often (priority, data) tuples)."""

    def _init(self, maxsize):
        self._queue = []

    def _get(self):
        return heappop(self._queue)

    def _put(self, item):
        heappush(self._queue, item)


class LifoQueue(Queue):
    """The last item put comes out first."""

    def _init(self, maxsize):
        self._queue = []

    def _get(self):
        return self._queue.pop()

    def _put(self, item):
        self._queue.append(item)
