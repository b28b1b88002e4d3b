# Validation and change-notification built from descriptors and __set_name__: typed, ranged and
# choice fields, observers notified on change, per-instance storage through __dict__, class-level
# introspection of the fields, and inheritance of fields.
class Field:
    def __set_name__(self, owner, name):
        self.name = name
        owner.__fields__ = {**getattr(owner, "__fields__", {}), name: self}
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        try:
            return obj.__dict__[self.name]
        except KeyError:
            raise AttributeError(f"{type(obj).__name__}.{self.name} is not set") from None
    def __set__(self, obj, value):
        value = self.validate(value)
        old = obj.__dict__.get(self.name, None)
        obj.__dict__[self.name] = value
        for callback in getattr(obj, "_observers", ()):
            callback(self.name, old, value)
    def __delete__(self, obj):
        raise AttributeError(f"cannot delete field {self.name!r}")
    def validate(self, value):
        return value

class Typed(Field):
    def __init__(self, kind):
        self.kind = kind
    def validate(self, value):
        if not isinstance(value, self.kind):
            kinds = self.kind if isinstance(self.kind, tuple) else (self.kind,)
            expected = " or ".join(k.__name__ for k in kinds)
            raise TypeError(f"{self.name}: expected {expected}, got {type(value).__name__}")
        return value

class Ranged(Typed):
    def __init__(self, lo, hi):
        super().__init__((int, float))
        self.lo, self.hi = lo, hi
    def validate(self, value):
        value = super().validate(value)
        if not self.lo <= value <= self.hi:
            raise ValueError(f"{self.name}: {value} not in [{self.lo}, {self.hi}]")
        return value

class Choice(Field):
    def __init__(self, *options):
        self.options = options
    def validate(self, value):
        if value not in self.options:
            raise ValueError(f"{self.name}: {value!r} not one of {self.options}")
        return value

class Observable:
    def __init__(self, **values):
        self._observers = []
        for k, v in values.items():
            setattr(self, k, v)
    def subscribe(self, fn):
        self._observers.append(fn)

class Sensor(Observable):
    label = Typed(str)
    reading = Ranged(-40, 125)
    unit = Choice("C", "F")

class PrecisionSensor(Sensor):
    precision = Ranged(0, 5)

print(list(Sensor.__fields__), list(PrecisionSensor.__fields__))
s = Sensor(label="boiler", reading=20.5, unit="C")
log = []
s.subscribe(lambda name, old, new: log.append(f"{name}: {old} -> {new}"))
s.reading = 80
s.unit = "F"
print(log, s.reading, s.unit)
for field, value in (("reading", 500), ("reading", "hot"), ("unit", "K"), ("label", 3)):
    try:
        setattr(s, field, value)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    del s.label
except AttributeError as e:
    print("AttributeError:", e)
p = PrecisionSensor(label="lab")
try:
    p.reading
except AttributeError as e:
    print("AttributeError:", e)
p.precision = 3
print(p.precision, vars(p).keys() - {"_observers"}, type(PrecisionSensor.precision).__name__)
print(isinstance(Sensor.__dict__["reading"], Typed), Sensor.reading.lo, Sensor.unit.options)
