# Metaclasses: __prepare__, __new__, __init__, __call__, keyword arguments, metaclass conflicts,
# metaclass inheritance, and a state machine whose states are collected by its metaclass.
class Tracer(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, [b.__name__ for b in bases], kw)
        return {"prepared_by": mcls.__name__}
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith("__")), kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("init", name, kw)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        print("call", cls.__name__, args, kwargs)
        return super().__call__(*args, **kwargs)

class Thing(metaclass=Tracer, flavour="plain"):
    def __init__(self, v):
        self.v = v
print(Thing.prepared_by, type(Thing).__name__)
t = Thing(3)
print(t.v)
class SubThing(Thing):
    pass
print(type(SubThing).__name__)

# An ordered-namespace __prepare__ that records definition order.
class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        class Recorder(dict):
            def __init__(self):
                super().__init__()
                self.order = []
            def __setitem__(self, k, v):
                if not k.startswith("__"):
                    self.order.append(k)
                super().__setitem__(k, v)
        return Recorder()
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.field_order = ns.order
        return cls
class Record(metaclass=OrderedMeta):
    zeta = 1
    alpha = 2
    def mid(self): pass
    beta = 3
print(Record.field_order)

# Metaclass conflict.
class MetaA(type): pass
class MetaB(type): pass
class WithA(metaclass=MetaA): pass
class WithB(metaclass=MetaB): pass
try:
    class Both(WithA, WithB): pass
except TypeError as e:
    print("TypeError:", e)
class MetaAB(MetaA, MetaB): pass
class Both(WithA, WithB, metaclass=MetaAB): pass
print(type(Both).__name__)
# The most derived metaclass wins even when a less derived one is given.
class Derived(WithA, metaclass=type): pass
print(type(Derived).__name__)

# A plain function as metaclass.
def function_meta(name, bases, ns, **kw):
    print("function_meta", name, kw)
    ns["made_by"] = "function"
    return type(name, bases, ns)
class FromFunc(metaclass=function_meta, x=1):
    pass
print(FromFunc.made_by, type(FromFunc).__name__)

# A metaclass __call__ implementing singletons.
class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self):
        print("Config created")
print(Config() is Config())

# A state machine whose metaclass collects states and transitions.
class MachineMeta(type):
    def __new__(mcls, name, bases, ns):
        states = [k for k, v in ns.items() if isinstance(v, State)]
        for k in states:
            ns[k].name = k
        cls = super().__new__(mcls, name, bases, ns)
        cls.states = states
        return cls
    def __len__(cls):
        return len(cls.states)
    def __iter__(cls):
        return iter(cls.states)
    def __repr__(cls):
        return f"<machine {cls.__name__} with {len(cls)} states>"
class State:
    def __init__(self, initial=False, **transitions):
        self.initial = initial
        self.transitions = transitions
class Door(metaclass=MachineMeta):
    closed = State(initial=True, open="opened", lock="locked")
    opened = State(close="closed")
    locked = State(unlock="closed")
    def __init__(self):
        self.state = next(s for s in type(self).states if getattr(type(self), s).initial)
    def fire(self, event):
        target = getattr(type(self), self.state).transitions.get(event)
        if target is None:
            raise ValueError(f"cannot {event} when {self.state}")
        self.state = target
        return self
print(Door, len(Door), list(Door))
door = Door()
for ev in ["open", "close", "lock", "unlock", "open"]:
    print(ev, "->", door.fire(ev).state)
try:
    door.fire("lock")
except ValueError as e:
    print("ValueError:", e)

# type.__call__ skips __init__ when __new__ returns a non-instance.
class Odd:
    def __new__(cls, flag):
        return 42 if flag else super().__new__(cls)
    def __init__(self, flag):
        print("Odd.__init__ ran")
print(Odd(True), type(Odd(False)).__name__)

# Metaclass attributes are visible on the class but not on instances.
class WithMetaAttr(type):
    greeting = "hi from meta"
    def describe(cls):
        return f"class {cls.__name__}"
class Greeted(metaclass=WithMetaAttr): pass
print(Greeted.greeting, Greeted.describe(), hasattr(Greeted(), "greeting"))
print(isinstance(Greeted, WithMetaAttr), issubclass(WithMetaAttr, type))

# type.__new__ argument errors.
for args in [(), ("X",), ("X", (), {}, 1), (1, (), {}), ("X", [], {}), ("X", (), [])]:
    try:
        type.__new__(type, *args)
    except TypeError as e:
        print("TypeError:", e)
try:
    type("X", (), {}, extra=1)
except TypeError as e:
    print("TypeError:", e)
