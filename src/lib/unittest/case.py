# unittest.case: TestCase and its assertions, skipping decorators, subtests and cleanups.
# Written for Immortal from the documented behaviour of CPython 3.12 (messages copied from
# experiments, the code our own).

import collections
import functools
import re
import sys
import time
import traceback
import types
import warnings

from . import result

# difflib and pprint are imported when a failure message needs a diff (start-up time).
from .util import (strclass, safe_repr, _count_diff_all_purpose, _count_diff_hashable,
                   _common_shorten_repr)

# Frames of modules with this global are left out of the tracebacks in failure reports.
__unittest = True

# What a failure message says in place of a diff longer than maxDiff.
DIFF_OMITTED = '\nDiff is %s characters long. Set self.maxDiff to None to see it.'

# subTest() without a message.
_subtest_msg_sentinel = object()


class SkipTest(Exception):
    """Raise this in a test to skip it (the argument is the reason)."""


class _ShouldStop(Exception):
    """Stops the test after a failed subtest when failfast is on."""


class _UnexpectedSuccess(Exception):
    """Reported as a failure to results that lack addUnexpectedSuccess."""


class _Outcome:
    """What happened while one test ran: parts of the test run inside part(), which reports
    skips, failures and errors to the result and records whether everything passed."""

    def __init__(self, result=None):
        self.expecting_failure = False
        self.result = result
        self.result_supports_subtests = hasattr(result, 'addSubTest')
        self.success = True
        self.expectedFailure = None

    def testPartExecutor(self, test_case, subTest=False):
        return _TestPart(self, test_case, subTest)


class _TestPart:
    __slots__ = ('outcome', 'test', 'is_subtest', 'before')

    def __init__(self, outcome, test, is_subtest):
        self.outcome = outcome
        self.test = test
        self.is_subtest = is_subtest

    def __enter__(self):
        self.before = self.outcome.success
        self.outcome.success = True
        return None

    def __exit__(self, exc_type, exc, tb):
        outcome = self.outcome
        try:
            if exc_type is None:
                if self.is_subtest and outcome.success:
                    outcome.result.addSubTest(self.test.test_case, self.test, None)
                return False
            if issubclass(exc_type, KeyboardInterrupt):
                return False
            if issubclass(exc_type, SkipTest):
                outcome.success = False
                _addSkip(outcome.result, self.test, str(exc))
                return True
            if issubclass(exc_type, _ShouldStop):
                return True
            info = (exc_type, exc, tb)
            if outcome.expecting_failure:
                outcome.expectedFailure = info
            else:
                outcome.success = False
                if self.is_subtest:
                    outcome.result.addSubTest(self.test.test_case, self.test, info)
                else:
                    _addError(outcome.result, self.test, info)
            return True
        finally:
            outcome.success = outcome.success and self.before


def _addSkip(result, test_case, reason):
    add = getattr(result, 'addSkip', None)
    if add is None:
        warnings.warn('TestResult has no addSkip method, skips not reported',
                      RuntimeWarning, 2)
        result.addSuccess(test_case)
    else:
        add(test_case, reason)


def _addError(result, test, exc_info):
    # The failure exception (an assert method failed) is a failure; anything else an error.
    if result is not None and exc_info is not None:
        if issubclass(exc_info[0], test.failureException):
            report = result.addFailure
        else:
            report = result.addError
        report(test, exc_info)


def _id(obj):
    return obj


def _enter_context(cm, addcleanup):
    # The protocol methods are looked up on the type, as the with statement does.
    kind = type(cm)
    try:
        enter = kind.__enter__
        leave = kind.__exit__
    except AttributeError:
        raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object does "
                        f"not support the context manager protocol") from None
    value = enter(cm)
    addcleanup(leave, cm, None, None, None)
    return value


_module_cleanups = []


def addModuleCleanup(function, /, *args, **kwargs):
    """Registers function(*args, **kwargs) to run after tearDownModule (last in, first out)."""
    _module_cleanups.append((function, args, kwargs))


def enterModuleContext(cm):
    """Enters a context manager for the module; its __exit__ becomes a module cleanup."""
    return _enter_context(cm, addModuleCleanup)


def doModuleCleanups():
    """Runs the module cleanups; the first exception any of them raised is raised again."""
    failures = []
    while _module_cleanups:
        func, args, kwargs = _module_cleanups.pop()
        try:
            func(*args, **kwargs)
        except Exception as exc:
            failures.append(exc)
    if failures:
        raise failures[0]


def skip(reason):
    """Skips the decorated test method or class unconditionally."""
    def decorate(item):
        if not isinstance(item, type):
            original = item

            @functools.wraps(original)
            def skip_wrapper(*args, **kwargs):
                raise SkipTest(reason)
            item = skip_wrapper
        item.__unittest_skip__ = True
        item.__unittest_skip_why__ = reason
        return item
    if isinstance(reason, types.FunctionType):
        # Used bare, as @skip without a reason.
        func, reason = reason, ''
        return decorate(func)
    return decorate


def skipIf(condition, reason):
    """Skips the decorated test when condition is true."""
    return skip(reason) if condition else _id


def skipUnless(condition, reason):
    """Skips the decorated test unless condition is true."""
    return _id if condition else skip(reason)


def expectedFailure(test_item):
    """Marks a test (or a class of tests) that should fail: its failure is an expected
    failure, its success an unexpected success."""
    test_item.__unittest_expecting_failure__ = True
    return test_item


def _is_subtype(expected, basetype):
    # A class derived from basetype, or a tuple (nested tuples too) of such classes.
    if not isinstance(expected, tuple):
        return isinstance(expected, type) and issubclass(expected, basetype)
    return all(_is_subtype(item, basetype) for item in expected)


def _type_name(expected):
    try:
        return expected.__name__
    except AttributeError:
        return str(expected)


class _BaseTestCaseContext:
    # The context managers of the assert methods: msg= goes with their standard message.

    def __init__(self, test_case):
        self.test_case = test_case

    def _raiseFailure(self, standardMsg):
        text = self.test_case._formatMessage(self.msg, standardMsg)
        raise self.test_case.failureException(text)


class _AssertRaisesBaseContext(_BaseTestCaseContext):

    def __init__(self, expected, test_case, expected_regex=None):
        super().__init__(test_case)
        self.expected = expected
        if expected_regex is not None:
            expected_regex = re.compile(expected_regex)
        self.expected_regex = expected_regex
        self.obj_name = self.msg = None

    def handle(self, name, args, kwargs):
        """assertRaises-style call: with no callable, return self as a context manager; else
        call it under self."""
        try:
            if not _is_subtype(self.expected, self._base_type):
                raise TypeError(f'{name}() arg 1 must be {self._base_type_str}')
            if not args:
                self.msg = kwargs.pop('msg', None)
                if kwargs:
                    bad = next(iter(kwargs))
                    raise TypeError(f'{bad!r} is an invalid keyword argument for this function')
                return self
            func = args[0]
            try:
                self.obj_name = func.__name__
            except AttributeError:
                self.obj_name = str(func)
            with self:
                func(*args[1:], **kwargs)
        finally:
            self = None


class _AssertRaisesContext(_AssertRaisesBaseContext):
    """The context manager assertRaises and assertRaisesRegex return."""

    _base_type_str = 'an exception type or tuple of exception types'
    _base_type = BaseException

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            name = _type_name(self.expected)
            if self.obj_name:
                self._raiseFailure(f'{name} not raised by {self.obj_name}')
            self._raiseFailure(f'{name} not raised')
        traceback.clear_frames(tb)
        if not issubclass(exc_type, self.expected):
            return False
        # Kept for the test to look at, without the traceback (and so the frames).
        self.exception = exc_value.with_traceback(None)
        pattern = self.expected_regex
        if pattern is not None and not pattern.search(str(exc_value)):
            self._raiseFailure(f'"{pattern.pattern}" does not match "{exc_value}"')
        return True

    __class_getitem__ = classmethod(types.GenericAlias)


class _AssertWarnsContext(_AssertRaisesBaseContext):
    """The context manager assertWarns and assertWarnsRegex return."""

    _base_type = Warning
    _base_type_str = 'a warning type or tuple of warning types'

    def __enter__(self):
        # A warning already shown once would be silenced by the registries: clear them.
        for module in list(sys.modules.values()):
            if getattr(module, '__warningregistry__', None):
                module.__warningregistry__ = {}
        self.warnings_manager = warnings.catch_warnings(record=True)
        self.warnings = self.warnings_manager.__enter__()
        warnings.simplefilter('always', self.expected)
        return self

    def __exit__(self, exc_type, exc_value, tb):
        # The filters and showwarning come back first.
        self.warnings_manager.__exit__(exc_type, exc_value, tb)
        if exc_type is not None:
            # An exception passes through; the warnings are not checked.
            return
        first = None
        pattern = self.expected_regex
        for record in self.warnings:
            w = record.message
            if not isinstance(w, self.expected):
                continue
            if first is None:
                first = w
            if pattern is not None and not pattern.search(str(w)):
                continue
            self.warning = w
            self.filename = record.filename
            self.lineno = record.lineno
            return
        if first is not None:
            self._raiseFailure(f'"{pattern.pattern}" does not match "{first}"')
        name = _type_name(self.expected)
        if self.obj_name:
            self._raiseFailure(f'{name} not triggered by {self.obj_name}')
        self._raiseFailure(f'{name} not triggered')


class _OrderedChainMap(collections.ChainMap):
    # The parameters of nested subtests: outer ones first, in the order they were given.
    def __iter__(self):
        done = set()
        for level in self.maps:
            for name in level:
                if name not in done:
                    done.add(name)
                    yield name


class TestCase(object):
    """One test: an instance runs the method named by methodName between setUp and tearDown.

    failureException is the exception the assert methods raise; longMessage decides whether a
    msg= argument replaces or extends their standard message; maxDiff bounds the diffs shown."""

    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8
    # Strings longer than this are compared without difflib (it is quadratic).
    _diffThreshold = 2 ** 16

    def __init_subclass__(cls, *args, **kwargs):
        # Each class has its own class cleanups and fixture state.
        cls._class_cleanups = []
        cls._classSetupFailed = False
        super().__init_subclass__(*args, **kwargs)

    def __init__(self, methodName='runTest'):
        self._testMethodName = methodName
        self._outcome = None
        self._testMethodDoc = 'No test'
        try:
            method = getattr(self, methodName)
        except AttributeError:
            if methodName != 'runTest':
                # runTest may be missing: an instance just for its assert methods.
                raise ValueError(f'no such test method in {self.__class__}: {methodName}')
        else:
            self._testMethodDoc = method.__doc__
        self._cleanups = []
        self._subtest = None
        self._type_equality_funcs = {}
        for kind, name in ((dict, 'assertDictEqual'), (list, 'assertListEqual'),
                           (tuple, 'assertTupleEqual'), (set, 'assertSetEqual'),
                           (frozenset, 'assertSetEqual'), (str, 'assertMultiLineEqual')):
            self.addTypeEqualityFunc(kind, name)

    def addTypeEqualityFunc(self, typeobj, function):
        """assertEqual(a, b) calls function(a, b, msg=...) when a and b are both exactly typeobj."""
        self._type_equality_funcs[typeobj] = function

    def addCleanup(self, function, /, *args, **kwargs):
        """Registers function(*args, **kwargs) to run after tearDown (last in, first out)."""
        self._cleanups.append((function, args, kwargs))

    def enterContext(self, cm):
        """Enters a context manager; its __exit__ becomes a cleanup. Returns what __enter__ gave."""
        return _enter_context(cm, self.addCleanup)

    @classmethod
    def addClassCleanup(cls, function, /, *args, **kwargs):
        """Registers function(*args, **kwargs) to run after tearDownClass."""
        cls._class_cleanups.append((function, args, kwargs))

    @classmethod
    def enterClassContext(cls, cm):
        """enterContext for the class: the __exit__ runs with the class cleanups."""
        return _enter_context(cm, cls.addClassCleanup)

    def setUp(self):
        "Runs before each test method."

    def tearDown(self):
        "Runs after each test method whose setUp succeeded."

    @classmethod
    def setUpClass(cls):
        "Runs once before the tests of the class."

    @classmethod
    def tearDownClass(cls):
        "Runs once after the tests of the class."

    def defaultTestResult(self):
        return result.TestResult()

    def countTestCases(self):
        return 1

    def shortDescription(self):
        """The first line of the test method's docstring, or None."""
        doc = self._testMethodDoc
        if not doc:
            return None
        return doc.strip().split('\n')[0].strip()

    def id(self):
        return f'{strclass(self.__class__)}.{self._testMethodName}'

    def __eq__(self, other):
        if type(self) is type(other):
            return self._testMethodName == other._testMethodName
        return NotImplemented

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def __str__(self):
        name = self._testMethodName
        return f'{name} ({strclass(self.__class__)}.{name})'

    def __repr__(self):
        return f'<{strclass(self.__class__)} testMethod={self._testMethodName}>'

    def subTest(self, msg=_subtest_msg_sentinel, **params):
        """A context manager: a failure inside it is reported for this subtest (described by msg
        and params) and the test goes on after the with block."""
        return _SubTestContext(self, msg, params)

    def _addExpectedFailure(self, result, exc_info):
        add = getattr(result, 'addExpectedFailure', None)
        if add is None:
            warnings.warn('TestResult has no addExpectedFailure method, reporting as passes',
                          RuntimeWarning)
            result.addSuccess(self)
        else:
            add(self, exc_info)

    def _addUnexpectedSuccess(self, result):
        add = getattr(result, 'addUnexpectedSuccess', None)
        if add is not None:
            add(self)
            return
        warnings.warn('TestResult has no addUnexpectedSuccess method, reporting as failure',
                      RuntimeWarning)
        try:
            raise _UnexpectedSuccess from None
        except _UnexpectedSuccess as exc:
            result.addFailure(self, (type(exc), exc, exc.__traceback__))

    def _addDuration(self, result, elapsed):
        add = getattr(result, 'addDuration', None)
        if add is None:
            warnings.warn('TestResult has no addDuration method', RuntimeWarning)
        else:
            add(self, elapsed)

    def _callSetUp(self):
        self.setUp()

    def _callTestMethod(self, method):
        if method() is not None:
            warnings.warn(f'It is deprecated to return a value that is not None from a test '
                          f'case ({method})', DeprecationWarning, stacklevel=3)

    def _callTearDown(self):
        self.tearDown()

    # Hooks for subclasses (IsolatedAsyncioTestCase runs them in its event loop).

    def _callCleanup(self, function, /, *args, **kwargs):
        function(*args, **kwargs)

    def _skip_reason(self, method):
        if getattr(self.__class__, '__unittest_skip__', False) or \
                getattr(method, '__unittest_skip__', False):
            return (getattr(self.__class__, '__unittest_skip_why__', '')
                    or getattr(method, '__unittest_skip_why__', ''))
        return None

    def run(self, result=None):
        stop_run = None
        if result is None:
            result = self.defaultTestResult()
            start_run = getattr(result, 'startTestRun', None)
            stop_run = getattr(result, 'stopTestRun', None)
            if start_run is not None:
                start_run()
        try:
            method = getattr(self, self._testMethodName)
            why = self._skip_reason(method)
            if why is not None:
                # A test skipped by a decorator is not started (nor counted in testsRun).
                _addSkip(result, self, why)
                return result
            result.startTest(self)
            expecting = (getattr(self, '__unittest_expecting_failure__', False)
                         or getattr(method, '__unittest_expecting_failure__', False))
            outcome = _Outcome(result)
            started = time.perf_counter()
            try:
                self._outcome = outcome
                with outcome.testPartExecutor(self):
                    self._callSetUp()
                if outcome.success:
                    outcome.expecting_failure = expecting
                    with outcome.testPartExecutor(self):
                        self._callTestMethod(method)
                    outcome.expecting_failure = False
                    with outcome.testPartExecutor(self):
                        self._callTearDown()
                # The cleanups run even when setUp failed.
                self.doCleanups()
                self._addDuration(result, time.perf_counter() - started)
                if outcome.success:
                    if not expecting:
                        result.addSuccess(self)
                    elif outcome.expectedFailure:
                        self._addExpectedFailure(result, outcome.expectedFailure)
                    else:
                        self._addUnexpectedSuccess(result)
                return result
            finally:
                # Drop the references to the exception (and its frames) the outcome holds.
                outcome.expectedFailure = None
                outcome = None
                self._outcome = None
        finally:
            result.stopTest(self)
            if stop_run is not None:
                stop_run()

    def doCleanups(self):
        """Runs the cleanups (last in, first out); False when one of them failed."""
        outcome = self._outcome or _Outcome()
        pending = self._cleanups
        while pending:
            func, args, kwargs = pending.pop()
            with outcome.testPartExecutor(self):
                self._callCleanup(func, *args, **kwargs)
        return outcome.success

    @classmethod
    def doClassCleanups(cls):
        """Runs the class cleanups; the exc_info of each failure goes to cls.tearDown_exceptions."""
        failed = cls.tearDown_exceptions = []
        pending = cls._class_cleanups
        while pending:
            func, args, kwargs = pending.pop()
            try:
                func(*args, **kwargs)
            except Exception as exc:
                failed.append((type(exc), exc, exc.__traceback__))

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        """Runs the test without a result, so its exceptions propagate."""
        method = getattr(self, self._testMethodName)
        why = self._skip_reason(method)
        if why is not None:
            raise SkipTest(why)
        self._callSetUp()
        self._callTestMethod(method)
        self._callTearDown()
        pending = self._cleanups
        while pending:
            func, args, kwargs = pending.pop()
            self._callCleanup(func, *args, **kwargs)

    def skipTest(self, reason):
        """Skips this test."""
        raise SkipTest(reason)

    def fail(self, msg=None):
        """Fails the test with msg."""
        raise self.failureException(msg)

    def _formatMessage(self, msg, standardMsg):
        """The message of a failure: standardMsg, replaced by msg (longMessage false) or
        followed by it."""
        if not self.longMessage:
            return msg or standardMsg
        if msg is None:
            return standardMsg
        try:
            return f'{standardMsg} : {msg}'
        except UnicodeDecodeError:
            return f'{safe_repr(standardMsg)} : {safe_repr(msg)}'

    def _truncateMessage(self, message, diff):
        limit = self.maxDiff
        if limit is None or len(diff) <= limit:
            return message + diff
        return message + (DIFF_OMITTED % len(diff))

    # Boolean and identity checks.

    def assertFalse(self, expr, msg=None):
        """Fails unless expr is false."""
        if expr:
            self.fail(self._formatMessage(msg, f'{safe_repr(expr)} is not false'))

    def assertTrue(self, expr, msg=None):
        """Fails unless expr is true."""
        if not expr:
            self.fail(self._formatMessage(msg, f'{safe_repr(expr)} is not true'))

    def assertIs(self, expr1, expr2, msg=None):
        if expr1 is not expr2:
            text = f'{safe_repr(expr1)} is not {safe_repr(expr2)}'
            self.fail(self._formatMessage(msg, text))

    def assertIsNot(self, expr1, expr2, msg=None):
        if expr1 is expr2:
            self.fail(self._formatMessage(msg, f'unexpectedly identical: {safe_repr(expr1)}'))

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self.fail(self._formatMessage(msg, f'{safe_repr(obj)} is not None'))

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self.fail(self._formatMessage(msg, 'unexpectedly None'))

    def assertIn(self, member, container, msg=None):
        if member not in container:
            text = f'{safe_repr(member)} not found in {safe_repr(container)}'
            self.fail(self._formatMessage(msg, text))

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            text = f'{safe_repr(member)} unexpectedly found in {safe_repr(container)}'
            self.fail(self._formatMessage(msg, text))

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            text = f'{safe_repr(obj)} is not an instance of {cls!r}'
            self.fail(self._formatMessage(msg, text))

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            text = f'{safe_repr(obj)} is an instance of {cls!r}'
            self.fail(self._formatMessage(msg, text))

    # Exceptions, warnings and logs.

    def assertRaises(self, expected_exception, *args, **kwargs):
        """Fails unless the callable (args[0], called with the rest) raises expected_exception;
        without a callable, returns a context manager that checks its block instead."""
        context = _AssertRaisesContext(expected_exception, self)
        try:
            # (The context-manager form returns it.)
            return context.handle('assertRaises', args, kwargs)
        finally:
            # No reference cycle through this frame when the exception is kept.
            context = None

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        """assertRaises that also searches str(exception) for expected_regex."""
        context = _AssertRaisesContext(expected_exception, self, expected_regex)
        return context.handle('assertRaisesRegex', args, kwargs)

    def assertWarns(self, expected_warning, *args, **kwargs):
        """Fails unless the callable (or the with block) issues expected_warning."""
        context = _AssertWarnsContext(expected_warning, self)
        return context.handle('assertWarns', args, kwargs)

    def assertWarnsRegex(self, expected_warning, expected_regex, *args, **kwargs):
        """assertWarns that also searches the warning's message for expected_regex."""
        context = _AssertWarnsContext(expected_warning, self, expected_regex)
        return context.handle('assertWarnsRegex', args, kwargs)

    def assertLogs(self, logger=None, level=None):
        """A context manager: fails unless a message of at least level (INFO by default) is
        logged on logger (the root one by default) or its children inside the block."""
        from ._log import _AssertLogsContext
        return _AssertLogsContext(self, logger, level, no_logs=False)

    def assertNoLogs(self, logger=None, level=None):
        """A context manager: fails if a message of at least level is logged in the block."""
        from ._log import _AssertLogsContext
        return _AssertLogsContext(self, logger, level, no_logs=True)

    # Equality.

    def _getAssertEqualityFunc(self, first, second):
        if type(first) == type(second):
            found = self._type_equality_funcs.get(type(first))
            if found is not None:
                if isinstance(found, str):
                    found = getattr(self, found)
                return found
        return self._baseAssertEqual

    def _baseAssertEqual(self, first, second, msg=None):
        if not first == second:
            text = '%s != %s' % _common_shorten_repr(first, second)
            raise self.failureException(self._formatMessage(msg, text))

    def assertEqual(self, first, second, msg=None):
        """Fails unless first == second (with a type-specific message and diff)."""
        check = self._getAssertEqualityFunc(first, second)
        check(first, second, msg=msg)

    def assertNotEqual(self, first, second, msg=None):
        """Fails if first == second."""
        if not first != second:
            text = f'{safe_repr(first)} == {safe_repr(second)}'
            raise self.failureException(self._formatMessage(msg, text))

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        """Fails unless first and second are equal after rounding their difference to places
        decimal places (7 by default), or differ by at most delta."""
        if first == second:
            return
        if delta is not None and places is not None:
            raise TypeError('specify delta or places not both')
        diff = abs(first - second)
        if delta is not None:
            if diff <= delta:
                return
            text = (f'{safe_repr(first)} != {safe_repr(second)} within {safe_repr(delta)} '
                    f'delta ({safe_repr(diff)} difference)')
        else:
            if places is None:
                places = 7
            if round(diff, places) == 0:
                return
            text = (f'{safe_repr(first)} != {safe_repr(second)} within {places!r} places '
                    f'({safe_repr(diff)} difference)')
        raise self.failureException(self._formatMessage(msg, text))

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        """Fails if first and second are almost equal (see assertAlmostEqual)."""
        if delta is not None and places is not None:
            raise TypeError('specify delta or places not both')
        diff = abs(first - second)
        if delta is not None:
            if not (first == second) and diff > delta:
                return
            text = (f'{safe_repr(first)} == {safe_repr(second)} within {safe_repr(delta)} '
                    f'delta ({safe_repr(diff)} difference)')
        else:
            if places is None:
                places = 7
            if not (first == second) and round(diff, places) != 0:
                return
            text = f'{safe_repr(first)} == {safe_repr(second)} within {places!r} places'
        raise self.failureException(self._formatMessage(msg, text))

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        """Fails unless two sequences are equal item by item; the message names the first
        differing item and shows a diff of their pretty-printed forms."""
        if seq_type is None:
            kind = 'sequence'
        else:
            kind = seq_type.__name__
            if not isinstance(seq1, seq_type):
                raise self.failureException(f'First sequence is not a {kind}: {safe_repr(seq1)}')
            if not isinstance(seq2, seq_type):
                raise self.failureException(f'Second sequence is not a {kind}: {safe_repr(seq2)}')
        text = None
        try:
            len1 = len(seq1)
        except (TypeError, NotImplementedError):
            text = f'First {kind} has no length.    Non-sequence?'
        if text is None:
            try:
                len2 = len(seq2)
            except (TypeError, NotImplementedError):
                text = f'Second {kind} has no length.    Non-sequence?'
        if text is None:
            if seq1 == seq2:
                return
            text = '%ss differ: %s != %s\n' % ((kind.capitalize(),)
                                                + _common_shorten_repr(seq1, seq2))
            differs = False
            for i in range(min(len1, len2)):
                # The first index whose items differ (or cannot be read).
                try:
                    item1 = seq1[i]
                except (TypeError, IndexError, NotImplementedError):
                    text += f'\nUnable to index element {i} of first {kind}\n'
                    differs = True
                    break
                try:
                    item2 = seq2[i]
                except (TypeError, IndexError, NotImplementedError):
                    text += f'\nUnable to index element {i} of second {kind}\n'
                    differs = True
                    break
                if item1 != item2:
                    text += ('\nFirst differing element %d:\n%s\n%s\n'
                             % ((i,) + _common_shorten_repr(item1, item2)))
                    differs = True
                    break
            if not differs and len1 == len2 and seq_type is None and type(seq1) != type(seq2):
                # Equal items in sequences of different types: that is not a failure.
                return
            if len1 != len2:
                longer, which, short_len = (seq1, 'first', len2) if len1 > len2 else (seq2, 'second', len1)
                text += (f'\n{which.capitalize()} {kind} contains {abs(len1 - len2)} '
                         f'additional elements.\n')
                try:
                    text += f'First extra element {short_len}:\n{safe_repr(longer[short_len])}\n'
                except (TypeError, IndexError, NotImplementedError):
                    text += f'Unable to index element {short_len} of {which} {kind}\n'
        import difflib, pprint
        left = pprint.pformat(seq1).splitlines()
        right = pprint.pformat(seq2).splitlines()
        diff = '\n' + '\n'.join(difflib.ndiff(left, right))
        text = self._truncateMessage(text, diff)
        self.fail(self._formatMessage(msg, text))

    def assertListEqual(self, list1, list2, msg=None):
        """assertSequenceEqual for two lists."""
        self.assertSequenceEqual(list1, list2, msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        """assertSequenceEqual for two tuples."""
        self.assertSequenceEqual(tuple1, tuple2, msg, seq_type=tuple)

    def assertSetEqual(self, set1, set2, msg=None):
        """Fails unless two sets (or frozensets, or objects with difference()) are equal; the
        message lists the items only one of them holds."""
        try:
            only1 = set1.difference(set2)
        except TypeError as e:
            self.fail(f'invalid type when attempting set difference: {e}')
        except AttributeError as e:
            self.fail(f'first argument does not support set difference: {e}')
        try:
            only2 = set2.difference(set1)
        except TypeError as e:
            self.fail(f'invalid type when attempting set difference: {e}')
        except AttributeError as e:
            self.fail(f'second argument does not support set difference: {e}')
        if not only1 and not only2:
            return
        lines = []
        if only1:
            lines.append('Items in the first set but not the second:')
            lines.extend(repr(item) for item in only1)
        if only2:
            lines.append('Items in the second set but not the first:')
            lines.extend(repr(item) for item in only2)
        self.fail(self._formatMessage(msg, '\n'.join(lines)))

    def assertDictEqual(self, d1, d2, msg=None):
        self.assertIsInstance(d1, dict, 'First argument is not a dictionary')
        self.assertIsInstance(d2, dict, 'Second argument is not a dictionary')
        if d1 == d2:
            return
        import difflib, pprint
        text = '%s != %s' % _common_shorten_repr(d1, d2)
        lines = difflib.ndiff(pprint.pformat(d1).splitlines(), pprint.pformat(d2).splitlines())
        text = self._truncateMessage(text, '\n' + '\n'.join(lines))
        self.fail(self._formatMessage(msg, text))

    def assertCountEqual(self, first, second, msg=None):
        """Fails unless first and second hold the same elements the same number of times, in
        any order."""
        items1, items2 = list(first), list(second)
        try:
            equal = collections.Counter(items1) == collections.Counter(items2)
        except TypeError:
            mismatches = _count_diff_all_purpose(items1, items2)
        else:
            if equal:
                return
            mismatches = _count_diff_hashable(items1, items2)
        if not mismatches:
            return
        detail = '\n'.join('First has %d, Second has %d:  %r' % m for m in mismatches)
        text = self._truncateMessage('Element counts were not equal:\n', detail)
        self.fail(self._formatMessage(msg, text))

    def assertMultiLineEqual(self, first, second, msg=None):
        """assertEqual for two strings, with a line diff in the message."""
        self.assertIsInstance(first, str, 'First argument is not a string')
        self.assertIsInstance(second, str, 'Second argument is not a string')
        if first == second:
            return
        if len(first) > self._diffThreshold or len(second) > self._diffThreshold:
            self._baseAssertEqual(first, second, msg)
        # Both texts end with a newline before the split, so the last lines compare alike.
        if first and second:
            if not first.endswith('\n') or not second.endswith('\n'):
                first_text, second_text = first + '\n', second + '\n'
            else:
                first_text, second_text = first, second
        else:
            first_text, second_text = first, second
            if second and not second.endswith('\n'):
                second_text += '\n'
            elif first and not first.endswith('\n'):
                first_text += '\n'
        import difflib
        diff = ''.join(difflib.ndiff(first_text.splitlines(keepends=True),
                                     second_text.splitlines(keepends=True)))
        text = '%s != %s' % _common_shorten_repr(first, second)
        text = self._truncateMessage(text, '\n' + diff)
        self.fail(self._formatMessage(msg, text))

    # Ordering.

    def assertLess(self, a, b, msg=None):
        if not a < b:
            self.fail(self._formatMessage(msg, f'{safe_repr(a)} not less than {safe_repr(b)}'))

    def assertLessEqual(self, a, b, msg=None):
        if not a <= b:
            text = f'{safe_repr(a)} not less than or equal to {safe_repr(b)}'
            self.fail(self._formatMessage(msg, text))

    def assertGreater(self, a, b, msg=None):
        if not a > b:
            self.fail(self._formatMessage(msg, f'{safe_repr(a)} not greater than {safe_repr(b)}'))

    def assertGreaterEqual(self, a, b, msg=None):
        if not a >= b:
            text = f'{safe_repr(a)} not greater than or equal to {safe_repr(b)}'
            self.fail(self._formatMessage(msg, text))

    # Regular expressions.

    def assertRegex(self, text, expected_regex, msg=None):
        """Fails unless expected_regex (a pattern or its source) matches somewhere in text."""
        if isinstance(expected_regex, (str, bytes)):
            assert expected_regex, 'expected_regex must not be empty.'
            expected_regex = re.compile(expected_regex)
        if not expected_regex.search(text):
            standard = "Regex didn't match: %r not found in %r" % (expected_regex.pattern, text)
            self.fail(self._formatMessage(msg, standard))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        """Fails if unexpected_regex matches somewhere in text."""
        if isinstance(unexpected_regex, (str, bytes)):
            unexpected_regex = re.compile(unexpected_regex)
        found = unexpected_regex.search(text)
        if found:
            standard = 'Regex matched: %r matches %r in %r' % (
                text[found.start():found.end()], unexpected_regex.pattern, text)
            self.fail(self._formatMessage(msg, standard))


class _SubTestContext:
    """What TestCase.subTest returns."""

    def __init__(self, test_case, msg, params):
        self.test_case = test_case
        self.msg = msg
        self.params = params
        self.part = None
        self.parent = None

    def __enter__(self):
        case = self.test_case
        outcome = case._outcome
        if outcome is None or not outcome.result_supports_subtests:
            return None
        self.parent = parent = case._subtest
        if parent is None:
            chain = _OrderedChainMap(self.params)
        else:
            chain = parent.params.new_child(self.params)
        case._subtest = _SubTest(case, self.msg, chain)
        self.part = outcome.testPartExecutor(case._subtest, subTest=True)
        self.part.__enter__()
        return None

    def __exit__(self, exc_type, exc, tb):
        if self.part is None:
            return False
        case = self.test_case
        try:
            handled = self.part.__exit__(exc_type, exc, tb)
            outcome = case._outcome
            if not outcome.success:
                res = outcome.result
                if res is not None and res.failfast:
                    raise _ShouldStop
            elif outcome.expectedFailure:
                # An expected failure in a subtest ends the test.
                raise _ShouldStop
            return handled
        finally:
            case._subtest = self.parent


class FunctionTestCase(TestCase):
    """Wraps a plain test function (with optional set-up and tear-down functions) as a TestCase."""

    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super().__init__()
        self._testFunc = testFunc
        self._setUpFunc = setUp
        self._tearDownFunc = tearDown
        self._description = description

    def _key(self):
        return (self._setUpFunc, self._tearDownFunc, self._testFunc, self._description)

    def runTest(self):
        self._testFunc()

    def setUp(self):
        # The optional functions given to the constructor.
        if self._setUpFunc is not None:
            self._setUpFunc()

    def tearDown(self):
        func = self._tearDownFunc
        if func is not None:
            func()

    def id(self):
        return self._testFunc.__name__

    def __eq__(self, other):
        if isinstance(other, self.__class__):
            return self._key() == other._key()
        return NotImplemented

    def __hash__(self):
        return hash((type(self),) + self._key())

    def __str__(self):
        return f'{strclass(self.__class__)} ({self._testFunc.__name__})'

    def __repr__(self):
        return f'<{strclass(self.__class__)} tec={self._testFunc!r}>'

    def shortDescription(self):
        # The description given, else the first line of the function's docstring.
        if self._description is not None:
            return self._description
        doc = self._testFunc.__doc__
        return doc and doc.split('\n')[0].strip() or None


class _SubTest(TestCase):
    # The test a subTest block stands for in reports: the parent test plus the block's message
    # and parameters.

    def __init__(self, test_case, message, params):
        super().__init__()
        self.test_case = test_case
        self.failureException = test_case.failureException
        self._message = message
        self.params = params

    def runTest(self):
        raise NotImplementedError('subtests cannot be run directly')

    def _subDescription(self):
        parts = []
        if self._message is not _subtest_msg_sentinel:
            parts.append(f'[{self._message}]')
        if self.params:
            inner = ', '.join(f'{k}={v!r}' for k, v in self.params.items())
            parts.append(f'({inner})')
        return ' '.join(parts) or '(<subtest>)'

    def id(self):
        return f'{self.test_case.id()} {self._subDescription()}'

    def shortDescription(self):
        return self.test_case.shortDescription()

    def __str__(self):
        return f'{self.test_case} {self._subDescription()}'
