# unittest subtests (nested, with messages and parameters, errors inside them, failfast stopping
# at the first failing one, inside an expected failure), tracebacks of chained exceptions in
# failure reports (unittest's own frames left out), buffer=True with the captured output in the
# report, a TestResult subclass seeing the events of a run, debug() and run() without a result.
import contextlib
import io
import os
import re
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep
def show(text):
    print(re.sub(r'in \d+\.\d+s', 'in X.XXXs', text.replace(HERE, '')), end='')

def parse(n):
    if n < 0:
        raise ValueError(f'negative: {n}')
    return n * 2

class Sub(unittest.TestCase):
    def test_nested(self):
        for i in range(3):
            with self.subTest('outer', i=i):
                for j in range(2):
                    with self.subTest(j=j):
                        self.assertNotEqual((i, j), (1, 1))
    def test_error_in_sub(self):
        for n in (1, -1, 2):
            with self.subTest(n=n):
                self.assertEqual(parse(n), n * 2)
    def test_plain_sub(self):
        with self.subTest():
            self.assertEqual(1, 2)
        with self.subTest(msg='named'):
            pass
    @unittest.expectedFailure
    def test_xfail_sub(self):
        with self.subTest(k=1):
            self.assertEqual(1, 2)
        print('not reached')

class Chain(unittest.TestCase):
    def helper(self):
        try:
            {}['key']
        except KeyError as e:
            raise RuntimeError('wrapped') from e
    def test_cause(self):
        self.helper()
    def test_context(self):
        try:
            1 / 0
        except ZeroDivisionError:
            self.assertEqual('a', 'b')
    def test_nested_call(self):
        def inner():
            self.assertIn('z', 'abc')
        inner()

class Output(unittest.TestCase):
    def test_noisy_fail(self):
        print('to stdout')
        print('to stderr', file=sys.stderr)
        self.fail('failed loudly')
    def test_noisy_pass(self):
        print('swallowed')

def run(cls, **kw):
    s = io.StringIO()
    suite = unittest.TestLoader().loadTestsFromTestCase(cls)
    res = unittest.TextTestRunner(stream=s, **kw).run(suite)
    show(s.getvalue())
    print(res)
    print('#' * 30)
    return res

run(Sub, verbosity=2)
run(Sub)
run(Sub, failfast=True)
run(Chain, verbosity=2)
for options in ({'verbosity': 2}, {'failfast': True}):
    out, err = io.StringIO(), io.StringIO()
    # The buffered output of a failing test is copied to the real streams: catch them too.
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        run(Output, buffer=True, **options)
    print('stdout:', repr(out.getvalue()))
    print('stderr:', repr(err.getvalue()))

class Recorder(unittest.TestResult):
    def __init__(self):
        super().__init__()
        self.events = []
    def startTest(self, test):
        self.events.append(('start', test.id()))
        super().startTest(test)
    def stopTest(self, test):
        self.events.append(('stop', test.id()))
        super().stopTest(test)
    def addSuccess(self, test):
        self.events.append(('success', test.id()))
    def addSubTest(self, test, subtest, err):
        self.events.append(('sub', subtest.id(), None if err is None else err[0].__name__))
        super().addSubTest(test, subtest, err)
rec = Recorder()
unittest.TestLoader().loadTestsFromTestCase(Sub).run(rec)
for e in rec.events:
    print(e)
print(rec, len(rec.expectedFailures))

try:
    Chain('test_cause').debug()
except RuntimeError as e:
    print('debug raised', repr(e), repr(e.__cause__))
r = Sub('test_plain_sub').run()
print(r, r.failures[0][0])
