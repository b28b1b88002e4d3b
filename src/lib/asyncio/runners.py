"""asyncio.run() and asyncio.Runner."""

__all__ = ('Runner', 'run')

import contextvars

from . import coroutines
from . import events
from . import exceptions
from . import tasks

_NEW, _READY, _DONE = 'created', 'initialized', 'closed'


class Runner:
    """Runs coroutines on one event loop, made on first use and closed by close() (or `with`)."""

    def __init__(self, *, debug=None, loop_factory=None):
        self._debug, self._loop_factory = debug, loop_factory
        self._state = _NEW
        self._loop = self._context = None
        self._owns_current_loop = False
        self._interrupt_count = 0

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, *exc_info):
        self.close()

    def get_loop(self):
        self._lazy_init()
        return self._loop

    def run(self, coro, *, context=None):
        """Run the coroutine to completion on the runner's loop and return its result."""
        if not coroutines.iscoroutine(coro):
            raise ValueError(f'a coroutine was expected, got {coro!r}')
        if events._get_running_loop() is not None:
            raise RuntimeError('Runner.run() cannot be called from a running event loop')
        self._lazy_init()
        task = self._loop.create_task(coro, context=self._context if context is None else context)
        try:
            return self._loop.run_until_complete(task)
        except exceptions.CancelledError:
            if self._interrupt_count and getattr(task, 'uncancel', lambda: 1)() == 0:
                raise KeyboardInterrupt()
            raise

    def close(self):
        """Cancel the tasks left, close the asynchronous generators, then close the loop."""
        if self._state != _READY:
            return
        loop = self._loop
        try:
            _cancel_all_tasks(loop)
            for cleanup in (loop.shutdown_asyncgens, loop.shutdown_default_executor):
                loop.run_until_complete(cleanup())
        finally:
            self._state = _DONE
            self._loop = None
            if self._owns_current_loop:
                events.set_event_loop(None)
            loop.close()

    def _lazy_init(self):
        if self._state == _READY:
            return
        if self._state == _DONE:
            raise RuntimeError('Runner is closed')
        factory = self._loop_factory
        if factory is not None:
            self._loop = factory()
        else:
            self._loop = events.new_event_loop()
            if not self._owns_current_loop:
                # Code that calls get_event_loop() inside the run gets this loop.
                self._owns_current_loop = True
                events.set_event_loop(self._loop)
        if self._debug is not None:
            self._loop.set_debug(self._debug)
        self._context = contextvars.copy_context()
        self._state = _READY


def run(main, *, debug=None):
    """Run the coroutine `main` on a new event loop, close the loop, and return main's result."""
    if events._get_running_loop() is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    with Runner(debug=debug) as runner:
        return runner.run(main)


def _cancel_all_tasks(loop):
    leftovers = tasks.all_tasks(loop)
    if not leftovers:
        return
    for task in leftovers:
        task.cancel()
    loop.run_until_complete(tasks.gather(*leftovers, return_exceptions=True))
    for task in leftovers:
        error = None if task.cancelled() else task.exception()
        if error is not None:
            loop.call_exception_handler({'message': 'unhandled exception during asyncio.run() '
                                                    'shutdown',
                                         'exception': error, 'task': task})
