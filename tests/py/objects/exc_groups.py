# immortal-test: cycles
# ExceptionGroup and BaseExceptionGroup: constructor checks, automatic ExceptionGroup selection,
# message/exceptions, str/repr, split/subgroup with types, tuples and predicates, derive in
# subclasses, metadata copied to the parts, and nested groups.
eg = ExceptionGroup("many", [ValueError(1), TypeError("t"), ValueError(2)])
print(repr(eg), "|", str(eg), "|", eg.message, eg.exceptions, eg.args)
print(type(BaseExceptionGroup("m", [ValueError()])).__name__, type(BaseExceptionGroup("m", [KeyboardInterrupt()])).__name__)
for args in [("m", []), ("m", [1]), (1, [ValueError()]), ("m", ValueError()), ("m",), ("m", [KeyboardInterrupt()])]:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(str(ExceptionGroup("one", [ValueError()])))
print(issubclass(ExceptionGroup, Exception), issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(BaseExceptionGroup, Exception))

def shape(g, depth=0):
    if g is None:
        return "None"
    if isinstance(g, BaseExceptionGroup):
        return f"{type(g).__name__}({g.message!r}, [{', '.join(shape(x, depth + 1) for x in g.exceptions)}])"
    return repr(g)

nested = ExceptionGroup("outer", [
    ValueError("v1"),
    ExceptionGroup("inner", [TypeError("t1"), ValueError("v2")]),
    KeyError("k"),
])
match, rest = nested.split(ValueError)
print(shape(match))
print(shape(rest))
match, rest = nested.split((TypeError, KeyError))
print(shape(match), "||", shape(rest))
print(shape(nested.subgroup(lambda e: isinstance(e, LookupError))))
print(shape(nested.subgroup(OSError)), nested.subgroup(Exception) is nested)
m, r = nested.split(Exception)
print(m is nested, r)
print(shape(nested.split(lambda e: "2" in str(e))[0]))

# Metadata travels to the split parts.
nested.add_note("a note")
nested.__cause__ = RuntimeError("cause")
try:
    raise nested
except ExceptionGroup as caught:
    part = caught.subgroup(KeyError)
    print(part.__notes__, repr(part.__cause__), part.__traceback__ is caught.__traceback__)
    del caught, part

# derive() controls the type of the parts for subclasses.
class TaggedGroup(ExceptionGroup):
    def __new__(cls, message, excs, tag="none"):
        self = super().__new__(cls, message, excs)
        self.tag = tag
        return self
    def __init__(self, message, excs, tag="none"):
        super().__init__(message, excs)
    def derive(self, excs):
        return TaggedGroup(self.message, excs, tag=self.tag + "*")
tg = TaggedGroup("tagged", [ValueError(1), TypeError(2)], tag="t")
a, b = tg.split(ValueError)
print(type(a).__name__, a.tag, type(b).__name__, b.tag, tg.tag)
class PlainSub(ExceptionGroup):
    pass
a, b = PlainSub("p", [ValueError(), TypeError()]).split(ValueError)
print(type(a).__name__, type(b).__name__)

# except* end to end.
def handlers(group):
    log = []
    try:
        raise group
    except* ValueError as g:
        log.append(("ValueError", [str(e) for e in g.exceptions]))
    except* TypeError as g:
        log.append(("TypeError", [str(e) for e in g.exceptions]))
    return log
print(handlers(ExceptionGroup("x", [ValueError("a"), TypeError("b"), ValueError("c")])))
try:
    handlers(ExceptionGroup("y", [KeyError("left")]))
except ExceptionGroup as leftover:
    print("leftover:", shape(leftover))
try:
    try:
        raise ValueError("naked")
    except* ValueError as g:
        print("naked wrapped:", shape(g))
        raise
except ExceptionGroup as g:
    print("re-raised:", shape(g))
except ValueError as v:
    print("re-raised naked:", repr(v))

# Errors from split/subgroup arguments.
for bad in (5, "ValueError", (ValueError, 5)):
    try:
        nested.split(bad)
    except TypeError as e:
        print("TypeError:", e)
