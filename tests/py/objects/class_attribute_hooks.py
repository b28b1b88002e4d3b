# Attribute access hooks: __getattr__ (fallback only), __getattribute__ (everything), __setattr__,
# __delattr__, object.__getattribute__ from overrides, AttributeError messages, and a proxy/record
# pattern built from them.
class Fallback:
    real = "real value"
    def __getattr__(self, name):
        if name.startswith("virtual_"):
            return name[len("virtual_"):].upper()
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
f = Fallback()
print(f.real, f.virtual_thing)
try:
    f.other
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(f, "missing", "default"), hasattr(f, "virtual_x"), hasattr(f, "nope"))

class Everything:
    def __init__(self):
        self.count = 0
    def __getattribute__(self, name):
        if name == "count":
            return object.__getattribute__(self, name)
        object.__setattr__(self, "count", object.__getattribute__(self, "count") + 1)
        if name == "secret":
            raise AttributeError("hidden")
        return f"<{name}>"
    def __getattr__(self, name):
        return f"fallback for {name}"
e = Everything()
print(e.anything, e.more, e.secret, e.count)

class Recorder:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, name, value):
        self.log.append(("set", name, value))
        super().__setattr__(name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        super().__delattr__(name)
r = Recorder()
r.a = 1
r.b = [2]
del r.a
print(r.log, vars(r))
try:
    del r.zzz
except AttributeError as err:
    print("AttributeError:", err)

# AttributeError messages for instances, classes, modules, builtins.
class Plain:
    pass
for target, name in [(Plain(), "x"), (Plain, "y"), (5, "z"), ("s", "nope"), (None, "attr"), (len, "q")]:
    try:
        getattr(target, name)
    except AttributeError as err:
        print("AttributeError:", err)
import sys
try:
    sys.no_such_thing
except AttributeError as err:
    print("AttributeError:", err)
for target in (5, "s", object()):
    try:
        target.new_attr = 1
    except AttributeError as err:
        print("AttributeError:", err)
try:
    object.__setattr__(int, "x", 1)
except TypeError as err:
    print("TypeError:", err)
try:
    int.x = 1
except TypeError as err:
    print("TypeError:", err)
try:
    setattr(Plain(), 5, 1)
except TypeError as err:
    print("TypeError:", err)
try:
    getattr(Plain(), 5)
except TypeError as err:
    print("TypeError:", err)

# A read-only record and a lazy proxy.
class Frozen:
    __slots__ = ("_data",)
    def __init__(self, **kw):
        object.__setattr__(self, "_data", dict(kw))
    def __getattr__(self, name):
        try:
            return self._data[name]
        except KeyError:
            raise AttributeError(name) from None
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: Frozen is read-only")
    __delattr__ = __setattr__
fr = Frozen(x=1, y=2)
print(fr.x, fr.y)
for action in (lambda: setattr(fr, "x", 5), lambda: delattr(fr, "y"), lambda: fr.z):
    try:
        action()
    except (AttributeError, TypeError) as err:
        print(type(err).__name__ + ":", err)

class Lazy:
    def __init__(self, factory):
        object.__setattr__(self, "_factory", factory)
        object.__setattr__(self, "_target", None)
    def _get(self):
        if object.__getattribute__(self, "_target") is None:
            print("building target")
            object.__setattr__(self, "_target", object.__getattribute__(self, "_factory")())
        return object.__getattribute__(self, "_target")
    def __getattr__(self, name):
        return getattr(self._get(), name)
    def __setattr__(self, name, value):
        setattr(self._get(), name, value)
class Target:
    def __init__(self):
        self.value = 10
    def double(self):
        return self.value * 2
lz = Lazy(Target)
print("created")
print(lz.value, lz.double())
lz.value = 21
print(lz.double())

# __getattribute__ also intercepts method lookups, but not implicit special-method lookups.
class Intercept:
    def __getattribute__(self, name):
        print("getattribute", name)
        return object.__getattribute__(self, name)
    def __len__(self):
        return 3
    def m(self):
        return "m"
i = Intercept()
print(len(i), i.m())
