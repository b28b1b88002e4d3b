# Attributes of builtin exceptions: args, str/repr for 0/1/many args, with_traceback, __notes__ and
# add_note, __cause__/__context__/__suppress_context__, __traceback__, and the per-class extras
# (StopIteration.value, SystemExit.code, KeyError str, ImportError name/path, NameError.name,
# AttributeError name/obj).
def show(e):
    print(type(e).__name__, repr(e), "|", str(e), "|", e.args)

show(Exception())
show(Exception("one"))
show(Exception("a", 2))
show(ValueError(None))
show(KeyError("k"))
show(KeyError())
show(KeyError("a", "b"))
show(IndexError(3))
show(ArithmeticError("x", "y"))

e = Exception("msg")
e.args = ("changed", 1)
print(e, e.args)
e.args = [1]
print(e.args, type(e.args).__name__)
try:
    e.args = 5
except TypeError as err:
    print("TypeError:", err)
try:
    del e.args
except TypeError as err:
    print("TypeError:", err)

# Notes.
e = ValueError("bad value")
print(hasattr(e, "__notes__"))
e.add_note("first note")
e.add_note("second note")
print(e.__notes__)
try:
    e.add_note(42)
except TypeError as err:
    print("TypeError:", err)
e.__notes__ = "not a list"
try:
    e.add_note("x")
except TypeError as err:
    print("TypeError:", err)

# Chaining attributes.
e = RuntimeError("outer")
print(e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)
e.__cause__ = KeyError("inner")
print(repr(e.__cause__), e.__suppress_context__)
try:
    e.__cause__ = "nope"
except TypeError as err:
    print("TypeError:", err)
try:
    e.__context__ = 5
except TypeError as err:
    print("TypeError:", err)
e.__cause__ = None
e.__suppress_context__ = False
print(e.__cause__, e.__suppress_context__)

# with_traceback and __traceback__.
def boom():
    raise ValueError("boom")
try:
    boom()
except ValueError as err:
    tb = err.__traceback__
    print(type(tb).__name__, tb.tb_next.tb_lineno, tb.tb_next.tb_next)
    fresh = KeyError("k")
    print(fresh.with_traceback(tb) is fresh, fresh.__traceback__ is tb)
    fresh.with_traceback(None)
    print(fresh.__traceback__)
    try:
        fresh.__traceback__ = 1
    except TypeError as err2:
        print("TypeError:", err2)
    del tb, fresh, err

# StopIteration / StopAsyncIteration.
print(StopIteration().value, StopIteration(5).value, StopIteration(1, 2).value)
s = StopIteration(1)
s.value = 9
print(s.value, s.args)
def gen():
    return (yield 1) or "done"
g = gen()
next(g)
try:
    g.send(None)
except StopIteration as st:
    print("StopIteration value:", st.value)

# SystemExit.code.
print(SystemExit().code, SystemExit(3).code, SystemExit("bye").code, SystemExit(1, 2).code)

# ImportError / ModuleNotFoundError.
ie = ImportError("cannot import", name="mod", path="/x/mod.py")
print(ie.name, ie.path, ie.msg, ie.args, str(ie))
print(ImportError().msg, ImportError("a", "b").msg, repr(ImportError("m", name="n")))
try:
    ImportError("x", bogus=1)
except TypeError as err:
    print("TypeError:", err)
try:
    import no_such_module_anywhere
except ModuleNotFoundError as err:
    print(type(err).__name__, err.name, err.path, err)

# NameError.name and AttributeError name/obj.
try:
    undefined_name_here
except NameError as err:
    print(err.name, err)
print(NameError("x", name="y").name, NameError().name)
class Thing:
    pass
t = Thing()
try:
    t.missing
except AttributeError as err:
    print(err.name, err.obj is t, err)
ae = AttributeError("m", name="n", obj=1)
print(ae.name, ae.obj, ae.args)
try:
    NameError(obj=1)
except TypeError as err:
    print("TypeError:", err)

# Instances have a __dict__ and accept new attributes; BaseException.__new__ keeps args.
e = Exception("x")
e.detail = 42
print(e.detail, e.__dict__)
class Custom(Exception):
    def __init__(self, code):
        self.code = code
c = Custom(7)
print(c.args, c.code, str(c), repr(c))
class NoInit(Exception):
    def __new__(cls, *args):
        return super().__new__(cls, "fixed")
print(NoInit(1, 2).args)

# Exceptions compare by identity and hash by identity.
a, b = ValueError(1), ValueError(1)
print(a == b, a == a, len({a, b}))

# __reduce__ and __setstate__ basics.
r = ValueError("x", 1).__reduce__()
print(r[0].__name__, r[1])
e = KeyError("k")
e.extra = 1
print(e.__reduce__()[2])
e.__setstate__({"more": 2})
print(e.more)
