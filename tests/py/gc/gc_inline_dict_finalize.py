# Instance attributes (CPython 3.12's inline values) under finalizers, resurrection, weak reference
# callbacks, gc.garbage with DEBUG_SAVEALL, gc.freeze, and the instance layouts that are traversed
# through their type's slot: __slots__ with __dict__, subclasses of list and dict, and exceptions.
import gc
import weakref

gc.disable()
gc.collect()
saved = []


class Res:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        # Asks for the dict while the collector is finalizing the cycle it is in.
        saved.append(sorted(self.__dict__))


r = Res("r")
r.me = r
r.tags = ["t"]
del r
print("dict asked for in __del__:", gc.collect(), saved)
print("then:", gc.collect())


class Phoenix:
    keep = []

    def __del__(self):
        Phoenix.keep.append(self)


p = Phoenix()
p.me = p
p.payload = {"k": [p]}
del p
print("resurrected:", gc.collect(), len(Phoenix.keep), Phoenix.keep[0].me is Phoenix.keep[0])
q = Phoenix.keep.pop()
print(q.payload["k"][0] is q, gc.is_finalized(q))
del q
print("second time:", gc.collect(), len(Phoenix.keep))


class Item:
    pass


# A weakref callback reads the attributes of an object that is still alive.
seen = []
target = Item()
target.label = "alive"
victim = Item()
victim.me = victim
victim.friend = target


def cb(ref, target=target):
    seen.append(target.label)


wr = weakref.ref(victim, cb)
del victim
print("callback:", gc.collect(), seen, wr())

# DEBUG_SAVEALL keeps the garbage in gc.garbage; the instances keep their attributes.
gc.set_debug(gc.DEBUG_SAVEALL)
s1, s2 = Item(), Item()
s1.o, s2.o = s2, s1
s1.n, s2.n = 1, 2
del s1, s2
print("saved:", gc.collect(), sorted(type(o).__name__ for o in gc.garbage), sorted(o.n for o in gc.garbage))
gc.set_debug(0)
for o in gc.garbage:
    o.o = None
gc.garbage.clear()
print("cleared:", gc.collect())

# gc.freeze moves everything to the permanent generation; unfreeze brings it back to be collected.
fz = Item()
fz.me = fz
del fz
gc.freeze()
print("frozen:", gc.collect(), gc.get_freeze_count() > 0)
gc.unfreeze()
print("unfrozen:", gc.collect())


# Layouts whose traverse goes through the type's slot.
class Slotted:
    __slots__ = ("a", "__dict__")


s = Slotted()
s.a = s
s.b = [s]
print(sorted(type(o).__name__ for o in gc.get_referents(s)))
del s
print("slots and dict:", gc.collect())


class L(list):
    pass


class D(dict):
    pass


lst = L()
lst.me = lst
lst.append(lst)
dd = D()
dd.attr = dd
dd["k"] = dd
print(sorted(type(o).__name__ for o in gc.get_referents(lst)), sorted(type(o).__name__ for o in gc.get_referents(dd)))
del lst, dd
print("list and dict subclasses:", gc.collect())


class MyError(Exception):
    pass


try:
    raise MyError("x")
except MyError as exc:
    err = exc
err.me = err
err.data = [err]
del err
print("exception with attributes:", gc.collect())


# Many instances, some in cycles, some referenced from outside by their attributes only.
class Cell:
    def __init__(self, i):
        self.i = i
        self.links = []


cells = [Cell(i) for i in range(200)]
for c in cells:
    c.links.append(cells[(c.i * 7 + 3) % 200])
    if c.i % 3 == 0:
        c.me = c
outside = [c.links for c in cells[:10]]
del cells, c
print("web:", gc.collect(), sorted(l[0].i for l in outside))
del outside
print("web released:", gc.collect())
