# An enum implemented with a metaclass: members created from the class body, __iter__/__len__/
# __contains__/__getitem__ on the class, __call__ for lookup by value, singletons, __new__ blocked
# after creation, __repr__/__str__/__format__ and __hash__ on members.
class EnumMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return {}
    def __new__(mcls, name, bases, ns):
        members = {k: v for k, v in ns.items() if not k.startswith("_") and not callable(v)}
        for k in members:
            del ns[k]
        cls = super().__new__(mcls, name, bases, ns)
        cls._members = {}
        cls._by_value = {}
        for key, value in members.items():
            member = object.__new__(cls)
            member.name = key
            member.value = value
            cls._members[key] = member
            cls._by_value.setdefault(value, member)
            type.__setattr__(cls, key, member)
        return cls
    def __iter__(cls):
        return iter(cls._members.values())
    def __len__(cls):
        return len(cls._members)
    def __contains__(cls, item):
        return isinstance(item, cls) and item.name in cls._members
    def __getitem__(cls, name):
        return cls._members[name]
    def __call__(cls, value):
        try:
            return cls._by_value[value]
        except KeyError:
            raise ValueError(f"{value!r} is not a valid {cls.__name__}") from None
    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("_members", {}):
            raise AttributeError(f"cannot reassign member {name!r}")
        super().__setattr__(name, value)
    def __repr__(cls):
        return f"<enum {cls.__name__!r}>"

class Enum(metaclass=EnumMeta):
    def __repr__(self):
        return f"<{type(self).__name__}.{self.name}: {self.value!r}>"
    def __str__(self):
        return f"{type(self).__name__}.{self.name}"
    def __format__(self, spec):
        return format(str(self), spec)
    def __hash__(self):
        return hash(self.name)
    def __reduce__(self):
        return (type(self), (self.value,))

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    def describe(self):
        return f"{self.name.lower()} has value {self.value}"

print(Color, len(Color), list(Color))
print(Color.RED, repr(Color.GREEN), Color["BLUE"], Color(2), Color(1) is Color.RED, Color.CRIMSON)
print(Color.RED in Color, 1 in Color, f"[{Color.BLUE:>12}]", Color.GREEN.describe())
print({Color.RED: "stop", Color.GREEN: "go"}[Color(1)], Color.RED == Color.RED, Color.RED != Color.BLUE)
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError:", e)
print(Color.RED.__reduce__(), isinstance(Color.RED, Color), type(Color).__name__)

class Weekday(Enum):
    MON = 1
    TUE = 2
    WED = 3
    def is_weekend(self):
        return False
print([d.name for d in Weekday], Weekday(3).is_weekend(), Weekday.MON in Color)
