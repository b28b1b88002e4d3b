# Modules as objects: types.ModuleType construction and subclasses, PEP 562 module __getattr__ and
# __dir__ (lazy attributes, deprecation shims), `from m import x` through __getattr__, and the
# lazily created typing.Pattern / typing.Match.
import sys
import types

m = types.ModuleType('plugins')
print(type(m).__name__, m.__name__, m.__doc__, repr(m))
print(sorted(m.__dict__))
d = types.ModuleType('documented', 'what it does')
print(d.__doc__, d.__spec__, d.__package__)

for bad in [(), (1,), ('a', 'b', 'c')]:
    try:
        types.ModuleType(*bad)
    except TypeError as e:
        print('TypeError:', e)

# A lazy-loading module: attributes computed on first access, then cached in the module dict.
loads = []
def _lazy(name):
    if name.startswith('ext_'):
        loads.append(name)
        value = name[4:].upper()
        setattr(m, name, value)
        return value
    raise AttributeError(f"module {m.__name__!r} has no attribute {name!r}")
m.__getattr__ = _lazy
m.__dir__ = lambda: ['ext_alpha', 'ext_beta', 'version']
m.version = (1, 2)
print(m.ext_alpha, m.ext_alpha, m.ext_beta, loads)
print(dir(m))
print(getattr(m, 'missing', 'default'), hasattr(m, 'ext_gamma'), loads)
try:
    m.missing
except AttributeError as e:
    print('AttributeError:', e)

sys.modules['plugins'] = m
from plugins import ext_delta, version
print(ext_delta, version)
try:
    from plugins import nothing
except ImportError as e:
    print('ImportError:', e)
del sys.modules['plugins']

# Without __getattr__, the plain message.
plain = types.ModuleType('plain')
try:
    plain.x
except AttributeError as e:
    print('AttributeError:', e)

# A ModuleType subclass: methods, properties and the module dict all work.
class Config(types.ModuleType):
    debug = False
    @property
    def summary(self):
        return f'{self.__name__}: {sorted(k for k in vars(self) if not k.startswith("__"))}'
    def set(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)
        return self

c = Config('config')
c.set(level=3, name='x')
print(isinstance(c, types.ModuleType), c.debug, c.level, c.summary)
c.debug = True
print(c.debug, Config.debug, type(c).__name__)

# A deprecation shim, the classic PEP 562 use.
shim = types.ModuleType('shim')
shim.new_name = 'value'
def _shim_getattr(name):
    if name == 'old_name':
        print('(old_name is deprecated; use new_name)')
        return shim.new_name
    raise AttributeError(name)
shim.__getattr__ = _shim_getattr
print(shim.old_name)

import typing
print(typing.Pattern, typing.Match, typing.Pattern[str], typing.Match[bytes])
print(typing.get_origin(typing.Pattern[str]).__name__, 'Pattern' in typing.__all__)
