# unittest.loader: TestLoader, which finds the tests of test case classes, modules and dotted
# names, and discovers test modules in folders.

import os
import re
import sys
import traceback
import types
import functools
import warnings
from fnmatch import fnmatch, fnmatchcase

from . import case, suite, util

__unittest = True

# A file that discovery may import as a module (no dots or dashes in its name).
VALID_MODULE_NAME = re.compile(r'[_a-z]\w*\.py$', re.IGNORECASE)


class _FailedTest(case.TestCase):
    """Stands for a test that could not be loaded: running it raises the loading error."""

    _testMethodName = None

    def __init__(self, method_name, exception):
        self._exception = exception
        super().__init__(method_name)

    def __getattr__(self, name):
        if name != self._testMethodName:
            return super().__getattr__(name)

        def testFailure():
            raise self._exception
        return testFailure


def _make_failed_test(methodname, exception, suiteClass, message):
    return suiteClass((_FailedTest(methodname, exception),)), message


def _make_failed_import_test(name, suiteClass):
    message = f'Failed to import test module: {name}\n{traceback.format_exc()}'
    return _make_failed_test(name, ImportError(message), suiteClass, message)


def _make_failed_load_tests(name, exception, suiteClass):
    message = f'Failed to call load_tests:\n{traceback.format_exc()}'
    return _make_failed_test(name, exception, suiteClass, message)


def _make_skipped_test(methodname, exception, suiteClass):
    # A module that raised SkipTest on import: one skipped test in its place.
    @case.skip(str(exception))
    def testSkipped(self):
        pass
    skipped_class = type('ModuleSkipped', (case.TestCase,), {methodname: testSkipped})
    return suiteClass((skipped_class(methodname),))


def _splitext(path):
    return os.path.splitext(path)[0]


class TestLoader(object):
    """Builds test suites from classes, modules and names.

    testMethodPrefix picks the test methods; sortTestMethodsUsing orders them (a cmp function, or
    None to keep dir() order); testNamePatterns, when set, keeps only the tests whose full name
    matches one of these fnmatch patterns. Loading errors are collected in errors."""

    suiteClass = suite.TestSuite
    testMethodPrefix = 'test'
    testNamePatterns = None
    sortTestMethodsUsing = staticmethod(util.three_way_cmp)
    _top_level_dir = None

    def __init__(self):
        super().__init__()
        self.errors = []
        # Packages being loaded: load_tests of a package calling discover does not recurse.
        self._loading_packages = set()

    def loadTestsFromTestCase(self, testCaseClass):
        """A suite of one instance per test method of testCaseClass."""
        if issubclass(testCaseClass, suite.TestSuite):
            raise TypeError('Test cases should not be derived from TestSuite. '
                            'Maybe you meant to derive from TestCase?')
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, 'runTest'):
            names = ['runTest']
        return self.suiteClass([testCaseClass(name) for name in names])

    def loadTestsFromModule(self, module, *, pattern=None):
        """A suite of the tests of the TestCase classes in module, or what its load_tests
        function makes of them."""
        found = []
        for name in dir(module):
            obj = getattr(module, name)
            if (isinstance(obj, type) and issubclass(obj, case.TestCase)
                    and obj not in (case.TestCase, case.FunctionTestCase)):
                found.append(self.loadTestsFromTestCase(obj))
        tests = self.suiteClass(found)
        load_tests = getattr(module, 'load_tests', None)
        if load_tests is None:
            return tests
        try:
            return load_tests(self, tests, pattern)
        except Exception as e:
            error_case, message = _make_failed_load_tests(module.__name__, e, self.suiteClass)
            self.errors.append(message)
            return error_case

    def loadTestsFromName(self, name, module=None):
        """The tests a dotted name names: a module, a TestCase class, a test method, a suite, or a
        callable returning a case or suite; relative to module when given."""
        parts = name.split('.')
        error_case = error_message = None
        if module is None:
            # Import the longest importable prefix of the name.
            prefix = parts[:]
            while prefix:
                try:
                    module = __import__('.'.join(prefix))
                    break
                except ImportError:
                    last = prefix.pop()
                    error_case, error_message = _make_failed_import_test(last, self.suiteClass)
                    if not prefix:
                        self.errors.append(error_message)
                        return error_case
            parts = parts[1:]
        obj = module
        parent = None
        for part in parts:
            try:
                parent, obj = obj, getattr(obj, part)
            except AttributeError as e:
                if getattr(obj, '__path__', None) is not None and error_case is not None:
                    # A package whose submodule failed to import: report the import error.
                    self.errors.append(error_message)
                    return error_case
                error_case, error_message = _make_failed_test(
                    part, e, self.suiteClass,
                    f'Failed to access attribute:\n{traceback.format_exc()}')
                self.errors.append(error_message)
                return error_case

        # What the name names decides what to load.
        if isinstance(obj, types.ModuleType):
            return self.loadTestsFromModule(obj)
        if isinstance(obj, type) and issubclass(obj, case.TestCase):
            return self.loadTestsFromTestCase(obj)
        if (isinstance(obj, types.FunctionType) and isinstance(parent, type)
                and issubclass(parent, case.TestCase)):
            method_name = parts[-1]
            instance = parent(method_name)
            # A decorator may have replaced the method with something that is not a function.
            if not isinstance(getattr(instance, method_name), types.FunctionType):
                return self.suiteClass([instance])
        elif isinstance(obj, suite.TestSuite):
            return obj
        if not callable(obj):
            raise TypeError(f"don't know how to make test from: {obj}")
        made = obj()
        if isinstance(made, suite.TestSuite):
            return made
        if isinstance(made, case.TestCase):
            return self.suiteClass([made])
        raise TypeError(f'calling {obj} returned {made}, not a test')

    def loadTestsFromNames(self, names, module=None):
        """A suite of the suites loadTestsFromName makes of each name."""
        return self.suiteClass([self.loadTestsFromName(name, module) for name in names])

    def getTestCaseNames(self, testCaseClass):
        """The sorted names of the test methods of testCaseClass."""
        prefix = self.testMethodPrefix
        patterns = self.testNamePatterns

        def wanted(attrname):
            if not attrname.startswith(prefix):
                return False
            if not callable(getattr(testCaseClass, attrname)):
                return False
            if patterns is None:
                return True
            full = f'{testCaseClass.__module__}.{testCaseClass.__qualname__}.{attrname}'
            return any(fnmatchcase(full, p) for p in patterns)

        names = [n for n in dir(testCaseClass) if wanted(n)]
        if self.sortTestMethodsUsing:
            names.sort(key=functools.cmp_to_key(self.sortTestMethodsUsing))
        return names

    def discover(self, start_dir, pattern='test*.py', top_level_dir=None):
        """The tests of the modules under start_dir whose file names match pattern, imported
        relative to top_level_dir (start_dir by default), which goes on sys.path. start_dir may
        also be the dotted name of a package."""
        saved_top = self._top_level_dir
        implicit_top = False
        if top_level_dir is None:
            # From a load_tests called during discovery, the top is the one being used.
            top_level_dir = saved_top
            if top_level_dir is None:
                implicit_top = True
                top_level_dir = start_dir
        root = os.path.abspath(top_level_dir)
        if root not in sys.path:
            sys.path.insert(0, root)
        self._top_level_dir = root

        importable = True
        folder = os.path.abspath(start_dir)
        if os.path.isdir(folder):
            if folder != root and not os.path.isfile(os.path.join(folder, '__init__.py')):
                importable = False
        else:
            folder, importable = self._package_folder(start_dir, implicit_top, root)
        if not importable:
            raise ImportError(f'Start directory is not importable: {start_dir!r}')
        found = list(self._find_tests(folder, pattern))
        self._top_level_dir = saved_top
        return self.suiteClass(found)

    def _package_folder(self, dotted, implicit_top, root):
        # discover('pkg.sub'): the folder of that package; the top becomes the folder holding
        # its top-level package.
        try:
            __import__(dotted)
        except ImportError:
            return dotted, False
        package = sys.modules[dotted]
        spec = getattr(package, '__spec__', None)
        places = getattr(spec, 'submodule_search_locations', None) if spec is not None else None
        if places:
            folder = os.path.abspath(list(places)[0])
        else:
            where = getattr(package, '__file__', None)
            if where is None:
                raise TypeError(f"don't know how to discover from {package!r}")
            folder = os.path.abspath(os.path.dirname(where))
        if implicit_top:
            head = sys.modules[dotted.partition('.')[0]]
            head_file = os.path.abspath(head.__file__)
            above = os.path.dirname(head_file)
            if os.path.basename(head_file).lower().startswith('__init__.py'):
                above = os.path.dirname(above)
            self._top_level_dir = above
            sys.path.remove(root)
        return folder, True

    def _get_name_from_path(self, path):
        """The dotted module name of a file or folder under the top-level folder."""
        if path == self._top_level_dir:
            return '.'
        stem = _splitext(os.path.normpath(path))
        relative = os.path.relpath(stem, self._top_level_dir)
        if os.path.isabs(relative) or relative.startswith('..'):
            raise AssertionError('Path must be within the project')
        return relative.replace(os.path.sep, '.')

    def _get_module_from_name(self, name):
        # (Tests replace this to import differently.)
        __import__(name)
        return sys.modules[name]

    def _match_path(self, path, full_path, pattern):
        # Only the file name is matched against the pattern.
        return fnmatch(path, pattern)

    def _find_tests(self, start_dir, pattern):
        """Yields the suites found under start_dir."""
        own_name = self._get_name_from_path(start_dir)
        if own_name != '.' and own_name not in self._loading_packages:
            # start_dir is a package: its load_tests, if any, has the last word.
            tests, look_inside = self._find_test_path(start_dir, pattern)
            if tests is not None:
                yield tests
            if not look_inside:
                return
        for entry in sorted(os.listdir(start_dir)):
            path = os.path.join(start_dir, entry)
            tests, look_inside = self._find_test_path(path, pattern)
            if tests is not None:
                yield tests
            if look_inside:
                package = self._get_name_from_path(path)
                self._loading_packages.add(package)
                try:
                    yield from self._find_tests(path, pattern)
                finally:
                    self._loading_packages.discard(package)

    def _import_found(self, name):
        # (module, None), or (None, the suite that reports why it could not be imported).
        try:
            return self._get_module_from_name(name), None
        except case.SkipTest as e:
            return None, _make_skipped_test(name, e, self.suiteClass)
        except:
            failed, message = _make_failed_import_test(name, self.suiteClass)
            self.errors.append(message)
            return None, failed

    def _find_test_path(self, full_path, pattern):
        """(tests or None, whether to look inside) for one path met by discovery."""
        entry = os.path.basename(full_path)
        if os.path.isfile(full_path):
            if not (VALID_MODULE_NAME.match(entry) and self._match_path(entry, full_path, pattern)):
                return None, False
            name = self._get_name_from_path(full_path)
            module, failed = self._import_found(name)
            if module is None:
                return failed, False
            real = os.path.realpath(getattr(module, '__file__', full_path))
            if _splitext(real).lower() != _splitext(os.path.realpath(full_path)).lower():
                raise ImportError(
                    f'{name!r} module incorrectly imported from '
                    f'{os.path.dirname(real)!r}. Expected {os.path.dirname(full_path)!r}. '
                    f'Is this module globally installed?')
            return self.loadTestsFromModule(module, pattern=pattern), False
        if not (os.path.isdir(full_path)
                and os.path.isfile(os.path.join(full_path, '__init__.py'))):
            return None, False
        name = self._get_name_from_path(full_path)
        package, failed = self._import_found(name)
        if package is None:
            return failed, False
        self._loading_packages.add(name)
        try:
            tests = self.loadTestsFromModule(package, pattern=pattern)
        finally:
            self._loading_packages.discard(name)
        # A package with load_tests looks after its own contents.
        return tests, getattr(package, 'load_tests', None) is None


defaultTestLoader = TestLoader()


def _makeLoader(prefix, sortUsing, suiteClass=None, testNamePatterns=None):
    # A loader for the deprecated module-level functions.
    made = TestLoader()
    made.testMethodPrefix, made.sortTestMethodsUsing = prefix, sortUsing
    made.testNamePatterns = testNamePatterns
    if suiteClass:
        made.suiteClass = suiteClass
    return made


def getTestCaseNames(testCaseClass, prefix, sortUsing=util.three_way_cmp, testNamePatterns=None):
    warnings.warn('unittest.getTestCaseNames() is deprecated and will be removed in Python 3.13. '
                  'Please use unittest.TestLoader.getTestCaseNames() instead.',
                  DeprecationWarning, stacklevel=2)
    return _makeLoader(prefix, sortUsing, testNamePatterns=testNamePatterns
                       ).getTestCaseNames(testCaseClass)


def makeSuite(testCaseClass, prefix='test', sortUsing=util.three_way_cmp,
              suiteClass=suite.TestSuite):
    warnings.warn('unittest.makeSuite() is deprecated and will be removed in Python 3.13. '
                  'Please use unittest.TestLoader.loadTestsFromTestCase() instead.',
                  DeprecationWarning, stacklevel=2)
    return _makeLoader(prefix, sortUsing, suiteClass).loadTestsFromTestCase(testCaseClass)


def findTestCases(module, prefix='test', sortUsing=util.three_way_cmp,
                  suiteClass=suite.TestSuite):
    warnings.warn('unittest.findTestCases() is deprecated and will be removed in Python 3.13. '
                  'Please use unittest.TestLoader.loadTestsFromModule() instead.',
                  DeprecationWarning, stacklevel=2)
    return _makeLoader(prefix, sortUsing, suiteClass).loadTestsFromModule(module)
