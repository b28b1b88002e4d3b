# Module objects: __dict__ (read-only), __annotations__ created on first read, set and deleted,
# annotations at module level, ModuleType subclasses.
import types
import sys

m = types.ModuleType('m', 'docstring')
print(sorted(m.__dict__), m.__doc__)
print(m.__annotations__, '__annotations__' in m.__dict__)
m.__annotations__ = {'a': int}
print(m.__dict__['__annotations__'])
del m.__annotations__
try:
    del m.__annotations__
except AttributeError as e:
    print('AttributeError:', e)
try:
    m.__dict__ = {}
except AttributeError as e:
    print('AttributeError:', e)
x: int = 3
y: 'str'
print(sys.modules[__name__].__annotations__)
print('__dict__' in dir(type(m)), '__annotations__' in dir(type(m)))


class Sub(types.ModuleType):
    def hello(self):
        return 'hello from ' + self.__name__

s = Sub('sub')
s.value = 7
print(s.hello(), s.value, sorted(k for k in s.__dict__ if not k.startswith('__')))
print(s.__annotations__)
