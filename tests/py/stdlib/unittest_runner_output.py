# unittest's text runner on a mixed test case at verbosity 0, 1 and 2: passes, failures (list and
# multi-line string diffs, msg= on a dict diff), an error with a chained exception, a decorator
# skip (not counted in testsRun), expected failure and unexpected success, subtests, and
# assertRaises / assertRaisesRegex failing. The "Ran N tests in X.XXXs" time and the program's
# folder are masked.
import io
import os
import re
import unittest

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep

class Basic(unittest.TestCase):
    """Basic tests."""
    def setUp(self):
        self.x = 1
    def test_pass(self):
        """Passes nicely.

        more"""
        self.assertEqual(self.x, 1)
    def test_fail(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])
    def test_error(self):
        {}['missing']
    @unittest.skip("not now")
    def test_skip(self):
        pass
    @unittest.expectedFailure
    def test_xfail(self):
        self.assertTrue(False)
    @unittest.expectedFailure
    def test_xpass(self):
        pass
    def test_sub(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)
    def test_str(self):
        self.assertEqual("a\nb\nc\n", "a\nB\nc\n")
    def test_dict(self):
        self.assertEqual({'a': 1, 'b': 2}, {'a': 1, 'b': 3}, msg="dicts")
    def test_raises(self):
        with self.assertRaises(ValueError):
            pass
    def test_raises_regex(self):
        with self.assertRaisesRegex(ValueError, "abc"):
            raise ValueError("xyz")
    def test_chain(self):
        try:
            1/0
        except ZeroDivisionError:
            raise KeyError('k')

for v in (0, 1, 2):
    s = io.StringIO()
    r = unittest.TextTestRunner(stream=s, verbosity=v).run(unittest.TestLoader().loadTestsFromTestCase(Basic))
    print(re.sub(r'in \d+\.\d+s', 'in X.XXXs', s.getvalue().replace(HERE, '')))
    print(r)
