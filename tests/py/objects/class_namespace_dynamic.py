# Dynamic namespaces: attribute access backed by dicts (__getattr__/__setattr__/__delattr__), nested
# dotted configuration objects, __dir__ listing dynamic names, __contains__/__iter__/__len__ on the
# namespace, and __eq__/__repr__ for value semantics.
class Namespace:
    def __init__(self, mapping=None, **kwargs):
        object.__setattr__(self, "_data", {})
        for k, v in {**(mapping or {}), **kwargs}.items():
            setattr(self, k, v)
    def __getattr__(self, name):
        try:
            return self._data[name]
        except KeyError:
            raise AttributeError(f"no setting {name!r}") from None
    def __setattr__(self, name, value):
        if isinstance(value, dict):
            value = Namespace(value)
        self._data[name] = value
    def __delattr__(self, name):
        try:
            del self._data[name]
        except KeyError:
            raise AttributeError(name) from None
    def __dir__(self):
        return sorted(self._data) + ["to_dict"]
    def __contains__(self, name):
        return name in self._data
    def __iter__(self):
        return iter(self._data)
    def __len__(self):
        return len(self._data)
    def __eq__(self, other):
        return isinstance(other, Namespace) and self.to_dict() == other.to_dict()
    def __repr__(self):
        return "Namespace(" + ", ".join(f"{k}={v!r}" for k, v in self._data.items()) + ")"
    def to_dict(self):
        return {k: v.to_dict() if isinstance(v, Namespace) else v for k, v in self._data.items()}
    def get_path(self, dotted, default=None):
        node = self
        for part in dotted.split("."):
            if not isinstance(node, Namespace) or part not in node:
                return default
            node = getattr(node, part)
        return node

cfg = Namespace({"db": {"host": "localhost", "port": 5432}, "debug": False}, name="app")
print(cfg.db.host, cfg.db.port, cfg.debug, cfg.name, len(cfg), list(cfg))
print(dir(cfg), "db" in cfg, "nope" in cfg)
cfg.db.port = 6543
cfg.cache = {"ttl": 30}
print(cfg.get_path("db.port"), cfg.get_path("cache.ttl"), cfg.get_path("cache.size", "n/a"), cfg.get_path("debug.x", "leaf"))
del cfg.debug
print(cfg.to_dict())
for action in (lambda: cfg.debug, lambda: delattr(cfg, "debug")):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
print(cfg == Namespace(cfg.to_dict()), cfg == cfg.to_dict(), repr(Namespace(a=1)))
print(hasattr(cfg, "db"), getattr(cfg, "missing", 0), vars(cfg).keys())

# __getattr__ is not consulted for special methods looked up on the type.
class Dynamic:
    def __getattr__(self, name):
        return lambda *a: f"dynamic {name}"
d = Dynamic()
print(d.anything(), d.__len__())
try:
    len(d)
except TypeError as e:
    print("TypeError:", e)
try:
    d + 1
except TypeError as e:
    print("TypeError:", e)
