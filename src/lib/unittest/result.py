# unittest.result: TestResult, which collects the outcomes of the tests a runner runs.

import io
import os
import sys
import functools
import traceback

from . import util

__unittest = True

STDOUT_LINE = '\nStdout:\n%s'
STDERR_LINE = '\nStderr:\n%s'



def failfast(method):
    @functools.wraps(method)
    def inner(self, *args, **kw):
        # With failfast on, the first failure or error stops the run.
        if getattr(self, 'failfast', False):
            self.stop()
        return method(self, *args, **kw)
    return inner


def _is_unittest_frame(frame):
    # A module of the unittest machinery marks itself with a global `__unittest`.
    namespace = frame.f_globals
    if namespace is not None:
        return '__unittest' in namespace
    # Immortal: a traceback's frame object may not know its globals; fall back on the file names
    # of the marked modules.
    return frame.f_code.co_filename in _marked_files()


def _marked_files():
    found = set()
    for name, module in list(sys.modules.items()):
        if name == 'unittest' or name.startswith('unittest.'):
            namespace = getattr(module, '__dict__', {})
            if '__unittest' in namespace and namespace.get('__file__'):
                found.add(namespace['__file__'])
    return found


class TestResult(object):
    """The outcome of a test run: failures and errors as (test, formatted traceback) pairs,
    skipped as (test, reason), and counts. Runners create it; tests report into it."""

    # Where TestSuite keeps track of the fixtures of a run.
    _previousTestClass = None
    _moduleSetUpFailed = False
    _testRunEntered = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        # (The arguments are for subclasses that print.)
        self.testsRun = 0
        self.failures, self.errors, self.skipped = [], [], []
        self.expectedFailures, self.unexpectedSuccesses = [], []
        self.collectedDurations = []
        self.shouldStop = self.failfast = False
        # Options the runner sets.
        self.buffer = self.tb_locals = False
        self._original_stdout, self._original_stderr = sys.stdout, sys.stderr
        self._stdout_buffer = self._stderr_buffer = None
        self._mirrorOutput = False

    def printErrors(self):
        "Called by TestRunner after the tests have run."

    def startTest(self, test):
        "Called when the given test is about to be run."
        self.testsRun += 1
        self._mirrorOutput = False
        self._setupStdout()

    def _setupStdout(self):
        if not self.buffer:
            return
        if self._stdout_buffer is None:
            self._stdout_buffer, self._stderr_buffer = io.StringIO(), io.StringIO()
        sys.stdout, sys.stderr = self._stdout_buffer, self._stderr_buffer

    def startTestRun(self):
        "Called once before any test runs."

    def stopTest(self, test):
        "Called when the given test has been run."
        self._restoreStdout()
        self._mirrorOutput = False

    def _restoreStdout(self):
        if not self.buffer:
            return
        if self._mirrorOutput:
            for captured, original, template in ((sys.stdout, self._original_stdout, STDOUT_LINE),
                                                 (sys.stderr, self._original_stderr, STDERR_LINE)):
                text = captured.getvalue()
                if text:
                    if not text.endswith('\n'):
                        text += '\n'
                    original.write(template % text)
        sys.stdout = self._original_stdout
        sys.stderr = self._original_stderr
        for buffer in (self._stdout_buffer, self._stderr_buffer):
            buffer.seek(0)
            buffer.truncate()

    def stopTestRun(self):
        "Called once after all tests have run."

    @failfast
    def addError(self, test, err):
        """An error (an exception other than the failure exception); err is an exc_info tuple."""
        self.errors.append((test, self._exc_info_to_string(err, test)))
        # The output the test buffered is shown.
        self._mirrorOutput = True

    @failfast
    def addFailure(self, test, err):
        """A failure (test.failureException raised); err is an exc_info tuple."""
        self.failures.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    def addSubTest(self, test, subtest, err):
        """A subtest finished; err is None when it passed, an exc_info tuple otherwise."""
        if err is None:
            return
        if getattr(self, 'failfast', False):
            self.stop()
        target = self.failures if issubclass(err[0], test.failureException) else self.errors
        target.append((subtest, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    def addSuccess(self, test):
        "Called when a test has completed successfully"

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    @failfast
    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

    def addDuration(self, test, elapsed):
        """Records how long a test took (seconds), including its cleanups."""
        if hasattr(self, 'collectedDurations'):
            # Stored as str(test): keeping the test itself would keep its objects alive.
            self.collectedDurations.append((str(test), elapsed))

    def wasSuccessful(self):
        """True when no test failed, erred or succeeded unexpectedly."""
        if self.failures or self.errors:
            return False
        return not getattr(self, 'unexpectedSuccesses', ())

    def stop(self):
        """Asks the run to stop after the current test."""
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        """The report of an exception: its traceback without the unittest frames, plus the
        buffered output when buffer is on."""
        exc_type, value, tb = err
        report = traceback.TracebackException(exc_type, value, tb,
                                              capture_locals=self.tb_locals, compact=True)
        self._clean_report(report, exc_type, value, tb, test)
        lines = list(report.format())
        if self.buffer:
            for stream, template in ((sys.stdout, STDOUT_LINE), (sys.stderr, STDERR_LINE)):
                text = stream.getvalue()
                if text:
                    if not text.endswith('\n'):
                        text += '\n'
                    lines.append(template % text)
        return ''.join(lines)

    def _clean_report(self, report, exc_type, value, tb, test):
        # Drops the entries of the runner's frames (at the top of the stack) and, for a failure,
        # those of the assert methods (at its bottom), in the report and the exceptions it chains.
        pending = [(report, exc_type, value, tb)]
        seen = set()
        while pending:
            part, kind, exc, tb = pending.pop()
            if id(part) in seen:
                continue
            seen.add(id(part))
            frames = []
            while tb is not None:
                frames.append(_is_unittest_frame(tb.tb_frame))
                tb = tb.tb_next
            start = 0
            while start < len(frames) and frames[start]:
                start += 1
            stop = len(frames)
            if kind is test.failureException:
                stop = start
                while stop < len(frames) and not frames[stop]:
                    stop += 1
            if (start, stop) != (0, len(frames)) and len(part.stack) == len(frames):
                del part.stack[stop:]
                del part.stack[:start]
            if exc is None:
                continue
            for chained, source in ((part.__cause__, exc.__cause__),
                                    (part.__context__, exc.__context__)):
                if chained is not None and source is not None:
                    pending.append((chained, type(source), source, source.__traceback__))

    def __repr__(self):
        return (f'<{util.strclass(self.__class__)} run={self.testsRun} '
                f'errors={len(self.errors)} failures={len(self.failures)}>')
