# classmethod and staticmethod objects: binding, __func__, __wrapped__, attributes copied from the
# function, calling through instances/classes/subclasses, alternate constructors, and chaining.
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        "Parse Y-M-D."
        y, m, d = map(int, s.split("-"))
        return cls(y, m, d)
    @staticmethod
    def is_leap(y):
        "Leap year test."
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"

class EuroDate(Date):
    pass

print(Date.from_string("2024-02-29"), EuroDate.from_string("2023-1-5"))
print(EuroDate(1, 1, 1).from_string("1-2-3"))
print(Date.is_leap(2000), Date(1, 1, 1).is_leap(1900))

cm = Date.__dict__["from_string"]
sm = Date.__dict__["is_leap"]
print(type(cm).__name__, type(sm).__name__)
print(cm.__func__.__name__, sm.__func__.__name__)
print(cm.__wrapped__ is cm.__func__, sm.__wrapped__ is sm.__func__)
print(cm.__doc__, sm.__doc__, cm.__name__, sm.__qualname__)
print(cm.__isabstractmethod__, sm.__isabstractmethod__)
b = Date.from_string
print(type(b).__name__, b.__self__ is Date, b.__func__ is cm.__func__)
print(callable(sm), sm(2024))

# classmethod.__get__ with and without owner.
print(cm.__get__(None, EuroDate).__self__.__name__)
print(cm.__get__(Date(1, 1, 1)).__self__.__name__)
print(sm.__get__(None, Date) is sm.__func__)

# Wrapping arbitrary callables.
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self, *args):
        self.n += 1
        return args
counter = Counter()
class UsesCallable:
    c = classmethod(counter)
    s = staticmethod(counter)
print(UsesCallable.c(1)[0].__name__, UsesCallable().s(2), counter.n)

# Attributes set on classmethod/staticmethod objects (they have a __dict__).
sm2 = staticmethod(len)
sm2.note = "n"
print(sm2.note, sorted(k for k in vars(sm2) if not k.startswith("__")))
print(repr(staticmethod(len)).startswith("<staticmethod("), repr(classmethod(len)).startswith("<classmethod("))

# Errors.
try:
    classmethod()
except TypeError as e:
    print("TypeError:", e)
try:
    staticmethod(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    classmethod(f=1)
except TypeError as e:
    print("TypeError:", e)
nc = classmethod(5)
class HasBad:
    m = nc
try:
    HasBad.m()
except TypeError as e:
    print("TypeError:", e)

# A registry of factories via classmethods in subclasses.
class Shape:
    kinds = {}
    @classmethod
    def register(cls, name):
        def deco(sub):
            cls.kinds[name] = sub
            return sub
        return deco
    @classmethod
    def make(cls, name, *args):
        return cls.kinds[name](*args)
@Shape.register("sq")
class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
@Shape.register("rect")
class Rect(Shape):
    def __init__(self, w, h): self.w, self.h = w, h
    def area(self): return self.w * self.h
print([Shape.make(*spec).area() for spec in [("sq", 3), ("rect", 2, 5)]])
