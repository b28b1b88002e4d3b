# Snapshot.filter_traces with Filter and DomainFilter: including and excluding files by pattern, one
# line, any frame of the traceback (all_frames), domains, and how inclusive and exclusive filters
# combine; the filters' attributes and filename normalization.
import os
import tracemalloc
import _tracemalloc_store as store

cache = store.Cache()


def fill(n):
    for i in range(n):
        cache.put(i, 'entry %d' % i)


def lines(snapshot):
    out = set()
    for trace in snapshot.traces:
        frame = trace.traceback[-1]
        out.add(f'{os.path.basename(frame.filename)}:{frame.lineno}')
    return sorted(out)


tracemalloc.start(4)
fill(300)
blocks = store.make_buffers(5, 1000)
numbers = [str(i) * 4 for i in range(500)]
snapshot = tracemalloc.take_snapshot()
tracemalloc.stop()

store_file = store.__file__
here = __file__
print('store only:', lines(snapshot.filter_traces([tracemalloc.Filter(True, store_file)])))
print('store line 20:', lines(snapshot.filter_traces([tracemalloc.Filter(True, store_file, 20)])))
print('pattern:', lines(snapshot.filter_traces([tracemalloc.Filter(True, '*_store.py')])))

mine = snapshot.filter_traces([tracemalloc.Filter(True, here)])
print('this file, most recent frame:', lines(mine))
# With all_frames the calls into the store count too: everything fill() and make_buffers() did.
any_frame = snapshot.filter_traces([tracemalloc.Filter(True, here, all_frames=True)])
print('this file, any frame:', len(any_frame.traces) > len(mine.traces), lines(any_frame))
print('line 27 anywhere:', lines(snapshot.filter_traces([tracemalloc.Filter(True, here, 27, all_frames=True)])))

not_store = snapshot.filter_traces([tracemalloc.Filter(False, store_file)])
print('excluding the store:', store_file not in {t.traceback[-1].filename for t in not_store.traces})
both = snapshot.filter_traces([tracemalloc.Filter(True, here), tracemalloc.Filter(True, store_file)])
neither = snapshot.filter_traces([tracemalloc.Filter(False, here), tracemalloc.Filter(False, store_file)])
print('include either + exclude both = all:', len(both.traces) + len(neither.traces) == len(snapshot.traces))
mixed = snapshot.filter_traces([tracemalloc.Filter(True, '*.py'), tracemalloc.Filter(False, here, 26)])
print('mixed:', 'tracemalloc_filters.py:26' not in lines(mixed), 'tracemalloc_filters.py:12' in lines(mixed))
print('no filters copies:', len(snapshot.filter_traces([]).traces) == len(snapshot.traces),
      snapshot.filter_traces(()).traceback_limit)
print('generator of filters:', lines(snapshot.filter_traces(f for f in [tracemalloc.Filter(True, store_file, 12)])))

print('domain 0 kept:', len(snapshot.filter_traces([tracemalloc.DomainFilter(True, 0)]).traces) == len(snapshot.traces))
print('domain 0 dropped:', len(snapshot.filter_traces([tracemalloc.DomainFilter(False, 0)]).traces))
print('domain 5 kept:', len(snapshot.filter_traces([tracemalloc.DomainFilter(True, 5)]).traces))
print('filter with domain:', len(snapshot.filter_traces([tracemalloc.Filter(True, store_file, domain=1)]).traces),
      len(snapshot.filter_traces([tracemalloc.Filter(False, store_file, domain=1)]).traces) == len(snapshot.traces))

f = tracemalloc.Filter(False, 'pkg/Module.pyc', lineno=3, all_frames=True, domain=2)
print(f.inclusive, f.filename_pattern, f.lineno, f.all_frames, f.domain)
d = tracemalloc.DomainFilter(True, 7)
print(d.inclusive, d.domain, isinstance(d, tracemalloc.BaseFilter), isinstance(f, tracemalloc.BaseFilter))
try:
    d.domain = 3
except AttributeError as e:
    print('AttributeError:', e)
try:
    f.filename_pattern = 'x'
except AttributeError as e:
    print('AttributeError:', e)
try:
    tracemalloc.BaseFilter(True)._match((0, 1, (('a.py', 1),), 1))
except NotImplementedError:
    print('BaseFilter._match: NotImplementedError')

synthetic = tracemalloc.Snapshot([(0, 10, (('a.py', 1),), 1), (3, 20, (('b.py', 2), ('a.py', 9)), 2),
                                  (3, 30, (('a.pyc', 4),), 1)], 2)
for flt in [tracemalloc.Filter(True, 'a.py'), tracemalloc.Filter(True, 'a.py', all_frames=True),
            tracemalloc.Filter(False, 'a.py', domain=3), tracemalloc.Filter(True, 'a.py', 9, all_frames=True),
            tracemalloc.DomainFilter(True, 3), tracemalloc.Filter(False, 'b.py', 2)]:
    print([t.size for t in synthetic.filter_traces([flt]).traces])
try:
    snapshot.filter_traces(None)
except TypeError as e:
    print('TypeError:', e)
