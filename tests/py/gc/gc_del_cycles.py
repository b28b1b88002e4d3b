# __del__ on objects in a cycle: each finalizer runs once (PEP 442), in a deterministic order, before the cycle is cleared.
import gc

log = []

class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        log.append(self.name)
        print("finalizing", self.name, "peer is", self.peer.name)

gc.collect()
a = Res("a"); b = Res("b"); c = Res("c")
a.peer = b; b.peer = c; c.peer = a
del a, b, c
print("collected:", gc.collect())
print(log)

x = Res("solo")
x.peer = x
print(gc.is_finalized(x))
del x
gc.collect()
print(log)
print("again:", gc.collect())
