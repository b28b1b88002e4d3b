"""Tasks (coroutines driven by the loop) and the functions that combine awaitables."""

__all__ = (
    'Task', 'create_task', 'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'wait',
    'wait_for', 'as_completed', 'sleep', 'gather', 'shield', 'ensure_future',
    'run_coroutine_threadsafe', 'current_task', 'all_tasks', 'create_eager_task_factory',
    'eager_task_factory', '_register_task', '_unregister_task', '_enter_task', '_leave_task',
)

import contextvars
import functools
import itertools
import types
import _weakref

from . import coroutines
from . import events
from . import exceptions
from . import futures
from . import format_helpers

# The parts CPython implements in C (_asyncio): no frames in tracebacks, builtin functions.
__immortal_native__ = ('Task', 'current_task', '_register_task', '_unregister_task',
                       '_enter_task', '_leave_task')

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_RETURN_WHEN = (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED)

_task_numbers = itertools.count(1)

# Weak references to the tasks not yet finished (the loop's queues hold the strong references).
_scheduled_tasks = set()
# loop -> the task whose step is running on it
_current_tasks = {}


def current_task(loop=None):
    """The task running now on the loop (the running loop by default), or None."""
    return _current_tasks.get(events.get_running_loop() if loop is None else loop)


def all_tasks(loop=None):
    """The tasks of the loop (the running one by default) that are not done yet."""
    if loop is None:
        loop = events.get_running_loop()
    found = set()
    for ref in list(_scheduled_tasks):
        task = ref()
        if task is not None and futures._get_loop(task) is loop and not task.done():
            found.add(task)
    return found


def _register_task(task):
    _scheduled_tasks.add(_weakref.ref(task, _scheduled_tasks.discard))


def _unregister_task(task):
    _scheduled_tasks.discard(_weakref.ref(task))


def _enter_task(loop, task):
    running = _current_tasks.get(loop)
    if running is not None:
        raise RuntimeError(f'Cannot enter into task {task!r} while another task {running!r} '
                           f'is being executed.')
    _current_tasks[loop] = task


def _leave_task(loop, task):
    running = _current_tasks.get(loop)
    if running is not task:
        raise RuntimeError(f'Leaving task {task!r} does not match the current task {running!r}.')
    del _current_tasks[loop]


def _task_repr_info(task):
    words = futures._future_repr_info(task)
    if task.cancelling() and not task.done():
        words[0] = 'cancelling'
    words[1:1] = [f'name={task.get_name()!r}',
                  f'coro=<{format_helpers._format_coroutine(task._coro)}>']
    if task._fut_waiter is not None:
        words.insert(3, f'wait_for={task._fut_waiter!r}')
    return words


class Task(futures.Future):
    """Runs a coroutine on the loop, one step per callback, each step in the task's context."""
    __immortal_tp_name__ = '_asyncio.Task'  # CPython's C type name, for messages

    _log_destroy_pending = True

    def __init__(self, coro, *, loop=None, name=None, context=None, eager_start=False):
        super().__init__(loop=loop)
        if self._source_traceback:
            self._source_traceback.pop()
        if not coroutines.iscoroutine(coro):
            self._log_destroy_pending = False
            raise TypeError(f'a coroutine was expected, got {coro!r}')
        number = next(_task_numbers)  # CPython counts named tasks too
        self._name = f'Task-{number}' if name is None else str(name)
        self._num_cancels_requested = 0
        self._must_cancel = False
        self._fut_waiter = None
        self._coro = coro
        self._context = contextvars.copy_context() if context is None else context
        if eager_start:
            raise NotImplementedError('eager tasks (eager_start=True) are not supported by '
                                      'Immortal yet')
        _register_task(self)
        self._loop.call_soon(self.__step, context=self._context)

    def __del__(self):
        if self._state == futures._PENDING and self._log_destroy_pending:
            details = {'task': self, 'message': 'Task was destroyed but it is pending!'}
            if self._source_traceback:
                details['source_traceback'] = self._source_traceback
            self._loop.call_exception_handler(details)
        super().__del__()

    def __repr__(self):
        return f"<{type(self).__name__} {' '.join(self._repr_info())}>"

    def _repr_info(self):
        return _task_repr_info(self)

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def get_coro(self):
        return self._coro

    def get_context(self):
        return self._context

    def set_result(self, result):
        raise RuntimeError(f'Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError(f'Task does not support set_exception operation')

    def get_stack(self, *, limit=None):
        """The frames of the suspended coroutine chain (or the traceback of its exception)."""
        frames = []
        if self._exception is not None:
            tb = self._exception.__traceback__
            while tb is not None and (limit is None or len(frames) < limit):
                frames.append(tb.tb_frame)
                tb = tb.tb_next
            return frames
        coro = self._coro
        frame = getattr(coro, 'cr_frame', None)
        if frame is None:
            frame = getattr(coro, 'gi_frame', None)
        # The coroutine's own frame and its callers (none while it is suspended).
        while frame is not None:
            frames.append(frame)
            frame = frame.f_back
        frames.reverse()
        if limit is not None:
            frames = frames[-limit:] if limit > 0 else []
        return frames

    def print_stack(self, *, limit=None, file=None):
        import linecache
        import sys
        out = sys.stderr if file is None else file
        frames = self.get_stack(limit=limit)
        if not frames:
            print(f'No stack for {self!r}', file=out)
        elif self._exception is not None:
            print(f'Traceback for {self!r} (most recent call last):', file=out)
        else:
            print(f'Stack for {self!r} (most recent call last):', file=out)
        for frame in frames:
            code = frame.f_code
            print(f'  File "{code.co_filename}", line {frame.f_lineno}, in {code.co_name}',
                  file=out)
            text = linecache.getline(code.co_filename, frame.f_lineno).strip()
            if text:
                print(f'    {text}', file=out)
        if self._exception is not None:
            import traceback
            for line in traceback.format_exception_only(self._exception):
                print(line, file=out, end='')

    def cancel(self, msg=None):
        """Ask the coroutine to stop: a CancelledError is thrown into it at its next step."""
        self._log_traceback = False
        if self.done():
            return False
        self._num_cancels_requested += 1
        waiter = self._fut_waiter
        if waiter is not None and waiter.cancel(msg=msg):
            # The waiter's cancellation wakes us with the CancelledError.
            return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def __step(self, exc=None):
        if self.done():
            raise exceptions.InvalidStateError(f'_step(): already done: {self!r}, {exc!r}')
        if self._must_cancel:
            # A cancel() arrived while nothing was awaited: deliver it now.
            self._must_cancel = False
            if not isinstance(exc, exceptions.CancelledError):
                exc = self._make_cancelled_error()
        loop = self._loop
        self._fut_waiter = None
        _enter_task(loop, self)
        try:
            self.__advance(exc)
        finally:
            _leave_task(loop, self)
            self = None

    def __advance(self, exc):
        coro = self._coro
        try:
            if exc is None:
                yielded = coro.send(None)
            else:
                yielded = coro.throw(exc)
        except StopIteration as stop:
            if self._must_cancel:
                # cancel() came while the last step ran: the task ends cancelled all the same.
                self._must_cancel = False
                futures.Future.cancel(self, msg=self._cancel_message)
            else:
                futures.Future.set_result(self, stop.value)
        except exceptions.CancelledError as cancelled:
            self._cancelled_exc = cancelled
            futures.Future.cancel(self)
        except (KeyboardInterrupt, SystemExit) as fatal:
            futures.Future.set_exception(self, fatal)
            raise
        except BaseException as error:
            futures.Future.set_exception(self, error)
        else:
            self.__wait_on(yielded)
        finally:
            exc = None

    def __wait_on(self, yielded):
        blocking = getattr(yielded, '_asyncio_future_blocking', None)
        if blocking is not None:
            if futures._get_loop(yielded) is not self._loop:
                problem = RuntimeError(
                    f'Task {self!r} got Future {yielded!r} attached to a different loop')
            elif not blocking:
                problem = RuntimeError(
                    f'yield was used instead of yield from in task {self!r} with {yielded!r}')
            elif yielded is self:
                problem = RuntimeError(f'Task cannot await on itself: {self!r}')
            else:
                yielded._asyncio_future_blocking = False
                yielded.add_done_callback(self.__wakeup, context=self._context)
                self._fut_waiter = yielded
                if self._must_cancel and yielded.cancel(msg=self._cancel_message):
                    self._must_cancel = False
                return
        elif yielded is None:
            # A bare yield (sleep(0)): run again on the next pass.
            self._loop.call_soon(self.__step, context=self._context)
            return
        elif isinstance(yielded, types.GeneratorType):
            problem = RuntimeError(f'yield was used instead of yield from for generator in task '
                                   f'{self!r} with {yielded!r}')
        else:
            problem = RuntimeError(f'Task got bad yield: {yielded!r}')
        self._loop.call_soon(self.__step, problem, context=self._context)

    def __wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            self.__step(exc)
        else:
            self.__step()
        self = None

    __wakeup.__qualname__ = 'Task.task_wakeup'
    __step.__qualname__ = 'Task.task_step'


Task.__module__ = '_asyncio'
_PyTask = Task


def create_task(coro, *, name=None, context=None):
    """Schedule the coroutine as a task on the running loop."""
    loop = events.get_running_loop()
    if context is None:
        return loop.create_task(coro, name=name)
    return loop.create_task(coro, name=name, context=context)


def create_eager_task_factory(custom_task_constructor):
    raise NotImplementedError('eager task factories are not supported by Immortal yet')


def eager_task_factory(loop, coro, *, name=None, context=None):
    raise NotImplementedError('eager task factories are not supported by Immortal yet')


def ensure_future(coro_or_future, *, loop=None):
    """A future for the argument: itself when it is one, else a task (or a wrapped awaitable)."""
    if futures.isfuture(coro_or_future):
        if loop is not None and loop is not futures._get_loop(coro_or_future):
            raise ValueError('The future belongs to a different loop than the one specified as '
                             'the loop argument')
        return coro_or_future
    is_coro = coroutines.iscoroutine(coro_or_future)
    if not is_coro:
        if not coroutines._isawaitable(coro_or_future):
            raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
        coro_or_future = _wrap_awaitable(coro_or_future)
    loop = loop or events.get_event_loop()
    try:
        return loop.create_task(coro_or_future)
    except RuntimeError:
        if is_coro:
            coro_or_future.close()  # never awaited, on purpose: no warning
        raise


async def _wrap_awaitable(awaitable):
    return await awaitable


@types.coroutine
def _yield_once():
    yield


async def sleep(delay, result=None):
    """Suspend for delay seconds (0: let the other tasks run once), then return result."""
    if delay <= 0:
        await _yield_once()
        return result
    loop = events.get_running_loop()
    waiter = loop.create_future()
    timer = loop.call_later(delay, futures._set_result_unless_cancelled, waiter, result)
    try:
        return await waiter
    finally:
        timer.cancel()


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def _cancel_and_wait(fut):
    """Cancel fut and wait until it has really finished."""
    loop = events.get_running_loop()
    waiter = loop.create_future()
    wake = functools.partial(_release_waiter, waiter)
    fut.add_done_callback(wake)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(wake)


async def wait_for(fut, timeout):
    """Await fut, cancelling it and raising TimeoutError after timeout seconds (None: no limit)."""
    if timeout is not None and timeout <= 0:
        # No time at all: the result if it is already there, else cancel and time out.
        task = ensure_future(fut)
        if not task.done():
            await _cancel_and_wait(task)
            try:
                return task.result()
            except exceptions.CancelledError as cancelled:
                raise TimeoutError from cancelled
        return task.result()
    from . import timeouts
    async with timeouts.timeout(timeout):
        return await fut


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures and tasks of fs; return the sets (done, pending)."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f'expect a list of futures, not {type(fs).__name__}')
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in _RETURN_WHEN:
        raise ValueError(f'Invalid return_when value: {return_when}')
    fs = set(fs)
    if any(map(coroutines.iscoroutine, fs)):
        raise TypeError('Passing coroutines is forbidden, use tasks explicitly.')
    loop = events.get_running_loop()
    return await _wait(fs, timeout, return_when, loop)


async def _wait(fs, timeout, return_when, loop):
    waiter = loop.create_future()
    timer = None
    if timeout is not None:
        timer = loop.call_later(timeout, _release_waiter, waiter)
    remaining = len(fs)

    def one_done(fut):
        nonlocal remaining
        remaining -= 1
        enough = (remaining <= 0 or return_when == FIRST_COMPLETED
                  or (return_when == FIRST_EXCEPTION and not fut.cancelled()
                      and fut.exception() is not None))
        if enough:
            if timer is not None:
                timer.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for fut in fs:
        fut.add_done_callback(one_done)
    try:
        await waiter
    finally:
        if timer is not None:
            timer.cancel()
        for fut in fs:
            fut.remove_done_callback(one_done)
    done = set()
    pending = set()
    for fut in fs:
        (done if fut.done() else pending).add(fut)
    return done, pending


def as_completed(fs, *, timeout=None):
    """Iterate over coroutines that give the results of fs in the order they finish."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f'expect an iterable of futures, not {type(fs).__name__}')
    return _as_completed(fs, timeout)


def _as_completed(fs, timeout):
    import collections
    loop = events._get_running_loop() or events.get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    finished = collections.deque()
    wanted = collections.deque()
    timer = None

    def deliver(item):
        if wanted:
            waiter = wanted.popleft()
            if not waiter.done():
                waiter.set_result(item)
                return
        finished.append(item)

    def on_timeout():
        for fut in todo:
            fut.remove_done_callback(on_completion)
        todo.clear()
        deliver(None)

    def on_completion(fut):
        if not todo:
            return
        todo.discard(fut)
        deliver(fut)
        if not todo and timer is not None:
            timer.cancel()

    async def next_result():
        if finished:
            fut = finished.popleft()
        else:
            waiter = loop.create_future()
            wanted.append(waiter)
            fut = await waiter
        if fut is None:
            # Later calls time out as well.
            finished.appendleft(None)
            raise exceptions.TimeoutError
        return fut.result()

    for fut in todo:
        fut.add_done_callback(on_completion)
    if todo and timeout is not None:
        timer = loop.call_later(timeout, on_timeout)
    for _ in range(len(todo)):
        yield next_result()


class _GatheringFuture(futures.Future):
    """The future gather() returns: cancelling it cancels the children."""

    def __init__(self, children, *, loop):
        self._cancel_requested = False
        self._children = children
        super().__init__(loop=loop)

    def cancel(self, msg=None):
        if self.done():
            return False
        # Cancel every child (no short cut: each must get the request).
        results = [child.cancel(msg=msg) for child in self._children]
        if any(results):
            self._cancel_requested = True
            return True
        return False


def gather(*coros_or_futures, return_exceptions=False):
    """A future for the results of all the awaitables, in order."""
    if not coros_or_futures:
        empty = events.get_event_loop().create_future()
        empty.set_result([])
        return empty

    by_arg = {}
    children = []
    loop = None
    for arg in coros_or_futures:
        if arg in by_arg:
            children.append(by_arg[arg])
            continue
        fut = ensure_future(arg, loop=loop)
        if loop is None:
            loop = futures._get_loop(fut)
        if fut is not arg:
            # gather made this task: it reports the errors, not the task's destructor.
            fut._log_destroy_pending = False
        by_arg[arg] = fut
        children.append(fut)

    outer = _GatheringFuture(children, loop=loop)
    total = len(by_arg)
    finished = 0

    def child_done(fut):
        nonlocal finished
        finished += 1
        if outer is None or outer.done():
            if not fut.cancelled():
                fut.exception()  # seen: don't log it as never retrieved
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            error = fut.exception()
            if error is not None:
                outer.set_exception(error)
                return
        if finished < total:
            return
        results = []
        for child in children:
            if child.cancelled():
                message = child._cancel_message
                results.append(exceptions.CancelledError('' if message is None else message))
            else:
                error = child.exception()
                results.append(child.result() if error is None else error)
        if outer._cancel_requested:
            outer.set_exception(fut._make_cancelled_error())
        else:
            outer.set_result(results)

    for fut in by_arg.values():
        fut.add_done_callback(child_done)
    return outer


_shielded = set()


def shield(arg):
    """A future that follows arg but whose cancellation does not reach arg."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = futures._get_loop(inner)
    outer = loop.create_future()
    _shielded.add(inner)

    def inner_done(inner):
        _shielded.discard(inner)
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
            return
        error = inner.exception()
        if error is not None:
            outer.set_exception(error)
        else:
            outer.set_result(inner.result())

    def outer_done(outer):
        if not inner.done():
            inner.remove_done_callback(inner_done)

    inner.add_done_callback(inner_done)
    outer.add_done_callback(outer_done)
    return outer


def run_coroutine_threadsafe(coro, loop):
    raise NotImplementedError('Immortal runs one thread per interpreter: '
                              'asyncio.run_coroutine_threadsafe() is not supported')
