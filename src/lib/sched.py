"""A generic event scheduler (Immortal's own implementation of CPython 3.12's sched).

Events are kept in a heap ordered by (time, priority, sequence); the sequence number makes the order
of events with equal time and priority the order in which they were entered.
"""

import heapq
import threading
import time as _time
from collections import namedtuple

__all__ = ["scheduler"]

Event = namedtuple('Event', 'time, priority, sequence, action, argument, kwargs')
Event.time.__doc__ = 'When the event is due, in the units of the scheduler\'s timefunc.'
Event.priority.__doc__ = 'Orders events due at the same time: lower runs first.'
Event.sequence.__doc__ = 'Entry counter: orders events with equal time and priority.'
Event.action.__doc__ = 'The callable run as action(*argument, **kwargs).'
Event.argument.__doc__ = 'Positional arguments for the action (a sequence).'
Event.kwargs.__doc__ = 'Keyword arguments for the action (a dict).'

# Default for the kwargs parameters: a fresh dict per event.
_sentinel = object()


class scheduler:

    def __init__(self, timefunc=_time.monotonic, delayfunc=_time.sleep):
        self._queue = []
        self._lock = threading.RLock()
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._counter = 0

    def enterabs(self, time, priority, action, argument=(), kwargs=_sentinel):
        """Schedule action(*argument, **kwargs) at the absolute time `time`; return the event."""
        if kwargs is _sentinel:
            kwargs = {}
        with self._lock:
            event = Event(time, priority, self._counter, action, argument, kwargs)
            self._counter += 1
            heapq.heappush(self._queue, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_sentinel):
        """Schedule an event `delay` time units from now (timefunc's units); return the event."""
        return self.enterabs(self.timefunc() + delay, priority, action, argument, kwargs)

    def cancel(self, event):
        """Remove an event from the queue (ValueError when it is not there)."""
        with self._lock:
            self._queue.remove(event)
            heapq.heapify(self._queue)

    def empty(self):
        """True when no event is waiting."""
        with self._lock:
            return not self._queue

    def run(self, blocking=True):
        """Run events until none is left.

        With blocking false, run the events that are due and return the delay until the next one
        (None when the queue is empty).
        """
        lock = self._lock
        queue = self._queue
        delayfunc = self.delayfunc
        timefunc = self.timefunc
        while True:
            with lock:
                if not queue:
                    break
                first = queue[0]
                now = timefunc()
                wait = first.time > now
                if not wait:
                    heapq.heappop(queue)
            if wait:
                if not blocking:
                    return first.time - now
                delayfunc(first.time - now)
            else:
                first.action(*first.argument, **first.kwargs)
                delayfunc(0)   # lets other threads run

    @property
    def queue(self):
        """The waiting events, in the order they will run, as a new list."""
        with self._lock:
            pending = self._queue[:]
        return [heapq.heappop(pending) for _ in range(len(pending))]
