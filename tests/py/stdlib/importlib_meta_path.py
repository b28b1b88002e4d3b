# A custom importer on sys.meta_path: a finder whose specs (spec_from_loader) load modules from strings,
# packages and submodules through it, an error while running such a module (taken out of sys.modules
# again), a finder that blocks an import by raising, and the default finders left after removing them.
import sys
import importlib.util, importlib.machinery
print(sys.meta_path)

class StringLoader:
    def __init__(self, sources):
        self.sources = sources
    def create_module(self, spec):
        return None
    def exec_module(self, module):
        print('exec', module.__name__, module.__spec__.origin, module.__loader__ is self)
        exec(self.sources[module.__name__], module.__dict__)

class StringFinder:
    def __init__(self, sources):
        self.loader = StringLoader(sources)
    def find_spec(self, name, path, target=None):
        print('find', name, path)
        if name in self.loader.sources:
            return importlib.util.spec_from_loader(name, self.loader, origin='<string>',
                                                   is_package=name == 'virt')
        return None

sys.meta_path.insert(0, StringFinder({'virt': 'X = 1', 'virt.sub': 'from . import X as Y\nZ = Y + 1', 'bad': '1/0'}))
import virt.sub
print(virt.X, virt.sub.Z, virt.sub.__package__, virt.__path__, repr(virt))
import math
print(math.pi > 3)
try:
    import bad
except ZeroDivisionError as e:
    print('ZeroDivisionError', 'bad' in sys.modules)
try:
    import nothere
except ModuleNotFoundError as e:
    print(e)
class Blocker:
    def find_spec(self, name, path, target=None):
        if name == 'json':
            raise ImportError('json is blocked')
sys.meta_path.insert(0, Blocker())
try:
    import json
except ImportError as e:
    print(e)
sys.meta_path.pop(0)
sys.meta_path.pop(0)
print(sys.meta_path)
