"""Package utilities (Immortal's own implementation of CPython 3.12's pkgutil).

iter_modules and walk_packages list the modules a path holds (through the finders that
sys.path_hooks makes of its directories: importlib.machinery.FileFinder); get_importer finds
that finder; get_data reads a file that ships inside a package; resolve_name turns
'pkg.mod:obj.attr' into the object; extend_path builds a package __path__ spread over several
directories (and *.pkg files); read_code reads a CPython .pyc through marshal, which Immortal's
marshal cannot load (code objects), so it raises NotImplementedError for a valid one.
get_loader and find_loader are deprecated, as in 3.12."""

import importlib
import importlib.machinery
import importlib.util
import os
import os.path
import sys
import warnings
from collections import namedtuple
from functools import singledispatch as simplegeneric
from types import ModuleType

__all__ = ['get_importer', 'iter_importers', 'get_loader', 'find_loader', 'walk_packages',
           'iter_modules', 'get_data', 'read_code', 'extend_path', 'ModuleInfo']

ModuleInfo = namedtuple('ModuleInfo', 'module_finder name ispkg')
ModuleInfo.__doc__ = 'A namedtuple with minimal info about a module.'


def read_code(stream):
    """The code object of a .pyc file open for reading, or None when its magic number is not
    this Python's."""
    import marshal
    if stream.read(4) != importlib.util.MAGIC_NUMBER:
        return None
    stream.read(12)  # flags, then the source's mtime and size (or hash)
    return marshal.load(stream)


def walk_packages(path=None, prefix='', onerror=None):
    """ModuleInfo for every module under path (a list of directories; None: sys.path), packages
    included recursively, which means importing each package to read its __path__.

    onerror(name) is called when importing a package fails; without it ImportError is ignored
    and other exceptions propagate.
    """
    visited = set()

    def fresh(entries):
        found = [entry for entry in entries if entry not in visited]
        visited.update(found)
        return found

    for info in iter_modules(path, prefix):
        yield info
        if not info.ispkg:
            continue
        try:
            __import__(info.name)
        except ImportError:
            if onerror is not None:
                onerror(info.name)
            continue
        except Exception:
            if onerror is None:
                raise
            onerror(info.name)
            continue
        subpath = getattr(sys.modules[info.name], '__path__', None) or []
        yield from walk_packages(fresh(subpath), info.name + '.', onerror)


def iter_modules(path=None, prefix=''):
    """ModuleInfo for the modules directly on path (a list of directories; None: the top-level
    modules of sys.path), each name once, prefixed with prefix."""
    if path is None:
        finders = iter_importers()
    elif isinstance(path, str):
        raise ValueError('path must be None or list of paths to look for modules in')
    else:
        finders = map(get_importer, path)
    seen = set()
    for finder in finders:
        for name, ispkg in iter_importer_modules(finder, prefix):
            if name not in seen:
                seen.add(name)
                yield ModuleInfo(finder, name, ispkg)


@simplegeneric
def iter_importer_modules(importer, prefix=''):
    # (name, ispkg) pairs of a finder; by default what its own iter_modules() gives, if anything
    if not hasattr(importer, 'iter_modules'):
        return []
    return importer.iter_modules(prefix)


def _iter_file_finder_modules(importer, prefix=''):
    # A directory's modules: name.py files and name/ directories that hold an __init__ module,
    # in name order (a package before a module of the same name).
    if importer.path is None or not os.path.isdir(importer.path):
        return
    import inspect
    try:
        names = sorted(os.listdir(importer.path))
    except OSError:
        names = []
    done = set()
    for entry in names:
        modname = inspect.getmodulename(entry)
        if modname == '__init__' or modname in done:
            continue
        ispkg = False
        full = os.path.join(importer.path, entry)
        if not modname and '.' not in entry and os.path.isdir(full):
            try:
                inside = os.listdir(full)
            except OSError:
                inside = []
            if not any(inspect.getmodulename(sub) == '__init__' for sub in inside):
                continue
            modname, ispkg = entry, True
        if modname and '.' not in modname:
            done.add(modname)
            yield prefix + modname, ispkg


iter_importer_modules.register(importlib.machinery.FileFinder, _iter_file_finder_modules)


def get_importer(path_item):
    """The finder for a sys.path entry: the one in sys.path_importer_cache, else the first that a
    sys.path_hooks entry accepts to make (then cached), else None."""
    path_item = os.fsdecode(path_item)
    if path_item in sys.path_importer_cache:
        return sys.path_importer_cache[path_item]
    for hook in sys.path_hooks:
        try:
            finder = hook(path_item)
        except ImportError:
            continue
        sys.path_importer_cache.setdefault(path_item, finder)
        return finder
    return None


def _relative_name_error(fullname):
    return ImportError('Relative module name {!r} not supported'.format(fullname))


def iter_importers(fullname=''):
    """The finders that could find fullname: for a submodule, those of its package's __path__
    (importing the package); otherwise sys.meta_path's, then those of sys.path."""
    if fullname.startswith('.'):
        raise _relative_name_error(fullname)
    if '.' in fullname:
        package = importlib.import_module(fullname.rpartition('.')[0])
        search = getattr(package, '__path__', None)
        if search is None:
            return
    else:
        yield from sys.meta_path
        search = sys.path
    for entry in search:
        yield get_importer(entry)


def _deprecated(name):
    warnings.warn(f"{name!r} is deprecated and slated for removal in Python 3.14; "
                  'use importlib.util.find_spec() instead', DeprecationWarning, stacklevel=3)


def get_loader(module_or_name):
    """Deprecated: the loader of a module or module name (None when it can't be found)."""
    _deprecated('pkgutil.get_loader')
    if module_or_name in sys.modules:
        # an imported module (None in sys.modules means: known not to exist)
        module_or_name = sys.modules[module_or_name]
        if module_or_name is None:
            return None
    if not isinstance(module_or_name, ModuleType):
        return find_loader(module_or_name)
    loader = getattr(module_or_name, '__loader__', None)
    if loader is not None:
        return loader
    if getattr(module_or_name, '__spec__', None) is None:
        return None
    return find_loader(module_or_name.__name__)


def find_loader(fullname):
    """Deprecated: the loader importlib.util.find_spec finds for fullname, or None; its failures
    become ImportError."""
    _deprecated('pkgutil.find_loader')
    if fullname.startswith('.'):
        raise _relative_name_error(fullname)
    try:
        spec = importlib.util.find_spec(fullname)
    except (ImportError, AttributeError, TypeError, ValueError) as exc:
        raise ImportError('Error while finding loader for {!r} ({}: {})'
                          .format(fullname, type(exc), exc)) from exc
    return None if spec is None else spec.loader


def extend_path(path, name):
    """A copy of the package __path__ `path` extended with the directories named `name` in the
    other entries of sys.path (or of the parent package's __path__), and with the lines of any
    name.pkg file there. A path that is not a list is returned as it is."""
    if not isinstance(path, list):
        return path
    parent, _, leaf = name.rpartition('.')
    extended = list(path)
    if parent:
        try:
            search = sys.modules[parent].__path__
        except (KeyError, AttributeError):
            return extended
    else:
        search = sys.path
    for entry in search:
        if not isinstance(entry, str):
            continue
        finder = get_importer(entry)
        if finder is not None:
            portions = []
            if hasattr(finder, 'find_spec'):
                spec = finder.find_spec(leaf)
                if spec is not None:
                    portions = spec.submodule_search_locations or []
            elif hasattr(finder, 'find_loader'):
                portions = finder.find_loader(leaf)[1]
            extended += [p for p in portions if p not in extended]
        _add_pkg_file(extended, os.path.join(entry, name + '.pkg'))
    return extended


def _add_pkg_file(path, pkgfile):
    # Every line of a .pkg file (but comments and blank lines) is appended, existing or not.
    if not os.path.isfile(pkgfile):
        return
    try:
        f = open(pkgfile)
    except OSError as msg:
        sys.stderr.write("Can't open %s: %s\n" % (pkgfile, msg))
        return
    with f:
        for line in f:
            line = line.rstrip('\n')
            if line and not line.startswith('#'):
                path.append(line)


def get_data(package, resource):
    """The bytes of `resource` (a '/'-separated path relative to the package's directory) in the
    package named `package`, importing it if needed; None when the package or its loader can't
    provide data."""
    spec = importlib.util.find_spec(package)
    loader = None if spec is None else spec.loader
    if loader is None or not hasattr(loader, 'get_data'):
        return None
    module = sys.modules.get(package) or importlib.import_module(package)
    if module is None or not hasattr(module, '__file__'):
        return None
    where = os.path.join(os.path.dirname(module.__file__), *resource.split('/'))
    return loader.get_data(where)


_NAME_PATTERN = None


def resolve_name(name):
    """The object `name` stands for: 'pkg.mod:obj.attr' (module part, then attributes), or the
    older 'pkg.mod.obj.attr' where the longest importable prefix is the module.

    ValueError for a malformed name, ImportError when an import fails, AttributeError when an
    attribute is missing.
    """
    global _NAME_PATTERN
    if _NAME_PATTERN is None:
        import re
        dotted = r'(?!\d)(\w+)(\.(?!\d)(\w+))*'
        _NAME_PATTERN = re.compile(f'^(?P<pkg>{dotted})(?P<cln>:(?P<obj>{dotted})?)?$', re.UNICODE)
    m = _NAME_PATTERN.match(name)
    if not m:
        raise ValueError(f'invalid format: {name!r}')
    if m.group('cln'):
        obj = importlib.import_module(m.group('pkg'))
        attrs = m.group('obj').split('.') if m.group('obj') else []
    else:
        attrs = name.split('.')
        modname = attrs.pop(0)
        obj = importlib.import_module(modname)
        # the longest prefix that imports is the module; the rest are attributes
        while attrs:
            candidate = modname + '.' + attrs[0]
            try:
                obj = importlib.import_module(candidate)
            except ImportError:
                break
            modname = candidate
            attrs.pop(0)
    for attr in attrs:
        obj = getattr(obj, attr)
    return obj
