# Descriptors: __get__/__set__/__delete__/__set_name__, data vs non-data precedence, descriptors on
# classes and instances, and a small ORM-style field framework built from them.
class Verbose:
    def __set_name__(self, owner, name):
        print(f"__set_name__({owner.__name__}, {name!r})")
        self.name = name
    def __get__(self, obj, objtype=None):
        print(f"__get__(obj={'None' if obj is None else type(obj).__name__}, type={objtype.__name__})")
        return self if obj is None else obj.__dict__.get(self.name, "unset")
    def __set__(self, obj, value):
        print(f"__set__({value!r})")
        obj.__dict__[self.name] = value
    def __delete__(self, obj):
        print("__delete__")
        del obj.__dict__[self.name]

class Host:
    attr = Verbose()

h = Host()
print(h.attr)
h.attr = 5
print(h.attr)
del h.attr
print(h.attr)
print(type(Host.attr).__name__)
Host.__dict__["attr"].__get__(h, Host)

# Non-data descriptor: the instance dict wins.
class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"
class Holder:
    x = NonData()
o = Holder()
print(o.x)
o.__dict__["x"] = "from instance"
print(o.x)
# Data descriptor with only __set__ still wins over the instance dict.
class SetOnly:
    def __set__(self, obj, value):
        obj.__dict__["shadow"] = value
class Holder2:
    y = SetOnly()
h2 = Holder2()
h2.__dict__["y"] = "instance"
print(type(h2.y).__name__)
h2.y = 9
print(h2.shadow)

# Read-only data descriptor.
class ReadOnly:
    def __get__(self, obj, objtype=None):
        return 42
    def __set__(self, obj, value):
        raise AttributeError("read-only attribute")
class RO:
    v = ReadOnly()
r = RO()
try:
    r.v = 1
except AttributeError as e:
    print("AttributeError:", e)
print(r.v)
# No __delete__ on a data descriptor.
try:
    del r.v
except AttributeError as e:
    print("AttributeError:", e)

# __set_name__ is called for attributes assigned in the body only, in definition order.
class Late:
    pass
Late.d = Verbose()
print(hasattr(Late.__dict__["d"], "name"))

# __set_name__ errors are reported with a note.
class Broken:
    def __set_name__(self, owner, name):
        raise ValueError("nope")
try:
    class UsesBroken:
        b = Broken()
except ValueError as e:
    print("ValueError:", e, getattr(e, "__notes__", None))

# An ORM-like model.
class Field:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default
    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_" + name
        owner._fields = getattr(owner, "_fields", ()) + (name,)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        setattr(obj, self.private, value)

class Model:
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)
    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in self._fields)
        return f"{type(self).__name__}({inner})"

class User(Model):
    name = Field(str, "")
    age = Field(int, 0)
    email = Field(str)

u = User(name="ann", age=31)
print(u, User._fields)
try:
    u.age = "old"
except TypeError as e:
    print("TypeError:", e)
print(User.name.kind.__name__, User.__dict__["age"].default)

# Descriptors found on the metaclass apply to class attribute access.
class Meta(type):
    @property
    def shout(cls):
        return cls.__name__.upper()
class Loud(metaclass=Meta): pass
print(Loud.shout)
print(hasattr(Loud(), "shout"))

# Functions are descriptors.
def free(self, x):
    return (type(self).__name__, x)
class F: pass
bound = free.__get__(F(), F)
print(bound(3), free.__get__(None, F) is free)
