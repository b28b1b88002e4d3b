# Annotations on variables and functions: stored, not enforced.
count: int = 5
label: str
print(count)
print(__annotations__)


def scale(value: float, factor: "float" = 2.0) -> float:
    return value * factor


print(scale(3))
print(scale.__annotations__)


class Point:
    x: int
    y: int = 0

    def __init__(self, x: int) -> None:
        self.x = x


p = Point(4)
print(p.x, p.y, Point.__annotations__)


def untyped(a, b):
    return a + b


print(untyped.__annotations__, untyped("a", "b"))
try:
    print(label)
except NameError as e:
    print("NameError:", e)
