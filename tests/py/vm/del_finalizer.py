# __del__ runs the moment the last reference goes away (reference counting), in a predictable order.
class Tracked:
    def __init__(self, name):
        self.name = name
        print("create", name)

    def __del__(self):
        print("delete", self.name)


a = Tracked("a")
b = a
del a
print("after del a (b still refers)")
del b
print("after del b")
x = Tracked("x1")
x = Tracked("x2")
print("x rebound")
x = None


def scope():
    local = Tracked("local")
    print("leaving scope")


scope()
print("scope returned")
items = [Tracked("i0"), Tracked("i1"), Tracked("i2")]
items.pop(1)
print("popped i1")
items.clear()
print("cleared list")
d = {"k": Tracked("in dict")}
d["k"] = "replaced"
print("dict value replaced")
container = [Tracked("c0"), Tracked("c1"), Tracked("c2")]
container = None
print("list freed")
t = (Tracked("t0"), Tracked("t1"))
del t
print("tuple freed")
dd = {"first": Tracked("d0"), "second": Tracked("d1")}
del dd
print("dict freed")


def make_and_return():
    return Tracked("returned")


kept = make_and_return()
make_and_return()
print("temporary result discarded")
del kept
print([Tracked("in list literal")][0].name)
print("temporary list gone")


class Parent:
    def __init__(self):
        self.child = Tracked("child of parent")

    def __del__(self):
        print("delete parent (child still alive)")


p = Parent()
del p
print("done")
