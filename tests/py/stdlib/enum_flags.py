# enum.Flag / IntFlag: composition with | & ^ ~, membership, iteration over a combination,
# 3.12 reprs and strs, pseudo-members, boundaries (STRICT for Flag, KEEP for IntFlag), auto().
from enum import Flag, IntFlag, auto


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7


rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, list(rw), len(rw), bool(rw))
print(Perm(0), repr(Perm(0)), bool(Perm(0)), ~Perm.R, rw & Perm.R, rw ^ Perm.R, Perm.RWX, list(Perm))
print(Perm(6), Perm(7) is Perm.RWX, Perm.RWX & ~Perm.W, repr(~Perm.RWX), Perm.__members__.keys())
try:
    Perm(8)
except ValueError as e:
    print('ValueError:', e)
try:
    1 in rw
except TypeError as e:
    print('TypeError:', e)


class Feature(Flag):
    LOGIN = auto()
    SEARCH = auto()
    EXPORT = auto()
    ADMIN = auto()


print([(f.name, f.value) for f in Feature], Feature.LOGIN | Feature.ADMIN)
plan_basic = Feature.LOGIN | Feature.SEARCH
plan_pro = plan_basic | Feature.EXPORT
for plan in (plan_basic, plan_pro):
    print(plan, [f.name for f in Feature if f in plan], Feature.EXPORT in plan)


class Mode(IntFlag):
    READ = 1
    WRITE = 2
    EXEC = 4


m = Mode.READ | Mode.WRITE
print(m, repr(m), m == 3, m + 1, Mode(7), repr(Mode(9)), Mode.READ | 8, repr(~Mode.READ))
print(isinstance(m, int), int(m), m & 1, repr(Mode(0)), list(Mode(5)), format(Mode.EXEC, '04b'))


class Direction(Flag):
    NORTH = auto()
    EAST = auto()
    SOUTH = auto()
    WEST = auto()
    VERTICAL = NORTH | SOUTH


print(Direction.VERTICAL, list(Direction), Direction.NORTH | Direction.SOUTH is Direction.VERTICAL)
print(Direction.NORTH | Direction.EAST, Direction(15), repr(Direction.EAST | Direction.WEST))
