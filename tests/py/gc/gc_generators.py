# Generators in cycles: the collector closes a suspended generator (its finally runs) before clearing.
import gc

def worker(box):
    try:
        while True:
            yield len(box)
    finally:
        print("worker closed")

gc.collect()
box = []
g = worker(box)
box.append(g)
print(next(g), next(g))
del g, box
print("collect:", gc.collect() > 0)

def selfish():
    me = yield "started"
    yield me

s = selfish()
print(next(s))
print(s.send(s) is s)
del s
print("self-holding generator:", gc.collect() > 0)
print(gc.collect())
