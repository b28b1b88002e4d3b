# unittest.mock inside real unittest test cases: patch as method and class decorators,
# patch.object in setUp with addCleanup(patcher.stop), assertion failures reported as test
# failures, and patch.dict around a test; results read from a TestResult (no timings shown).
import io
import unittest
from unittest import mock


class Clock:
    def now(self):
        raise RuntimeError('real clock used in a test')


class Greeter:
    def __init__(self, clock):
        self.clock = clock

    def greet(self, name):
        hour = self.clock.now()
        part = 'morning' if hour < 12 else 'evening'
        return 'Good %s, %s' % (part, name)


SETTINGS = {'lang': 'en'}


def translate(text):
    return '[%s] %s' % (SETTINGS['lang'], text)


class GreeterTests(unittest.TestCase):
    def setUp(self):
        patcher = mock.patch.object(Clock, 'now', return_value=9)
        self.now = patcher.start()
        self.addCleanup(patcher.stop)

    def test_morning(self):
        self.assertEqual(Greeter(Clock()).greet('ann'), 'Good morning, ann')
        self.now.assert_called_once_with()

    def test_evening(self):
        self.now.return_value = 20
        self.assertEqual(Greeter(Clock()).greet('bob'), 'Good evening, bob')

    @mock.patch.dict(SETTINGS, lang='fr')
    def test_translate(self):
        self.assertEqual(translate('hi'), '[fr] hi')

    def test_wrong_expectation(self):
        Greeter(Clock()).greet('cy')
        self.now.assert_called_with('tomorrow')

    def test_side_effect_error(self):
        self.now.side_effect = OSError('no clock')
        with self.assertRaises(OSError):
            Greeter(Clock()).greet('dee')


@mock.patch('__main__.Clock')
class PatchedClassTests(unittest.TestCase):
    def test_clock_is_mock(self, clock_cls):
        clock_cls.return_value.now.return_value = 7
        self.assertEqual(Greeter(Clock()).greet('eve'), 'Good morning, eve')
        clock_cls.assert_called_once_with()

    @mock.patch('__main__.translate', return_value='T')
    def test_two_patches(self, fake_translate, clock_cls):
        self.assertEqual(translate('x'), 'T')
        self.assertIsInstance(clock_cls, mock.MagicMock)

    def test_missing_call(self, clock_cls):
        clock_cls.assert_called()


loader = unittest.TestLoader()
suite = unittest.TestSuite()
suite.addTests(loader.loadTestsFromTestCase(GreeterTests))
suite.addTests(loader.loadTestsFromTestCase(PatchedClassTests))
result = unittest.TestResult()
suite.run(result)
print('run', result.testsRun, 'failures', len(result.failures), 'errors', len(result.errors))
for test, trace in result.failures:
    print('FAIL', test.id().split('.', 1)[1])
    print('   ', trace.strip().splitlines()[-1])
for test, trace in result.errors:
    print('ERROR', test.id())
print(SETTINGS, Clock.now.__name__)
try:
    Clock().now()
except RuntimeError as exc:
    print('restored:', exc)
