# Enum lookups through the class call when extra arguments are given (they make a tuple value), the
# functional API on a class without members, and a dataclass mixed into an Enum (the value is made
# by the data type even though it has no __new__ of its own).
from dataclasses import dataclass
from enum import Enum, IntEnum


class Pair(Enum):
    ORIGIN = (0, 0)
    UNIT = (1, 0)
    RED = 1


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


show('tuple by parts', lambda: Pair(1, 0))
show('tuple whole', lambda: Pair((0, 0)))
show('three parts', lambda: Pair(0, 0, 0))
show('plain', lambda: Pair(1))
show('missing', lambda: Pair(2, 2))
show('names keyword', lambda: Pair(1, names=None))
show('functional', lambda: list(Enum('Dir', 'N S')))
show('functional IntEnum', lambda: list(IntEnum('Level', [('LOW', 1), ('HIGH', 9)])))


@dataclass
class Point:
    x: int
    y: int


class Corner(Point, Enum):
    TOP_LEFT = 0, 0
    BOTTOM_RIGHT = 9, 9

    def flipped(self):
        return Point(self.y, self.x)


show('dataclass members', lambda: list(Corner))
show('dataclass value', lambda: (Corner.TOP_LEFT.value, Corner.BOTTOM_RIGHT.x, Corner.BOTTOM_RIGHT.flipped()))
show('dataclass lookup', lambda: Corner(Point(9, 9)))
show('dataclass str', lambda: str(Corner.TOP_LEFT))
