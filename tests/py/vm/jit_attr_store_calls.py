# Attribute stores, class calls and builtin calls from compiled code: the first stores of a fresh
# instance (the instance dict made on the first, later names appended in one probe), names stored in
# different orders by different instances, a deleted attribute stored again (the table's dummy slot
# reused), more attributes than the smallest table holds (the general path grows it), names built at
# run time (equal but not the same str), a compiled __init__ that returns a value or raises, and
# builtin functions and method descriptors called directly (wrong self types, subclasses, keywords).
import sys


class P:
    def __init__(self, a, b):
        self.a = a
        self.b = b


class Q:
    def __init__(self, first):
        if first:
            self.x = 1
            self.y = 2
        else:
            self.y = 3
            self.x = 4


class Many:
    def __init__(self, n):
        self.a0 = n
        self.a1 = n + 1
        self.a2 = n + 2
        self.a3 = n + 3
        self.a4 = n + 4
        self.a5 = n + 5
        self.a6 = n + 6
        self.a7 = n + 7


class Bad:
    def __init__(self, r):
        self.r = r
        return r


class Raises:
    def __init__(self, v):
        self.v = v
        if v < 0:
            raise ValueError(v)


def make(n):
    out = []
    for i in range(n):
        out.append(P(i, -i))
        out.append(Q(i % 2 == 0))
    return out


def readd(o, v):
    del o.a
    o.a = v
    o.c = v * 2
    return o


for _ in range(3):
    objs = make(4)
    print([(o.a, o.b) if isinstance(o, P) else tuple(vars(o).items()) for o in objs])
    p = readd(P(1, 2), 9)
    print(vars(p), p.a, p.c)
    m = Many(10)
    print(list(vars(m)), m.a7, sys.getsizeof(vars(m)) > 0)
    r = P(0, 0)
    name = "".join(["a"])
    setattr(r, name, "dynamic")
    r.a = "replaced"
    print(vars(r))
    for arg in (None, 5):
        try:
            print(vars(Bad(arg)))
        except TypeError as e:
            print("TypeError:", e)
    for arg in (1, -1):
        try:
            print(vars(Raises(arg)))
        except ValueError as e:
            print("ValueError:", e)


class MyList(list):
    pass


def natives(seq, d):
    out = []
    out.append(len(seq))
    out.append(isinstance(seq, list))
    out.append(d.get("k", "default"))
    out.append(abs(-len(out)))
    out.append(sorted(seq, reverse=True))
    out.append(max(seq, default=None))
    list.append(out, "unbound")
    return out


def wrong_self(x):
    try:
        list.append(x, 1)
    except TypeError as e:
        return str(e)
    return x


def no_kw():
    try:
        len(obj=[])
    except TypeError as e:
        return str(e)


for _ in range(3):
    print(natives([3, 1, 2], {"k": "v"}))
    print(natives(MyList([5]), {}))
    print(wrong_self((1,)), wrong_self(MyList()), no_kw())

val = object()
before = sys.getrefcount(val)
keep = [P(val, val) for _ in range(5)]
print(sys.getrefcount(val) - before)
del keep
print(sys.getrefcount(val) - before)
