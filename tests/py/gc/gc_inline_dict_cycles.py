# Cycles through instance attributes whose __dict__ was never asked for (CPython 3.12 keeps such
# attributes inline, with no dict object) and through materialized ones: what gc.collect() counts,
# what gc.get_referents / get_referrers / get_objects / is_tracked report, finalizer order.
import gc

gc.disable()
gc.collect()


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None


def types(objs):
    return sorted(type(o).__name__ for o in objs)


# A self cycle, a two-cycle and a ring of five, all through plain attributes.
a = Node("a")
a.peer = a
print("self cycle:", gc.collect(), gc.collect())
del a
print("freed:", gc.collect())
x, y = Node("x"), Node("y")
x.peer, y.peer = y, x
del x, y
print("two-cycle:", gc.collect())
ring = [Node(str(i)) for i in range(5)]
for i, n in enumerate(ring):
    n.peer = ring[(i + 1) % 5]
    n.extra = [n, i]
del ring, n
print("ring with lists:", gc.collect())

# What the collector's introspection sees before the dict exists as an object.
b = Node("b")
b.items = [1, 2]
b.peer = b
print(types(gc.get_referents(b)))
print(any(r is b for r in gc.get_referrers(b.items)))
print(gc.is_tracked(b), any(type(o) is dict and o.get("name") == "b" for o in gc.get_objects()))
# Materialized: the dict is an object of its own from now on.
d = b.__dict__
print(gc.is_tracked(d), types(gc.get_referents(b)), types(gc.get_referents(d)))
print(any(r is d for r in gc.get_referrers(b.items)), any(o is d for o in gc.get_objects()))
del d
print(types(gc.get_referents(b)))
del b
print("materialized self cycle:", gc.collect())

# A dict of atomic values is untracked once materialized, tracked once it holds a container.
c = Node("c")
c.n = 1
print(gc.is_tracked(c.__dict__), gc.is_tracked(Node("z").__dict__))
c.lst = []
print(gc.is_tracked(c.__dict__))
e = Node("e")
print(gc.is_tracked(vars(e)))
e.lst = [e]
print(gc.is_tracked(vars(e)))
del c, e
print("vars cycle:", gc.collect())


# Finalizers in a cycle through attributes run once each, and the objects go.
class Fin:
    log = []

    def __init__(self, k):
        self.k = k

    def __del__(self):
        Fin.log.append(self.k)


f1, f2, f3 = Fin(1), Fin(2), Fin(3)
f1.next, f2.next, f3.next = f2, f3, f1
f2.d = {"back": f1}
del f1, f2, f3
print("finalized cycle:", gc.collect(), sorted(Fin.log))
Fin.log.clear()
g = Fin(4)
g.me = g
vars(g)
del g
print("finalized, materialized:", gc.collect(), Fin.log)

# Deleting attributes breaks cycles; a deleted attribute leaves nothing behind.
h = Node("h")
h.peer = h
h.other = [h]
del h.peer
h.other.clear()
del h
print("after del attr:", gc.collect())
k = Node("k")
k.peer = k
del k.peer, k.name
print(vars(k), gc.get_referents(k) == [Node])
del k
print("nothing left:", gc.collect())
