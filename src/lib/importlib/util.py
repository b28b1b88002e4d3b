# importlib.util: finding a module's spec without importing it, resolving relative names, and making
# a module from a spec (see importlib/__init__.py for how these relate to Immortal's TypeScript import
# machinery).

import sys
import _frozen_importlib as _bootstrap
import _frozen_importlib_external as _bootstrap_external
from _frozen_importlib_external import (
    cache_from_source, source_from_cache, decode_source, spec_from_file_location,
)

MAGIC_NUMBER = (3531).to_bytes(2, 'little') + b'\r\n'


def resolve_name(name, package):
    """The absolute name of `name`, relative to `package` when it starts with dots."""
    if not name.startswith('.'):
        return name
    dots = len(name) - len(name.lstrip('.'))
    if not package:
        raise ImportError(f'no package specified for {name!r} (required for relative module names)')
    return _bootstrap._resolve_name(name[dots:], package, dots)


def _already_imported_spec(fullname):
    # find_spec of a module in sys.modules answers with its __spec__ (None for a None entry).
    module = sys.modules[fullname]
    if module is None:
        return None
    spec = getattr(module, '__spec__', _MISSING)
    if spec is _MISSING or spec is None:
        state = 'not set' if spec is _MISSING else 'None'
        raise ValueError(f'{fullname}.__spec__ is {state}')
    return spec


_MISSING = object()


def _parent_path(parent_name, fullname):
    parent = __import__(parent_name, fromlist=['__path__'])
    try:
        return parent.__path__
    except AttributeError as missing:
        raise ModuleNotFoundError(f'__path__ attribute not found on {parent_name!r} '
                                  f'while trying to find {fullname!r}', name=fullname) from missing


def find_spec(name, package=None):
    """The spec of the module `name`: the imported module's __spec__, else what the finders find
    (importing its parent package first), or None when there is no such module."""
    fullname = resolve_name(name, package)
    if fullname in sys.modules:
        return _already_imported_spec(fullname)
    parent_name = fullname.rpartition('.')[0]
    search_path = _parent_path(parent_name, fullname) if parent_name else None
    return _bootstrap._find_spec(fullname, search_path)


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    """A spec for the module `name` that `loader` loads."""
    if origin is None:
        origin = getattr(loader, '_ORIGIN', None)
    if not origin and hasattr(loader, 'get_filename'):
        if is_package is None:
            return spec_from_file_location(name, loader=loader)
        search = [] if is_package else None
        return spec_from_file_location(name, loader=loader, submodule_search_locations=search)
    if is_package is None:
        if hasattr(loader, 'is_package'):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                is_package = None
        else:
            is_package = False
    return _bootstrap.ModuleSpec(name, loader, origin=origin, is_package=is_package)


def module_from_spec(spec):
    """A new module for `spec` (its loader's create_module, or a plain module), with the attributes
    the spec gives it; the module's code is not run (spec.loader.exec_module does that)."""
    module = None
    if hasattr(spec.loader, 'create_module'):
        module = spec.loader.create_module(spec)
    elif hasattr(spec.loader, 'exec_module'):
        raise ImportError('loaders that define exec_module() must also define create_module()')
    if module is None:
        module = type(sys)(spec.name)
    return _bootstrap_external._init_module_attrs(spec, module)
