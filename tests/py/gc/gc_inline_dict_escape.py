# An instance's __dict__ handed out (obj.__dict__, vars(), __getstate__, copy, __dict__ and __class__
# assignment) becomes a dict of its own: it can outlive its instance, sit in containers and close cycles,
# and the collector must still see through it (nothing live freed, every cycle collected).
import copy
import gc
import weakref

gc.disable()
gc.collect()


class P:
    pass


class Q:
    pass


# The dict escapes into a list that the instance refers to: a cycle through list and dict.
a = P()
a.v = 1
box = [a.__dict__]
a.box = box
del a, box
print("escaped into a list:", gc.collect())

# The dict outlives its instance and keeps what it holds alive.
b = P()
b.data = [1, 2, 3]
b.me = b
d = vars(b)
del b
print("instance in a cycle via its kept dict:", gc.collect(), d["data"], type(d["me"]).__name__)
d["me"].data.append(4)
print(d["data"])
del d
print("dropped:", gc.collect())

# Stored in another object's attribute, then both in a cycle.
c1, c2 = P(), P()
c1.x = c1
c2.other_dict = c1.__dict__
c1.back = c2
del c1, c2
print("dict in another instance:", gc.collect())

# __dict__ assignment: the new dict closes a cycle; the old one lives on while referenced.
e = P()
old = e.__dict__
old["was"] = e
e.__dict__ = {"self": e, "n": [1]}
print(gc.is_tracked(e.__dict__), sorted(e.__dict__), old["was"] is e)
del e
print("after assignment:", gc.collect(), sorted(old))
del old
print("old dict's cycle:", gc.collect())
f = P()
f.me = f
f.__dict__ = {"plain": 1}
del f
print("assignment broke the cycle:", gc.collect())

# __class__ assignment keeps the attributes.
g = P()
g.me = g
g.__class__ = Q
print(type(g).__name__, g.me is g)
del g
print("after __class__ assignment:", gc.collect())

# copy and __getstate__ hand the dict out.
h = P()
h.items = [h]
state = h.__getstate__()
print(state is h.__dict__, type(state).__name__)
del state
h2 = copy.copy(h)
h3 = copy.deepcopy(h)
print(h2.items is h.items, h3.items[0] is h3, h3.items is h.items)
del h, h2, h3
print("copies:", gc.collect())

# Weak references to instances in cycles through attributes and escaped dicts.
log = []
w1 = P()
w1.me = w1
r1 = weakref.ref(w1, lambda r: log.append("w1 gone"))
w2 = P()
w2.d = w2.__dict__
w2.d["back"] = w2
r2 = weakref.ref(w2, lambda r: log.append("w2 gone"))
del w1, w2
print("weakly referenced cycles:", gc.collect(), r1(), r2(), sorted(log))
keep = P()
keep.me = keep
rk = weakref.ref(keep)
print(gc.collect(), rk() is keep)

# A dict taken out while the instance still lives, then the instance dropped: nothing freed early.
s = P()
s.payload = [P() for _ in range(3)]
for p in s.payload:
    p.owner = s
held = s.__dict__
del s, p
print("held:", gc.collect(), len(held["payload"]), all(p.owner.payload is held["payload"] for p in held["payload"]))
del held
print("released:", gc.collect())
