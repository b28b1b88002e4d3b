# ExceptionGroup's __weakref__ slot: CPython creates ExceptionGroup as a class, so it has the
# __weakref__ descriptor and its subclasses inherit weak-reference support instead of adding their own
# slot; weak references to subclass instances work, die with the group and run their callbacks.
import gc
import weakref


class AppErrors(ExceptionGroup):
    pass


class Wrapped(AppErrors):
    def derive(self, excs):
        return Wrapped(self.message, excs)


print("__weakref__" in dir(ExceptionGroup), "__weakref__" in dir(BaseExceptionGroup))
print(type(ExceptionGroup.__dict__["__weakref__"]).__name__, ExceptionGroup.__weakref__.__doc__)
print(sorted(AppErrors.__dict__), sorted(Wrapped.__dict__))
print(ExceptionGroup.__weakrefoffset__ != 0, BaseExceptionGroup.__weakrefoffset__, ExceptionGroup.__module__)

log = []
g = AppErrors("batch", [ValueError(1), TypeError(2), KeyError(3)])
r = weakref.ref(g, lambda ref: log.append("collected"))
print(r() is g, g.__weakref__ is r, weakref.getweakrefcount(g), weakref.getweakrefs(g) == [r])
match, rest = g.split(ValueError)
print(type(match).__name__, match.exceptions, type(rest).__name__, rest.exceptions)
del g, match, rest
print(r(), log)

w = Wrapped("nested", [AppErrors("inner", [OSError("disk")]), ValueError("v")])
proxy = weakref.proxy(w)
print(proxy.message, len(proxy.exceptions), str(proxy))
sub = w.subgroup(OSError)
print(type(sub).__name__, sub.exceptions[0].exceptions, weakref.ref(sub)() is sub)
ids = weakref.WeakValueDictionary()
ids["w"] = w
print(list(ids), ids["w"] is w)
del w, sub
gc.collect()
print(list(ids))
try:
    proxy.message
except ReferenceError as e:
    print("ReferenceError", e)

try:
    raise Wrapped("raised", [KeyError("k"), ValueError("x")])
except* KeyError as eg:
    ref = weakref.ref(eg)
    print("caught", type(eg).__name__, ref() is eg, eg.exceptions)
except* ValueError as eg:
    print("caught", type(eg).__name__, eg.exceptions, eg.__weakref__ is None)

# ExceptionGroup itself (not only its subclasses) can be weakly referenced; its dict has __module__.
plain = ExceptionGroup("plain", [ValueError(0)])
rp = weakref.ref(plain)
print(rp() is plain, plain.__weakref__ is rp)
del plain
print(rp(), ExceptionGroup.__dict__["__module__"], sorted(ExceptionGroup.__dict__))
