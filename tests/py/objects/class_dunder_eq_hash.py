# __eq__ and __hash__: equality, identity fallback, unhashable classes, use as dict keys and in sets.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"P({self.x},{self.y})"


a, b, c = Point(1, 2), Point(1, 2), Point(2, 1)
print(a == b, a is b, a == c, a != c, a == (1, 2))
print(len({a, b, c}), {a: "first", b: "second"})
print(a in [c, b], Point(2, 1) in {c})


class EqOnly:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, EqOnly) and self.v == other.v


print(EqOnly(1) == EqOnly(1), EqOnly.__hash__ is None)
try:
    {EqOnly(1)}
except TypeError as e:
    print("TypeError:", e)


class Identity:
    pass


i1, i2 = Identity(), Identity()
print(i1 == i1, i1 == i2, i1 != i2, len({i1, i2, i1}))


class CaseInsensitive:
    def __init__(self, s):
        self.s = s

    def __eq__(self, other):
        return self.s.lower() == other.s.lower()

    def __hash__(self):
        return hash(self.s.lower())

    def __repr__(self):
        return f"CI({self.s!r})"


names = {}
for n in ["Alice", "ALICE", "bob", "Bob", "carol"]:
    key = CaseInsensitive(n)
    names[key] = names.get(key, 0) + 1
print(names)


class Reversed:
    def __eq__(self, other):
        print("Reversed.__eq__ called")
        return True


print(1 == Reversed(), Reversed() == 1, [1] == [Reversed()])
print(hash(Point(3, 4)) == hash((3, 4)))
