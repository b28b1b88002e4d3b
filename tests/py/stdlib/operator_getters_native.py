# operator.itemgetter / attrgetter / methodcaller (native, as in CPython): calls with one and several keys, dotted
# attribute paths, sort keys, reprs, __reduce__, and CPython's messages for bad arguments.
import operator as o
from operator import itemgetter, attrgetter

cases = [
    lambda: o.itemgetter(), lambda: o.itemgetter(1)(), lambda: o.itemgetter(1)([1], [2]),
    lambda: o.itemgetter(1)(x=1), lambda: o.itemgetter(x=1), lambda: o.attrgetter(),
    lambda: o.attrgetter(1), lambda: o.attrgetter('a')(1), lambda: o.attrgetter('real.a')(1),
    lambda: o.itemgetter(5)([1]), lambda: o.attrgetter('a', 2), lambda: o.itemgetter('k')({}),
    lambda: o.attrgetter('a')(),
]
for f in cases:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(itemgetter(1, 'a'), attrgetter('a.b', 'c'), itemgetter(1).__reduce__(), attrgetter('a.b', 'c').__reduce__())
print(type(itemgetter(1)), itemgetter.__module__, itemgetter.__name__, attrgetter.__qualname__)
print(attrgetter('real', 'imag')(3 + 4j), itemgetter(0, -1)('abc'), attrgetter('real.real')(5))
print(itemgetter(slice(1, 3))([1, 2, 3, 4]), itemgetter('b', 'a')({'a': 1, 'b': 2}))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
        self.tag = type('Tag', (), {'name': f'p{x}{y}'})()

    def __repr__(self):
        return f'Point({self.x}, {self.y})'


pts = [Point(3, 1), Point(1, 2), Point(2, 2), Point(1, 1)]
print(sorted(pts, key=attrgetter('y', 'x')))
print(sorted(pts, key=attrgetter('tag.name'), reverse=True))
rows = [('b', 2, 9.5), ('a', 2, 1.0), ('c', 1, 3.25)]
print(sorted(rows, key=itemgetter(1, 0)), max(rows, key=itemgetter(2)), list(map(itemgetter(0), rows)))
g = itemgetter(0)
print(g(g([[['deep']]])), callable(g), g == itemgetter(0))

m = o.methodcaller('f', 1, k=2)
print(m, m.__reduce__()[1], o.methodcaller('g').__reduce__(), o.methodcaller('g', 1, 2).__reduce__())
for f in [lambda: o.methodcaller(), lambda: o.methodcaller(1), lambda: o.methodcaller('x')(),
          lambda: o.methodcaller('x')(1, k=2), lambda: o.methodcaller('upper')('a'),
          lambda: o.methodcaller('split', ',', maxsplit=1)('a,b,c'), lambda: o.methodcaller(name='x'),
          lambda: o.methodcaller('nope')(1), lambda: o.methodcaller('format', 'x', sep='!')('{}{sep}')]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(sorted(['b', 'C', 'a'], key=o.methodcaller('lower')), type(m).__name__)
