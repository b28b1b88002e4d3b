# __new__ and __init__ argument rules: "X() takes no arguments", object.__init__/__new__ excess
# arguments, overriding one but not the other, __new__ returning other types, and type() forms.
class Empty:
    pass
for args, kwargs in [((1,), {}), ((), {"a": 1}), ((1, 2), {"b": 3})]:
    try:
        Empty(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)

class OnlyInit:
    def __init__(self, x):
        self.x = x
print(OnlyInit(5).x)
try:
    OnlyInit()
except TypeError as e:
    print("TypeError:", e)
try:
    OnlyInit(1, 2)
except TypeError as e:
    print("TypeError:", e)

class OnlyNew:
    def __new__(cls, *args):
        inst = super().__new__(cls)
        inst.args = args
        return inst
print(OnlyNew(1, 2).args)

class PassesArgsUp:
    def __init__(self, x):
        super().__init__(x)
try:
    PassesArgsUp(1)
except TypeError as e:
    print("TypeError:", e)
class NewPassesArgsUp:
    def __new__(cls, x):
        return super().__new__(cls, x)
try:
    NewPassesArgsUp(1)
except TypeError as e:
    print("TypeError:", e)
# When both are overridden, object.__new__ still rejects extra args...
class BothOverridden:
    def __new__(cls, *a):
        return object.__new__(cls, *a)
    def __init__(self, *a):
        pass
try:
    BothOverridden(1)
except TypeError as e:
    print("TypeError:", e)
# ... but object.__new__ tolerates them when only __init__ is overridden.
class InitOnly:
    def __init__(self, *a):
        self.a = a
print(object.__new__(InitOnly, 1, 2).__class__.__name__)
try:
    object.__init__(InitOnly(), 1)
except TypeError as e:
    print("TypeError:", e)
try:
    object.__new__(5)
except TypeError as e:
    print("TypeError:", e)
try:
    object.__new__(int)
except TypeError as e:
    print("TypeError:", e)
try:
    object.__new__()
except TypeError as e:
    print("TypeError:", e)

# __init__ must return None.
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)

# __new__ returning an instance of another class skips __init__; a subclass instance runs it.
class Base:
    def __init__(self, *a):
        print("Base.__init__", type(self).__name__, a)
class Factory(Base):
    def __new__(cls, kind):
        if kind == "sub":
            return object.__new__(Special)
        if kind == "other":
            return "a string"
        return object.__new__(cls)
class Special(Factory):
    pass
print(type(Factory("sub")).__name__, Factory("other"), type(Factory("self")).__name__)

# type() with one and three arguments.
print(type(1), type("s"), type(None), type(type), type(Empty()))
Dyn = type("Dyn", (Empty,), {"x": 1, "hello": lambda self: "hi " + type(self).__name__})
d = Dyn()
print(Dyn.__name__, Dyn.__qualname__, Dyn.__module__, Dyn.__bases__, d.x, d.hello())
print(type("NoBases", (), {}).__bases__)
for bad in [(), (1, 2), ("A", (), {}, 1)]:
    try:
        type(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    type("A", (1,), {})
except TypeError as e:
    print("TypeError:", e)
try:
    type("A\0B", (), {})
except ValueError as e:
    print("ValueError:", e)
Q = type("Q", (), {"__qualname__": "Outer.Q", "__module__": "mymod", "__doc__": "docs"})
print(Q.__qualname__, Q.__module__, Q.__doc__, "__qualname__" in Q.__dict__)
try:
    type("Q", (), {"__qualname__": 5})
except TypeError as e:
    print("TypeError:", e)

# Builtin types are not instantiable in certain ways.
for t in (type(None), type(NotImplemented), type(...)):
    try:
        print(repr(t()))
    except TypeError as e:
        print("TypeError:", e)
for t in (type(len), type(iter([])), type(Empty.__dict__)):
    try:
        t()
    except TypeError as e:
        print("TypeError:", e)
