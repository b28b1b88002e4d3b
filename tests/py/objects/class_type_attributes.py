# Type attributes: __name__/__qualname__/__module__ (settable), __doc__, __dict__ (a read-only
# mappingproxy), __mro__, __bases__, __base__, __subclasses__(), __annotations__, __class__ of types,
# vars()/dir() ordering, and instance __class__ assignment with CPython's layout checks.
class Outer:
    "Outer docs."
    x: int = 1
    y: "str"
    class Inner:
        def method(self):
            pass
print(Outer.__name__, Outer.__qualname__, Outer.Inner.__qualname__, Outer.Inner.method.__qualname__)
print(Outer.__module__, Outer.__doc__, Outer.Inner.__doc__, Outer.__annotations__)
Outer.__name__ = "Renamed"
Outer.__qualname__ = "Some.Path"
print(Outer.__name__, Outer.__qualname__, repr(Outer).replace("__main__.", ""))
for bad in [("__name__", 5), ("__qualname__", None), ("__name__", "a\0b")]:
    try:
        setattr(Outer, *bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
for attr in ("__name__", "__qualname__", "__module__", "__doc__"):
    try:
        setattr(int, attr, "x")
    except TypeError as e:
        print("TypeError:", e)
try:
    del Outer.__name__
except TypeError as e:
    print("TypeError:", e)
Outer.__module__ = "elsewhere"
print(Outer.__module__)
Outer.__doc__ = "new doc"
print(Outer.__doc__)

class A:
    attr = 1
    def meth(self):
        pass
d = A.__dict__
print(type(d).__name__, d["attr"], "meth" in d, sorted(k for k in d))
try:
    d["attr"] = 2
except TypeError as e:
    print("TypeError:", e)
try:
    A.__dict__ = {}
except (AttributeError, TypeError) as e:
    print(type(e).__name__ + ":", e)
print(len(d) >= 4, d.get("missing", "dflt"), list(d.keys())[:2])

class B(A): pass
class C(A): pass
class D(B, C): pass
print([c.__name__ for c in A.__subclasses__()], [c.__name__ for c in B.__subclasses__()])
print(D.__base__.__name__, [c.__name__ for c in D.__bases__], type(D.__mro__).__name__)
print(type(A).__name__, type(type).__name__, A.__class__.__name__)
print(int.__base__.__name__, bool.__base__.__name__, object.__base__)
print(sorted(c.__name__ for c in int.__subclasses__() if c.__module__ == "builtins"))

# vars() and dir().
class Point:
    dims = 2
    def __init__(self, x, y):
        self.y = y
        self.x = x
    def norm(self):
        return abs(self.x) + abs(self.y)
p = Point(3, -4)
print(vars(p), list(vars(p)))
print([n for n in dir(p) if not n.startswith("__")])
print(dir(p) == sorted(dir(p)), "__init__" in dir(p), "__dict__" in dir(Point))
class CustomDir:
    def __dir__(self):
        return ["zeta", "alpha", "alpha"]
print(dir(CustomDir()))
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
print(vars(Point) is not None, "norm" in vars(Point))

# __class__ assignment.
class Cat:
    def speak(self): return "meow"
class Dog:
    def speak(self): return "woof"
pet = Cat()
pet.__class__ = Dog
print(pet.speak(), type(pet).__name__)
class Slotted:
    __slots__ = ("a",)
class OtherSlotted:
    __slots__ = ("b",)
class SameSlots:
    __slots__ = ("a",)
s = Slotted()
for target in (Dog, OtherSlotted, SameSlots, int):
    try:
        s.__class__ = target
        print("assigned", target.__name__)
    except TypeError as e:
        print("TypeError:", e)
try:
    pet.__class__ = 5
except TypeError as e:
    print("TypeError:", e)
try:
    (1).__class__ = bool
except TypeError as e:
    print("TypeError:", e)
class MyList(list): pass
class MyList2(list): pass
ml = MyList([1])
ml.__class__ = MyList2
print(type(ml).__name__, ml)
try:
    ml.__class__ = list
except TypeError as e:
    print("TypeError:", e)
try:
    del pet.__class__
except TypeError as e:
    print("TypeError:", e)

# isinstance/issubclass with __instancecheck__ / __subclasscheck__ on a metaclass.
class Duck(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")
    def __subclasscheck__(cls, sub):
        return hasattr(sub, "quack")
class Quacker(metaclass=Duck): pass
class Robot:
    def quack(self): return "beep"
print(isinstance(Robot(), Quacker), isinstance(5, Quacker), issubclass(Robot, Quacker), issubclass(int, Quacker))
try:
    issubclass(5, int)
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(5, 5)
except TypeError as e:
    print("TypeError:", e)
print(isinstance(5, (str, (list, int))), issubclass(bool, (str, int)))
