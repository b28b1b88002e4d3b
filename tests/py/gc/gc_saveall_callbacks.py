# gc.callbacks see each collection's start and stop; DEBUG_SAVEALL keeps garbage in gc.garbage.
import gc

events = []
def cb(phase, info):
    events.append((phase, info["generation"], info["collected"], info["uncollectable"]))

gc.collect()
gc.callbacks.append(cb)
l = []
l.append(l)
del l
gc.collect()
print(events)
gc.callbacks.remove(cb)

gc.set_debug(gc.DEBUG_SAVEALL)
m = [0]
m.append(m)
del m
print(gc.collect())
print(len(gc.garbage), type(gc.garbage[0]).__name__, gc.garbage[0][0])
gc.set_debug(0)
gc.garbage[0].clear()
gc.garbage.clear()
print(gc.collect())

def bad(phase, info):
    if phase == "stop":
        events.append("bad ran")
gc.callbacks.append(bad)
gc.collect()
gc.callbacks.clear()
print(events[-1])
