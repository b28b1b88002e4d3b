# tracemalloc's data classes built by hand (no tracing): Frame, Traceback, Trace, Statistic,
# StatisticDiff and a Snapshot of made-up traces, so every size, repr, str, ordering and grouping is exact.
import tracemalloc
from tracemalloc import Frame, Traceback, Trace, Statistic, StatisticDiff, Snapshot

f1 = Frame(('a.py', 10))
f2 = Frame(('a.py', 12))
f3 = Frame(('b.py', 3))
print(repr(f1), str(f1), f1.filename, f1.lineno)
print(f1 == Frame(('a.py', 10)), f1 != f2, f1 < f2, f2 > f1, f3 >= f2, f1 <= f1)
print(sorted([f3, f2, f1]))
print(hash(f1) == hash(Frame(('a.py', 10))), f1.__eq__(('a.py', 10)))

# Raw frames come most recent first; a Traceback lists them oldest first.
raw = (('b.py', 3), ('a.py', 12), ('a.py', 10))
tb = Traceback(raw, 7)
print(repr(tb))
print(str(tb), len(tb), tb.total_nframe, tb[0], tb[-1], tb[1:])
print(Frame(('a.py', 12)) in tb, Frame(('c.py', 1)) in tb, list(tb) == [f1, f2, f3])
print(repr(Traceback(raw[:1])), Traceback(raw[:1]).total_nframe)
print(Traceback(raw) == tb, Traceback(raw[:2]) < tb, tb.index(f2), tb.count(f3))
print(sorted([Traceback((('z.py', 1),)), Traceback((('a.py', 5),)), tb]))
for args in [(), (None,), (2,), (-1,), (0,), (None, True), (2, True)]:
    print(args, tb.format(*args))

trace = Trace((0, 2048, raw, 7))
print(repr(trace))
print(str(trace), trace.domain, trace.size, repr(trace.traceback))
print(trace == Trace((0, 2048, raw, 7)), trace == Trace((1, 2048, raw, 7)), hash(trace) == hash(Trace((0, 2048, raw, 7))))
print(repr(Trace((0, 16, raw)).traceback))

# Sizes in every unit, through Statistic.__str__ (size, count, average).
for size, count in [(0, 0), (1, 1), (99, 3), (1023, 2), (10239, 1), (10240, 1), (102400, 7), (1048575, 1),
                    (5 * 1024 ** 2, 4), (123 * 1024 ** 3, 1), (2 * 1024 ** 5, 1), (7 * 1024 ** 6, 1)]:
    print(Statistic(Traceback((('s.py', 1),)), size, count))
st = Statistic(tb, 4096, 2)
print(repr(st))
print(st == Statistic(tb, 4096, 2), st == Statistic(tb, 4096, 3), st.__eq__(1), hash(st) == hash(Statistic(tb, 4096, 2)))

for size, diff, count, cdiff in [(4096, 4096, 2, 2), (0, -512, 0, -3), (100000, -250, 10, 0), (3000000, 2500000, 9, 1)]:
    d = StatisticDiff(tb, size, diff, count, cdiff)
    print(d)
    print(repr(d))
print(StatisticDiff(tb, 1, 1, 1, 1) == StatisticDiff(tb, 1, 1, 1, 1), StatisticDiff(tb, 1, 1, 1, 1) == st)

# A snapshot of made-up traces: main.py calls work() in lib.py, which allocates at two lines.
T_A = (('lib.py', 20), ('main.py', 5))
T_B = (('lib.py', 30), ('main.py', 5))
T_C = (('lib.py', 20), ('main.py', 9))
T_D = (('main.py', 2),)
traces = [(0, 1000, T_A, 2), (0, 1000, T_A, 2), (0, 300, T_B, 2), (0, 5000, T_C, 2), (0, 64, T_D, 1), (1, 700, T_D, 1)]
snap = Snapshot(traces, 2)
print(snap.traceback_limit, len(snap.traces), repr(snap.traces), snap.traces[0], snap.traces[1:3])
print(Trace((0, 1000, T_A, 2)) in snap.traces, snap.traces == Snapshot(list(traces), 2).traces)
for key in ('traceback', 'lineno', 'filename'):
    print('--', key)
    for s in snap.statistics(key):
        print(' ', s)
for key in ('lineno', 'filename'):
    print('-- cumulative', key)
    for s in snap.statistics(key, cumulative=True):
        print(' ', s)

older = Snapshot([(0, 1000, T_A, 2), (0, 900, T_B, 2), (0, 80, (('gone.py', 1),), 1)], 2)
for key in ('lineno', 'filename', 'traceback'):
    print('-- compare', key)
    for d in snap.compare_to(older, key):
        print(' ', d)
print([str(d.traceback) for d in snap.compare_to(older, 'lineno', cumulative=True)])

for bad in [lambda: snap.statistics('line'), lambda: snap.statistics('traceback', True),
            lambda: snap.compare_to(older, 'function'), lambda: snap.filter_traces(3)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
