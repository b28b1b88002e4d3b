# Run-time DeprecationWarnings of 3.12: '~' on a bool, NotImplemented in a boolean context, int() through
# __trunc__ (each with its line); and the checks PyObject_Repr / PyObject_Str make of what __repr__ /
# __str__ return (object.__str__ calls __repr__, so its bad result is reported as __str__'s).
import warnings


class T:
    def __trunc__(self):
        return 4


def show(f):
    with warnings.catch_warnings(record=True) as got:
        warnings.simplefilter('always')
        r = f()
    for w in got:
        print(w.category.__name__, w.lineno, str(w.message)[:60])
    return r


b = True
print(show(lambda: ~b), show(lambda: ~False))
print(show(lambda: bool(NotImplemented)), show(lambda: not NotImplemented))
print(show(lambda: int(T())))
print('__bool__' in type(NotImplemented).__dict__, '__invert__' in bool.__dict__)
for i in range(200):  # hot enough for compiled code: the warning still names its line
    with warnings.catch_warnings(record=True) as got:
        warnings.simplefilter('always')
        x = ~b
print(x, got[0].lineno)
with warnings.catch_warnings():
    warnings.simplefilter('error')
    for f in [lambda: ~b, lambda: bool(NotImplemented), lambda: int(T())]:
        try:
            f()
        except DeprecationWarning as e:
            print('raised', str(e)[:40])


class R:
    __repr__ = lambda self: 5


class S:
    __str__ = lambda self: b'x'


class Both:
    __repr__ = lambda self: 'fine'
    __str__ = lambda self: None


for f in [lambda: str(R()), lambda: repr(R()), lambda: str(S()), lambda: repr(Both()), lambda: str(Both()),
          lambda: format(R(), ''), lambda: '%s' % R(), lambda: f'{R()!r}', lambda: R().__repr__(), lambda: [R()]]:
    try:
        print(repr(f()))
    except TypeError as e:
        print('TypeError', e)
