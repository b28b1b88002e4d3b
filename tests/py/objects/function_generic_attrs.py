# Functions use the generic attribute protocol, as CPython's do: the func_* fields are getset
# descriptors on the function type and other attributes live in the function's __dict__
# (tp_dictoffset), so object.__getattribute__/__setattr__/__delattr__ work on functions, and the
# fields' setters give CPython's errors.

def f(a, b=2):
    "original doc"
    return a + b

f.tag = 'marked'
print(object.__getattribute__(f, 'tag'))
print(object.__getattribute__(f, '__name__'), object.__getattribute__(f, '__defaults__'))
object.__setattr__(f, 'extra', [1, 2])
print(f.extra, sorted(f.__dict__))
object.__delattr__(f, 'extra')
print(sorted(vars(f)))

for target, name in [(f, 'missing'), (f, 'extra')]:
    try:
        object.__getattribute__(target, name)
    except AttributeError as e:
        print('AttributeError:', e)
try:
    object.__delattr__(f, 'extra')
except AttributeError as e:
    print('AttributeError:', e)

# __doc__ is per function: assignment and deletion do not touch __dict__.
f.__doc__ = 'new doc'
print(f.__doc__, '__doc__' in f.__dict__)
del f.__doc__
print(f.__doc__)
object.__setattr__(f, '__doc__', 'again')
print(f.__doc__)

# Field setters check their values through either path.
def attempt(label, action):
    try:
        action()
        print(label, 'ok')
    except (TypeError, AttributeError, ValueError) as e:
        print(label, type(e).__name__, e)

attempt('name int', lambda: setattr(f, '__name__', 3))
attempt('qualname via object', lambda: object.__setattr__(f, '__qualname__', None))
attempt('globals', lambda: setattr(f, '__globals__', {}))
attempt('closure', lambda: object.__setattr__(f, '__closure__', None))
attempt('defaults list', lambda: setattr(f, '__defaults__', [1]))
attempt('defaults None', lambda: setattr(f, '__defaults__', None))
print(f.__defaults__)
attempt('kwdefaults', lambda: setattr(f, '__kwdefaults__', 1))
attempt('annotations', lambda: setattr(f, '__annotations__', ()))
attempt('dict del', lambda: delattr(f, '__dict__'))
attempt('dict list', lambda: setattr(f, '__dict__', []))
attempt('dict new', lambda: setattr(f, '__dict__', {'k': 1}))
print(f.k, vars(f))
def g(): pass
attempt('code', lambda: setattr(g, '__code__', (lambda: 1).__code__))
print(g())
attempt('code type', lambda: setattr(g, '__code__', 'x'))
attempt('attr name', lambda: object.__setattr__(f, 1, 2))

ft = type(f)
print(sorted(n for n, v in vars(ft).items() if type(v).__name__ == 'getset_descriptor'))
print(hasattr(f, '__dict__'), hasattr(len, '__dict__'))
print(ft.__dict__['__globals__'], ft.__dict__['__doc__'], ft.__dict__['__code__'])
print(ft.__dict__['__module__'].__get__(f), ft.__dict__['__closure__'].__get__(f))
