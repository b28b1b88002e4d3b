# functools.singledispatch / singledispatchmethod: a pretty-printer dispatching on type,
# registration by annotation, explicit type and union, MRO-based resolution, registry.
from functools import singledispatch, singledispatchmethod
from collections.abc import Mapping, Sequence


@singledispatch
def render(obj, indent=0):
    return ' ' * indent + f'<{type(obj).__name__}>'


@render.register
def _(obj: int, indent=0):
    return ' ' * indent + f'int {obj}'


@render.register(float)
def _(obj, indent=0):
    return ' ' * indent + f'float {obj:.2f}'


@render.register
def _(obj: str | bytes, indent=0):
    return ' ' * indent + f'text {obj!r}'


@render.register(list)
def _(obj, indent=0):
    lines = [' ' * indent + 'list:']
    lines.extend(render(x, indent + 2) for x in obj)
    return '\n'.join(lines)


@render.register(Mapping)
def _(obj, indent=0):
    lines = [' ' * indent + 'mapping:']
    for k, v in obj.items():
        lines.append(render(k, indent + 2) + ' ->')
        lines.append(render(v, indent + 4))
    return '\n'.join(lines)


print(render([1, 2.5, 'x', b'y', {'k': [True]}, None]))
print(render.dispatch(bool) is render.dispatch(int), render.dispatch(dict) is render.registry[Mapping])
print(sorted(t.__name__ for t in render.registry))


class Celsius(float):
    pass


print(render(Celsius(21.456)))
try:
    render()
except TypeError as e:
    print('TypeError:', e)
try:
    render.register(3)
except TypeError as e:
    print('TypeError:', e)


class Shape:
    @singledispatchmethod
    def area(self, arg):
        raise NotImplementedError(type(arg).__name__)

    @area.register
    def _(self, arg: int):
        return arg * arg

    @area.register
    def _(self, arg: tuple):
        return arg[0] * arg[1]


s = Shape()
print(s.area(4), s.area((3, 5)))
try:
    s.area('x')
except NotImplementedError as e:
    print('NotImplementedError:', e)
print(render.__name__, render(True))
