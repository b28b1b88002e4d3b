# unittest.main: TestProgram, the command line of a test module (unittest.main()) and of
# `python -m unittest`.

import os
import sys

from .signals import installHandler
from . import loader, runner

__unittest = True

# The exit status when no test ran (and none was skipped).
_NO_TESTS_EXITCODE = 5


def _examples(rows):
    # The examples after the usage: `prog ARGS  - what it does`, continuation lines aligned.
    lines = ['Examples:']
    for args, what in rows:
        first, *rest = what.split('\n')
        lines.append(f'  %(prog)s {args:<26}- {first}')
        lines.extend(' ' * 39 + more for more in rest)
    return '\n'.join(lines) + '\n'


_MAIN_EXAMPLES = _examples([
    ('', 'run default set of tests'),
    ('MyTestSuite', "run suite 'MyTestSuite'"),
    ('MyTestCase.testSomething', 'run MyTestCase.testSomething'),
    ('MyTestCase', "run all 'test*' test methods\nin MyTestCase"),
])

_MODULE_EXAMPLES = _examples([
    ('test_module', 'run tests from test_module'),
    ('module.TestClass', 'run tests from module.TestClass'),
    ('module.Class.test_method', 'run specified test method'),
    ('path/to/test_file.py', 'run tests from test_file.py'),
])


def _convert_name(name):
    # A path to a .py file under the current folder names the module it holds.
    if not (os.path.isfile(name) and name.lower().endswith('.py')):
        return name
    if os.path.isabs(name):
        relative = os.path.relpath(name, os.getcwd())
        if os.path.isabs(relative) or relative.startswith(os.pardir):
            return name
        name = relative
    return os.path.normpath(name)[:-3].replace('\\', '.').replace('/', '.')


def _convert_names(names):
    return [_convert_name(name) for name in names]


def _convert_select_pattern(pattern):
    # A -k word without a wildcard matches anywhere in the name.
    return pattern if '*' in pattern else f'*{pattern}*'


class TestProgram(object):
    """Loads the tests named on the command line (or all of module's) and runs them; exits with
    status 0 when they pass, 1 when some fail and 5 when there were none, unless exit is false."""

    module = None
    verbosity = 1
    failfast = catchbreak = buffer = progName = warnings = testNamePatterns = None
    _discovery_parser = None

    def __init__(self, module='__main__', defaultTest=None, argv=None, testRunner=None,
                 testLoader=loader.defaultTestLoader, exit=True, verbosity=1, failfast=None,
                 catchbreak=None, buffer=None, warnings=None, *, tb_locals=False,
                 durations=None):
        if isinstance(module, str):
            # 'pkg.mod': __import__ returns pkg.
            first, *rest = module.split('.')
            module = __import__(module)
            for name in rest:
                module = getattr(module, name)
        self.module = module
        argv = sys.argv if argv is None else argv
        # Options given here; None leaves failfast, catchbreak and buffer to the command line.
        self.verbosity, self.failfast, self.catchbreak = verbosity, failfast, catchbreak
        self.buffer, self.tb_locals, self.durations = buffer, tb_locals, durations
        self.exit = exit
        # Without -W options, the warnings the tests trigger are shown (once per place).
        self.warnings = 'default' if warnings is None and not sys.warnoptions else warnings
        self.defaultTest, self.testLoader = defaultTest, testLoader
        self.testRunner = testRunner
        self.progName = os.path.basename(argv[0])
        self.parseArgs(argv)
        self.runTests()

    def _print_help(self, *args, **kwargs):
        print(self._main_parser.format_help())
        if self.module is not None:
            print(_MAIN_EXAMPLES % {'prog': self.progName})
            return
        print(_MODULE_EXAMPLES % {'prog': self.progName})
        self._discovery_parser.print_help()

    def parseArgs(self, argv):
        self._initArgParsers()
        words = argv[1:]
        if self.module is None and words and words[0].lower() == 'discover':
            self._do_discovery(words[1:])
            return
        self._main_parser.parse_args(words, self)
        if self.module is None and not self.tests:
            # `python -m unittest` alone discovers from the current folder.
            self._do_discovery([])
            return
        if self.tests:
            self.testNames = _convert_names(self.tests)
            if __name__ == '__main__':
                # Names given to `python -m unittest` are absolute.
                self.module = None
        elif self.defaultTest is None:
            self.testNames = None
        else:
            default = self.defaultTest
            self.testNames = (default,) if isinstance(default, str) else list(default)
        self.createTests()

    def createTests(self, from_discovery=False, Loader=None):
        # -k patterns go to the loader.
        if self.testNamePatterns:
            self.testLoader.testNamePatterns = self.testNamePatterns
        if from_discovery:
            test_loader = self.testLoader if Loader is None else Loader()
            self.test = test_loader.discover(self.start, self.pattern, self.top)
        elif self.testNames is not None:
            self.test = self.testLoader.loadTestsFromNames(self.testNames, self.module)
        else:
            self.test = self.testLoader.loadTestsFromModule(self.module)

    def _initArgParsers(self):
        global argparse
        import argparse  # (on first use: start-up time)
        shared = self._getParentArgParser()
        self._main_parser = self._getMainArgParser(shared)
        self._discovery_parser = self._getDiscoveryArgParser(shared)

    def _getParentArgParser(self):
        # The options both the main and the discover command lines take.
        parser = argparse.ArgumentParser(add_help=False)
        add = parser.add_argument
        add('-v', '--verbose', dest='verbosity', action='store_const', const=2,
            help='Verbose output')
        add('-q', '--quiet', dest='verbosity', action='store_const', const=0,
            help='Quiet output')
        add('--locals', dest='tb_locals', action='store_true',
            help='Show local variables in tracebacks')
        add('--durations', dest='durations', type=int, default=None, metavar='N',
            help='Show the N slowest test cases (N=0 for all)')
        # The rest only when the caller of main() left them open.
        if self.failfast is None:
            add('-f', '--failfast', dest='failfast', action='store_true',
                help='Stop on first fail or error')
            self.failfast = False
        if self.catchbreak is None:
            add('-c', '--catch', dest='catchbreak', action='store_true',
                help='Catch Ctrl-C and display results so far')
            self.catchbreak = False
        if self.buffer is None:
            add('-b', '--buffer', dest='buffer', action='store_true',
                help='Buffer stdout and stderr during tests')
            self.buffer = False
        if self.testNamePatterns is None:
            add('-k', dest='testNamePatterns', action='append', type=_convert_select_pattern,
                help='Only run tests which match the given substring')
            self.testNamePatterns = []
        return parser  # (the parent of the two parsers)

    def _getMainArgParser(self, parent):
        main_parser = argparse.ArgumentParser(parents=[parent])
        main_parser.prog = self.progName
        # Help goes on with the examples.
        main_parser.print_help = self._print_help
        main_parser.add_argument(
            'tests', nargs='*',
            help='a list of any number of test modules, classes and test methods.')
        return main_parser

    def _getDiscoveryArgParser(self, parent):
        found = argparse.ArgumentParser(parents=[parent])
        found.prog = f'{self.progName} discover'
        found.epilog = ('For test discovery all test modules must be importable from the top '
                        'level directory of the project.')
        for short, long, dest, text in (
                ('-s', '--start-directory', 'start', "Directory to start discovery ('.' default)"),
                ('-p', '--pattern', 'pattern', "Pattern to match tests ('test*.py' default)"),
                ('-t', '--top-level-directory', 'top',
                 'Top level directory of project (defaults to start directory)')):
            found.add_argument(short, long, dest=dest, help=text)
        # The same three may also come as positional arguments, in that order.
        for dest in ('start', 'pattern', 'top'):
            found.add_argument(dest, nargs='?', default=argparse.SUPPRESS, help=argparse.SUPPRESS)
        return found

    def _do_discovery(self, argv, Loader=None):
        self.start, self.pattern, self.top = '.', 'test*.py', None
        if argv is not None:
            if self._discovery_parser is None:
                # Called directly, not through parseArgs.
                self._initArgParsers()
            self._discovery_parser.parse_args(argv, self)
        self.createTests(from_discovery=True, Loader=Loader)

    def _make_runner(self):
        maker = self.testRunner
        if not isinstance(maker, type):
            # Already a runner.
            return maker
        options = dict(verbosity=self.verbosity, failfast=self.failfast, buffer=self.buffer,
                       warnings=self.warnings)
        for extra in ({'tb_locals': self.tb_locals, 'durations': self.durations}, {}):
            try:
                return maker(**options, **extra)
            except TypeError:
                # A runner class without the newer keywords.
                pass
        return maker()

    def runTests(self):
        if self.catchbreak:
            installHandler()
        self.testRunner = self.testRunner or runner.TextTestRunner
        self.result = self._make_runner().run(self.test)
        if not self.exit:
            return
        outcome = self.result
        if outcome.testsRun == 0 and not outcome.skipped:
            sys.exit(_NO_TESTS_EXITCODE)
        sys.exit(0 if outcome.wasSuccessful() else 1)


main = TestProgram
