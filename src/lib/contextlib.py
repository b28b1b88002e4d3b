"""Utilities for with-statement contexts (Immortal's own implementation of the contextlib module's
documented CPython 3.12 behaviour): contextmanager/asynccontextmanager, ContextDecorator,
ExitStack/AsyncExitStack, suppress, closing/aclosing, nullcontext, redirect_stdout/stderr, chdir,
AbstractContextManager/AbstractAsyncContextManager.

What user code can observe follows CPython: class names and MROs, the attributes gen/func/args/kwds
of generator-based managers, _recreate_cm, _RedirectStream._stream, ExitStack._exit_callbacks (a
deque of (is_sync, callback) pairs, run last-in first-out), the __context__ chains ExitStack builds
as if its callbacks were nested with statements, and every error message. os is imported only when
chdir is used."""

import abc
import sys
from _collections_abc import _check_methods
from collections import deque
from functools import wraps
from types import MethodType

__all__ = ['asynccontextmanager', 'contextmanager', 'closing', 'nullcontext',
           'AbstractContextManager', 'AbstractAsyncContextManager', 'AsyncExitStack',
           'ContextDecorator', 'ExitStack', 'redirect_stdout', 'redirect_stderr', 'suppress',
           'aclosing', 'chdir']

GenericAlias = type(list[int])


# Abstract bases ---------------------------------------------------------------------------------

class AbstractContextManager(abc.ABC):
    """ABC of objects usable in a with statement (__enter__ and __exit__)."""

    __slots__ = ()
    __class_getitem__ = classmethod(GenericAlias)

    def __enter__(self):
        """Enter the context; the default gives back the manager itself."""
        return self

    @abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        """Leave the context; a true result would suppress the exception."""
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is not AbstractContextManager:
            return NotImplemented
        return _check_methods(C, '__enter__', '__exit__')


class AbstractAsyncContextManager(abc.ABC):
    """ABC of objects usable in an async with statement (__aenter__ and __aexit__)."""

    __slots__ = ()
    __class_getitem__ = classmethod(GenericAlias)

    async def __aenter__(self):
        """Enter the context; the default gives back the manager itself."""
        return self

    @abc.abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        """Leave the context; a true result would suppress the exception."""
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is not AbstractAsyncContextManager:
            return NotImplemented
        return _check_methods(C, '__aenter__', '__aexit__')


# Managers usable as decorators ------------------------------------------------------------------

class ContextDecorator:
    """Mixin for context managers that can also decorate a function: each call of the function
    runs inside the manager (a fresh one where _recreate_cm makes one)."""

    def _recreate_cm(self):
        # a manager that can be entered more than once serves every call
        return self

    def __call__(self, func):
        @wraps(func)
        def inner(*args, **kwds):
            # every call runs in the manager _recreate_cm gives (a fresh one where needed)
            with self._recreate_cm():
                return func(*args, **kwds)
        return inner


class AsyncContextDecorator:
    """ContextDecorator for asynchronous context managers and coroutine functions."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @wraps(func)
        async def inner(*args, **kwds):
            # every call runs in the manager _recreate_cm gives (a fresh one where needed)
            async with self._recreate_cm():
                return await func(*args, **kwds)
        return inner


# @contextmanager and @asynccontextmanager --------------------------------------------------------

def _is_thrown_back(raised, thrown, wrapped_types):
    # After gen.throw(thrown) raised `raised`: is it the thrown exception itself, or (PEP 479) a
    # RuntimeError the generator machinery made from a thrown Stop(Async)Iteration?
    if raised is thrown:
        return True
    return (isinstance(raised, RuntimeError) and isinstance(thrown, wrapped_types)
            and raised.__cause__ is thrown)


def _factory(func, manager_class):
    # what the decorators return: a function that looks like func and makes a manager per call
    @wraps(func)
    def helper(*args, **kwds):
        return manager_class(func, args, kwds)
    return helper


class _GeneratorContextManagerBase:
    """Common part of the managers made by @contextmanager and @asynccontextmanager."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func = func
        self.args = args
        self.kwds = kwds
        # the manager documents itself with the generator function's docstring, if any
        own = getattr(func, '__doc__', None)
        self.__doc__ = type(self).__doc__ if own is None else own

    def _recreate_cm(self):
        # each decorated call needs its own generator: build a new manager from the same call
        return self.__class__(self.func, self.args, self.kwds)


class _GeneratorContextManager(_GeneratorContextManagerBase, AbstractContextManager,
                               ContextDecorator):
    """Context manager driven by a generator (made by @contextmanager)."""

    def __enter__(self):
        # once entered, the manager cannot be recreated: drop what _recreate_cm would need
        del self.args, self.kwds, self.func
        try:
            target = next(self.gen)    # run the generator up to its yield
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None
        return target

    def __exit__(self, typ, value, traceback):
        gen = self.gen
        if typ is None:
            try:
                next(gen)
            except StopIteration:
                return False
            try:
                raise RuntimeError("generator didn't stop")
            finally:
                gen.close()
        if value is None:
            value = typ()    # the with statement may pass just the type
        try:
            gen.throw(value)
        except StopIteration as stop:
            # the generator finished: the exception was swallowed, unless the with body raised
            # this very StopIteration
            return stop is not value
        except BaseException as raised:
            if not _is_thrown_back(raised, value, StopIteration):
                raise
            # the exception came back out unchanged: let the with statement re-raise it with the
            # traceback it had in the with body
            value.__traceback__ = traceback
            return False
        try:
            raise RuntimeError("generator didn't stop after throw()")
        finally:
            gen.close()


def contextmanager(func):
    """Decorator turning a generator function into a context manager factory: the code before
    the generator's single yield runs on entry, the yielded value is bound by `as`, and the rest
    runs on exit (an exception from the with body is raised at the yield)."""
    return _factory(func, _GeneratorContextManager)


class _AsyncGeneratorContextManager(_GeneratorContextManagerBase, AbstractAsyncContextManager,
                                    AsyncContextDecorator):
    """Asynchronous context manager driven by an async generator (made by @asynccontextmanager)."""

    async def __aenter__(self):
        del self.args, self.kwds, self.func
        try:
            target = await anext(self.gen)
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None
        return target

    async def __aexit__(self, typ, value, traceback):
        agen = self.gen
        if typ is None:
            try:
                await anext(agen)
            except StopAsyncIteration:
                return False
            try:
                raise RuntimeError("generator didn't stop")
            finally:
                await agen.aclose()
        if value is None:
            value = typ()
        try:
            await agen.athrow(value)
        except StopAsyncIteration as stop:
            return stop is not value
        except BaseException as raised:
            if not _is_thrown_back(raised, value, (StopIteration, StopAsyncIteration)):
                raise
            value.__traceback__ = traceback
            return False
        try:
            raise RuntimeError("generator didn't stop after athrow()")
        finally:
            await agen.aclose()


def asynccontextmanager(func):
    """Like contextmanager, for an async generator function and async with."""
    return _factory(func, _AsyncGeneratorContextManager)


# Small managers ---------------------------------------------------------------------------------

class closing(AbstractContextManager):
    """Gives back thing on entry and calls thing.close() on exit."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        # the with target is the object itself, not this wrapper
        return self.thing

    def __exit__(self, *exc_info):
        # whether or not the block raised; an exception still propagates
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    """Gives back thing on entry and awaits thing.aclose() on exit."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        # the async with target is the object itself, not this wrapper
        return self.thing

    async def __aexit__(self, *exc_info):
        # whether or not the block raised; an exception still propagates
        await self.thing.aclose()


class _RedirectStream(AbstractContextManager):
    # subclasses name the sys attribute in _stream; the replaced values are kept on a stack so
    # that one manager can be entered again while it is active
    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._old_targets = []

    def __enter__(self):
        name = self._stream
        self._old_targets.append(getattr(sys, name))
        setattr(sys, name, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        previous = self._old_targets.pop()
        setattr(sys, self._stream, previous)


class redirect_stdout(_RedirectStream):
    """Replaces sys.stdout with new_target for the duration of the with block."""
    _stream = 'stdout'


class redirect_stderr(_RedirectStream):
    """Replaces sys.stderr with new_target for the duration of the with block."""
    _stream = 'stderr'


class suppress(AbstractContextManager):
    """Swallows the listed exception types raised in the with block (and removes them from an
    exception group, re-raising what is left)."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass    # nothing to set up; `as` would bind None

    def __exit__(self, exctype, excinst, exctb):
        if exctype is None:
            return None
        wanted = self._exceptions
        if issubclass(exctype, wanted):
            return True
        if not issubclass(exctype, BaseExceptionGroup):
            return False
        _, rest = excinst.split(wanted)
        if rest is not None:
            raise rest
        return True


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """Does nothing; entering gives back enter_result (sync or async)."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        # for code that takes an optional manager: `with cm or nullcontext(x) as y`
        return self.enter_result

    def __exit__(self, *excinfo):
        pass

    async def __aenter__(self):
        # the same for async with
        return self.enter_result

    async def __aexit__(self, *excinfo):
        pass


class chdir(AbstractContextManager):
    """Changes the working directory to path for the with block (not thread-safe: the working
    directory belongs to the process)."""

    def __init__(self, path):
        self.path = path
        self._old_cwd = []

    def __enter__(self):
        import os
        self._old_cwd.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        import os
        os.chdir(self._old_cwd.pop())


# ExitStack and AsyncExitStack -------------------------------------------------------------------

def _no_protocol(cls, what):
    return TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does not support the "
                     f"{what} protocol")


def _link_context(new_exc, old_exc, frame_exc):
    # Make new_exc (raised by an exit callback) look as if it had been raised while old_exc was
    # being handled, like an exception from an inner with statement: walk new_exc's __context__
    # chain and hook old_exc in where the chain reaches the exception the stack was entered with.
    exc = new_exc
    while True:
        ctx = exc.__context__
        if ctx is None or ctx is old_exc:
            return    # already right
        if ctx is frame_exc:
            exc.__context__ = old_exc
            return
        exc = ctx


class _BaseExitStack:
    """Common part of ExitStack and AsyncExitStack: the registered callbacks."""

    def __init__(self):
        self._exit_callbacks = deque()

    def pop_all(self):
        """Move every registered callback to a new stack of the same type and return it."""
        moved = type(self)()
        moved._exit_callbacks, self._exit_callbacks = self._exit_callbacks, deque()
        return moved

    def _add(self, callback, is_sync=True):
        self._exit_callbacks.append((is_sync, callback))

    def push(self, exit):
        """Register exit as a callback with the signature of __exit__; a context manager (an
        object whose type has __exit__) registers its __exit__ method. Returns exit."""
        try:
            method = type(exit).__exit__
        except AttributeError:
            self._add(exit)    # a plain callable
        else:
            self._add(MethodType(method, exit))
        return exit

    def enter_context(self, cm):
        """Enter cm and register its __exit__; returns what __enter__ returned."""
        cls = type(cm)
        try:
            enter, exit = cls.__enter__, cls.__exit__
        except AttributeError:
            raise _no_protocol(cls, 'context manager') from None
        result = enter(cm)
        self._add(MethodType(exit, cm))
        return result

    def callback(self, callback, /, *args, **kwds):
        """Register callback(*args, **kwds) to run on exit (it cannot suppress exceptions).
        Returns callback."""
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._add(_exit_wrapper)
        return callback


class ExitStack(_BaseExitStack, AbstractContextManager):
    """Context manager that runs a dynamic set of exit callbacks, last registered first, on exit
    (or on close()), as if they were nested with statements."""

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        received = exc_details[0] is not None
        frame_exc = sys.exception()    # what was being handled around the with statement
        suppressed = False
        must_raise = False
        # exc_details is what the next callback gets: first the with statement's own arguments,
        # then the latest exception a callback raised, or no exception once one swallowed it
        callbacks = self._exit_callbacks
        while callbacks:
            is_sync, cb = callbacks.pop()
            assert is_sync
            try:
                if cb(*exc_details):
                    suppressed = True
                    must_raise = False
                    exc_details = (None, None, None)
            except BaseException as new_exc:
                _link_context(new_exc, exc_details[1], frame_exc)
                must_raise = True
                exc_details = (type(new_exc), new_exc, new_exc.__traceback__)
        if must_raise:
            exc = exc_details[1]
            # raising here would set exc.__context__ to frame_exc: put the chain built above back
            chain = exc.__context__
            try:
                raise exc
            except BaseException:
                exc.__context__ = chain
                raise
        return received and suppressed

    def close(self):
        """Run the callbacks now, as on a normal exit."""
        self.__exit__(None, None, None)


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    """ExitStack for async with: also takes asynchronous managers and callbacks, which are
    awaited in their turn."""

    async def enter_async_context(self, cm):
        """Enter the asynchronous manager cm and register its __aexit__; returns what
        __aenter__ returned."""
        cls = type(cm)
        try:
            enter, exit = cls.__aenter__, cls.__aexit__
        except AttributeError:
            raise _no_protocol(cls, 'asynchronous context manager') from None
        result = await enter(cm)
        self._add(MethodType(exit, cm), False)
        return result

    def push_async_exit(self, exit):
        """Register a coroutine function with the signature of __aexit__, or an asynchronous
        manager's __aexit__. Returns exit."""
        try:
            method = type(exit).__aexit__
        except AttributeError:
            self._add(exit, False)
        else:
            self._add(MethodType(method, exit), False)
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        """Register the coroutine function call callback(*args, **kwds) to be awaited on exit.
        Returns callback."""
        async def _exit_wrapper(exc_type, exc, tb):
            await callback(*args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._add(_exit_wrapper, False)
        return callback

    async def aclose(self):
        """Run the callbacks now, as on a normal exit."""
        await self.__aexit__(None, None, None)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        received = exc_details[0] is not None
        frame_exc = sys.exception()
        suppressed = False
        must_raise = False
        callbacks = self._exit_callbacks
        while callbacks:
            is_sync, cb = callbacks.pop()
            try:
                swallowed = cb(*exc_details) if is_sync else await cb(*exc_details)
                if swallowed:
                    suppressed = True
                    must_raise = False
                    exc_details = (None, None, None)
            except BaseException as new_exc:
                _link_context(new_exc, exc_details[1], frame_exc)
                must_raise = True
                exc_details = (type(new_exc), new_exc, new_exc.__traceback__)
        if must_raise:
            exc = exc_details[1]
            chain = exc.__context__
            try:
                raise exc
            except BaseException:
                exc.__context__ = chain
                raise
        return received and suppressed
