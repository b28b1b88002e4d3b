# Cooperative multiple inheritance with mixins: __init__ chains passing **kwargs along the MRO, a
# repr mixin, a comparable mixin built on a key, JSON-ish serialisation mixin, and method resolution
# through diamonds.
class Base:
    def __init__(self, **kwargs):
        if kwargs:
            raise TypeError(f"unexpected arguments: {sorted(kwargs)}")
        super().__init__()

class Named(Base):
    def __init__(self, *, name, **kwargs):
        self.name = name
        super().__init__(**kwargs)

class Timestamped(Base):
    def __init__(self, *, created=0, **kwargs):
        self.created = created
        super().__init__(**kwargs)

class Tagged(Base):
    def __init__(self, *, tags=(), **kwargs):
        self.tags = list(tags)
        super().__init__(**kwargs)

class ReprMixin:
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in sorted(vars(self).items()))
        return f"{type(self).__name__}({fields})"

class ComparableMixin:
    def _key(self):
        raise NotImplementedError
    def __eq__(self, other):
        return type(self) is type(other) and self._key() == other._key()
    def __lt__(self, other):
        return self._key() < other._key()
    def __hash__(self):
        return hash(self._key())

class SerializeMixin:
    def to_dict(self):
        out = {}
        for cls in reversed(type(self).__mro__):
            for name in getattr(cls, "__serialize__", ()):
                out[name] = getattr(self, name)
        return out

class Document(ReprMixin, ComparableMixin, SerializeMixin, Named, Timestamped, Tagged):
    __serialize__ = ("name", "created", "tags")
    def __init__(self, *, body="", **kwargs):
        self.body = body
        super().__init__(**kwargs)
    def _key(self):
        return (self.created, self.name)

print([c.__name__ for c in Document.__mro__])
d1 = Document(name="b", created=2, tags=["x"], body="hello")
d2 = Document(name="a", created=2)
d3 = Document(name="c", created=1, tags=("y", "z"))
print(d1)
print(sorted([d1, d2, d3]), d1 == Document(name="b", created=2), len({d1, d2, d3, d2}))
print(d3.to_dict())
try:
    Document(name="x", colour="red")
except TypeError as e:
    print("TypeError:", e)
try:
    Document(created=1)
except TypeError as e:
    print("TypeError:", e)

# Diamond: each method runs once, in MRO order.
class Root:
    def hello(self, out):
        out.append("Root")
class L(Root):
    def hello(self, out):
        out.append("L")
        super().hello(out)
class R(Root):
    def hello(self, out):
        out.append("R")
        super().hello(out)
class LR(L, R):
    def hello(self, out):
        out.append("LR")
        super().hello(out)
class RL(R, L):
    pass
for cls in (LR, RL):
    out = []
    cls().hello(out)
    print(cls.__name__, out, [c.__name__ for c in cls.__mro__])
try:
    type("Both", (LR, RL), {})
except TypeError as e:
    print("TypeError:", e)
