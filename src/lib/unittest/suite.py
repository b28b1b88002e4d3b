# unittest.suite: TestSuite, a composite of tests that also runs the class and module fixtures
# (setUpClass/tearDownClass, setUpModule/tearDownModule) around the tests it runs.

import sys

from . import case
from . import util

__unittest = True


def _call_if_exists(parent, attr):
    method = getattr(parent, attr, None)
    if method is not None:
        method()


class BaseTestSuite(object):
    """A collection of tests (cases or suites), run in order; no fixtures."""

    # Drop each test once it has run (so the objects it made can be freed).
    _cleanup = True

    def __init__(self, tests=()):
        self._tests = []
        # How many test cases the dropped tests held.
        self._removed_tests = 0
        self.addTests(tests)

    def __repr__(self):
        return f'<{util.strclass(self.__class__)} tests={list(self)}>'

    def __iter__(self):
        return iter(self._tests)

    def __eq__(self, other):
        if isinstance(other, self.__class__):
            return list(self) == list(other)
        return NotImplemented

    def countTestCases(self):
        total = self._removed_tests
        for test in self:
            if test:
                total += test.countTestCases()
        return total

    def addTest(self, test):
        if not callable(test):
            raise TypeError(f'{test!r} is not callable')
        if isinstance(test, type) and issubclass(test, (case.TestCase, TestSuite)):
            raise TypeError('TestCases and TestSuites must be instantiated '
                            'before passing them to addTest()')
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError('tests must be an iterable of tests, not a string')
        for test in tests:
            self.addTest(test)

    def run(self, result):
        for position, test in enumerate(self):
            if result.shouldStop:
                break
            test(result)
            if self._cleanup:
                self._removeTestAtIndex(position)
        return result

    def _removeTestAtIndex(self, index):
        """Forgets a test that has run (so its objects can go), keeping it in the count."""
        try:
            test = self._tests[index]
        except TypeError:
            # A subclass whose _tests cannot be indexed.
            return
        if hasattr(test, 'countTestCases'):
            self._removed_tests += test.countTestCases()
        self._tests[index] = None

    # A suite is a test: calling it runs it.
    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        """Runs the tests without a result, so that their exceptions propagate."""
        for test in self:
            test.debug()


class TestSuite(BaseTestSuite):
    """A collection of tests that runs the class and module fixtures too.

    The outermost suite of a run tears down the last class and module when its tests are done."""

    def run(self, result, debug=False):
        outermost = getattr(result, '_testRunEntered', False) is False
        if outermost:
            result._testRunEntered = True
        for position, test in enumerate(self):
            if result.shouldStop:
                break
            if _isnotsuite(test):
                # Entering another class (or module) ends the previous one's fixtures.
                self._tearDownPreviousClass(test, result)
                self._handleModuleFixture(test, result)
                # (setUpModule before setUpClass.)
                self._handleClassSetUp(test, result)
                result._previousTestClass = test.__class__
                if (getattr(test.__class__, '_classSetupFailed', False)
                        or getattr(result, '_moduleSetUpFailed', False)):
                    continue
            if debug:
                test.debug()
            else:
                test(result)
            if self._cleanup:
                self._removeTestAtIndex(position)
        if outermost:
            # The last class and module are done.
            self._tearDownPreviousClass(None, result)
            self._handleModuleTearDown(result)
            setattr(result, '_testRunEntered', False)
        return result
    run.__doc__ = 'Runs the tests into result (and their fixtures); returns result.'

    def debug(self):
        """Runs the tests and fixtures without collecting results."""
        self.run(_DebugResult(), True)

    def _handleClassSetUp(self, test, result):
        current = test.__class__
        if current == getattr(result, '_previousTestClass', None):
            return
        if result._moduleSetUpFailed or getattr(current, '__unittest_skip__', False):
            return
        try:
            current._classSetupFailed = False
        except TypeError:
            # A builtin type (a test that is not a TestCase) takes no attributes.
            pass
        set_up = getattr(current, 'setUpClass', None)
        cleanups = getattr(current, 'doClassCleanups', None)
        if set_up is None:
            return
        _call_if_exists(result, '_setupStdout')
        try:
            failed = False
            name = util.strclass(current)
            try:
                set_up()
            except Exception as e:
                if isinstance(result, _DebugResult):
                    raise
                failed = True
                try:
                    current._classSetupFailed = True
                except TypeError:
                    pass
                self._createClassOrModuleLevelException(result, e, 'setUpClass', name)
            if failed and cleanups is not None:
                cleanups()
                for info in current.tearDown_exceptions:
                    self._createClassOrModuleLevelException(result, info[1], 'setUpClass',
                                                            name, info=info)
        finally:
            _call_if_exists(result, '_restoreStdout')

    def _get_previous_module(self, result):
        previous = getattr(result, '_previousTestClass', None)
        return None if previous is None else previous.__module__

    def _handleModuleFixture(self, test, result):
        current = test.__class__.__module__
        if current == self._get_previous_module(result):
            return
        self._handleModuleTearDown(result)
        result._moduleSetUpFailed = False
        module = sys.modules.get(current)
        if module is None:
            return
        set_up = getattr(module, 'setUpModule', None)
        if set_up is None:
            return
        _call_if_exists(result, '_setupStdout')
        try:
            try:
                set_up()
            except Exception as e:
                if isinstance(result, _DebugResult):
                    raise
                result._moduleSetUpFailed = True
                self._createClassOrModuleLevelException(result, e, 'setUpModule', current)
            if result._moduleSetUpFailed:
                try:
                    case.doModuleCleanups()
                except Exception as e:
                    self._createClassOrModuleLevelException(result, e, 'setUpModule', current)
        finally:
            _call_if_exists(result, '_restoreStdout')

    def _createClassOrModuleLevelException(self, result, exc, method_name, parent, info=None):
        self._addClassOrModuleLevelException(result, exc, f'{method_name} ({parent})', info)

    def _addClassOrModuleLevelException(self, result, exception, errorName, info=None):
        holder = _ErrorHolder(errorName)
        add_skip = getattr(result, 'addSkip', None)
        if add_skip is not None and isinstance(exception, case.SkipTest):
            add_skip(holder, str(exception))
        else:
            result.addError(holder, info if info else sys.exc_info())

    def _handleModuleTearDown(self, result):
        previous = self._get_previous_module(result)
        if previous is None or result._moduleSetUpFailed:
            return
        module = sys.modules.get(previous)
        if module is None:
            return
        _call_if_exists(result, '_setupStdout')
        try:
            tear_down = getattr(module, 'tearDownModule', None)
            if tear_down is not None:
                try:
                    tear_down()
                except Exception as e:
                    if isinstance(result, _DebugResult):
                        raise
                    self._createClassOrModuleLevelException(result, e, 'tearDownModule',
                                                            previous)
            try:
                case.doModuleCleanups()
            except Exception as e:
                if isinstance(result, _DebugResult):
                    raise
                self._createClassOrModuleLevelException(result, e, 'tearDownModule', previous)
        finally:
            _call_if_exists(result, '_restoreStdout')

    def _tearDownPreviousClass(self, test, result):
        previous = getattr(result, '_previousTestClass', None)
        if previous is None or test.__class__ == previous:
            return
        if getattr(previous, '_classSetupFailed', False):
            return
        if getattr(result, '_moduleSetUpFailed', False):
            return
        if getattr(previous, '__unittest_skip__', False):
            return
        tear_down = getattr(previous, 'tearDownClass', None)
        cleanups = getattr(previous, 'doClassCleanups', None)
        if tear_down is None and cleanups is None:
            return
        _call_if_exists(result, '_setupStdout')
        try:
            name = util.strclass(previous)
            if tear_down is not None:
                try:
                    tear_down()
                except Exception as e:
                    if isinstance(result, _DebugResult):
                        raise
                    self._createClassOrModuleLevelException(result, e, 'tearDownClass', name)
            if cleanups is not None:
                cleanups()
                for info in previous.tearDown_exceptions:
                    if isinstance(result, _DebugResult):
                        raise info[1]
                    self._createClassOrModuleLevelException(result, info[1], 'tearDownClass',
                                                            name, info=info)
        finally:
            _call_if_exists(result, '_restoreStdout')


class _ErrorHolder(object):
    """Stands for a fixture (setUpClass, tearDownModule ...) whose error is reported like a
    test's."""

    # No assert method ran, so no exception type counts as a failure.
    failureException = None

    def __init__(self, description):
        self.description = description

    def shortDescription(self):
        return None

    def id(self):
        return self.description

    def __repr__(self):
        return f'<ErrorHolder description={self.description!r}>'

    def __str__(self):
        return self.id()

    def run(self, result):
        # Nothing to run: the error was reported when the holder was made.
        pass

    def __call__(self, result):
        return self.run(result)

    def countTestCases(self):
        # Not a test of its own.
        return 0


def _isnotsuite(test):
    """Whether test is a single test (suites are iterable)."""
    try:
        iter(test)
    except TypeError:
        return True
    return False


class _DebugResult(object):
    """The result TestSuite.debug passes along: fixture errors propagate instead."""
    _previousTestClass = None
    _moduleSetUpFailed = False
    shouldStop = False
