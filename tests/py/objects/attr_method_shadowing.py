# Instance attributes that shadow methods and class attributes, set by every route, seen by method calls
# made often enough to be compiled and cached.
class A:
    kind = "class"
    def run(self):
        return "method"
    def go(self):
        return self.run()
    def k(self):
        return self.kind

def call_many(objs):
    return [(o.go(), o.k()) for o in objs]

class B(A):
    pass

objs = [A() for _ in range(5)] + [B() for _ in range(5)]
for _ in range(3):
    print(call_many(objs))
objs[1].run = lambda: "setattr"
objs[2].__dict__["run"] = lambda: "dict"
setattr(objs[3], "kind", "instance")
vars(objs[6])["kind"] = "vars"
objs[7].__dict__ = {"run": lambda: "newdict"}
object.__setattr__(objs[8], "run", lambda: "object.__setattr__")
print(call_many(objs))
print(call_many(objs))

class C:
    def run(self):
        return "C.run"
    def go(self):
        return self.run()
    def k(self):
        return self.kind
    kind = "C"
c = A()
c.__dict__
d = A()
d.run = lambda: "before class change"
d.__class__ = C
print(call_many([c, d]), call_many([c, d]))
class D:
    def go(self):
        return self.run()
    def run(self):
        return "D.run"
ds = [D() for _ in range(4)]
print([x.go() for x in ds], [x.go() for x in ds])
D.run = lambda self: "replaced"
ds[0].run = lambda: "instance"
print([x.go() for x in ds])
e = D()
e.__dict__.update(run=lambda: "update")
print(e.go(), D().go())
import copy
f = D(); f.x = 1
g = copy.copy(f)
g.run = lambda: "copy"
print(g.go(), f.go())
