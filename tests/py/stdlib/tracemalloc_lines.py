# Which line an allocation is charged to: instructions that allocate without calling anything (list
# repetition, displays, string concatenation, closures), generator bodies, and library functions that
# are C code in CPython (functools.reduce, operator.add, heapq), which add no frame of their own.
import functools
import heapq
import operator
import os
import tracemalloc


def short(tb):
    return [f'{os.path.basename(f.filename)}:{f.lineno}' for f in tb]


def make_adder(n):
    def add(x):
        return x + n
    return add


def chunks(n):
    for i in range(n):
        yield [i] * 50


class Node:
    __slots__ = ('value', 'next')

    def __init__(self, value, next=None):
        self.value = value
        self.next = next


tracemalloc.start(3)
zeros = [0] * 30000
text = 'ab' * 40000
grid = [[0, 1, 2], [3, 4, 5]]
adders = [make_adder(n) for n in range(3)]
pieces = list(chunks(4))
head = Node(1, Node(2))
total = functools.reduce(operator.add, [[1] * 1000, [2] * 1000, [3] * 1000])
heap = []
for k in range(1000):
    heapq.heappush(heap, -k)
snapshot = tracemalloc.take_snapshot()

# Lists are left out of get_object_traceback: their object may come off a free list filled before
# tracing started (untraced, in CPython as here); their items are traced where the list grew.
for name, obj in [('text', text), ('adder', adders[2]), ('node', head), ('inner node', head.next)]:
    print(name, short(tracemalloc.get_object_traceback(obj)))

mine = snapshot.filter_traces([tracemalloc.Filter(True, __file__)])
top = mine.statistics('lineno')
print('top three lines:', [short(s.traceback)[0] for s in top[:3]])
by_line = {short(s.traceback)[0]: s for s in top}
for line in (35, 37, 38, 41, 44):
    print(line, f'tracemalloc_lines.py:{line}' in by_line)
print('reduce and heapq add no frames:', by_line['tracemalloc_lines.py:41'].size > 10_000,
      by_line['tracemalloc_lines.py:44'].count >= 900)
in_generator = [t for t in mine.traces if len(t.traceback) == 2 and short(t.traceback)[0] == 'tracemalloc_lines.py:39']
print('generator traces:', len(in_generator) >= 4, {t.traceback.total_nframe for t in in_generator})
tracemalloc.stop()
