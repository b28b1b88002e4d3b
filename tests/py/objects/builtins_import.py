# __import__ with fromlist and level 0, importlib-free dynamic imports, and builtins that exist.
import builtins
m = __import__('os')
print(m.__name__)
p = __import__('os.path', fromlist=['join'])
print(p.__name__ in ('posixpath', 'os.path'), p.join('a', 'b'))
top = __import__('os.path')
print(top.__name__)
try:
    __import__('no_such_module_xyz')
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    __import__(5)
except TypeError as e:
    print('TypeError:', e)
names = ['abs', 'aiter', 'all', 'anext', 'any', 'ascii', 'bin', 'breakpoint', 'callable', 'chr', 'compile',
         'delattr', 'dir', 'divmod', 'eval', 'exec', 'format', 'getattr', 'globals', 'hasattr', 'hash', 'help',
         'hex', 'id', 'input', 'isinstance', 'issubclass', 'iter', 'len', 'locals', 'max', 'min', 'next', 'oct',
         'open', 'ord', 'pow', 'print', 'repr', 'round', 'setattr', 'sorted', 'sum', 'vars', '__import__',
         '__build_class__', 'EnvironmentError', 'IOError', '__debug__', 'exit', 'quit']
print([n for n in names if not hasattr(builtins, n)], builtins.__debug__)
print(callable(open), open.__name__)
