# Subclassing builtin types: immutable values built in __new__ (int, str, tuple, float, bytes),
# a namedtuple-like record from tuple, list/dict subclasses overriding methods (and which builtin
# operations bypass the overrides), and operators returning the base type.
class Celsius(float):
    def __new__(cls, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        return super().__new__(cls, value)
    def __repr__(self):
        return f"{float(self):.1f}°C"
    def to_f(self):
        return Celsius.__new__(Fahrenheit, self * 9 / 5 + 32)
class Fahrenheit(Celsius):
    def __repr__(self):
        return f"{float(self):.1f}°F"
t = Celsius(21.5)
print(t, t + 1, type(t + 1).__name__, t.to_f(), isinstance(t, float), t == 21.5, hash(t) == hash(21.5))
try:
    Celsius(-300)
except ValueError as e:
    print("ValueError:", e)

class Flags(int):
    NAMES = ("read", "write", "exec")
    def __new__(cls, *names):
        value = 0
        for n in names:
            value |= 1 << cls.NAMES.index(n)
        return super().__new__(cls, value)
    def __repr__(self):
        return "Flags(" + ", ".join(n for i, n in enumerate(self.NAMES) if self & (1 << i)) + ")"
    def __or__(self, other):
        return Flags(*(n for i, n in enumerate(self.NAMES) if (int(self) | int(other)) & (1 << i)))
rw = Flags("read", "write")
print(rw, int(rw), rw | Flags("exec"), rw + 1, type(rw + 1).__name__, rw == 3, [0, 1, 2, 3][rw])

class Tag(str):
    def __new__(cls, text):
        return super().__new__(cls, text.strip().lower())
    @property
    def slug(self):
        return self.replace(" ", "-")
tg = Tag("  Hello World ")
print(repr(tg), tg.slug, tg.upper(), type(tg.upper()).__name__, tg == "hello world", {tg: 1}["hello world"], len(tg))

class Record(tuple):
    __slots__ = ()
    _fields = ("name", "age")
    def __new__(cls, name, age):
        return super().__new__(cls, (name, age))
    name = property(lambda self: self[0])
    age = property(lambda self: self[1])
    def __repr__(self):
        return f"Record(name={self.name!r}, age={self.age!r})"
    def _replace(self, **kw):
        return Record(*(kw.get(f, v) for f, v in zip(self._fields, self)))
r = Record("ann", 30)
name, age = r
print(r, name, age, r._replace(age=31), r[0], len(r), r + ("x",), r == ("ann", 30), hasattr(r, "__dict__"))

class Blob(bytes):
    def hexdump(self):
        return " ".join(f"{b:02x}" for b in self)
print(Blob(b"\x01\xffA").hexdump(), Blob(b"ab") + b"c", type(Blob(b"ab")[0:1]).__name__)

# list/dict subclasses: some builtin paths skip the Python overrides, as in CPython.
class LoudList(list):
    def append(self, x):
        print("append", x)
        super().append(x)
    def __getitem__(self, i):
        return ("item", super().__getitem__(i))
    def __len__(self):
        return 99
ll = LoudList([1, 2])
ll.append(3)
ll += [4]
print(ll[0], len(ll), list(ll), sorted(ll, reverse=True), [x for x in ll][:2], sum(ll))

class LowerDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
d = LowerDict()
d["KEY"] = 1
print(d, d["Key"], d.get("key"), "KEY" in d)
d2 = LowerDict(A=1)
d2.update(B=2)
print(d2, dict(d2), {**d2}, LowerDict.fromkeys("XY", 0))
print(type(LowerDict(a=1) | {"b": 2}).__name__, type(LoudList([1]) + [2]).__name__, type(LoudList([1]) * 2).__name__)
