# A finalizer that resurrects its object: the cycle is not freed, __del__ never runs twice,
# and the object is collected for good once it is dropped again.
import gc

saved = []

class Phoenix:
    def __init__(self, name):
        self.name = name
        self.me = self
    def __del__(self):
        print("__del__", self.name)
        saved.append(self)

gc.collect()
p = Phoenix("p")
del p
print("first collect:", gc.collect())
print("resurrected:", [o.name for o in saved], gc.is_finalized(saved[0]))
q = saved.pop()
del q
print("second collect:", gc.collect())
print("saved:", saved)
