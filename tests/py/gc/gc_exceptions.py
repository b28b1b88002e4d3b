# A stored exception references its traceback, whose frames reference the exception: a cycle.
import gc

def fail():
    raise ValueError("boom")

gc.collect()
def keep():
    try:
        fail()
    except ValueError as e:
        err = e
    return err

e = keep()
print(type(e).__name__, e.__traceback__ is not None)
del e
gc.collect()

class Holder:
    pass
h = Holder()
try:
    raise KeyError("k")
except KeyError as exc:
    h.exc = exc
    exc.holder = h
del h
print("exception <-> holder:", gc.collect() > 0)
print(gc.collect())
