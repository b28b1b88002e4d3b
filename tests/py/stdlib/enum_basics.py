# enum.Enum: members, aliases, lookup by value and name, iteration, __members__, reprs/strs/
# format, hashing, methods and properties on members, _missing_, unique, errors.
from enum import Enum, unique, auto


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return f'{self.name.lower()} ({self.value})'

    @property
    def is_warm(self):
        return self in (Color.RED,)

    @classmethod
    def default(cls):
        return cls.GREEN


print(Color.RED, repr(Color.GREEN), Color(3), Color['BLUE'], Color.CRIMSON is Color.RED)
print(list(Color), len(Color), Color.__members__, list(reversed(Color)))
print(Color.RED.name, Color.RED.value, Color.RED.describe(), Color.RED.is_warm, Color.default())
print(format(Color.RED), f'{Color.BLUE}', f'{Color.BLUE:>12}|', str(Color.GREEN), Color)
print(Color.RED in Color, 2 in Color, 9 in Color, isinstance(Color.RED, Color), type(Color.RED))
print({Color.RED: 'stop', Color.GREEN: 'go'}[Color.CRIMSON], Color.RED == 1, Color.RED is Color(1))
print(sorted(Color, key=lambda c: c.name), [c.name for c in Color], Color.RED.__class__.__name__)
for bad in [lambda: Color(7), lambda: Color['PURPLE'], lambda: setattr(Color, 'RED', 5),
            lambda: delattr(Color, 'RED'), lambda: setattr(Color.RED, 'value', 3),
            lambda: Color.RED < Color.GREEN]:
    try:
        bad()
    except (ValueError, KeyError, AttributeError, TypeError) as e:
        print(type(e).__name__ + ':', e)
try:
    class More(Color):
        EXTRA = 9
except TypeError as e:
    print('TypeError:', e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print('ValueError:', e)


class Ordinal(Enum):
    FIRST = auto()
    SECOND = auto()
    THIRD = auto()


print(list(Ordinal), Ordinal.THIRD.value)


class Status(Enum):
    ACTIVE = 'active'
    INACTIVE = 'inactive'

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for member in cls:
                if member.value == value.lower():
                    return member
        return None


print(Status('ACTIVE'), Status('Inactive'))
try:
    Status(5)
except ValueError as e:
    print('ValueError:', e)


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    JUPITER = (1.9e+27, 7.1492e7)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


for planet in Planet:
    print(f'{planet.name:8} {planet.surface_gravity:6.2f}', planet.value)
print(Planet((5.976e+24, 6.37814e6)), Planet.EARTH.mass)


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2


print(Shape.ALIAS_FOR_SQUARE, Shape(2), [s.name for s in Shape], list(Shape.__members__))
