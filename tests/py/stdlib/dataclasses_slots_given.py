# dataclass(slots=True) refuses a class that already defines __slots__; slots, weakref_slot and
# frozen together otherwise.
import weakref
from dataclasses import dataclass, fields


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


def given_tuple():
    @dataclass(slots=True)
    class P:
        __slots__ = ('x',)
        x: int


def given_str():
    @dataclass(slots=True)
    class Q:
        __slots__ = 'y'
        y: int


def given_without_slots_flag():
    @dataclass
    class R:
        __slots__ = ('z',)
        z: int
    return R(3), R.__slots__


show('tuple', given_tuple)
show('str', given_str)
show('plain dataclass keeps them', given_without_slots_flag)


@dataclass(slots=True, frozen=True, weakref_slot=True)
class Point:
    x: int
    y: int = 0


p = Point(1)
r = weakref.ref(p)
show('slots', lambda: (Point.__slots__, p, r() is p, [f.name for f in fields(Point)]))
show('frozen', lambda: setattr(p, 'x', 2))
show('no dict', lambda: hasattr(p, '__dict__'))


@dataclass(slots=True)
class Child:
    a: int
    b: list


show('child', lambda: (Child(1, []), Child.__slots__))
