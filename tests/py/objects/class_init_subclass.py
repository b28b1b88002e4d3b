# __init_subclass__ (with keyword arguments from the class statement) and __class_getitem__: a plugin
# registry, validation at class-creation time, and generic-looking classes.
class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        cls.priority = priority
        Plugin.registry[cls.plugin_name] = cls
        print(f"registered {cls.plugin_name} (priority {priority})")

class CsvExporter(Plugin, name="csv", priority=2):
    def run(self, rows):
        return "\n".join(",".join(map(str, r)) for r in rows)

class JsonExporter(Plugin, priority=5):
    def run(self, rows):
        return repr([list(r) for r in rows])

class Special(CsvExporter, name="tsv"):
    def run(self, rows):
        return "\n".join("\t".join(map(str, r)) for r in rows)

rows = [(1, 2), (3, 4)]
for name, cls in sorted(Plugin.registry.items(), key=lambda kv: -kv[1].priority):
    print(name, cls.priority, repr(cls().run(rows)))

# Unknown keywords end in object.__init_subclass__.
try:
    class Bad(Plugin, colour="red"): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad2(colour="red"): pass
except TypeError as e:
    print("TypeError:", e)

# __init_subclass__ is an implicit classmethod; validation example.
class Shape:
    required = ("area",)
    def __init_subclass__(cls):
        missing = [m for m in cls.required if m not in cls.__dict__]
        if missing:
            raise TypeError(f"{cls.__name__} must define {', '.join(missing)}")
class Square(Shape):
    def area(self): return 4
try:
    class Blob(Shape): pass
except TypeError as e:
    print("TypeError:", e)
print(type(Shape.__dict__["__init_subclass__"]).__name__)

# __init_subclass__ is not called for the class defining it, only for subclasses (and grandchildren).
class Counter:
    count = 0
    def __init_subclass__(cls, **kw):
        Counter.count += 1
class C1(Counter): pass
class C2(C1): pass
class C3(C2, Counter): pass
print(Counter.count)

# __class_getitem__.
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item!r}]"
print(Box[int], Box["T"], type(Box.__dict__["__class_getitem__"]).__name__)
class SubBox(Box): pass
print(SubBox[str])
try:
    Box()[0]
except TypeError as e:
    print("TypeError:", e)
try:
    Plugin[int]
except TypeError as e:
    print("TypeError:", e)

# Builtin generics.
print(list[int], dict[str, list[int]], tuple[int, ...])
ga = list[int]
print(ga.__origin__, ga.__args__, ga([1, 2]), type(ga).__name__)

# __init_subclass__ with the metaclass keyword alongside.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted(kw))
        return super().__new__(mcls, name, bases, ns, **kw)
class Tagged(metaclass=Meta):
    def __init_subclass__(cls, tag="none", **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class T1(Tagged, tag="one"): pass
print(T1.tag)
