print("imports_pkg.shapes running, __name__ =", __name__)


class Square:
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side

    def __repr__(self):
        return f"Square({self.side})"


def area_total(shapes):
    return sum(s.area() for s in shapes)
