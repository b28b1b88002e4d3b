# unittest.IsolatedAsyncioTestCase: a TestCase whose test methods, setUp/tearDown hooks and
# cleanups may be coroutine functions, run in an event loop of their own for each test.

import contextvars
import inspect
import warnings

from .case import TestCase

# (No `__unittest` marker here: as in CPython, this module's frames show in failure reports.)


class IsolatedAsyncioTestCase(TestCase):
    """Each test runs in a fresh asyncio event loop (an asyncio.Runner in debug mode); setUp,
    the test and tearDown share one contextvars context."""

    def __init__(self, methodName='runTest'):
        super().__init__(methodName)
        # The context the test's code runs in, and (while a test runs) its asyncio.Runner.
        self._asyncioTestContext = contextvars.copy_context()
        self._asyncioRunner = None

    async def asyncSetUp(self):
        "Awaited after setUp."

    async def asyncTearDown(self):
        "Awaited before tearDown."

    def addAsyncCleanup(self, func, /, *args, **kwargs):
        """addCleanup for a coroutine function (awaited in the test's loop)."""
        self.addCleanup(func, *args, **kwargs)

    async def enterAsyncContext(self, cm):
        """Enters an asynchronous context manager; its __aexit__ becomes a cleanup."""
        kind = type(cm)
        try:
            enter = kind.__aenter__
            leave = kind.__aexit__
        except AttributeError:
            raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object does not support "
                            f"the asynchronous context manager protocol") from None
        value = await enter(cm)
        self.addAsyncCleanup(leave, cm, None, None, None)
        return value

    def _callSetUp(self):
        # The loop exists before setUp runs (setUp may create futures on it).
        self._asyncioRunner.get_loop()
        self._asyncioTestContext.run(self.setUp)
        # Then the async part.
        self._callAsync(self.asyncSetUp)

    def _callTestMethod(self, method):
        # The test method may be a plain function too.
        if self._callMaybeAsync(method) is not None:
            warnings.warn(f'It is deprecated to return a value that is not None from a test '
                          f'case ({method})', DeprecationWarning, stacklevel=4)

    def _callTearDown(self):
        # The async part first, then tearDown.
        self._callAsync(self.asyncTearDown)
        self._asyncioTestContext.run(self.tearDown)

    def _callCleanup(self, function, *args, **kwargs):
        # Plain and async cleanups alike.
        self._callMaybeAsync(function, *args, **kwargs)

    def _callAsync(self, func, /, *args, **kwargs):
        if self._asyncioRunner is None:
            raise AssertionError('asyncio runner is not initialized')
        if not inspect.iscoroutinefunction(func):
            raise AssertionError(f'{func!r} is not an async function')
        return self._asyncioRunner.run(func(*args, **kwargs), context=self._asyncioTestContext)

    def _callMaybeAsync(self, func, /, *args, **kwargs):
        if self._asyncioRunner is None:
            raise AssertionError('asyncio runner is not initialized')
        if inspect.iscoroutinefunction(func):
            return self._asyncioRunner.run(func(*args, **kwargs),
                                           context=self._asyncioTestContext)
        return self._asyncioTestContext.run(func, *args, **kwargs)

    def _setupAsyncioRunner(self):
        import asyncio
        if self._asyncioRunner is not None:
            raise AssertionError('asyncio runner is already initialized')
        self._asyncioRunner = asyncio.Runner(debug=True)

    def _tearDownAsyncioRunner(self):
        runner, self._asyncioRunner = self._asyncioRunner, None
        runner.close()

    def debug(self):
        self._setupAsyncioRunner()
        super().debug()
        # (Left open when the test raised: __del__ closes it.)
        self._tearDownAsyncioRunner()

    def run(self, result=None):
        # A new loop for each test.
        self._setupAsyncioRunner()
        try:
            return super().run(result)
        finally:
            self._tearDownAsyncioRunner()

    def __del__(self):
        if self._asyncioRunner:
            self._tearDownAsyncioRunner()
