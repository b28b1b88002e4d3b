# Class-level behaviour from metaclasses: properties and methods on the metaclass (visible on the
# class, not on instances), per-class instance counting through the metaclass __call__, the order of
# __prepare__/__set_name__/__init_subclass__/metaclass __init__ during class creation, and class
# attribute assignment intercepted by the metaclass __setattr__.
events = []
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        events.append(f"prepare {name}")
        return {}
    def __new__(mcls, name, bases, ns, **kw):
        events.append(f"meta new {name}")
        cls = super().__new__(mcls, name, bases, ns, **kw)
        events.append(f"meta new done {name}")
        cls._count = 0
        return cls
    def __init__(cls, name, bases, ns, **kw):
        events.append(f"meta init {name}")
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        cls._count += 1
        return super().__call__(*args, **kwargs)
    @property
    def instances_created(cls):
        return cls._count
    def __setattr__(cls, name, value):
        events.append(f"class setattr {name}")
        super().__setattr__(name, value)

class Named:
    def __set_name__(self, owner, name):
        events.append(f"set_name {owner.__name__}.{name}")

class Base(metaclass=Meta):
    field = Named()
    def __init_subclass__(cls, **kw):
        events.append(f"init_subclass {cls.__name__} {kw}")
        super().__init_subclass__()

class Child(Base, flag=True):
    other = Named()

print("\n".join(events))
events.clear()
Base(); Child(); Child()
print(Base.instances_created, Child.instances_created, hasattr(Base(), "instances_created"))
Child.extra = 1
del Child.extra
print(events)
try:
    Base.instances_created = 5
except AttributeError as e:
    print("AttributeError:", e)
print(type(Base).__name__, type(Child).__name__, Meta.__mro__[1].__name__)
print("instances_created" in dir(Base), "instances_created" in dir(Base()))

# A metaclass providing class-level __getitem__ and __len__ (a registry of subclasses).
class Registry(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        if not hasattr(cls, "_registry"):
            cls._registry = {}
        else:
            cls._registry[ns.get("key", name.lower())] = cls
    def __getitem__(cls, key):
        return cls._registry[key]
    def __len__(cls):
        return len(cls._registry)
    def __iter__(cls):
        return iter(sorted(cls._registry))
class Codec(metaclass=Registry):
    pass
class Utf8(Codec):
    key = "utf-8"
class Latin1(Codec):
    pass
print(len(Codec), list(Codec), Codec["utf-8"].__name__, Codec["latin1"].__name__)
try:
    Codec["ebcdic"]
except KeyError as e:
    print("KeyError:", e)
