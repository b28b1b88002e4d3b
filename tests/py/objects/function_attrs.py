# Function attributes: the func_* getsets, their setters' checks, dir() and the type's descriptors.
import builtins

def f(a, b=2, *args, c=3, **kw):
    "doc of f"
    return a + b

def make(x):
    def inner(y):
        return x + y
    return inner

inner = make(10)
print(f.__name__, f.__qualname__, f.__doc__, f.__module__, f.__defaults__, f.__kwdefaults__)
print(f.__annotations__, f.__type_params__, f.__closure__, f.__dict__)
print(f.__globals__ is globals(), f.__builtins__ is builtins.__dict__, f.__code__.co_name)
print(len(inner.__closure__), type(inner.__closure__[0]).__name__, inner.__qualname__)
print(f.__get__(None, object) is f, f.__get__(5)(), type(f.__get__(5)).__name__)

f.__defaults__ = (7,)
print(f(1), f.__defaults__)
f.__defaults__ = None
print(f.__defaults__)
f.__kwdefaults__ = {'c': 9}
print(f.__kwdefaults__)
del f.__kwdefaults__
print(f.__kwdefaults__)
f.__annotations__ = {'a': int}
print(f.__annotations__)
del f.__annotations__
print(f.__annotations__)
f.__type_params__ = (1,)
print(f.__type_params__)
f.__name__ = 'g'
f.__qualname__ = 'X.g'
print(f.__name__, f.__qualname__)
f.attr = 5
print(f.__dict__, f.attr)
f.__dict__ = {'other': 1}
print(f.other, hasattr(f, 'attr'))
del f.__doc__
print(f.__doc__)

def two():
    return 2

def three():
    return 3

two.__code__ = three.__code__
print(two(), two.__name__)

checks = [
    lambda: setattr(f, '__code__', 1),
    lambda: delattr(f, '__code__'),
    lambda: setattr(f, '__code__', inner.__code__),
    lambda: setattr(f, '__globals__', {}),
    lambda: setattr(f, '__closure__', ()),
    lambda: setattr(f, '__builtins__', {}),
    lambda: setattr(f, '__type_params__', [1]),
    lambda: delattr(f, '__type_params__'),
    lambda: setattr(f, '__annotations__', 1),
    lambda: delattr(f, '__name__'),
    lambda: setattr(f, '__qualname__', None),
    lambda: setattr(f, '__defaults__', [1]),
    lambda: setattr(f, '__kwdefaults__', 1),
    lambda: setattr(f, '__dict__', 1),
    lambda: delattr(f, '__dict__'),
    lambda: f.missing,
]
for c in checks:
    try:
        c()
        print('ok')
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)

ft = type(f)
print([n for n in dir(f) if n not in dir(object)])
print(type(ft.__dict__['__code__']).__name__, ft.__dict__['__globals__'].__get__(f) is globals())
print(ft.__dict__['__name__'].__get__(inner))
