# Finding a leak with tracemalloc: two snapshots around a workload that keeps some of what it makes,
# compared by line and by file; the line that grew comes first, and lines that only shrank or stayed
# put come after it. Only orderings and wide size margins are printed (our blocks are not CPython's).
import os
import tracemalloc

history = []


def handle(request_id):
    payload = ';'.join(['request', str(request_id)] * 50)
    history.append(payload)          # kept: this is the leak
    scratch = [payload.upper() for _ in range(3)]
    return len(scratch)


def release(n):
    del history[:n]


def where(diff):
    frame = diff.traceback[0]
    return f'{os.path.basename(frame.filename)}:{frame.lineno}'


tracemalloc.start()
for i in range(200):
    handle(i)
first = tracemalloc.take_snapshot()

for i in range(200, 1200):
    handle(i)
second = tracemalloc.take_snapshot()

filters = [tracemalloc.Filter(True, __file__)]
first = first.filter_traces(filters)
second = second.filter_traces(filters)

diffs = second.compare_to(first, 'lineno')
top = diffs[0]
print('grew most:', where(top))
print('size grew > 500 KB:', top.size_diff > 500_000, 'count grew by >= 1000:', top.count_diff >= 1000)
print('size = old + diff:', top.size - top.size_diff > 0, top.count - top.count_diff >= 200)
print('str:', str(top).startswith(str(top.traceback) + ': size='), '(+' in str(top))
print('sorted by |size_diff|:', all(abs(a.size_diff) >= abs(b.size_diff) for a, b in zip(diffs, diffs[1:])))
print('temporaries freed:', all(where(d) != 'tracemalloc_compare.py:13' or d.size < 10_000 for d in diffs))

release(1000)
third = tracemalloc.take_snapshot().filter_traces(filters)
shrunk = third.compare_to(second, 'lineno')
print('shrank most:', where(shrunk[0]), shrunk[0].size_diff < -500_000, shrunk[0].count_diff <= -1000)

by_file = second.compare_to(first, 'filename')
print('files:', [where(d) for d in by_file])
print('file diff >= line diff:', by_file[0].size_diff >= top.size_diff)

gone = first.compare_to(second, 'lineno')
print('reverse comparison shrinks:', where(gone[0]), gone[0].size_diff < 0)

empty = tracemalloc.Snapshot([], 1)
added = second.compare_to(empty, 'lineno')
print('vs empty: all new:', all(d.size == d.size_diff and d.count == d.count_diff for d in added))
removed = empty.compare_to(second, 'lineno')
print('empty vs: all gone:', all(d.size == 0 and d.count == 0 and d.size_diff < 0 for d in removed))
tracemalloc.stop()
