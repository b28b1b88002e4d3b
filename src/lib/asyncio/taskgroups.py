"""asyncio.TaskGroup: structured concurrency; a failing child cancels the others."""

__all__ = ('TaskGroup',)

from . import events
from . import exceptions
from . import tasks


def _fatal(exc):
    return isinstance(exc, (SystemExit, KeyboardInterrupt))


class TaskGroup:
    """Tasks created here are awaited at the end of the `async with` block.

    The first child that fails cancels the other children and the body; the failures are raised
    together in an ExceptionGroup (a KeyboardInterrupt or SystemExit is raised as itself).
    """

    def __init__(self):
        self._loop = self._parent_task = None
        self._tasks = set()
        self._errors = []
        self._base_error = None
        # Phases: entered -> exiting (in __aexit__); aborting once the children are cancelled.
        self._entered = self._exiting = self._aborting = False
        self._parent_cancel_requested = False
        self._all_done = None  # a future __aexit__ waits on while children remain

    def __repr__(self):
        text = '<TaskGroup'
        if self._tasks:
            text += f' tasks={len(self._tasks)}'
        if self._errors:
            text += f' errors={len(self._errors)}'
        if self._aborting:
            text += ' cancelling'
        elif self._entered:
            text += ' entered'
        return text + '>'

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f'TaskGroup {self!r} has already been entered')
        self._loop = self._loop or events.get_running_loop()
        parent = tasks.current_task(self._loop)
        if parent is None:
            raise RuntimeError(f'TaskGroup {self!r} cannot determine the parent task')
        self._parent_task = parent
        self._entered = True
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        if exc is not None and _fatal(exc) and self._base_error is None:
            self._base_error = exc
        to_propagate = exc if et is exceptions.CancelledError else None
        if self._parent_cancel_requested and self._parent_task.uncancel() == 0:
            # We cancelled the parent to stop the body; that cancellation is ours to absorb.
            to_propagate = None
        if et is not None and not self._aborting:
            self._abort()

        while self._tasks:
            self._all_done = self._all_done or self._loop.create_future()
            try:
                await self._all_done
            except exceptions.CancelledError as outside:
                if not self._aborting:
                    # The parent was cancelled from outside while we wait: pass it on.
                    to_propagate = outside
                    self._abort()
            self._all_done = None

        if self._base_error is not None:
            raise self._base_error
        if to_propagate is not None and not self._errors:
            raise to_propagate
        if et not in (None, exceptions.CancelledError):
            self._errors.append(exc)
        if not self._errors:
            return None
        collected, self._errors = self._errors, None
        try:
            raise BaseExceptionGroup('unhandled errors in a TaskGroup', collected) from None
        finally:
            collected = None

    def create_task(self, coro, *, name=None, context=None):
        """Create a task that belongs to this group."""
        if not self._entered:
            problem = 'has not been entered'
        elif self._exiting and not self._tasks:
            problem = 'is finished'
        elif self._aborting:
            problem = 'is shutting down'
        else:
            problem = None
        if problem is not None:
            raise RuntimeError(f'TaskGroup {self!r} {problem}')
        extra = {} if context is None else {'context': context}
        task = self._loop.create_task(coro, **extra)
        if name is not None:
            task.set_name(name)
        if not task.done():
            self._tasks.add(task)
            task.add_done_callback(self._on_task_done)
        else:
            self._on_task_done(task)
        return task

    def _abort(self):
        self._aborting = True
        for child in self._tasks:
            if not child.done():
                child.cancel()

    def _on_task_done(self, task):
        self._tasks.discard(task)
        waiter = self._all_done
        if not self._tasks and waiter is not None and not waiter.done():
            waiter.set_result(True)
        error = None if task.cancelled() else task.exception()
        if error is None:
            return
        self._errors.append(error)
        if self._base_error is None and _fatal(error):
            self._base_error = error
        parent = self._parent_task
        if parent.done():
            self._loop.call_exception_handler({
                'message': f'Task {task!r} has errored out but its parent task {parent} is '
                           f'already completed',
                'exception': error,
                'task': task,
            })
        elif not (self._aborting or self._parent_cancel_requested):
            # Stop the body too: cancel the parent once; __aexit__ takes the cancel back.
            self._abort()
            self._parent_cancel_requested = True
            parent.cancel()
