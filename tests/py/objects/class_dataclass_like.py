# A class decorator that generates __init__, __repr__, __eq__, ordering and __hash__ from annotations
# (a small dataclass), built with closures and setattr, plus frozen instances via __setattr__.
MISSING = object()

def record(cls=None, *, frozen=False, order=False):
    def wrap(cls):
        fields = []
        for name, kind in cls.__dict__.get("__annotations__", {}).items():
            default = cls.__dict__.get(name, MISSING)
            fields.append((name, kind, default))
        seen_default = False
        for name, _, default in fields:
            if default is MISSING and seen_default:
                raise TypeError(f"non-default argument {name!r} follows default argument")
            seen_default = seen_default or default is not MISSING
        names = tuple(f[0] for f in fields)

        def __init__(self, *args, **kwargs):
            if len(args) > len(fields):
                raise TypeError(f"__init__() takes {len(fields) + 1} positional arguments but {len(args) + 1} were given")
            values = dict(zip(names, args))
            for k, v in kwargs.items():
                if k not in names:
                    raise TypeError(f"__init__() got an unexpected keyword argument {k!r}")
                if k in values:
                    raise TypeError(f"__init__() got multiple values for argument {k!r}")
                values[k] = v
            for name, kind, default in fields:
                if name not in values:
                    if default is MISSING:
                        raise TypeError(f"__init__() missing 1 required positional argument: {name!r}")
                    values[name] = default
                object.__setattr__(self, name, values[name])
            post = getattr(self, "__post_init__", None)
            if post is not None:
                post()

        def __repr__(self):
            inner = ", ".join(f"{n}={getattr(self, n)!r}" for n in names)
            return f"{type(self).__qualname__}({inner})"

        def astuple(self):
            return tuple(getattr(self, n) for n in names)

        def __eq__(self, other):
            if type(other) is not type(self):
                return NotImplemented
            return astuple(self) == astuple(other)

        cls.__init__ = __init__
        cls.__repr__ = __repr__
        cls.__eq__ = __eq__
        cls._fields = names
        if order:
            def make(op):
                def compare(self, other):
                    if type(other) is not type(self):
                        return NotImplemented
                    return op(astuple(self), astuple(other))
                return compare
            cls.__lt__ = make(lambda a, b: a < b)
            cls.__le__ = make(lambda a, b: a <= b)
            cls.__gt__ = make(lambda a, b: a > b)
            cls.__ge__ = make(lambda a, b: a >= b)
        if frozen:
            def __setattr__(self, name, value):
                raise AttributeError(f"cannot assign to field {name!r}")
            cls.__setattr__ = __setattr__
            cls.__delattr__ = lambda self, name: __setattr__(self, name, None)
            cls.__hash__ = lambda self: hash(astuple(self))
        else:
            cls.__hash__ = None
        return cls
    return wrap if cls is None else wrap(cls)

@record
class Item:
    name: str
    price: float
    qty: int = 1
    def total(self):
        return self.price * self.qty

@record(frozen=True, order=True)
class Point:
    x: int
    y: int = 0

@record
class Account:
    owner: str
    balance: int = 0
    def __post_init__(self):
        if self.balance < 0:
            raise ValueError("negative opening balance")

items = [Item("pen", 1.5, 4), Item("book", 12.0), Item(name="bag", price=30.0, qty=2)]
print(items, sum(i.total() for i in items), Item._fields)
print(Item("a", 1) == Item("a", 1), Item("a", 1) == Item("a", 2), Item.__hash__)
pts = sorted([Point(3, 1), Point(1, 2), Point(1, 1), Point(2)])
print(pts, Point(1, 1) < Point(1, 2), len({Point(1), Point(1, 0), Point(0, 1)}))
p = Point(5, 6)
for action in (lambda: setattr(p, "x", 1), lambda: delattr(p, "y")):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
for args, kwargs in [((), {}), (("x", 1, 2, 3), {}), (("x",), {"price": 1, "nope": 2}), (("x", 1), {"name": "y"})]:
    try:
        Item(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
try:
    Account("eve", -5)
except ValueError as e:
    print("ValueError:", e)
print(Account("bob"), Account("amy", 10).balance)
try:
    @record
    class Broken:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1) < Item("a", 1)
except TypeError as e:
    print("TypeError:", e)
