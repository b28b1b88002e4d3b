"""Running modules and scripts as __main__ would run them (Immortal's own implementation of
CPython 3.12's runpy).

run_module(name) finds a module (a package's __main__ submodule for a package) with
importlib.util.find_spec and runs its code in a fresh namespace without importing it; run_path
runs a script file, or the __main__.py of a directory given as a path. Both return the resulting
globals. With alter_sys (run_module) and always for run_path, sys.argv[0] and
sys.modules[run_name] are replaced while the code runs. `python -m` itself goes through
_run_module_as_main."""

import sys
import importlib.machinery
import importlib.util
import io
import os

__all__ = ['run_module', 'run_path']

ModuleType = type(sys)


class _TempModule:
    """sys.modules[mod_name] is a new, empty module inside the with block."""

    def __init__(self, mod_name):
        self.mod_name = mod_name
        self._saved_module = []  # the module it replaces, if any
        self.module = ModuleType(mod_name)

    def __enter__(self):
        name = self.mod_name
        if name in sys.modules:
            self._saved_module.append(sys.modules[name])
        sys.modules[name] = self.module
        return self

    def __exit__(self, *args):
        if self._saved_module:
            sys.modules[self.mod_name] = self._saved_module.pop()
        else:
            del sys.modules[self.mod_name]
        self._saved_module = []


class _ModifiedArgv0:
    """sys.argv[0] is `value` inside the with block (not reentrant)."""

    def __init__(self, value):
        self.value = value
        self._sentinel = object()
        self._saved_value = self._sentinel

    def __enter__(self):
        if self._saved_value is not self._sentinel:
            raise RuntimeError('Already preserving saved value')
        self._saved_value, sys.argv[0] = sys.argv[0], self.value

    def __exit__(self, *args):
        sys.argv[0] = self._saved_value
        self.value = self._sentinel


def _run_code(code, run_globals, init_globals=None, mod_name=None, mod_spec=None, pkg_name=None,
              script_name=None):
    # Run code in run_globals, set up as the module's namespace (init_globals first).
    if init_globals is not None:
        run_globals.update(init_globals)
    if mod_spec is None:
        loader, fname, cached = None, script_name, None
    else:
        loader, fname, cached = mod_spec.loader, mod_spec.origin, mod_spec.cached
        if pkg_name is None:
            pkg_name = mod_spec.parent
    run_globals.update(__name__=mod_name, __file__=fname, __cached__=cached, __doc__=None,
                       __loader__=loader, __package__=pkg_name, __spec__=mod_spec)
    exec(code, run_globals)
    return run_globals


def _run_module_code(code, init_globals=None, mod_name=None, mod_spec=None, pkg_name=None,
                     script_name=None):
    # _run_code in a temporary module that stands in sys.modules, with sys.argv[0] set.
    argv0 = script_name if mod_spec is None else mod_spec.origin
    with _TempModule(mod_name) as temp, _ModifiedArgv0(argv0):
        namespace = temp.module.__dict__
        _run_code(code, namespace, init_globals, mod_name, mod_spec, pkg_name, script_name)
    return namespace.copy()


def _get_module_details(mod_name, error=ImportError):
    # (name, spec, code) of the module `python -m mod_name` would run.
    if mod_name.startswith('.'):
        raise error('Relative module names not supported')
    pkg_name = mod_name.rpartition('.')[0]
    if pkg_name:
        try:
            __import__(pkg_name)
        except ImportError as e:
            # a missing parent package is reported by find_spec below
            if e.name is None or (e.name != pkg_name and not pkg_name.startswith(e.name + '.')):
                raise
        existing = sys.modules.get(mod_name)
        if existing is not None and not hasattr(existing, '__path__'):
            from warnings import warn
            warn(RuntimeWarning(f'{mod_name!r} found in sys.modules after import of package '
                                f'{pkg_name!r}, but prior to execution of {mod_name!r}; this may '
                                'result in unpredictable behaviour'))
    try:
        spec = importlib.util.find_spec(mod_name)
    except (ImportError, AttributeError, TypeError, ValueError) as ex:
        msg = 'Error while finding module specification for {!r} ({}: {})'
        if mod_name.endswith('.py'):
            msg += f". Try using '{mod_name[:-3]}' instead of '{mod_name}' as the module name."
        raise error(msg.format(mod_name, type(ex).__name__, ex)) from ex
    if spec is None:
        raise error('No module named %s' % mod_name)
    if spec.submodule_search_locations is not None:
        # a package runs its __main__ submodule
        if mod_name == '__main__' or mod_name.endswith('.__main__'):
            raise error('Cannot use package as __main__ module')
        try:
            return _get_module_details(mod_name + '.__main__', error)
        except error as e:
            if mod_name not in sys.modules:
                raise
            raise error(("%s; %r is a package and cannot be directly executed") % (e, mod_name))
    loader = spec.loader
    if loader is None:
        raise error('%r is a namespace package and cannot be executed' % mod_name)
    try:
        code = loader.get_code(mod_name)
    except ImportError as e:
        raise error(format(e)) from e  # in the caller's error class
    if code is None:
        raise error('No code object available for %s' % mod_name)
    return mod_name, spec, code


class _Error(Exception):
    """An error _run_module_as_main reports without a traceback."""


def _run_module_as_main(mod_name, alter_argv=True):
    """Run a module in the __main__ namespace, as `python -m` does."""
    try:
        if alter_argv or mod_name != '__main__':
            mod_name, mod_spec, code = _get_module_details(mod_name, _Error)
        else:
            # a directory or zip file on sys.path[0]: its __main__ module
            mod_name, mod_spec, code = _get_main_module_details(_Error)
    except _Error as exc:
        sys.exit('%s: %s' % (sys.executable, exc))
    main_globals = sys.modules['__main__'].__dict__
    if alter_argv:
        sys.argv[0] = mod_spec.origin
    return _run_code(code, main_globals, None, '__main__', mod_spec)


def run_module(mod_name, init_globals=None, run_name=None, alter_sys=False):
    """Run the module (or package __main__) mod_name without importing it; returns its globals.

    init_globals: names put in the namespace first; run_name: its __name__ (default mod_name, or
    'pkg.__main__' for a package); alter_sys: set sys.argv[0] to its file and sys.modules[run_name]
    to a temporary module while it runs.
    """
    mod_name, mod_spec, code = _get_module_details(mod_name)
    run_name = mod_name if run_name is None else run_name
    if alter_sys:
        return _run_module_code(code, init_globals, run_name, mod_spec)
    return _run_code(code, {}, init_globals, run_name, mod_spec)


def _get_main_module_details(error=ImportError):
    # The __main__ module found on sys.path (sys.modules' own __main__ set aside meanwhile).
    main_name = '__main__'
    saved_main = sys.modules.pop(main_name)
    try:
        return _get_module_details(main_name)
    except ImportError as exc:
        if main_name in str(exc):
            raise error("can't find %r module in %r" % (main_name, sys.path[0])) from exc
        raise
    finally:
        sys.modules[main_name] = saved_main


def _get_code_from_file(run_name, fname):
    # A .pyc (by its magic number) or a source file.
    from pkgutil import read_code
    path = os.path.abspath(os.fsdecode(fname))
    with io.open_code(path) as f:
        code = read_code(f)
    if code is None:
        with io.open_code(path) as f:
            code = compile(f.read(), fname, 'exec')
    return code, fname


def run_path(path_name, init_globals=None, run_name=None):
    """Run the script at path_name, or the __main__.py of the directory path_name; returns the
    globals. run_name is __name__ (default '<run_path>'); init_globals as for run_module."""
    if run_name is None:
        run_name = '<run_path>'
    pkg_name = run_name.rpartition('.')[0]
    from pkgutil import get_importer
    if get_importer(path_name) is None:
        code, fname = _get_code_from_file(run_name, path_name)
        return _run_module_code(code, init_globals, run_name, pkg_name=pkg_name, script_name=fname)
    # a directory (or another path entry a finder accepts): run its __main__ from sys.path[0]
    sys.path.insert(0, path_name)
    try:
        mod_name, mod_spec, code = _get_main_module_details()
        with _TempModule(run_name) as temp, _ModifiedArgv0(path_name):
            namespace = temp.module.__dict__
            return _run_code(code, namespace, init_globals, run_name, mod_spec, pkg_name).copy()
    finally:
        try:
            sys.path.remove(path_name)
        except ValueError:
            pass


if __name__ == '__main__':
    if len(sys.argv) < 2:
        print('No module specified for execution', file=sys.stderr)
    else:
        del sys.argv[0]  # the module to run becomes sys.argv[0]
        _run_module_as_main(sys.argv[0])
