# Generation 0's count (gc.get_count()[0]) as instances get attributes: CPython 3.12 keeps an
# instance's attributes as inline values, so only the instance counts; its __dict__ is made (and
# counted, unless a dead dict is reused from the free list) when it is asked for. Dicts themselves
# come from a free list of up to 80 dead dicts, which are reused without counting.
# immortal-test: no-gc-stress
import gc


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def delta(f):
    gc.collect()
    before = gc.get_count()[0]
    r = f()
    return gc.get_count()[0] - before, r


gc.disable()
n, ps = delta(lambda: [P(i, i) for i in range(50)])
print("50 instances with attributes:", n)
n, ds = delta(lambda: [p.__dict__ for p in ps[:10]])
print("10 __dict__ handed out:", n, ds[3])
n, _ = delta(lambda: [vars(p) for p in ps[10:20]])
print("10 vars():", n)
del ds
n, _ = delta(lambda: [dict(a=1) for _ in range(5)])
print("5 dicts (free list warm):", n)
n, keep = delta(lambda: [{} for _ in range(120)])
print("120 dicts kept:", n)
del keep
n, keep = delta(lambda: [{} for _ in range(120)])
print("120 dicts again:", n)
del keep, ps
n, _ = delta(lambda: [P(i, -i).x for i in range(30)])
print("30 short-lived instances:", n)
gc.enable()
print(gc.isenabled())
