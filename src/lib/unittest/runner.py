# unittest.runner: TextTestRunner and TextTestResult, which report a run as text on a stream.

import sys, time, warnings

from .case import _SubTest
from .signals import registerResult
from . import result

__unittest = True


class _WritelnDecorator(object):
    """A stream with a writeln() method; everything else goes to the stream."""

    def __init__(self, stream):
        self.stream = stream

    def __getattr__(self, attr):
        # (Not for stream itself: no endless recursion while unpickling.)
        if attr in ('stream', '__getstate__'):
            raise AttributeError(attr)
        return getattr(self.stream, attr)

    def writeln(self, arg=None):
        if arg:
            self.write(arg)
        self.write('\n')


class TextTestResult(result.TestResult):
    """Prints the progress of a run (dots at verbosity 1, a line per test at 2) and the reports
    of its failures and errors."""

    separator1 = '=' * 70
    separator2 = '-' * 70

    def __init__(self, stream, descriptions, verbosity, *, durations=None):
        super().__init__(stream, descriptions, verbosity)
        self.stream = stream
        self.descriptions = descriptions
        self.durations = durations
        # A line per test at verbosity 2 and more, a character per test at verbosity 1.
        self.showAll, self.dots = verbosity > 1, verbosity == 1
        # Whether the last thing written ended a line.
        self._newline = True

    def getDescription(self, test):
        first_line = test.shortDescription()
        if self.descriptions and first_line:
            return f'{test}\n{first_line}'
        return str(test)

    def startTest(self, test):
        super().startTest(test)
        if self.showAll:
            self.stream.write(self.getDescription(test))
            self.stream.write(' ... ')
            self.stream.flush()
            self._newline = False

    def _write_status(self, test, status):
        subtest = isinstance(test, _SubTest)
        if subtest or self._newline:
            # The line of the test has been ended already: start another one.
            if not self._newline:
                self.stream.writeln()
            if subtest:
                self.stream.write('  ')
            self.stream.write(self.getDescription(test))
            self.stream.write(' ... ')
        self.stream.writeln(status)
        self.stream.flush()
        self._newline = True

    def _progress(self, test, word, letter):
        if self.showAll:
            self._write_status(test, word)
        elif self.dots:
            self.stream.write(letter)
            self.stream.flush()

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if issubclass(err[0], subtest.failureException):
                self._progress(subtest, 'FAIL', 'F')
            else:
                self._progress(subtest, 'ERROR', 'E')
        super().addSubTest(test, subtest, err)

    def addSuccess(self, test):
        super().addSuccess(test)
        self._progress(test, 'ok', '.')

    def addError(self, test, err):
        super().addError(test, err)
        self._progress(test, 'ERROR', 'E')

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._progress(test, 'FAIL', 'F')

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._progress(test, f'skipped {reason!r}', 's')

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        if self.showAll:
            self.stream.writeln('expected failure')
            self.stream.flush()
        elif self.dots:
            self.stream.write('x')
            self.stream.flush()

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        if self.showAll:
            self.stream.writeln('unexpected success')
            self.stream.flush()
        elif self.dots:
            self.stream.write('u')
            self.stream.flush()

    def printErrors(self):
        if self.showAll or self.dots:
            # End the line of dots (or of the last test).
            self.stream.writeln()
            self.stream.flush()
        # Errors first, then failures.
        self.printErrorList('ERROR', self.errors)
        self.printErrorList('FAIL', self.failures)
        surprises = getattr(self, 'unexpectedSuccesses', ())
        if surprises:
            self.stream.writeln(self.separator1)
            for test in surprises:
                self.stream.writeln(f'UNEXPECTED SUCCESS: {self.getDescription(test)}')
            self.stream.flush()

    def printErrorList(self, flavour, errors):
        for test, text in errors:
            self.stream.writeln(self.separator1)
            self.stream.writeln(f'{flavour}: {self.getDescription(test)}')
            self.stream.writeln(self.separator2)
            self.stream.writeln(f'{text}')
            self.stream.flush()


class TextTestRunner(object):
    """Runs a test (case or suite) with a TextTestResult writing to stream (sys.stderr by
    default), then prints the summary."""

    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False, buffer=False,
                 resultclass=None, warnings=None, *, tb_locals=False, durations=None):
        self.stream = _WritelnDecorator(sys.stderr if stream is None else stream)
        self.descriptions, self.verbosity = descriptions, verbosity
        # Passed on to the result.
        self.failfast, self.buffer, self.tb_locals = failfast, buffer, tb_locals
        self.durations = durations
        # The warnings filter action for the run ('default', 'ignore' ...), if any.
        self.warnings = warnings
        if resultclass:
            self.resultclass = resultclass

    def _makeResult(self):
        try:
            return self.resultclass(self.stream, self.descriptions, self.verbosity,
                                    durations=self.durations)
        except TypeError:
            # A result class from before the durations keyword.
            return self.resultclass(self.stream, self.descriptions, self.verbosity)

    def _printDurations(self, result):
        if not result.collectedDurations:
            return
        slowest = sorted(result.collectedDurations, key=lambda entry: entry[1], reverse=True)
        if self.durations > 0:
            slowest = slowest[:self.durations]
        self.stream.writeln('Slowest test durations')
        if hasattr(result, 'separator2'):
            self.stream.writeln(result.separator2)
        hidden = False
        for name, elapsed in slowest:
            if self.verbosity < 2 and elapsed < 0.001:
                hidden = True
                continue
            self.stream.writeln('%-10s %s' % (f'{elapsed:.3f}s', name))
        if hidden:
            self.stream.writeln('\n(durations < 0.001s were hidden; use -v to show these durations)')
        else:
            self.stream.writeln('')

    def run(self, test):
        """Runs test and prints the report; returns the result."""
        result = self._makeResult()
        registerResult(result)
        result.failfast, result.buffer = self.failfast, self.buffer
        result.tb_locals = self.tb_locals
        with warnings.catch_warnings():
            if self.warnings:
                warnings.simplefilter(self.warnings)
            started = time.perf_counter()
            start_run = getattr(result, 'startTestRun', None)
            if start_run is not None:
                start_run()
            try:
                test(result)
            finally:
                stop_run = getattr(result, 'stopTestRun', None)
                if stop_run is not None:
                    stop_run()
            taken = time.perf_counter() - started
        result.printErrors()
        if self.durations is not None:
            self._printDurations(result)
        # The summary.
        if hasattr(result, 'separator2'):
            self.stream.writeln(result.separator2)
        count = result.testsRun
        plural = 's' if count != 1 else ''
        self.stream.writeln(f'Ran {count} test{plural} in {taken:.3f}s')
        self.stream.writeln()
        try:
            expected = len(result.expectedFailures)
            unexpected = len(result.unexpectedSuccesses)
            skipped = len(result.skipped)
        except AttributeError:
            expected = unexpected = skipped = 0
        details = []
        if not result.wasSuccessful():
            self.stream.write('FAILED')
            if result.failures:
                details.append(f'failures={len(result.failures)}')
            if result.errors:
                details.append(f'errors={len(result.errors)}')
        elif count == 0 and not skipped:
            self.stream.write('NO TESTS RAN')
        else:
            self.stream.write('OK')
        if skipped:
            details.append(f'skipped={skipped}')
        if expected:
            details.append(f'expected failures={expected}')
        if unexpected:
            details.append(f'unexpected successes={unexpected}')
        if details:
            self.stream.writeln(' (%s)' % ', '.join(details))
        else:
            self.stream.write('\n')
        self.stream.flush()
        return result
