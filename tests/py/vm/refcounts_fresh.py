# sys.getrefcount of mortal objects: exact counts as CPython 3.12 keeps them.
import sys


class Obj:
    pass


def counts():
    x = Obj()
    print("local:", sys.getrefcount(x))
    y = x
    print("two names:", sys.getrefcount(x))
    del y
    lst = [x, x, x]
    print("in a list three times:", sys.getrefcount(x))
    d = {"k": x}
    print("plus a dict value:", sys.getrefcount(x))
    lst.clear()
    d.clear()
    print("containers cleared:", sys.getrefcount(x))
    t = (x,)
    print("in a tuple:", sys.getrefcount(x))
    del t
    x.self_attr = None
    holder = Obj()
    holder.ref = x
    print("attribute of another object:", sys.getrefcount(x))
    del holder
    print("holder gone:", sys.getrefcount(x))


counts()
big = [1, 2, 3]
print("module global:", sys.getrefcount(big))
alias = big
print("two globals:", sys.getrefcount(big))
del alias


def passes(arg):
    return sys.getrefcount(arg)


print("through a call:", passes(big))
s = "".join(["dyn", "amic"])
print("fresh string:", sys.getrefcount(s))
n = int("1" + "0" * 30)
print("big int:", sys.getrefcount(n))
f = float("3.5") * 2
print("float:", sys.getrefcount(f))


def closure_count():
    cell_value = Obj()

    def inner():
        return cell_value
    return sys.getrefcount(cell_value), inner


print("captured in a cell:", closure_count()[0])
print("temporary:", sys.getrefcount(Obj()))
print("list literal:", sys.getrefcount([]))
