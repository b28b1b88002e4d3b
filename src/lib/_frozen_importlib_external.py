# The path-based side of the import system under the name CPython gives the frozen
# importlib._bootstrap_external: the loader of source files and the finder that searches sys.path.
# Immortal's own import statement is TypeScript (src/vm/import.ts), which finds `name.py` and packages
# with `__init__.py` the same way; these classes are what importlib's API and module specs expose.
# Invariants: only .py sources are found (there are no extension modules or namespace packages); no
# import of os here (the finders run inside imports, os among them): posix and string operations only,
# posix imported where used (making that module costs a few milliseconds at the first import).

import sys
import _frozen_importlib as _bootstrap

SOURCE_SUFFIXES = ['.py']
BYTECODE_SUFFIXES = ['.pyc']
# Immortal cannot load C extension modules.
EXTENSION_SUFFIXES = []


def all_suffixes():
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


def _fspath(path):
    if isinstance(path, (str, bytes)):
        return path
    fspath = getattr(type(path), '__fspath__', None)
    if fspath is None:
        raise TypeError(f'expected str, bytes or os.PathLike object, not {type(path).__name__}')
    return fspath(path)


def _join(head, tail):
    return tail if tail.startswith('/') else (head.rstrip('/') + '/' + tail if head else tail)


def _mode(path):
    import posix
    try:
        return posix.stat(path).st_mode & 0o170000
    except (OSError, ValueError):
        return 0


def _isdir(path):
    return _mode(path) == 0o040000


def _isfile(path):
    return _mode(path) == 0o100000


def cache_from_source(path, debug_override=None, *, optimization=None):
    """The path of the cached code of the source file `path`: in __pycache__ beside it (or under
    sys.pycache_prefix), with this implementation's cache tag and, for an optimization level (by
    default -O's, sys.flags.optimize), '.opt-N' before '.pyc'. debug_override is the deprecated
    spelling: true means no level, false level 1."""
    if debug_override is not None:
        import warnings
        warnings.warn("the debug_override parameter is deprecated; use 'optimization' instead",
                      DeprecationWarning)
        if optimization is not None:
            raise TypeError('debug_override or optimization must be set to None')
        optimization = '' if debug_override else 1
    path = _fspath(path)
    if sys.implementation.cache_tag is None:
        raise NotImplementedError('sys.implementation.cache_tag is None')
    return _bootstrap._cache_from_source(path, optimization)


def source_from_cache(path):
    """The source file whose code `path` (a file in __pycache__, or under sys.pycache_prefix) caches."""
    if sys.implementation.cache_tag is None:
        raise NotImplementedError('sys.implementation.cache_tag is None')
    path = _fspath(path)
    head, _, pycache_filename = path.rpartition('/')
    prefix = sys.pycache_prefix
    under_prefix = False
    if prefix is not None:
        prefix = prefix.rstrip('/')
        if head.startswith(prefix + '/'):
            head = head[len(prefix):]
            under_prefix = True
    if not under_prefix:
        head, _, pycache = head.rpartition('/')
        if pycache != '__pycache__':
            raise ValueError(f'__pycache__ not bottom-level directory in {path!r}')
    dot_count = pycache_filename.count('.')
    if dot_count not in {2, 3}:
        raise ValueError(f'expected only 2 or 3 dots in {pycache_filename!r}')
    if dot_count == 3:
        optimization = pycache_filename.rsplit('.', 2)[-2]
        if not optimization.startswith('opt-'):
            raise ValueError("optimization portion of filename does not start with 'opt-'")
        level = optimization[len('opt-'):]
        if not level.isalnum():
            raise ValueError(f'optimization level {optimization!r} is not an alphanumeric value')
    base_filename = pycache_filename.partition('.')[0]
    return _bootstrap._path_join(head, base_filename + SOURCE_SUFFIXES[0])


def decode_source(source_bytes):
    """Decodes the bytes of a source file with universal newlines, honouring its coding declaration."""
    text = source_bytes.decode(_source_encoding(source_bytes))
    return text.replace('\r\n', '\n').replace('\r', '\n')


def _source_encoding(data):
    # PEP 263: a coding declaration on the first or second line, else UTF-8.
    for line in data.split(b'\n', 2)[:2]:
        stripped = line.lstrip()
        if not stripped.startswith(b'#'):
            if stripped:
                break
            continue
        at = line.find(b'coding')
        if at >= 0 and line[at + 6:at + 7] in (b':', b'='):
            rest = line[at + 7:].lstrip()
            name = bytearray()
            for c in rest:
                if chr(c).isalnum() or c in b'-_.':
                    name.append(c)
                else:
                    break
            if name:
                return name.decode('ascii')
    return 'utf-8'


class FileLoader:
    """A loader of one module from one file."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return self.__class__ == other.__class__ and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def get_filename(self, name=None):
        if name is not None and name != self.name:
            raise ImportError(f'loader for {self.name} cannot handle {name}', name=name)
        return self.path

    def get_data(self, path):
        with open(path, 'rb') as f:
            return f.read()

    def get_resource_reader(self, module):
        return None


class SourceLoader:
    """The loading steps shared by loaders of source code."""

    def is_package(self, fullname):
        filename = self.get_filename(fullname).rpartition('/')[2]
        return filename.rpartition('.')[0] == '__init__'

    def create_module(self, spec):
        return None

    def get_source(self, fullname):
        path = self.get_filename(fullname)
        try:
            data = self.get_data(path)
        except OSError as exc:
            raise ImportError('source not available through get_data()', name=fullname) from exc
        return decode_source(data)

    def source_to_code(self, data, path, *, _optimize=-1):
        return compile(data, path, 'exec', dont_inherit=True, optimize=_optimize)

    def get_code(self, fullname):
        path = self.get_filename(fullname)
        code = self.source_to_code(self.get_data(path), path)
        _bootstrap._verbose_message('code object from {}', path)
        return code

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        if code is None:
            raise ImportError(f'cannot load module {module.__name__!r} when get_code() returns None')
        exec(code, module.__dict__)

    def load_module(self, fullname):
        import warnings
        warnings.warn('the load_module() method is deprecated and slated for removal in Python 3.12; '
                      'use exec_module() instead', DeprecationWarning, stacklevel=2)
        module = sys.modules.get(fullname)
        if module is None:
            module = type(sys)(fullname)
            spec = spec_from_file_location(fullname, self.get_filename(fullname), loader=self)
            _init_module_attrs(spec, module)
            sys.modules[fullname] = module
            try:
                self.exec_module(module)
            except BaseException:
                sys.modules.pop(fullname, None)
                raise
        else:
            self.exec_module(module)
        return sys.modules[fullname]

    def path_stats(self, path):
        import posix
        st = posix.stat(path)
        return {'mtime': st.st_mtime, 'size': st.st_size}


class SourceFileLoader(FileLoader, SourceLoader):
    """The loader of a module from a .py file."""


def _init_module_attrs(spec, module, override=False):
    # What module_from_spec sets from the spec: __name__, __loader__, __package__, __spec__,
    # __path__ for a package, __file__ and __cached__ when the spec has a location.
    if override or getattr(module, '__name__', None) is None:
        module.__name__ = spec.name
    if override or getattr(module, '__loader__', None) is None:
        module.__loader__ = spec.loader
    if override or getattr(module, '__package__', None) is None:
        module.__package__ = spec.parent
    module.__spec__ = spec
    if override or getattr(module, '__path__', None) is None:
        if spec.submodule_search_locations is not None:
            module.__path__ = spec.submodule_search_locations
    if spec.has_location:
        if override or getattr(module, '__file__', None) is None:
            module.__file__ = spec.origin
        if override or getattr(module, '__cached__', None) is None:
            if spec.cached is not None:
                module.__cached__ = spec.cached
    return module


_POPULATE = object()


def spec_from_file_location(name, location=None, *, loader=None, submodule_search_locations=_POPULATE):
    """A spec for the module `name` loaded from the file `location`."""
    if location is None:
        location = '<unknown>'
        if loader is not None and hasattr(loader, 'get_filename'):
            try:
                location = loader.get_filename(name)
            except ImportError:
                pass
    else:
        location = _fspath(location)
        if location and not location.startswith('/'):
            import posix
            try:
                location = _join(posix.getcwd(), location)
            except OSError:
                pass
    if loader is None:
        if any(location.endswith(s) for s in SOURCE_SUFFIXES):
            loader = SourceFileLoader(name, location)
        else:
            return None
    spec = _bootstrap.ModuleSpec(name, loader, origin=location)
    spec._set_fileattr = True
    if submodule_search_locations is _POPULATE:
        is_package = getattr(loader, 'is_package', None)
        if is_package is not None:
            try:
                if is_package(name):
                    spec.submodule_search_locations = []
            except ImportError:
                pass
    else:
        spec.submodule_search_locations = submodule_search_locations
    if spec.submodule_search_locations == []:
        if location:
            spec.submodule_search_locations.append(location.rpartition('/')[0])
    return spec


class PathFinder:
    """The finder of modules on sys.path (or a package's __path__): `name/__init__.py`, then `name.py`."""

    @staticmethod
    def invalidate_caches():
        for finder in list(sys.path_importer_cache.values()):
            if finder is not None and hasattr(finder, 'invalidate_caches'):
                finder.invalidate_caches()

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        import posix
        if path is None:
            path = sys.path
        for entry in path:
            if isinstance(entry, str):
                spec = _find_in_directory(entry or posix.getcwd(), fullname)
                if spec is not None:
                    return spec
        return None


def _find_in_directory(directory, fullname):
    # the spec of `fullname` in one directory: `name/__init__.py` (a package), then `name.py`
    base = _join(directory, fullname.rpartition('.')[2])
    init = _join(base, '__init__.py')
    if _isdir(base) and _isfile(init):
        return spec_from_file_location(fullname, init, submodule_search_locations=[base])
    if _isfile(base + '.py'):
        return spec_from_file_location(fullname, base + '.py')
    return None


class FileFinder:
    """The finder of one directory (what sys.path_hooks makes of a directory on sys.path):
    `name/__init__.py` (a package), then `name.py`. Immortal's import statement does not use it;
    importlib and pkgutil do."""

    def __init__(self, path, *loader_details):
        import posix
        self._loaders = loader_details
        if not path or path == '.':
            self.path = posix.getcwd()
        else:
            path = _fspath(path)
            self.path = path if path.startswith('/') else _join(posix.getcwd(), path)

    def __repr__(self):
        return f'FileFinder({self.path!r})'

    def invalidate_caches(self):
        """Nothing is cached: every lookup reads the directory."""

    def find_spec(self, fullname, target=None):
        return _find_in_directory(self.path, fullname)

    @classmethod
    def path_hook(cls, *loader_details):
        """A sys.path_hooks entry: a FileFinder for a directory, ImportError for anything else."""
        def path_hook_for_FileFinder(path):
            if not _isdir(path):
                raise ImportError('only directories are supported', path=path)
            return cls(path, *loader_details)
        return path_hook_for_FileFinder
