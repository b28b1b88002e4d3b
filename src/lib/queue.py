# The queue module (https://docs.python.org/3/library/queue.html) for Immortal's one-thread
# interpreters. Non-blocking calls and calls with a timeout behave as in CPython (a timeout that no
# other thread can cut short is slept in full, then Empty or Full is raised). A blocking call with no
# timeout that would wait forever (get on an empty queue, put on a full one, join with unfinished
# tasks) raises the RuntimeError of a deadlocked lock (see _thread) instead of hanging.

import threading
import types
from _collections import deque   # the collections package itself is not needed (start-up time)

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'


def _check_timeout(timeout):
    if timeout is not None and timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


def _give_up(block, timeout, exc, what):
    """Nothing else can change the queue: fail now, after the timeout, or as a deadlock."""
    if block:
        if timeout is None:
            raise threading._thread._deadlock(what)
        if timeout > 0:
            import time
            time.sleep(timeout)
    raise exc


class Queue:
    '''Create a queue object with a given maximum size (<= 0: unbounded).'''

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0

    def task_done(self):
        with self.all_tasks_done:
            left = self.unfinished_tasks - 1
            if left < 0:
                raise ValueError('task_done() called too many times')
            self.unfinished_tasks = left

    def join(self):
        with self.all_tasks_done:
            if self.unfinished_tasks:
                raise threading._thread._deadlock(
                    'Queue.join() with %d unfinished task(s)' % self.unfinished_tasks)

    def qsize(self):
        with self.mutex:
            return self._qsize()

    def empty(self):
        with self.mutex:
            return not self._qsize()

    def full(self):
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        with self.not_full:
            if block and self.maxsize > 0:   # an unbounded queue never waits, so never checks
                _check_timeout(timeout)
            if self.maxsize > 0 and self._qsize() >= self.maxsize:
                self.mutex.release()
                try:
                    _give_up(block, timeout, Full, 'Queue.put() on a full queue')
                finally:
                    self.mutex.acquire()
            self._put(item)
            self.unfinished_tasks += 1

    def get(self, block=True, timeout=None):
        with self.not_empty:
            if block:
                _check_timeout(timeout)
            if not self._qsize():
                self.mutex.release()
                try:
                    _give_up(block, timeout, Empty, 'Queue.get() on an empty queue')
                finally:
                    self.mutex.acquire()
            return self._get()

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    # The storage; subclasses override these four.
    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    __class_getitem__ = classmethod(types.GenericAlias)   # Queue[int]


class PriorityQueue(Queue):
    '''A queue that returns its lowest entry first (a heap).'''

    def _init(self, maxsize):
        self.queue = []

    def _get(self):
        import heapq
        return heapq.heappop(self.queue)

    def _put(self, item):
        import heapq
        heapq.heappush(self.queue, item)


class LifoQueue(Queue):
    '''A queue that returns its newest entry first (a stack).'''

    def _init(self, maxsize):
        self.queue = []

    def _get(self):
        return self.queue.pop()

    def _put(self, item):
        self.queue.append(item)


class SimpleQueue:
    '''An unbounded FIFO queue without task tracking.'''
    __immortal_tp_name__ = '_queue.SimpleQueue'  # CPython's C type name, for messages

    def __init__(self):
        self._queue = deque()

    def put(self, item, block=True, timeout=None):
        self._queue.append(item)

    def put_nowait(self, item):
        self._queue.append(item)

    def get(self, block=True, timeout=None):
        if block and timeout is not None:
            if not isinstance(timeout, (int, float)):
                raise TypeError("'%s' object cannot be interpreted as an integer" % type(timeout).__name__)
            _check_timeout(timeout)
        if self._queue:
            return self._queue.popleft()
        _give_up(block, timeout, Empty, 'SimpleQueue.get() on an empty queue')

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return not self._queue

    def qsize(self):
        return len(self._queue)

    __class_getitem__ = classmethod(types.GenericAlias)


SimpleQueue.__module__ = '_queue'
