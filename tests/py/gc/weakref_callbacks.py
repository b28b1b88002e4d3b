# Weak reference callbacks: refcount death (reverse order of creation), cycles (handle_weakrefs),
# weakrefs that die before their referent, __del__ before callbacks, ref identity and hashing.
import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Node({self.name})"


def report(tag):
    def cb(wr):
        print("callback", tag, "referent now", wr())
    return cb


n = Node("a")
r0 = weakref.ref(n)
r1 = weakref.ref(n, report(1))
r2 = weakref.ref(n, report(2))
r3 = weakref.ref(n, report(3))
print(weakref.ref(n) is r0, weakref.getweakrefcount(n))
print([w is r0 for w in weakref.getweakrefs(n)], weakref.getweakrefs(n).index(r3))
print(r1 == r2, r1 is r2, hash(r1) == hash(n), r1.__callback__ is not None, r0.__callback__)
del n
print("after del:", r0(), r1(), weakref.getweakrefcount(r0))

# A weakref that dies first never calls back.
m = Node("b")
tmp = weakref.ref(m, report("never"))
del tmp
del m
print("b gone quietly")


# __del__ runs before the callbacks.
class WithDel(Node):
    def __del__(self):
        print("__del__", self.name)


w = WithDel("c")
wr = weakref.ref(w, report("c"))
del w

# Cycles: callbacks of reachable weakrefs run during the collection, referents already cleared.
a = Node("x")
b = Node("y")
a.other = b
b.other = a
ra = weakref.ref(a, report("x"))
rb = weakref.ref(b, report("y"))
del a, b
print("collect found garbage:", gc.collect() >= 2)
print(ra(), rb())

# A weakref inside the garbage: its callback does not run.
c = Node("z")
c.self_ref = weakref.ref(c, report("inside"))
c.loop = c
del c
print("collected:", gc.collect() >= 1)

# Hash is cached while alive; a dead never-hashed ref raises TypeError.
p = Node("p")
hp = weakref.ref(p)
h = hash(hp)
q = Node("q")
hq = weakref.ref(q, lambda w: None)
del p, q
print(hash(hp) == h)
try:
    hash(hq)
except TypeError as e:
    print("TypeError:", e)
print(hp == hq, hp != hq, hp == hp)

# Subclassing ref; extra attributes; callbacks receive the subclass instance.
class Tagged(weakref.ref):
    def __init__(self, ob, callback=None, tag=None):
        super().__init__(ob, callback)
        self.tag = tag


t = Node("t")
tr = Tagged(t, lambda w: print("tagged callback", type(w).__name__, w.tag), tag="T1")
print(tr() is t, tr.tag, isinstance(tr, weakref.ref), tr is weakref.ref(t))
del t

# What can be weakly referenced.
def f():
    pass


for obj in (f, Node, {1}, frozenset(), (i for i in ()), weakref, Node("n").__init__):
    print(type(obj).__name__, weakref.ref(obj)() is obj)
for obj in (1, "s", (1,), [1], {}, None, object()):
    try:
        weakref.ref(obj)
    except TypeError as e:
        print("TypeError:", e)


class Slotted:
    __slots__ = ("x",)


class SlottedWeak:
    __slots__ = ("x", "__weakref__")


try:
    weakref.ref(Slotted())
except TypeError as e:
    print("TypeError:", e)
sw = SlottedWeak()
print(weakref.ref(sw)() is sw, sw.__weakref__ is weakref.ref(sw))
try:
    weakref.ref(sw, None, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.ref(sw, callback=None)
except TypeError as e:
    print("TypeError:", e)
print("done")
