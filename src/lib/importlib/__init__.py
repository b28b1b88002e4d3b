# importlib: importing modules by name at run time (import_module), reloading them, and the spec and
# loader classes (importlib.machinery, importlib.util). Written for Immortal: the import statement's
# machinery is TypeScript (src/vm/import.ts); the classes live in _frozen_importlib and
# _frozen_importlib_external, as CPython's frozen bootstrap modules are named.

import sys
import _frozen_importlib as _bootstrap
import _frozen_importlib_external as _bootstrap_external

__all__ = ['__import__', 'import_module', 'invalidate_caches', 'reload']

__import__ = __import__


def invalidate_caches():
    """Calls invalidate_caches() on every finder of sys.meta_path that has it."""
    for finder in sys.meta_path:
        if hasattr(finder, 'invalidate_caches'):
            finder.invalidate_caches()


def import_module(name, package=None):
    """Imports a module by name and returns it. A relative name ('.mod', '..mod') needs `package`,
    the package it is relative to."""
    dots = len(name) - len(name.lstrip('.')) if name.startswith('.') else 0
    if dots and not package:
        raise TypeError("the 'package' argument is required to perform a relative import "
                        f"for {name!r}")
    return _bootstrap._gcd_import(name[dots:], package, dots)


# Modules being reloaded right now, by name: a module whose code reloads itself gets itself back.
_IN_RELOAD = {}


def _name_for_reload(module):
    try:
        return module.__spec__.name
    except AttributeError:
        pass
    try:
        return module.__name__
    except AttributeError:
        raise TypeError('reload() argument must be a module')


def _parent_search_path(name):
    parent_name, _, _ = name.rpartition('.')
    if not parent_name:
        return None
    if parent_name not in sys.modules:
        raise ImportError(f'parent {parent_name!r} not in sys.modules', name=parent_name)
    return sys.modules[parent_name].__path__


def reload(module):
    """Runs the module's code again in its namespace (found afresh from its spec's search path), and
    returns the module now in sys.modules under its name."""
    name = _name_for_reload(module)
    if not isinstance(module, type(sys)):
        raise TypeError('reload() argument must be a module')
    if sys.modules.get(name) is not module:
        raise ImportError(f'module {name} not in sys.modules', name=name)
    if name in _IN_RELOAD:
        return _IN_RELOAD[name]
    _IN_RELOAD[name] = module
    try:
        spec = _bootstrap._find_spec(name, _parent_search_path(name))
        if spec is None:
            raise ModuleNotFoundError(f'spec not found for the module {name!r}', name=name)
        if spec.loader is not _bootstrap.BuiltinImporter:
            _bootstrap_external._init_module_attrs(spec, module, override=True)
            spec.loader.exec_module(module)
        return sys.modules[name]
    finally:
        _IN_RELOAD.pop(name, None)
