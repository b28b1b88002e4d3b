"""A unit testing framework in the style of JUnit: test cases (TestCase subclasses) grouped in
suites, loaded by a TestLoader and run by a TextTestRunner, or all at once by unittest.main().

    import unittest

    class Arithmetic(unittest.TestCase):
        def test_sum(self):
            self.assertEqual(1 + 1, 2)

    if __name__ == '__main__':
        unittest.main()

Immortal's implementation, written from the documented behaviour of CPython 3.12."""

__all__ = [
    # Writing tests.
    'TestCase', 'IsolatedAsyncioTestCase', 'FunctionTestCase', 'SkipTest', 'skip', 'skipIf',
    'skipUnless', 'expectedFailure', 'addModuleCleanup', 'doModuleCleanups', 'enterModuleContext',
    # Collecting and running them.
    'TestSuite', 'TestLoader', 'defaultTestLoader', 'TestResult', 'TextTestResult',
    'TextTestRunner', 'main',
    # Control-C handling.
    'installHandler', 'registerResult', 'removeResult', 'removeHandler',
    # Deprecated in 3.11, gone in 3.13.
    'getTestCaseNames', 'makeSuite', 'findTestCases',
]

__unittest = True

from .case import (TestCase, FunctionTestCase, SkipTest, skip, skipIf, skipUnless,
                   expectedFailure, addModuleCleanup, doModuleCleanups, enterModuleContext)
from .result import TestResult
from .runner import TextTestResult, TextTestRunner
from .suite import TestSuite, BaseTestSuite
from .loader import TestLoader, defaultTestLoader, getTestCaseNames, makeSuite, findTestCases
from .signals import registerResult, removeResult, installHandler, removeHandler
from .main import main, TestProgram


def __dir__():
    return list(globals()) + ['IsolatedAsyncioTestCase']


def __getattr__(name):
    if name == 'IsolatedAsyncioTestCase':
        # Imported on first use: asyncio is big.
        global IsolatedAsyncioTestCase
        from .async_case import IsolatedAsyncioTestCase
        return IsolatedAsyncioTestCase
    raise AttributeError(f'module {__name__!r} has no attribute {name!r}')
