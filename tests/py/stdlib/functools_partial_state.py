# functools.partial's read-only func/args/keywords, when a partial of a partial is flattened (only
# while the inner one has no instance attributes), __setstate__'s checks; reduce()'s message for a
# non-iterable; singledispatch register() reading annotations through typing.get_type_hints
# (typing.Union, string annotations), and singledispatchmethod with register(cls) on a classmethod.
# immortal-test: cycles
import functools
import typing


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


p = functools.partial(max, 1, key=abs)
for name in ('func', 'args', 'keywords'):
    show('set ' + name, lambda: setattr(p, name, None))
    show('del ' + name, lambda: delattr(p, name))
p.note = 'kept'
show('instance attribute', lambda: (p.note, p.__dict__))

q = functools.partial(p, -5)
show('inner has a dict', lambda: (q.func is p, q.args, q()))
r = functools.partial(functools.partial(max, 1), 7)
show('flattened', lambda: (r.func is max, r.args, r()))

s = functools.partial(min)
show('setstate list', lambda: s.__setstate__([min, (), None, None]))
show('setstate short', lambda: s.__setstate__((min, ())))
show('setstate not callable', lambda: s.__setstate__((1, (), None, None)))
show('setstate args list', lambda: s.__setstate__((min, [1], None, None)))
show('setstate kwds', lambda: s.__setstate__((min, (), 5, None)))
s.__setstate__((min, (4, 2), None, {'tag': 1}))
show('after setstate', lambda: (s(), s.keywords, s.tag))
s.__setstate__((max, (4, 2), {'default': 0}, None))
show('again', lambda: (s(), s.keywords, s.__dict__))

show('reduce int', lambda: functools.reduce(lambda a, b: a + b, 5))
show('reduce None', lambda: functools.reduce(lambda a, b: a + b, None, 0))
show('reduce ok', lambda: functools.reduce(lambda a, b: a * b, range(1, 6)))


@functools.singledispatch
def kind(x):
    return 'object'


@kind.register
def _(x: typing.Union[int, float]):
    return 'number'


@kind.register
def _(x: 'str'):
    return 'text'


@kind.register
def _(x: bytes | bytearray):
    return 'binary'


show('dispatch', lambda: [kind(v) for v in (1, 2.5, True, 's', b'b', bytearray(), None, [])])
show('registry', lambda: sorted(t.__name__ for t in kind.registry))


def unknown(x: 'NoSuchName'):
    pass


show('unresolvable annotation', lambda: kind.register(unknown))


def listed(x: list[int]):
    pass


show('generic annotation', lambda: kind.register(listed))


def optional(x: typing.Optional[typing.List[int]]):
    pass


show('union of non-classes', lambda: kind.register(optional))


class Shape:
    @functools.singledispatchmethod
    def scale(self, by):
        return f'{type(self).__name__} by something'

    @scale.register(int)
    def _(self, by):
        return f'{type(self).__name__} by int {by}'

    @scale.register(str)
    @classmethod
    def _(cls, by):
        return f'{cls.__name__} by name {by!r}'


class Square(Shape):
    pass


show('method', lambda: (Square().scale(2), Square().scale('big'), Shape().scale(1.5)))

# The C partial's __reduce__ keeps an empty keywords dict as {} (pickle writes it so).
print(functools.partial(int, 3).__reduce__()[2][2], functools.partial(int, base=2).__reduce__()[2][2])
