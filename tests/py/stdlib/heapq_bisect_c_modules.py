# The C modules behind heapq and bisect (_heapq, _bisect) and the names of _functools: importable,
# the same objects as the public modules', builtin functions of the C module with its argument checks.
import _heapq, _bisect, _functools
import heapq, bisect, functools

print(heapq.heappush is _heapq.heappush, heapq.heapify is _heapq.heapify, heapq._heapreplace_max is _heapq._heapreplace_max)
print(bisect.bisect_right is _bisect.bisect_right, bisect.bisect is _bisect.bisect_right, bisect.insort is _bisect.insort_right)
print(_functools.reduce is functools.reduce, _functools.partial is functools.partial, _functools.cmp_to_key is functools.cmp_to_key)
for f in (_heapq.heappush, _heapq.heappop, _heapq.heapify, _heapq.heapreplace, _heapq.heappushpop,
          _heapq._heappop_max, _heapq._heapreplace_max, _heapq._heapify_max,
          _bisect.bisect_left, _bisect.bisect_right, _bisect.insort_left, _bisect.insort_right):
    print(f.__name__, f.__module__, type(f).__name__, f.__self__.__name__, repr(f).split(' at ')[0])

h = []
for v in [5, 1, 4, 1, 5, 9, 2, 6]:
    _heapq.heappush(h, v)
print(h, [_heapq.heappop(h) for _ in range(3)], _heapq.heappushpop(h, 0), _heapq.heapreplace(h, 7), h)
m = [3, 1, 4, 1, 5, 9, 2, 6]
_heapq._heapify_max(m)
print(m, _heapq._heappop_max(m), _heapq._heapreplace_max(m, 0), m)
a = [1, 2, 2, 3]
print(_bisect.bisect_left(a, 2), _bisect.bisect_right(a, 2), _bisect.bisect_left(a, 2, 1, 2), _bisect.bisect_right(a, 9, key=None))
_bisect.insort_left(a, 2)
_bisect.insort_right(a, 0, key=lambda x: x)
print(a, heapq.nsmallest(2, a), heapq.nlargest(2, a), list(heapq.merge([1, 3], [2, 4])))

for call in (lambda: _heapq.heappush([]), lambda: _heapq.heappop(), lambda: _heapq._heappop_max([], []),
             lambda: _heapq._heapreplace_max([]), lambda: _heapq.heappush((), 1), lambda: _bisect.bisect_left([1]),
             lambda: _heapq.heappop([]), lambda: _bisect.insort_left([], 1, -1)):
    try:
        call()
    except (TypeError, IndexError, ValueError) as e:
        print(type(e).__name__, e)
print(sorted(n for n in dir(_bisect) if not n.startswith('_')), sorted(n for n in dir(_heapq) if n.startswith('heap')))
