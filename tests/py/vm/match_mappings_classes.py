# match: mapping patterns (with **rest), class patterns (positional via __match_args__, keywords),
# builtin class patterns, and value patterns through dotted names.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Circle:
    __match_args__ = ("center", "radius")

    def __init__(self, center, radius):
        self.center = center
        self.radius = radius


class Color:
    RED = "red"
    GREEN = "green"


def where(p):
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point(x, y) if x == y:
            return "diagonal"
        case Circle(Point(0, 0), r):
            return f"circle around origin r={r}"
        case Circle(center=Point(x=cx), radius=r) if r > 10:
            return f"big circle at x={cx}"
        case _:
            return "elsewhere"


for obj in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 9),
            Circle(Point(0, 0), 3), Circle(Point(7, 1), 20), Circle(Point(7, 1), 2)]:
    print(where(obj))


def event(e):
    match e:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": Color.RED}:
            return "red key"
        case {"type": "key", "key": str(k), **rest} if rest:
            return f"key {k} with extras {rest}"
        case {"type": "key", "key": k}:
            return f"key {k}"
        case {"type": t}:
            return f"unhandled {t}"
        case {}:
            return "no type"


for e in [{"type": "click", "pos": (1, 2)}, {"type": "key", "key": "red"},
          {"type": "key", "key": "q", "shift": True}, {"type": "key", "key": "a"},
          {"type": "scroll"}, {"other": 1}]:
    print(event(e))


def kind(value):
    match value:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str(s):
            return f"str {s}"
        case list([x, *_]):
            return f"list starting {x}"
        case dict():
            return "dict"
        case tuple((a, b)):
            return f"pair {a} {b}"
        case _:
            return "other"


print([kind(v) for v in (True, 3, 1.5, "s", [9, 8], {}, (1, 2), (1, 2, 3), None)])
try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print("TypeError:", e)
