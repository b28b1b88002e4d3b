# Virtual subclassing without the abc module: a metaclass with __instancecheck__/__subclasscheck__
# and a register() method, __subclasshook__-style structural checks, isinstance/issubclass with
# tuples and unions, and how these interact with ordinary inheritance.
class InterfaceMeta(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls._registry = set()
    def register(cls, sub):
        cls._registry.add(sub)
        return sub
    def __subclasscheck__(cls, sub):
        if not isinstance(sub, type):
            raise TypeError("issubclass() arg 1 must be a class")
        if type.__subclasscheck__(cls, sub):
            return True
        if any(issubclass(sub, r) for r in cls._registry):
            return True
        hook = cls.__dict__.get("__structural__")
        return bool(hook and all(any(m in k.__dict__ for k in sub.__mro__) for m in hook))
    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))

class Sized(metaclass=InterfaceMeta):
    __structural__ = ("__len__",)
class Closeable(metaclass=InterfaceMeta):
    pass

class File:
    def close(self):
        pass
class Buffer:
    def __len__(self):
        return 0
Closeable.register(File)
@Closeable.register
class Socket:
    pass
class SubFile(File):
    pass

print(issubclass(File, Closeable), issubclass(SubFile, Closeable), isinstance(Socket(), Closeable), issubclass(int, Closeable))
print(issubclass(Buffer, Sized), isinstance([], Sized), isinstance(5, Sized), issubclass(dict, Sized))
print(isinstance(Buffer(), (int, Sized)), issubclass(File, (Sized, Closeable)), isinstance(File(), Sized | Closeable))
class Direct(Closeable):
    pass
print(issubclass(Direct, Closeable), Closeable in Direct.__mro__, File in Closeable.__subclasses__())
try:
    issubclass(5, Sized)
except TypeError as e:
    print("TypeError:", e)

# __instancecheck__ can lie about exact types, but type() and __class__ tell the truth.
class Liar(type):
    def __instancecheck__(cls, obj):
        return True
class Anything(metaclass=Liar):
    pass
print(isinstance(3, Anything), isinstance(None, Anything), type(3) is Anything, issubclass(int, Anything))
# An object whose __class__ property lies is still checked by isinstance via __class__.
class Pretender:
    @property
    def __class__(self):
        return int
p = Pretender()
print(isinstance(p, int), type(p).__name__, isinstance(p, Pretender))

# Union types from |.
u = int | str
print(u, isinstance("s", u), isinstance(1.5, u), issubclass(bool, u), int | None)
