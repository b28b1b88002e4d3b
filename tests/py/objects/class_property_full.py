# property in full: getter/setter/deleter, the copying decorators, docstrings, __isabstractmethod__,
# error messages for missing setter/deleter, property subclasses and properties used via the class.
class Account:
    def __init__(self):
        self._balance = 0
    @property
    def balance(self):
        "The balance in cents."
        return self._balance
    @balance.setter
    def balance(self, v):
        if v < 0:
            raise ValueError("negative balance")
        self._balance = v
    @balance.deleter
    def balance(self):
        print("resetting")
        self._balance = 0

a = Account()
a.balance = 50
print(a.balance)
del a.balance
print(a.balance)
try:
    a.balance = -1
except ValueError as e:
    print("ValueError:", e)
p = Account.__dict__["balance"]
print(p.__doc__, p.fget.__name__, p.fset.__name__, p.fdel.__name__)
print(type(p).__name__, isinstance(p, property))

class ReadOnly:
    @property
    def x(self):
        return 1
r = ReadOnly()
for action in ("set", "del"):
    try:
        if action == "set":
            r.x = 2
        else:
            del r.x
    except AttributeError as e:
        print("AttributeError:", e)

class NoGetter:
    x = property(None, lambda self, v: None)
try:
    NoGetter().x
except AttributeError as e:
    print("AttributeError:", e)

# property() with keyword args and doc.
def getx(self): return "gx"
px = property(fget=getx, doc="explicit doc")
print(px.__doc__, px.fget is getx, px.fset, px.fdel)
def documented(self):
    "from the getter"
    return 0
print(property(documented).__doc__)
print(property().__doc__)
print(property(documented, doc=None).__doc__)

# getter/setter/deleter return new property objects.
base = property(getx)
p2 = base.setter(lambda s, v: None)
print(p2 is base, p2.fget is getx, base.fset is None, p2.fset is not None)

# __isabstractmethod__.
def abstract(f):
    f.__isabstractmethod__ = True
    return f
print(property(abstract(lambda s: 0)).__isabstractmethod__, property(getx).__isabstractmethod__)

# Subclass of property keeps its type through setter() and its doc handling.
class cached(property):
    "A property subclass."
cp = cached(getx)
cp2 = cp.setter(lambda s, v: None)
print(type(cp2).__name__, cp.__doc__)

# __set_name__ of property (3.12 does not have __name__ on property).
print(hasattr(property, "__set_name__"), hasattr(property(getx), "__name__"))

# Property access through the class returns the property.
print(type(Account.balance).__name__)

# A computed, cached pattern.
class Circle:
    def __init__(self, r):
        self.r = r
        self._area = None
    @property
    def area(self):
        if self._area is None:
            print("computing")
            self._area = 3 * self.r * self.r
        return self._area
c = Circle(2)
print(c.area, c.area)

# Errors from the getter propagate; AttributeError inside a getter triggers __getattr__.
class G:
    @property
    def bad(self):
        raise AttributeError("inner")
    def __getattr__(self, name):
        return "fallback " + name
print(G().bad)

try:
    property(1, 2, 3, 4, 5)
except TypeError as e:
    print("TypeError:", e)
