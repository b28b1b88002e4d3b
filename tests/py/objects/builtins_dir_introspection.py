# dir() of modules (their own names only, or the module's __dir__), types and instances; io.open is
# the builtin open; range and slice attributes; reversed() length hints; sys._getframe basics.
import io
import math
import sys

print("__class__" in dir(math), "sqrt" in dir(math), dir(math) == sorted(math.__dict__))
import _dir_sample as mod

print([n for n in dir(mod) if not n.startswith("__")], "__class__" in dir(mod), "__name__" in dir(mod))
mod.__dir__ = lambda: ["zeta", "beta"]
print(dir(mod))
print(open is io.open, io.open.__name__)

print([n for n in dir(range) if not n.startswith("_")])
print([n for n in dir(slice) if not n.startswith("_")])
r = range(3, 20, 4)
s = slice(1, None, 2)
print(r.start, r.stop, r.step, s.start, s.stop, s.step, s.indices(10))
it = reversed([1, 2, 3, 4])
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
rt = reversed((5, 6))
print(rt.__length_hint__(), list(rt), rt.__length_hint__())


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def norm(self):
        return math.hypot(self.x, self.y)


p = Point(3, 4)
names = dir(p)
print([n for n in names if not n.startswith("__")], "__init__" in names, p.norm())


def outer():
    local_value = 41
    return inner()


def inner():
    f = sys._getframe()
    caller = sys._getframe(1)
    return (f.f_code.co_name, caller.f_code.co_name, caller.f_locals["local_value"] + 1,
            caller.f_back.f_code.co_name, f.f_globals is globals())


print(outer())
chain = []
f = sys._getframe()
while f is not None:
    chain.append(f.f_code.co_name)
    f = f.f_back
print(chain)
try:
    sys._getframe(1000)
except ValueError as e:
    print("ValueError:", e)
