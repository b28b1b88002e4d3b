# The LOAD_ATTR / STORE_ATTR inline caches: each access below runs many times at the same
# instruction, while classes, instance dicts and types change under it, and must always see what
# an uncached lookup sees.


def get_x(o):
    return o.x


def set_x(o, v):
    o.x = v


def call_m(o):
    return o.m()


def get_m(o):
    return o.m


class A:
    k = 'class-k'

    def __init__(self, x):
        self.x = x

    def m(self):
        return 'A.m'


class B(A):
    pass


class C:
    __slots__ = ('x',)

    def __init__(self, x):
        self.x = x

    def m(self):
        return 'C.m'


a1, a2 = A(1), A(2)
print([get_x(a1) for _ in range(3)], [get_x(a2) for _ in range(3)])

# The same names at other dict positions (different insertion order).
a3 = A.__new__(A)
a3.y = 'y'
a3.x = 3
print([get_x(o) for o in (a1, a3, a1, a3)])

# Deleting and re-adding an attribute moves its entry.
del a1.x
try:
    get_x(a1)
except AttributeError as e:
    print('AttributeError', e)
a1.x = 'back'
print(get_x(a1), get_x(a1), list(vars(a1)))

# Stores through the cached instruction.
for i in range(4):
    set_x(a2, i * 10)
print(a2.x, vars(a2))
set_x(a3, 'three')
print(vars(a3))

# A property added to the class later takes precedence over the instance dict.
A.x = property(lambda self: 'prop', lambda self, v: print('setter', v))
print(get_x(a2), get_x(a3))
set_x(a2, 99)
print(vars(a2))
del A.x
print(get_x(a2))

# Class attributes and methods, shadowed by the instance dict later.
def get_k(o):
    return o.k


print([get_k(a2) for _ in range(3)])
A.k = 'new-k'
print(get_k(a2))
a2.k = 'inst-k'
print(get_k(a2), get_k(a1))
print([call_m(a2) for _ in range(3)])
a2.m = lambda: 'instance m'
print(call_m(a2), call_m(a1))
del a2.m
print(call_m(a2))

# A subclass sees changes made to its base.
b = B(5)
print([call_m(b) for _ in range(3)], get_x(b))
A.m = lambda self: 'new A.m'
print(call_m(b), call_m(a1))
B.m = lambda self: 'B.m'
print(call_m(b), call_m(a1))

# __getattr__ / __getattribute__ / __setattr__ added after caching.
print(get_x(b))
B.__getattribute__ = lambda self, name: 'getattribute ' + name
print(get_x(b), call_m.__name__)
del B.__getattribute__
print(get_x(b))
B.__setattr__ = lambda self, name, v: print('setattr', name, v)
set_x(b, 7)
print(get_x(b))
del B.__setattr__
set_x(b, 8)
print(get_x(b))

# __class__ assignment.
class D:
    def __init__(self):
        self.x = 'D.x'

    def m(self):
        return 'D.m'


d = D()
print(get_x(d), call_m(d))
d.__class__ = A
print(get_x(d), call_m(d))

# Slots and instance dicts at the same instruction.
c = C('slot')
for o in (c, a1, c, b):
    print(type(o).__name__, get_x(o), call_m(o))
set_x(c, 'slot2')
print(c.x)

# A non-str key in the instance dict turns its table general.
e = A('e')
vars(e)[1] = 'one'
print(get_x(e), get_x(e))
set_x(e, 'e2')
print(get_x(e), vars(e))

# Replacing the instance dict.
f = A('f')
print(get_x(f))
f.__dict__ = {'x': 'new dict'}
print(get_x(f))
set_x(f, 'stored')
print(f.__dict__)

# Bound methods from the non-method form.
bm = get_m(a1)
print(bm(), get_m(a1)())

# Values replaced in place are released (refcounts stay exact).
import sys


obj = object()
before = sys.getrefcount(obj)
holder = A(obj)
for _ in range(5):
    set_x(holder, obj)
print(sys.getrefcount(obj) - before)
set_x(holder, None)
print(sys.getrefcount(obj) - before)

# Several types at one instruction (more than the cache's ways), each changing in between.
class P1:
    def __init__(self):
        self.x = 'P1.x'

    def m(self):
        return 'P1.m'


class P2:
    k = 'P2.k'

    def __init__(self):
        self.k = 'P2 instance k'
        self.x = 'P2.x'

    def m(self):
        return 'P2.m'


class P3(P1):
    x = property(lambda self: 'P3 property')

    def __init__(self):
        pass


objs = [P1(), P2(), P3(), A('A.x'), P2(), P1(), b, d]
for rnd in range(3):
    print(rnd, [get_x(o) for o in objs], [call_m(o) for o in objs])
    for o in objs:
        if type(o) is not P3 or rnd == 2:
            set_x(o, 'set' + str(rnd))
    print([get_x(o) for o in objs])
    if rnd == 0:
        P2.m = lambda self: 'P2.m v2'
    elif rnd == 1:
        del P3.x
        objs[2].x = 'P3 own x'
        P1.m = lambda self: 'P1.m v2'
