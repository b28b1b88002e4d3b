# The failure messages of unittest's assert methods, as CPython 3.12 words them: reprs shortened
# past 80 characters, sequence/list/tuple/dict/set/multi-line string diffs, maxDiff and the
# "Diff is N characters long" note, longMessage and msg=, almost-equal with places and delta,
# count-equal with unhashable items, regex checks, assertRaises/Warns misuse (TypeError), the
# assertLogs / assertNoLogs context managers, and TestCase/FunctionTestCase/TestSuite basics.
import logging
import unittest
import warnings

class T(unittest.TestCase):
    def runTest(self): pass

t = T()
def check(fn, *args, **kw):
    try:
        fn(*args, **kw)
    except AssertionError as e:
        print(f'{fn.__name__}: {e}')
    except Exception as e:
        print(f'{fn.__name__}: {type(e).__name__}: {e}')
    else:
        print(f'{fn.__name__}: ok')
    print('-' * 10)

check(t.assertEqual, 1, 2)
check(t.assertEqual, 1, 2, 'custom')
check(t.assertEqual, 'a' * 100, 'a' * 99 + 'b')
check(t.assertEqual, list(range(30)), list(range(29)) + [99])
check(t.assertEqual, list(range(200)), list(range(199)) + [99])
check(t.assertEqual, (1, 2), (1, 2, 3))
check(t.assertEqual, [1, 2, 3], [1, 2])
check(t.assertEqual, [1, 2], (1, 2))
check(t.assertSequenceEqual, [1, 2], (1, 2))
check(t.assertSequenceEqual, [1, 2], (1, 3))
check(t.assertListEqual, [1], (1,))
check(t.assertTupleEqual, (1,), [1])
check(t.assertEqual, {'a': 1, 'b': [1, 2]}, {'a': 1, 'b': [1, 3], 'c': 0})
check(t.assertDictEqual, {}, [])
check(t.assertEqual, {1, 2, 3}, {2, 3, 4})
check(t.assertEqual, frozenset({1}), frozenset())
check(t.assertSetEqual, {1}, [1])
check(t.assertSetEqual, [1], {1})
check(t.assertEqual, "hello\nworld\n", "hello\nWorld\n")
check(t.assertEqual, "one line", "one lime")
check(t.assertEqual, "x\n" * 300, "x\n" * 299 + "y\n")
check(t.assertMultiLineEqual, "a", b"a")
check(t.assertNotEqual, 3, 3)
check(t.assertTrue, 0)
check(t.assertTrue, [], 'msg')
check(t.assertFalse, 'yes')
check(t.assertIs, 1, None)
check(t.assertIsNot, None, None)
check(t.assertIsNone, 5)
check(t.assertIsNotNone, None)
check(t.assertIn, 4, [1, 2, 3])
check(t.assertNotIn, 2, [1, 2, 3])
check(t.assertIsInstance, 1, str)
check(t.assertNotIsInstance, 1, int)
check(t.assertAlmostEqual, 1.0, 1.1)
check(t.assertAlmostEqual, 1.0, 1.00000001)
check(t.assertAlmostEqual, 1.0, 1.1, places=3)
check(t.assertAlmostEqual, 1.0, 1.5, delta=0.1)
check(t.assertAlmostEqual, 1.0, 1.5, delta=0.1, places=2)
check(t.assertNotAlmostEqual, 1.0, 1.00000001)
check(t.assertNotAlmostEqual, 1.0, 1.05, delta=0.1)
check(t.assertGreater, 1, 2)
check(t.assertGreaterEqual, 1, 2)
check(t.assertLess, 2, 1)
check(t.assertLessEqual, 2, 1)
check(t.assertRegex, 'hello', 'wor')
check(t.assertNotRegex, 'hello world', 'o w')
check(t.assertCountEqual, [1, 1, 2], [1, 2, 2, 3])
check(t.assertCountEqual, [[1], [2]], [[2], [1], [1]])
check(t.assertCountEqual, 'abc', 'cba')
check(t.assertRaises, ValueError, int, '5')
check(t.assertRaises, ValueError, lambda: None)
check(t.assertRaises, 42)
check(t.assertRaises, ValueError, foo=1)
check(t.assertRaisesRegex, ValueError, 'x+', int, 'abc')
check(t.assertWarns, UserWarning, lambda: None)
check(t.assertWarnsRegex, UserWarning, 'zzz', warnings.warn, 'hello')
check(t.assertWarns, int)
check(t.fail)
check(t.fail, 'nope')
with t.assertRaises(KeyError) as cm:
    {}['k']
print(repr(cm.exception), cm.exception.__traceback__)
with t.assertWarns(DeprecationWarning) as cm:
    warnings.warn('old', DeprecationWarning)
print(cm.warning, cm.filename.endswith('messages.py'), cm.lineno)
def nolog():
    with t.assertLogs('app', level='WARNING'):
        logging.getLogger('app').info('quiet')
check(nolog)
with t.assertLogs('app') as cm:
    logging.getLogger('app').info('one')
    logging.getLogger('app.sub').error('two')
print(cm.output, [r.getMessage() for r in cm.records])
def haslogs():
    with t.assertNoLogs():
        logging.warning('loud')
check(haslogs)
t.longMessage = False
check(t.assertEqual, 1, 2, 'only this')
check(t.assertEqual, 1, 2)
t.longMessage = True
t.maxDiff = None
check(t.assertEqual, list(range(40)), list(range(39)) + [99])
t.maxDiff = 10
check(t.assertEqual, [1, 2], [1, 3])
print(repr(t), str(t), t.id(), t.shortDescription(), t.countTestCases())
class U(unittest.TestCase):
    def test_doc(self):
        """  First line.
        second"""
print(U('test_doc').shortDescription())
try:
    U('nope')
except ValueError as e:
    print(e)
ft = unittest.FunctionTestCase(lambda: None, description='desc')
print(ft.shortDescription(), ft.id())
print(unittest.TestSuite([U('test_doc')]))
check(unittest.TestSuite().addTest, 5)
check(unittest.TestSuite().addTest, U)
check(unittest.TestSuite().addTests, 'abc')
r = unittest.TestResult(); print(r, r.wasSuccessful())
