# Notes and tracebacks as data: add_note while propagating, __notes__ lists shared or replaced,
# with_traceback to graft a traceback, tb_lineno/tb_next chains of raised exceptions, and
# re-raising a stored exception (its traceback grows).
def parse(record):
    key, value = record.split("=")
    return key, int(value)

def load(records):
    out = {}
    for i, rec in enumerate(records):
        try:
            k, v = parse(rec)
        except ValueError as e:
            e.add_note(f"while parsing record {i}: {rec!r}")
            raise
        out[k] = v
    return out

def load_all(files):
    try:
        return {name: load(recs) for name, recs in files.items()}
    except ValueError as e:
        e.add_note("in load_all")
        raise

try:
    load_all({"a.cfg": ["x=1", "y=2"], "b.cfg": ["z=3", "broken"]})
except ValueError as e:
    print(type(e).__name__, e, e.__notes__)

def depth(tb):
    lines = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    return lines

def thrower(n):
    if n == 0:
        raise KeyError("bottom")
    thrower(n - 1)

try:
    thrower(3)
except KeyError as e:
    first = depth(e.__traceback__)
    print(len(first), first[0] > 0, first[-1] == first[-2] - 3 or True)
    stored = e

try:
    raise stored
except KeyError as again:
    print(again is stored, len(depth(again.__traceback__)) == len(first) + 1)
stored = again = None

fresh = RuntimeError("grafted")
try:
    1 / 0
except ZeroDivisionError as z:
    tb = z.__traceback__
    print(fresh.with_traceback(tb).__traceback__ is tb, depth(tb) == depth(z.__traceback__))
    del tb, z
fresh = None

# __notes__ can be replaced by any list; add_note appends to whatever list is there.
e = Exception("n")
e.__notes__ = ["preset"]
e.add_note("added")
shared = e.__notes__
shared.append("via alias")
print(e.__notes__)
del e.__notes__
print(hasattr(e, "__notes__"))
e.add_note("fresh list")
print(e.__notes__, e.__notes__ is not shared)
try:
    del e.__notes__
    del e.__notes__
except AttributeError as err:
    print("AttributeError:", err)
