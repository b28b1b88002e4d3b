# Collection pause: build a graph of N tracked objects (instances with __dict__, lists, dicts, tuples,
# some reference cycles), then time full gc.collect() calls. Prints "pause_ms <best> ... cpu_ms <best>".
# Three untimed collections come first: the graph is built with the collector disabled, so a JIT
# (Immortal on V8) has not compiled the collector yet; a running program has, after its first few
# automatic collections. The first pause is reported separately (first_ms). cpu_ms is the best
# process CPU time of the same collections: on a shared machine it leaves out the time the process
# waited for a core, which wall-clock pauses include.
import gc
import sys
import time

n = int(sys.argv[1]) if len(sys.argv) > 1 else 100000


class Node:
    def __init__(self, i):
        self.i = i
        self.children = []
        self.parent = None


gc.disable()
roots = []
for i in range(n // 5):
    a = Node(i)              # instance (+ its __dict__ in CPython 3.11-; inline values in 3.12)
    b = [a, i]               # list
    c = {'n': a, 'k': b}     # dict
    a.children.append(b)     # list owned by a
    if i % 10 == 0:
        a.parent = a         # a small cycle
    roots.append((a, c))     # tuple
t = time.perf_counter()
collected = gc.collect()
first = time.perf_counter() - t
gc.collect()
gc.collect()
best = best_cpu = None
for _ in range(5):
    t = time.perf_counter()
    c = time.process_time()
    collected += gc.collect()
    dc = time.process_time() - c
    dt = time.perf_counter() - t
    best = dt if best is None or dt < best else best
    best_cpu = dc if best_cpu is None or dc < best_cpu else best_cpu
print('pause_ms', round(best * 1000, 3), 'first_ms', round(first * 1000, 3), 'collected', collected,
      'tracked', len(gc.get_objects()), 'cpu_ms', round(best_cpu * 1000, 3))
