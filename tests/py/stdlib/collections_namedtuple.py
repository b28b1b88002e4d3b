# collections.namedtuple: creation forms, field access, _make/_asdict/_replace/_fields/
# _field_defaults, defaults, rename, repr, tuple behaviour, pattern matching, errors.
from collections import namedtuple

Point = namedtuple('Point', ['x', 'y'])
p = Point(3, 4)
print(p, p.x, p[1], p == (3, 4), len(p), list(p), Point._fields, p._asdict())
print(Point._make([5, 6]), p._replace(y=0), Point(y=1, x=2), hash(p) == hash((3, 4)))
x, y = p
print(x + y, p.__class__.__name__, Point.__doc__, Point.x.__doc__, Point.__module__)
print(isinstance(p, tuple), Point.__new__.__doc__, Point.__match_args__)
Color = namedtuple('Color', 'red green blue alpha', defaults=[255])
print(Color(1, 2, 3), Color._field_defaults, Color(1, 2, 3, 4))
Row = namedtuple('Row', 'id, name , score', defaults=(None, 0.0))
print(Row(7), Row(1, 'x'), Row._fields)
Odd = namedtuple('Odd', ['abc', 'def', 'ghi', 'abc', '_x'], rename=True)
print(Odd._fields)
Single = namedtuple('Single', 'value')
print(Single(1), Single.__new__.__doc__)
Empty = namedtuple('Empty', '')
print(Empty(), Empty._fields)


class Vector(namedtuple('Vector', 'x y')):
    __slots__ = ()

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2


v = Vector(1, 2) + Vector(3, 4)
print(v, v.norm2, Vector._make((0, 1)))


def describe(pt):
    match pt:
        case Point(0, 0):
            return 'origin'
        case Point(x=0, y=yy):
            return f'on y axis at {yy}'
        case Point(xx, 0):
            return f'on x axis at {xx}'
        case _:
            return 'elsewhere'


print([describe(q) for q in (Point(0, 0), Point(0, 5), Point(2, 0), Point(1, 1))])
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]), max(Point(1, 9), Point(2, 0)))
for bad in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, 2, z=3), lambda: Point(1, x=2),
            lambda: Point._make([1]), lambda: p._replace(z=1), lambda: Color(),
            lambda: namedtuple('Bad', 'x x'), lambda: namedtuple('Bad', '_x'),
            lambda: namedtuple('Bad', 'class'), lambda: namedtuple('1Bad', 'x'),
            lambda: namedtuple('Bad', 'x', defaults=[1, 2]), lambda: setattr(p, 'x', 9)]:
    try:
        bad()
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__ + ':', e)
