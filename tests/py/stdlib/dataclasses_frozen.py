# dataclasses: frozen instances and FrozenInstanceError, order=True comparisons, unsafe_hash,
# hash rules, slots=True, replace(), asdict()/astuple() recursion, make_dataclass.
from dataclasses import (dataclass, field, FrozenInstanceError, replace, asdict, astuple,
                         make_dataclass, fields)
from collections import namedtuple


@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float
    tags: tuple = ()


c = Coord(59.9, 10.7)
try:
    c.lat = 0
except FrozenInstanceError as e:
    print('FrozenInstanceError:', e, isinstance(e, AttributeError))
try:
    del c.lon
except FrozenInstanceError as e:
    print('FrozenInstanceError:', e)
print(hash(c) == hash(Coord(59.9, 10.7)), {c, Coord(59.9, 10.7)}, replace(c, lat=60.0))


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False)


vs = [Version(1, 2), Version(0, 9, 'beta'), Version(1, 0), Version(1, 2, 'rc')]
print(sorted(vs), max(vs), Version(1) < Version(1, 1), Version(2) >= Version(1, 9), Version(1, 2) == Version(1, 2, 'x'))
print(Version.__hash__, Version(1).__lt__(3))


@dataclass(unsafe_hash=True)
class Key:
    a: int
    b: str = field(hash=False)


print(hash(Key(1, 'x')) == hash(Key(1, 'y')), Key(1, 'x') == Key(1, 'y'))


@dataclass(eq=False)
class Ident:
    v: int


print(Ident(1) == Ident(1), hash(Ident(1)) != 0)


@dataclass(slots=True)
class Pixel:
    x: int
    y: int
    color: str = 'black'


px = Pixel(1, 2)
print(px, Pixel.__slots__, hasattr(px, '__dict__'))
try:
    px.alpha = 1
except AttributeError:
    print('no new attributes on slotted dataclass')
Pair = namedtuple('Pair', 'left right')


@dataclass
class Leaf:
    value: int


@dataclass
class Tree:
    name: str
    leaves: list
    meta: dict
    pair: Pair
    best: Leaf = None


t = Tree('t', [Leaf(1), Leaf(2)], {'k': Leaf(3), 'n': (Leaf(4),)}, Pair(Leaf(5), 6), Leaf(7))
d = asdict(t)
print(d)
print(type(d['pair']).__name__, astuple(t))
print(asdict(Leaf(1), dict_factory=lambda kv: sorted(kv)), astuple(Leaf(2), tuple_factory=list))
shared = [1, 2]
copied = asdict(Tree('s', shared, {}, Pair(1, 2)))
print(copied['leaves'] is shared, copied['leaves'] == shared)
Vec = make_dataclass('Vec', ['x', ('y', int), ('z', int, field(default=0))], namespace={'norm1': lambda self: abs(self.x) + abs(self.y) + abs(self.z)})
v = Vec(1, -2)
print(v, v.norm1(), Vec.__module__, [f.type for f in fields(Vec)])
Frozen = make_dataclass('Frozen', [('a', int)], frozen=True, order=True)
print(Frozen(1) < Frozen(2), replace(Frozen(1), a=5))
for bad in [lambda: replace(Leaf(1), nope=1), lambda: asdict(Leaf), lambda: astuple(3),
            lambda: fields(3), lambda: replace(5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
