# Where a program's memory goes: the classic tracemalloc report (snapshot, filters, statistics by
# line, file and traceback). Sizes differ from CPython's (another object layout), so the program prints
# which lines come first and size relations with wide margins, never byte counts.
import os
import tracemalloc
import _tracemalloc_store as store


def load_records(n):
    return [{'id': i, 'name': 'user%05d' % i, 'tags': ['t%d' % (i % 7)]} for i in range(n)]


def where(stat, index=0):
    frame = stat.traceback[index]
    return f'{os.path.basename(frame.filename)}:{frame.lineno}'


tracemalloc.start(3)
records = load_records(1500)
blobs = [bytes(40_000 + i) for i in range(100)]
index = store.build_index(records[:300], 'name')
buffers = store.make_buffers(3, 30_000)
snapshot = tracemalloc.take_snapshot()
tracemalloc.stop()

snapshot = snapshot.filter_traces((
    tracemalloc.Filter(False, '<frozen importlib._bootstrap>'),
    tracemalloc.Filter(False, '<unknown>'),
    tracemalloc.Filter(False, tracemalloc.__file__),
))
print('traceback limit:', snapshot.traceback_limit)

top = snapshot.statistics('lineno')
print('top lines:', [where(s) for s in top[:4]])
blob_stat, record_stat = top[0], top[1]
print('blobs: count >= 100:', blob_stat.count >= 100, 'size > 4 MB:', blob_stat.size > 4_000_000)
print('records: count >= 4500:', record_stat.count >= 4500, 'size > 250 KB:', record_stat.size > 250_000)
print('str() starts with the line:', str(blob_stat).startswith(str(blob_stat.traceback) + ': size='))

by_file = snapshot.statistics('filename')
print('files:', [where(s) for s in by_file[:2]])
print('file total covers its lines:', by_file[0].size >= blob_stat.size + record_stat.size)

by_tb = snapshot.statistics('traceback')
records_tb = next(s.traceback for s in by_tb if where(s, -1) == 'tracemalloc_top_lines.py:10')
print('records traceback:', len(records_tb), records_tb.total_nframe)
for line in records_tb.format():
    print(line.replace(os.path.dirname(records_tb[0].filename) + os.sep, ''))
for line in records_tb.format(limit=1, most_recent_first=True):
    print(line.replace(os.path.dirname(records_tb[0].filename) + os.sep, ''))

cumulative = snapshot.statistics('lineno', cumulative=True)
names = [where(s) for s in cumulative]
# The call of load_records gets all that the function allocated, as does the line inside it.
at_call = cumulative[names.index('tracemalloc_top_lines.py:19')]
inside = cumulative[names.index('tracemalloc_top_lines.py:10')]
print('cumulative call covers its function:', at_call.size >= inside.size, at_call.count >= inside.count)
print('helper lines present:', 'tracemalloc_store.py:7' in ' '.join(names), '_tracemalloc_store.py:12' in names)
