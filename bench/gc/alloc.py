# Allocation-heavy throughput with the collector enabled or disabled (sys.argv[2] == 'off'):
# short-lived containers and instances, a few of them in cycles. Prints "time_s <t> checksum <c>".
import gc
import sys
import time

n = int(sys.argv[1]) if len(sys.argv) > 1 else 200000
if len(sys.argv) > 2 and sys.argv[2] == 'off':
    gc.disable()


class Pair:
    def __init__(self, a, b):
        self.a = a
        self.b = b


t = time.perf_counter()
total = 0
keep = []
for i in range(n):
    p = Pair([i, i + 1], {'i': i})
    if i % 100 == 0:
        p.self = p                      # a cycle only the collector frees
    total += p.a[1] + p.b['i']
    if i % 1000 == 0:
        keep.append(p)
dt = time.perf_counter() - t
print('time_s', round(dt, 4), 'checksum', total + len(keep))
