# unittest fixtures in the order CPython runs them: setUpModule/tearDownModule, setUpClass/
# tearDownClass with class cleanups, setUp/tearDown with cleanups, and the errors they raise
# (a failing setUpClass skips the class's tests and is reported as "setUpClass (module.Class)",
# a failing tearDownClass, a failing setUp still runs its cleanups, failing cleanups), skipTest in
# setUp, a skipped class, enterContext (and its TypeError for a non context manager).
import io
import os
import re
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep
def show(text):
    text = text.replace(HERE, '')
    print(re.sub(r'in \d+\.\d+s', 'in X.XXXs', text))

log = []
def setUpModule():
    log.append('setUpModule')
def tearDownModule():
    log.append('tearDownModule')

class Fixtures(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append('setUpClass')
        cls.addClassCleanup(log.append, 'classCleanup')
    @classmethod
    def tearDownClass(cls):
        log.append('tearDownClass')
    def setUp(self):
        log.append('setUp ' + self._testMethodName)
        self.addCleanup(log.append, 'cleanup ' + self._testMethodName)
    def tearDown(self):
        log.append('tearDown ' + self._testMethodName)
    def test_one(self):
        log.append('one')
    def test_two(self):
        log.append('two')
        self.fail('boom')

class BadSetUpClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError('no class for you')
    def test_never(self):
        log.append('never')

class BadTearDownClass(unittest.TestCase):
    @classmethod
    def tearDownClass(cls):
        raise ValueError('teardown broke')
    def test_ok(self):
        pass

class BadSetUp(unittest.TestCase):
    def setUp(self):
        self.addCleanup(log.append, 'cleanup after bad setUp')
        raise OSError('setUp failed')
    def test_x(self):
        log.append('not reached')

class BadCleanup(unittest.TestCase):
    def test_y(self):
        self.addCleanup(self.fail, 'cleanup failed')
        self.addCleanup(lambda: 1/0)

class SkipClass(unittest.TestCase):
    def setUp(self):
        self.skipTest('skipped in setUp')
    def test_z(self):
        pass

@unittest.skip('whole class')
class SkippedClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append('should not run')
    def test_a(self):
        pass

class CM:
    def __enter__(self):
        log.append('enter')
        return 42
    def __exit__(self, *a):
        log.append('exit')

class Ctx(unittest.TestCase):
    def test_enter(self):
        self.assertEqual(self.enterContext(CM()), 42)
    def test_bad_enter(self):
        try:
            self.enterContext(object())
        except TypeError as e:
            log.append(str(e))

loader = unittest.TestLoader()
suite = loader.loadTestsFromModule(sys.modules[__name__])
print(suite.countTestCases())
s = io.StringIO()
res = unittest.TextTestRunner(stream=s, verbosity=2).run(suite)
show(s.getvalue())
print(res, res.wasSuccessful())
for l in log: print(l)
print([str(t) for t, _ in res.errors])
print([str(t) for t, _ in res.failures])
print([(str(t), r) for t, r in res.skipped])
