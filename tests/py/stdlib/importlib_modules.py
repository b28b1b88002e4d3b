# importlib: import_module (absolute, relative with package=, its errors), util.find_spec /
# resolve_name / spec_from_file_location / module_from_spec, reload after the source changed, module
# specs and loaders (ModuleSpec fields, BuiltinImporter, FrozenImporter, SourceFileLoader) and the
# module reprs they give. The modules are written to a fresh directory on sys.path.
import importlib
import importlib.machinery
import importlib.util
import os
import sys

root = '/tmp/immortal-importlib-%d' % os.getpid()
os.makedirs(os.path.join(root, 'plugins'))
sys.path.insert(0, root)


def write(rel, text):
    with open(os.path.join(root, rel), 'w') as f:
        f.write(text)


def short(text):
    # Paths relative to the directory; a cached file's name, which has the implementation's cache tag, is left out.
    text = str(text).replace(root, 'ROOT')
    return text.rpartition('/')[0] + '/*.pyc' if text.endswith('.pyc') else text


write('plugins/__init__.py', '"""Plugins."""\nREGISTRY = []\n')
write('plugins/alpha.py', 'from . import REGISTRY\nNAME = "alpha"\nREGISTRY.append(NAME)\nloads = 1\n')
write('plugins/beta.py', 'from .alpha import NAME as OTHER\nNAME = "beta"\n')
write('standalone.py', 'VALUE = 41\ndef bump():\n    return VALUE + 1\n')

try:
    # Loading plugins by name, as a plugin system does.
    loaded = [importlib.import_module('plugins.' + n) for n in ('alpha', 'beta')]
    print([m.NAME for m in loaded], loaded[1].OTHER, sys.modules['plugins'].REGISTRY)
    print(importlib.import_module('.alpha', 'plugins') is loaded[0])
    print(importlib.import_module('..alpha', 'plugins.beta') is loaded[0])
    for args in [('.alpha',), ('',), ('...x', 'plugins'), ('no_such_module',), ('plugins.nope',),
                 ('standalone.sub',), (42,)]:
        try:
            importlib.import_module(*args)
        except Exception as e:
            print(type(e).__name__, e)

    # Specs and loaders.
    alpha = loaded[0]
    spec = alpha.__spec__
    print(type(spec).__module__, type(spec).__name__, spec.name, spec.parent, spec.has_location)
    print(short(spec.origin), spec.submodule_search_locations, short(spec.cached))
    print(type(alpha.__loader__).__name__, alpha.__loader__.name, short(alpha.__loader__.path))
    print(short(alpha.__file__), short(alpha.__cached__), alpha.__package__)
    pkg = sys.modules['plugins']
    print(short(pkg.__spec__.submodule_search_locations), pkg.__spec__.parent, short(pkg.__path__))
    print(short(repr(pkg)), short(repr(alpha)))
    print(repr(sys), repr(importlib.import_module('itertools')), repr(os))
    print(sys.__spec__, sys.__loader__)
    print(os.__spec__.loader, os.__spec__.origin, short(os.__spec__.loader_state.origname))
    print(__spec__, type(__loader__).__name__)
    print(importlib.machinery.ModuleSpec('x', None), importlib.machinery.ModuleSpec('p', None, is_package=True))
    print(importlib.machinery.SOURCE_SUFFIXES, importlib.machinery.BYTECODE_SUFFIXES)

    # find_spec without importing.
    print(importlib.util.find_spec('no_such_module'), 'standalone' in sys.modules)
    s = importlib.util.find_spec('standalone')
    print(s.name, short(s.origin), s.parent, s.submodule_search_locations, 'standalone' in sys.modules)
    print(importlib.util.find_spec('sys'), importlib.util.find_spec('plugins.alpha') == spec)
    print(short(importlib.util.find_spec('.beta', 'plugins').origin))
    try:
        importlib.util.find_spec('standalone.x')
    except ModuleNotFoundError as e:
        print(e)
    print(importlib.util.resolve_name('..b', 'a.c.d'), importlib.util.resolve_name('x', None))
    for args in [('.b', None), ('...b', 'a')]:
        try:
            importlib.util.resolve_name(*args)
        except ImportError as e:
            print(e)

    # A module made by hand from a spec: nothing runs until exec_module.
    s = importlib.util.spec_from_file_location('handmade', os.path.join(root, 'standalone.py'))
    m = importlib.util.module_from_spec(s)
    print(m.__name__, hasattr(m, 'VALUE'), 'handmade' in sys.modules, short(m.__file__))
    s.loader.exec_module(m)
    print(m.bump(), s.loader.is_package('handmade'), s.loader.get_source('handmade').splitlines()[0])

    # reload runs the new source in the same module object.
    alpha.loads = 5
    write('plugins/alpha.py', 'NAME = "alpha2"\n')
    again = importlib.reload(alpha)
    print(again is alpha, alpha.NAME, alpha.loads, sys.modules['plugins'].REGISTRY)
    try:
        importlib.reload(42)
    except TypeError as e:
        print(e)
finally:
    for folder, dirs, files in list(os.walk(root, topdown=False)):
        for name in files:
            os.remove(os.path.join(folder, name))
        for name in dirs:
            os.rmdir(os.path.join(folder, name))
    os.rmdir(root)
    sys.path.remove(root)
