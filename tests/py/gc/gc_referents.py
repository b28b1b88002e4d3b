# gc.get_referents / gc.get_referrers and gc.get_objects on known containers.
import gc

a = [1, "two", (3,)]
print(gc.get_referents(a) == [(3,), "two", 1] or sorted(map(repr, gc.get_referents(a))))
print(sorted(map(repr, gc.get_referents({"k": "v"}))))
print(gc.get_referents(1, "s"))
t = (a, a)
print(len(gc.get_referents(t)), all(x is a for x in gc.get_referents(t)))
holder = [a]
refs = gc.get_referrers(a)
print(any(r is holder for r in refs), any(r is t for r in refs))
print(any(o is holder for o in gc.get_objects()))
print(all(isinstance(o, object) for o in gc.get_objects(0)))
