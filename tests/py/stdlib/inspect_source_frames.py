# inspect: getsource/getsourcelines/findsource/getcomments of functions, methods, nested and
# decorated functions, lambdas and classes; getdoc/cleandoc; getfile/getmodule/getmodulename;
# currentframe/stack/getframeinfo/getouterframes/getinnerframes/trace (names, lines, code
# context) and getargvalues/formatargvalues; and the error paths (OSError, TypeError).
# immortal-test: cycles
import inspect
import os
import sys


# Compute the area of a rectangle.
# Both sides must be positive.
def area(width, height):
    """Area of a rectangle.

    Both arguments are numbers.
        Indented detail line.
    """
    if width <= 0 or height <= 0:
        raise ValueError('sides must be positive')
    return width * height  # the product


def decorate(f):
    return f


@decorate
def decorated(x,
              y=(1,
                 2)):
    text = """a string
that spans lines
and is not indented"""
    return text

    # a trailing comment inside the block


square = lambda n: n * n


class Shape:
    """A shape with a name."""

    sides = 0

    def __init__(self, name):
        self.name = name

    def describe(self):
        return f'{self.name} with {self.sides} sides'

    class Inner:
        def method(self):
            return 1


class Triangle(Shape):
    sides = 3

    def describe(self):
        return 'triangle'


def outer():
    def inner(a):
        return a + 1
    return inner


for obj in (area, decorated, square, Shape, Shape.describe, Shape.Inner, Shape.Inner.method,
            outer(), Triangle('tri').describe):
    lines, start = inspect.getsourcelines(obj)
    print(getattr(obj, '__qualname__', obj), start, len(lines))
    print(''.join(lines), end='---\n')

print(repr(inspect.getcomments(area)))
print(repr(inspect.getcomments(Shape)))
print(inspect.getdoc(area))
print(inspect.getdoc(Triangle), '|', inspect.getdoc(Triangle.describe), '|', inspect.getdoc(Triangle('t').describe))
print(repr(inspect.cleandoc('   first\n      second\n    third\n\n')))
print(repr(inspect.cleandoc('\n\n\tTabbed\n\t  more\n')))
print(inspect.getdoc(42) == inspect.getdoc(int))

here = inspect.getsourcefile(area)
print(os.path.basename(here), inspect.getfile(area) == here, inspect.getfile(Shape) == here)
print(inspect.getmodule(area).__name__, inspect.getmodule(Shape.describe).__name__,
      inspect.getmodule(os.path.join).__name__)
print(inspect.getmodulename('/x/y/tool.py'), inspect.getmodulename('pkg/mod.pyc'),
      inspect.getmodulename('notes.txt'))
lines, where = inspect.findsource(Triangle)
print(where, lines[where].rstrip())
print(inspect.getsourcelines(sys.modules[__name__])[1])
for bad in (42, sys, len, 'text'):
    try:
        inspect.getsource(bad)
    except (TypeError, OSError) as e:
        print(type(e).__name__ + ':', e)
try:
    inspect.getfile(int)
except TypeError as e:
    print('TypeError:', e)
try:
    inspect.getfile(sys)
except TypeError as e:
    print('TypeError:', e)

# frames
def leaf(depth, label='x'):
    info = inspect.getframeinfo(inspect.currentframe())
    print(info.filename == here, info.function, info.index, info.code_context)
    frame = inspect.currentframe()
    print(inspect.getargvalues(frame).args, inspect.formatargvalues(*inspect.getargvalues(frame)))
    print([fi.function for fi in inspect.stack()][:4])
    print([(fi.function, fi.index, len(fi.code_context)) for fi in inspect.getouterframes(frame, 3)][:3])
    print(inspect.getlineno(frame) == frame.f_lineno, inspect.stack()[0].function)
    print(inspect.stack()[1][3], inspect.stack(0)[0].code_context)


def middle():
    leaf(2, label='deep')


middle()


def fails(n):
    return 10 // n


def run():
    try:
        fails(0)
    except ZeroDivisionError:
        records = inspect.trace()
        print([(r.function, r.code_context[0].strip(), r.lineno - r.frame.f_code.co_firstlineno) for r in records])
        tb = sys.exc_info()[2]
        inner = inspect.getinnerframes(tb, context=3)
        print(len(inner), inner[-1].function, inner[-1].index, inner[-1].code_context[inner[-1].index].strip())
        info = inspect.getframeinfo(tb.tb_next)
        print(info.function, info.code_context, info.positions.lineno == info.lineno)


run()
print(inspect.getframeinfo(inspect.currentframe(), context=0).code_context)
try:
    inspect.getframeinfo(42)
except (TypeError, AttributeError) as e:
    print(type(e).__name__)
