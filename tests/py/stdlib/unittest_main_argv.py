# unittest.main() driven by argv: test names (class, method, missing ones, a missing module), -v,
# -q, -k patterns, -b (buffered output shown for failures only), -f, exit=False, a bad option
# (usage and status 2), and the SystemExit codes (0, 1, 5 for no tests). Also TestLoader:
# getTestCaseNames with another sort or prefix, loadTestsFromName(s) and its errors.
import contextlib
import io
import os
import re
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep
def show(text):
    text = text.replace(HERE, '')
    print(re.sub(r'in \d+\.\d+s', 'in X.XXXs', text), end='')

class Alpha(unittest.TestCase):
    def test_add(self):
        self.assertEqual(1 + 1, 2)
    def test_print(self):
        print('captured output')
        sys.stderr.write('err text')
        self.assertTrue(False)
    def test_quiet_print(self):
        print('hidden')

class Beta(unittest.TestCase):
    def test_b1(self):
        pass
    def test_b2(self):
        raise TypeError('bad type')

def run(argv, **kw):
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(err):
        try:
            prog = unittest.main(module=__name__, argv=['prog'] + argv,
                                 testLoader=unittest.TestLoader(), **kw)
            code = None
        except SystemExit as e:
            code = e.code
    print('argv', argv, 'exit', code)
    show(err.getvalue())
    print('=' * 20)

run(['Alpha.test_add'])
run(['-v', 'Alpha.test_add', 'Beta'])
run(['-q', 'Beta'])
run(['-k', 'b1'])
run(['-k', 'test_b*', '-v'])
run(['-b', 'Alpha'])
run(['-f', '-v', 'Beta', 'Alpha'])
run(['-k', 'nothing'])
run(['Alpha.test_missing'])
run(['nosuchmodule_xyz'])
run(['Alpha'], exit=False, verbosity=0)
run(['Beta'], exit=False, verbosity=2, failfast=True)
run(['--bogus'])
l = unittest.TestLoader()
print(l.getTestCaseNames(Alpha))
l.sortTestMethodsUsing = lambda a, b: (a < b) - (a > b)
print(l.getTestCaseNames(Alpha))
l.testMethodPrefix = 'test_b'
print(l.getTestCaseNames(Beta))
l = unittest.TestLoader()
print(l.loadTestsFromNames(['Alpha.test_add', 'Beta'], sys.modules[__name__]))
print(l.loadTestsFromName('__main__.Beta.test_b1'))
print(l.errors)
s = l.loadTestsFromName('Alpha.nope', sys.modules[__name__])
print(s, l.errors[0].splitlines()[0], l.errors[0].splitlines()[-1])
try:
    l.loadTestsFromName('HERE', sys.modules[__name__])
except TypeError as e:
    print('TypeError', str(e).replace(HERE, ''))
