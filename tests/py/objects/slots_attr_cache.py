# __slots__ members read and written in functions called often enough to be compiled and cached:
# unset and deleted slots, subclasses adding slots and a __dict__, a slot and an instance attribute
# of other names side by side, the class changing (a property replacing a member), __class__
# assignment between compatible layouts, and the reference counts a stored value gets.
import sys


class P:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Q(P):
    __slots__ = ('z', '__dict__')

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
        self.w = x + y


class R:
    __slots__ = ('x', 'y')


def norm(p):
    return p.x * p.x + p.y * p.y


def shift(p, d):
    p.x = p.x + d
    p.y += d
    return p


def read_x(p):
    try:
        return p.x
    except AttributeError as e:
        return f"AttributeError: {e}"


pts = [P(i, i + 1) for i in range(5)] + [Q(i, 2, 3) for i in range(3)]
for _ in range(3):
    print([norm(shift(p, 1)) for p in pts])
q = pts[-1]
print(q.z, q.w, sorted(vars(q)))

empty = R()
for _ in range(3):
    print(read_x(empty))
empty.x = "set"
print(read_x(empty))
del empty.x
print(read_x(empty))
try:
    del empty.x
except AttributeError as e:
    print("del again:", e)

r = R()
r.x, r.y = 1, 2
r.__class__ = P
print(norm(r), type(r).__name__)

obj = object()
holder = P(obj, None)
for _ in range(4):
    shift_free = read_x(holder)
print(sys.getrefcount(obj) - sys.getrefcount(object()))
holder.x = 5
print(sys.getrefcount(obj) - sys.getrefcount(object()))

P.x = property(lambda self: "property now")
for _ in range(3):
    print(read_x(pts[0]), read_x(pts[6]))
