# classmethod and staticmethod copy the wrapped callable's __module__, __name__, __qualname__, __doc__
# and __annotations__ into their own __dict__ (3.12's functools_wraps; attributes the callable lacks
# are skipped), expose it as __wrapped__ and __func__ (members, not in __dict__), and keep their own
# copies: setting one on the wrapper leaves the function alone.


def f(a: int) -> str:
    "doc of f"


class Plain:
    pass


class Named:
    __name__ = 'named'
    __qualname__ = 'Named.q'

    def __call__(self):
        return 1


for kind in (classmethod, staticmethod):
    c = kind(f)
    print(kind.__name__, sorted(c.__dict__))
    for a in ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__', '__isabstractmethod__'):
        print(' ', a, getattr(c, a))
    print('  wrapped', c.__wrapped__ is f, c.__func__ is f, '__wrapped__' in c.__dict__)
    c.__annotations__ = {'x': 1}
    c.__doc__ = 'changed'
    print('  own copies', c.__annotations__, f.__annotations__, c.__doc__, f.__doc__)
    print('  plain object', sorted(kind(Plain()).__dict__))
    n = kind(Named())
    print('  named', n.__name__, sorted(n.__dict__))


class C:
    @classmethod
    def make(cls, n: int) -> 'C':
        "Build one."
        return cls()

    @staticmethod
    def helper(x: float) -> float:
        return x * 2


cm, sm = C.__dict__['make'], C.__dict__['helper']
print(cm.__qualname__, cm.__doc__, cm.__annotations__)
print(sm.__qualname__, sm.__annotations__, sm(2.5), C.helper(1.5), type(C.make(1)).__name__)
