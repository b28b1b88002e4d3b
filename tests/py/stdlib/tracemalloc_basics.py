# tracemalloc's switches and counters: start/stop, the traceback limit, traced memory and its peak,
# clear_traces, reset_peak, and the errors of bad arguments (CPython's messages).
import tracemalloc
import _tracemalloc

print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit(), tracemalloc.get_traced_memory())
print(tracemalloc.get_object_traceback([1, 2]), _tracemalloc._get_traces())

tracemalloc.start()
print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())
tracemalloc.start(7)  # already tracing: nothing changes, not even the limit
print(tracemalloc.get_traceback_limit())
print(tracemalloc.get_tracemalloc_memory() > 0)

before, _ = tracemalloc.get_traced_memory()
chunks = [bytes(4000 + i) for i in range(50)]
current, peak = tracemalloc.get_traced_memory()
print('grew by more than 200 KB:', current - before > 200_000, 'peak >= current:', peak >= current)

del chunks
after, peak2 = tracemalloc.get_traced_memory()
print('freed:', current - after > 200_000, 'peak kept:', peak2 >= current)
tracemalloc.reset_peak()
now, peak3 = tracemalloc.get_traced_memory()
print('peak reset near current:', 0 <= peak3 - now < 10_000)

big = bytearray(300_000)
del big
now2, peak4 = tracemalloc.get_traced_memory()
print('temporary seen in the peak:', peak4 - now2 > 290_000)

keep = [str(i) * 5 for i in range(100, 400)]
tb = tracemalloc.get_object_traceback(keep[-1])
print(type(tb).__name__, len(tb), tb.total_nframe)
first = tracemalloc.take_snapshot()
second = tracemalloc.take_snapshot()
# The first snapshot's list of traces was built untraced: only its small wrapper objects show up.
from_module = sum(s.size for s in second.statistics('filename') if s.traceback[0].filename == tracemalloc.__file__)
print('snapshots are not traced:', len(first.traces) > 300, from_module < 2000)
del first, second
tracemalloc.clear_traces()
print('after clear_traces:', tracemalloc.is_tracing(), tracemalloc.get_object_traceback(keep[-1]))
cur, pk = tracemalloc.get_traced_memory()
print('small after clear:', cur < 10_000, pk < 10_000)

tracemalloc.stop()
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory(), tracemalloc.get_traceback_limit())
print(tracemalloc.get_object_traceback(keep[0]), _tracemalloc._get_traces())
tracemalloc.stop()  # stopping twice is fine

tracemalloc.start(4)
print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())
tracemalloc.stop()
print('limit kept after stop:', tracemalloc.get_traceback_limit())


class Frames:
    def __index__(self):
        return 3


tracemalloc.start(Frames())
print(tracemalloc.get_traceback_limit())
tracemalloc.stop()
tracemalloc.start(True)
print(tracemalloc.get_traceback_limit())
tracemalloc.stop()

calls = [
    lambda: tracemalloc.start(0),
    lambda: tracemalloc.start(-5),
    lambda: tracemalloc.start(65536),
    lambda: tracemalloc.start(2 ** 70),
    lambda: tracemalloc.start('3'),
    lambda: tracemalloc.start(2.0),
    lambda: tracemalloc.start(1, 2),
    lambda: tracemalloc.start(nframe=2),
    lambda: tracemalloc.stop(1),
    lambda: tracemalloc.is_tracing(True),
    lambda: tracemalloc.clear_traces(all=True),
    lambda: tracemalloc.get_traced_memory(0),
    lambda: tracemalloc.take_snapshot(),
    lambda: tracemalloc.get_object_traceback(),
    lambda: _tracemalloc._get_object_traceback(),
    lambda: _tracemalloc._get_object_traceback(1, 2),
    lambda: _tracemalloc._get_traces(1),
]
for call in calls:
    try:
        call()
    except Exception as e:
        print(type(e).__name__ + ':', e)
print(tracemalloc.is_tracing())

tracemalloc.start(65535)
print(tracemalloc.get_traceback_limit())
tracemalloc.stop()
