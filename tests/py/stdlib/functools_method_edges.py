# functools.singledispatchmethod and partialmethod edge cases of CPython 3.12.1: a dispatching
# wrapper called without arguments fails on args[0] (IndexError); the chosen implementation is
# bound through its own __get__ attribute; partialmethod accepts any object with a __get__ attribute
# and its repr shows the function with str().
from functools import partialmethod, singledispatchmethod


class Shapes:
    @singledispatchmethod
    def area(self, shape):
        return 'unknown'

    @area.register(int)
    def _(self, shape):
        return shape * shape

    @singledispatchmethod
    @classmethod
    def kind(cls, value):
        return cls.__name__ + ':object'

    @kind.register(str)
    @classmethod
    def _(cls, value):
        return cls.__name__ + ':str'


s = Shapes()
print(s.area(3), s.area('x'), Shapes.kind('a'), Shapes.kind(1.5), s.kind(2))
for call in (lambda: Shapes.kind(), lambda: Shapes.area()):
    try:
        call()
    except IndexError as e:
        print('IndexError', e)
print(Shapes.area is Shapes.area, Shapes.area.__name__, Shapes.area.__qualname__)


class Plain:
    # callable, but not a descriptor: dispatch looks up impl.__get__ and fails
    def __call__(self, *args):
        return args


class Holder:
    run = singledispatchmethod(Plain())


try:
    Holder().run(1)
except AttributeError as e:
    print('AttributeError', e)


class Named:
    def __str__(self):
        return 'Named-str'

    def __repr__(self):
        return 'Named-repr'

    def __call__(self, *args, **kw):
        return args, kw


print(repr(partialmethod(Named(), 1, key='v')))


class GetOnInstance:
    pass


g = GetOnInstance()
g.__get__ = lambda *args: 'bound'
pm = partialmethod(g, 2)
print(type(pm).__name__, pm.args, pm.keywords)
