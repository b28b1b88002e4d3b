# Library functions CPython implements in C are builtin functions here too, though written in Python:
# their type and repr, their names, that they do not bind as methods when stored on a class, that
# aliases are the same object, and that they still work (including as keys and with keywords).
import bisect
import decimal
import functools
import heapq
import itertools
import json.decoder
import operator

for f in (itertools.tee, functools.reduce, functools.cmp_to_key, heapq.heappush, heapq.heapify,
          bisect.bisect_left, bisect.insort, operator.add, operator.countOf,
          json.decoder.scanstring, decimal.getcontext, decimal.localcontext):
    print(type(f).__name__, repr(f), f.__name__, f.__qualname__, type(f.__self__).__name__)
# Python functions of the same modules stay Python functions, as in CPython.
for f in (heapq.merge, heapq.nlargest, functools.wraps, functools.lru_cache, functools.total_ordering):
    print(type(f).__name__, f.__name__)
print(operator.add is operator.__add__, bisect.bisect is bisect.bisect_right, bisect.insort is bisect.insort_right)


class Holder:
    add = operator.add
    push = heapq.heappush


h = Holder()
print(h.add(2, 3), Holder.add(2, 3))
heap = []
h.push(heap, 5)
h.push(heap, 1)
print(heap)
print(functools.reduce(operator.mul, range(1, 6)), functools.reduce(operator.add, [], 7))
print(sorted(["b", "A", "c"], key=functools.cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
a = [1, 3, 5]
bisect.insort(a, 4, key=None)
print(a, bisect.bisect_left(a, 3, lo=1), list(itertools.tee([1, 2], 2)[1]))
print(callable(operator.add), hasattr(operator.add, "__code__"), hasattr(functools.wraps, "__code__"))
