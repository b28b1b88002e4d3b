# Module specs and the importers of built-in and frozen modules, under the name CPython gives the
# frozen importlib._bootstrap, so that `type(m.__spec__)` and `m.__loader__` read as in CPython 3.12.
# Immortal's import system itself is TypeScript (src/vm/import.ts); it imports this module before the
# first other import and calls _init_source_module / _init_builtin_module on each module it creates,
# which set __spec__ and __loader__ (and __cached__) before the module's code runs, as
# _init_module_attrs does. Module reprs follow the spec (objects/module.ts moduleRepr).
# Invariants: no imports here but sys (this module is loaded by the import system's first import).

import sys

# Library modules that CPython builds in (C code) and Immortal writes in Python: shown as built-in.
_BUILTIN_STANDINS = frozenset({'itertools', '_functools', '_heapq', '_bisect', '_warnings'})
# Library modules that CPython 3.12 freezes (_imp._frozen_module_names()), among those Immortal has;
# under -X frozen_modules=off only the import system's own two, which CPython always takes frozen.
_FROZEN = frozenset({'_frozen_importlib', '_frozen_importlib_external', 'abc', 'codecs', 'io',
                     '_collections_abc', 'genericpath', 'ntpath', 'posixpath', 'os', 'stat', 'site',
                     '_sitebuiltins', 'runpy', 'importlib.util', 'importlib.machinery'})
if sys._xoptions.get('frozen_modules') == 'off':
    _FROZEN = frozenset({'_frozen_importlib', '_frozen_importlib_external'})


class _Namespace:
    # types.SimpleNamespace without importing types: the loader_state of frozen modules.
    def __init__(self, **kwargs):
        self.__dict__.update(kwargs)

    def __repr__(self):
        items = ', '.join(f'{k}={v!r}' for k, v in self.__dict__.items())
        return f'namespace({items})'

    def __eq__(self, other):
        if isinstance(other, _Namespace):
            return self.__dict__ == other.__dict__
        return NotImplemented


class ModuleSpec:
    """The specification of a module, what the import system uses to load it: its name, its loader,
    where it comes from (origin), and for a package where its submodules are searched."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        # vars(spec) shows these in this order in CPython too; the private three back `cached`,
        # `has_location` and the import lock's bookkeeping of half-imported submodules.
        self.name, self.loader, self.origin = name, loader, origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._uninitialized_submodules = []
        self._set_fileattr = False
        self._cached = None

    def __repr__(self):
        fields = [f'name={self.name!r}', f'loader={self.loader!r}']
        if self.origin is not None:
            fields.append(f'origin={self.origin!r}')
        if self.submodule_search_locations is not None:
            fields.append(f'submodule_search_locations={self.submodule_search_locations}')
        return f'{type(self).__name__}({", ".join(fields)})'

    def __eq__(self, other):
        try:
            return (self.name == other.name and self.loader == other.loader
                    and self.origin == other.origin
                    and self.submodule_search_locations == other.submodule_search_locations
                    and self.cached == other.cached and self.has_location == other.has_location)
        except AttributeError:
            return NotImplemented

    @property
    def cached(self):
        if self._cached is None and self.origin is not None and self._set_fileattr:
            if self.origin.endswith('.py'):
                self._cached = _cache_from_source(self.origin)
        return self._cached

    @cached.setter
    def cached(self, value):
        self._cached = value

    @property
    def parent(self):
        """The name of the package the module belongs to ('' for a top-level module)."""
        is_package = self.submodule_search_locations is not None
        return self.name if is_package else self.name.rpartition('.')[0]

    def _get_has_location(self):
        return self._set_fileattr

    def _put_has_location(self, value):
        self._set_fileattr = bool(value)

    # True when origin is a place the module can be loaded from again (a file).
    has_location = property(_get_has_location, _put_has_location)


def _cache_from_source(path, optimization=None):
    # Where the import system caches a source file's code (src/vm/codecache.ts codeCachePath): in
    # __pycache__ beside it, or under sys.pycache_prefix at the source folder's absolute path, named
    # NAME.TAG.pyc, with .opt-N before .pyc for optimization N (by default -O's level, sys.flags.optimize).
    head, _, tail = path.rpartition('/')
    stem, dot, suffix = tail.rpartition('.')
    name = f'{stem or suffix}{dot}{sys.implementation.cache_tag}'
    if optimization is None:
        optimization = sys.flags.optimize or ''
    optimization = str(optimization)
    if optimization:
        if not optimization.isalnum():
            raise ValueError(f'{optimization!r} is not alphanumeric')
        name = f'{name}.opt-{optimization}'
    name += '.pyc'
    if sys.pycache_prefix is not None:
        if not head.startswith('/'):
            import posix
            head = _path_join(posix.getcwd(), head)
        return _path_join(sys.pycache_prefix, head.lstrip('/'), name)
    return _path_join(head, '__pycache__', name)


def _path_join(*parts):
    # The parts that are not empty, each without its trailing slashes, joined by one.
    return '/'.join(part.rstrip('/') for part in parts if part)


def _verbose_message(message, *args, verbosity=1):
    # -v: a message of the import system on sys.stderr, '# ' in front unless it says 'import ...'.
    if sys.flags.verbose >= verbosity:
        if not message.startswith(('#', 'import ')):
            message = '# ' + message
        print(message.format(*args), file=sys.stderr)


class BuiltinImporter:
    """The importer of built-in modules (those written in TypeScript, and the library modules that
    stand for CPython's C modules). Used as a class: its methods are classmethods and staticmethods."""

    _ORIGIN = 'built-in'

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if fullname in sys.builtin_module_names or fullname in _BUILTIN_STANDINS:
            return ModuleSpec(fullname, cls, origin=cls._ORIGIN)
        return None

    @staticmethod
    def create_module(spec):
        if spec.name not in sys.builtin_module_names and spec.name not in _BUILTIN_STANDINS:
            raise ImportError(f'{spec.name!r} is not a built-in module', name=spec.name)
        have = sys.modules.get(spec.name)
        if have is not None:
            return have
        return __import__(spec.name)

    @staticmethod
    def exec_module(module):
        pass

    @classmethod
    def get_code(cls, fullname):
        return None

    @classmethod
    def get_source(cls, fullname):
        return None

    @classmethod
    def is_package(cls, fullname):
        return False


class FrozenImporter:
    """The importer of the modules CPython freezes into its executable (os, io, abc, ...). Immortal runs
    them from source like any other; only their specs say frozen, as CPython's do."""

    _ORIGIN = 'frozen'

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if fullname not in _FROZEN:
            return None
        from _frozen_importlib_external import PathFinder
        found = PathFinder.find_spec(fullname, path)
        if found is None:
            return None
        spec = ModuleSpec(fullname, cls, origin=cls._ORIGIN,
                          loader_state=_Namespace(filename=found.origin, origname=fullname),
                          is_package=found.submodule_search_locations is not None)
        if spec.submodule_search_locations is not None:
            spec.submodule_search_locations.extend(found.submodule_search_locations)
        return spec

    @staticmethod
    def create_module(spec):
        return None

    @staticmethod
    def exec_module(module):
        filename = module.__spec__.loader_state.filename
        with open(filename, 'rb') as f:
            source = f.read()
        exec(compile(source, filename, 'exec', dont_inherit=True), module.__dict__)

    @classmethod
    def get_code(cls, fullname):
        spec = cls.find_spec(fullname)
        if spec is None:
            raise ImportError(f'No such frozen object named {fullname!r}', name=fullname)
        with open(spec.loader_state.filename, 'rb') as f:
            return compile(f.read(), '<frozen ' + fullname + '>', 'exec', dont_inherit=True)

    @classmethod
    def get_source(cls, fullname):
        return None

    @classmethod
    def is_package(cls, fullname):
        spec = cls.find_spec(fullname)
        return spec is not None and spec.submodule_search_locations is not None


def _init_builtin_module(module):
    # A module made by TypeScript code (sys, builtins, math, ...).
    module.__spec__ = ModuleSpec(module.__name__, BuiltinImporter, origin='built-in')
    module.__loader__ = BuiltinImporter


def _init_source_module(module, filename, is_package, in_lib):
    # A module about to run from a source file; in_lib: the file is in Immortal's library.
    name = module.__name__
    if in_lib and name in _BUILTIN_STANDINS:
        spec = ModuleSpec(name, BuiltinImporter, origin='built-in')
        del module.__file__
    elif in_lib and name in _FROZEN:
        spec = ModuleSpec(name, FrozenImporter, origin='frozen', is_package=is_package,
                          loader_state=_Namespace(filename=filename, origname=name))
        if is_package:
            spec.submodule_search_locations.extend(module.__path__)
    else:
        from _frozen_importlib_external import SourceFileLoader
        loader = SourceFileLoader(name, filename)
        spec = ModuleSpec(name, loader, origin=filename, is_package=is_package)
        spec._set_fileattr = True
        if is_package:
            spec.submodule_search_locations.extend(module.__path__)
        module.__cached__ = spec.cached
    module.__spec__ = spec
    module.__loader__ = spec.loader


def _install(main_file=None):
    # Gives the modules that exist before this one (sys, builtins, and this module itself) their specs;
    # __main__ keeps None as its spec, and has the built-in importer as its loader, or a source loader
    # when it runs the script main_file.
    for name, module in list(sys.modules.items()):
        if name == '__main__':
            if getattr(module, '__loader__', None) is None:
                module.__loader__ = BuiltinImporter
        elif getattr(module, '__spec__', None) is not None:
            continue
        elif name in sys.builtin_module_names:
            _init_builtin_module(module)
        elif getattr(module, '__file__', None) is not None:
            # this module, and the library modules start-up's `import site` loaded before it
            lib = __file__.rpartition('/')[0] + '/'
            _init_source_module(module, module.__file__, hasattr(module, '__path__'),
                                module.__file__.startswith(lib))
    global _DEFAULT_FINDERS
    _DEFAULT_FINDERS = _default_finders()
    sys.meta_path[:] = _DEFAULT_FINDERS
    if not sys.path_hooks:
        # As CPython's: a directory on sys.path gets a FileFinder (for importlib and pkgutil).
        from _frozen_importlib_external import FileFinder, SourceFileLoader, SOURCE_SUFFIXES
        sys.path_hooks.append(FileFinder.path_hook((SourceFileLoader, SOURCE_SUFFIXES)))
    if main_file is not None and '__main__' in sys.modules:
        _set_main_loader(sys.modules['__main__'], main_file)


def _default_finders():
    from _frozen_importlib_external import PathFinder
    return (BuiltinImporter, FrozenImporter, PathFinder)


def _find_and_load(name, path):
    # The import statement's step for a sys.meta_path holding finders of the program's own (src/vm/
    # import.ts asks only then): the finders in order; the first spec found is loaded here, unless a
    # default finder comes first and finds the module, which the import statement then loads itself.
    # None: not found here.
    defaults = _default_finders()
    for finder in list(sys.meta_path):
        if finder in defaults:
            if finder.find_spec(name, path) is not None:
                return None
            continue
        find = getattr(finder, 'find_spec', None)
        if find is None:
            continue
        spec = find(name, path, None)
        if spec is not None:
            return _load(spec)
    return None


def _load(spec):
    # Makes the module, registers it, runs it through its loader; a failure takes it out again.
    from _frozen_importlib_external import _init_module_attrs
    loader = spec.loader
    if loader is None:
        raise ImportError('missing loader', name=spec.name)
    if not hasattr(loader, 'exec_module'):
        module = loader.load_module(spec.name)
        return sys.modules[spec.name] if spec.name in sys.modules else module
    module = loader.create_module(spec) if hasattr(loader, 'create_module') else None
    if module is None:
        module = type(sys)(spec.name)
    _init_module_attrs(spec, module)
    spec._initializing = True
    sys.modules[spec.name] = module
    try:
        loader.exec_module(module)
    except BaseException:
        sys.modules.pop(spec.name, None)
        raise
    finally:
        spec._initializing = False
    # The module may have replaced itself in sys.modules; it moves to the end, as after any import.
    module = sys.modules.pop(spec.name)
    sys.modules[spec.name] = module
    _verbose_message('import {!r} # {!r}', spec.name, loader)
    return module


def _set_main_loader(module, filename):
    # __main__ running a script: its loader is a source loader of that file (its spec stays None).
    from _frozen_importlib_external import SourceFileLoader
    module.__loader__ = SourceFileLoader('__main__', filename)


def _set_main_spec(module, name, filename):
    # python -m name: __main__ runs module `name` (runpy's _run_module_as_main): its spec, loader and package.
    from _frozen_importlib_external import spec_from_file_location
    spec = spec_from_file_location(name, filename)
    module.__spec__ = spec
    module.__loader__ = spec.loader
    module.__package__ = spec.parent


def _resolve_name(name, package, level):
    # The absolute name of a relative import of `name` `level` levels up from `package`: each level
    # past the first drops one trailing component of the package's dotted name.
    parts = package.split('.')
    if level > len(parts):
        raise ImportError('attempted relative import beyond top-level package')
    anchor = '.'.join(parts[:len(parts) - level + 1])
    return anchor + '.' + name if name else anchor


def _find_spec(name, path=None):
    # sys.meta_path's finders, then the built-in, frozen and path-based finders Immortal's import
    # system implements.
    from _frozen_importlib_external import PathFinder
    for finder in list(sys.meta_path) + [BuiltinImporter, FrozenImporter, PathFinder]:
        find = getattr(finder, 'find_spec', None)
        if find is None:
            continue
        spec = find(name, path, None)
        if spec is not None:
            return spec
    return None


def _gcd_import(name, package=None, level=0):
    # importlib.import_module's core: checks the arguments as CPython's _sanity_check does (same
    # order, same messages), resolves a relative name and imports.
    if not isinstance(name, str):
        raise TypeError(f'module name must be str, not {type(name)}')
    if level < 0:
        raise ValueError('level must be >= 0')
    relative = level > 0
    if relative and not isinstance(package, str):
        raise TypeError('__package__ not set to a string')
    if relative and not package:
        raise ImportError('attempted relative import with no known parent package')
    if not relative and not name:
        raise ValueError('Empty module name')
    absolute = _resolve_name(name, package, level) if relative else name
    __import__(absolute)
    return sys.modules[absolute]
