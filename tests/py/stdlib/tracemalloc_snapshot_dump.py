# Snapshot.dump / Snapshot.load round trip through a temporary file (pickle), pickling the other
# tracemalloc objects directly, and a snapshot written by hand loading into the same statistics.
import os
import pickle
import tempfile
import tracemalloc


def build(n):
    return [('item-%d' % i).encode() * 10 for i in range(n)]


tracemalloc.start(2)
data = build(400)
snapshot = tracemalloc.take_snapshot()
tracemalloc.stop()

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, 'snap.pickle')
    snapshot.dump(path)
    print('file written:', os.path.getsize(path) > 1000)
    loaded = tracemalloc.Snapshot.load(path)

print(type(loaded).__name__, loaded.traceback_limit, len(loaded.traces) == len(snapshot.traces))
print('traces equal:', loaded.traces == snapshot.traces)
print('same statistics:', loaded.statistics('traceback') == snapshot.statistics('traceback'))
print('same top line:', loaded.statistics('lineno')[0] == snapshot.statistics('lineno')[0])
print('nothing changed:', all(d.size_diff == 0 and d.count_diff == 0 for d in loaded.compare_to(snapshot, 'lineno')))
trace = loaded.traces[0]
print('trace types:', type(trace).__name__, type(trace.traceback).__name__, type(trace.traceback[0]).__name__)

tb = tracemalloc.Traceback((('b.py', 2), ('a.py', 1)), 5)
for obj in [tracemalloc.Frame(('a.py', 1)), tb,
            tracemalloc.Statistic(tb, 100, 2), tracemalloc.StatisticDiff(tb, 100, -20, 2, -1),
            tracemalloc.Trace((0, 64, (('a.py', 1),), 1))]:
    for proto in (2, 4, pickle.HIGHEST_PROTOCOL):
        copy = pickle.loads(pickle.dumps(obj, proto))
        assert copy == obj, (obj, proto)
    print('pickled:', repr(copy))
print(pickle.loads(pickle.dumps(tb)).total_nframe)

made = tracemalloc.Snapshot([(0, 512, (('x.py', 3),), 1), (0, 256, (('x.py', 3),), 1), (0, 128, (('y.py', 8),), 1)], 1)
with tempfile.NamedTemporaryFile(suffix='.pickle', delete=False) as f:
    name = f.name
try:
    made.dump(name)
    again = tracemalloc.Snapshot.load(name)
finally:
    os.unlink(name)
for stat in again.statistics('filename'):
    print(stat)
print(repr(again.traces), again.traces[2])

# The same snapshot pickled by CPython 3.12 (protocol 4): ours writes these bytes too, and reads them.
made = tracemalloc.Snapshot([(0, 512, (('x.py', 3),), 1), (0, 256, (('x.py', 3),), 1),
                             (0, 128, (('y.py', 8), ('z.py', 1)), 2)], 2)
CPYTHON_PICKLE = (
    b'\x80\x04\x95\xa8\x00\x00\x00\x00\x00\x00\x00\x8c\x0btracemalloc\x94\x8c\x08Snapshot\x94\x93\x94)\x81'
    b'\x94}\x94(\x8c\x06traces\x94h\x00\x8c\x07_Traces\x94\x93\x94)\x81\x94}\x94\x8c\x07_trace'
    b's\x94]\x94((K\x00M\x00\x02\x8c\x04x.py\x94K\x03\x86\x94\x85\x94K\x01t\x94(K\x00M\x00\x01h\x0eK\x01t\x94'
    b'(K\x00K\x80\x8c\x04y.py\x94K\x08\x86\x94\x8c\x04z.py\x94K\x01\x86\x94\x86\x94K\x02t\x94esb\x8c\x0ftr'
    b'aceback_limit\x94K\x02ub.'
)
print('same bytes as CPython:', pickle.dumps(made, 4) == CPYTHON_PICKLE)
from_cpython = pickle.loads(CPYTHON_PICKLE)
print(from_cpython.traceback_limit, from_cpython.traces == made.traces)
for stat in from_cpython.statistics('traceback'):
    print(stat.traceback.format(), stat.size, stat.count)
