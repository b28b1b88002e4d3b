# Proxies forward operations to their referent and raise ReferenceError once it is gone;
# finalize runs a function when an object dies, once; WeakMethod follows bound methods.
import gc
import weakref


class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __iter__(self):
        return iter((self.x, self.y))

    def __str__(self):
        return f"Vec({self.x}, {self.y})"

    def __call__(self, k):
        return k * self.x

    def norm1(self):
        return abs(self.x) + abs(self.y)


v = Vec(1, 2)
p = weakref.proxy(v)
print(p.x, p.norm1(), len(p), p[1], list(p), str(p), p == Vec(1, 2), p(10))
print(str(p + Vec(1, 1)), 1 in p, bool(p))
p.x = 5
print(v.x, type(p).__name__, weakref.proxy(v) is p)
print(isinstance(p, weakref.ProxyTypes), type(weakref.proxy(Vec)).__name__)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
print(weakref.getweakrefcount(v))
del v
for op in (lambda: p.x, lambda: len(p), lambda: p + p, lambda: str(p)):
    try:
        op()
    except ReferenceError as e:
        print("ReferenceError:", e)

pp = weakref.proxy(Vec(0, 0), lambda w: print("proxy callback"))
print("proxy to a temporary made")


class Resource:
    def __init__(self, name):
        self.name = name


def closed(name, tag=""):
    print("closing", name, tag)
    return name.upper()


r = Resource("db")
fin = weakref.finalize(r, closed, "db", tag="(gc)")
print(fin.alive, fin.atexit, fin.peek()[1] is closed)
del r
print(fin.alive, fin())

r2 = Resource("file")
fin2 = weakref.finalize(r2, closed, "file")
print(fin2(), fin2.alive, fin2())
print(fin2.detach())
r3 = Resource("sock")
fin3 = weakref.finalize(r3, closed, "sock")
obj, func, args, kwargs = fin3.detach()
print(obj is r3, func is closed, args, kwargs, fin3.alive)
del obj, r3

# In a cycle.
r4 = Resource("cyc")
r4.me = r4
weakref.finalize(r4, closed, "cyc")
del r4
gc.collect()


class Button:
    def __init__(self, label):
        self.label = label

    def click(self):
        return "clicked " + self.label


btn = Button("ok")
wm = weakref.WeakMethod(btn.click, lambda m: print("method dead"))
print(wm()(), wm() == btn.click, wm == weakref.WeakMethod(btn.click))
del btn
print(wm())

keep = Resource("exit")
fx = weakref.finalize(keep, closed, "at exit")
fn = weakref.finalize(keep, closed, "not at exit")
fn.atexit = False
print("end of program", fx.atexit, fn.atexit)
