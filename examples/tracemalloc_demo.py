# Where a program's memory goes, with tracemalloc. Run: node bin/immortal.js examples/tracemalloc_demo.py
# (or with CPython, to compare: the lines agree, the sizes are each runtime's own block sizes).
# Immortal traces the blocks of its linear heap: every alloc/free while tracing is on, nothing when off.
import linecache
import os
import tracemalloc


class Order:
    def __init__(self, number, customer):
        self.number = number
        self.customer = customer
        self.lines = [('item-%d' % k, k) for k in range(number % 5 + 1)]


def load_orders(n):
    return [Order(i, 'customer-%04d' % (i % 300)) for i in range(n)]


def index_by_customer(orders):
    index = {}
    for order in orders:
        index.setdefault(order.customer, []).append(order)
    return index


def report(snapshot, title, limit=5):
    print(title)
    snapshot = snapshot.filter_traces([tracemalloc.Filter(True, __file__)])
    for stat in snapshot.statistics('lineno')[:limit]:
        frame = stat.traceback[0]
        line = linecache.getline(frame.filename, frame.lineno).strip()
        print(f'  {os.path.basename(frame.filename)}:{frame.lineno:<3} {stat.size / 1024:8.1f} KiB'
              f' in {stat.count:5} blocks   {line}')


tracemalloc.start(5)
orders = load_orders(5000)
first = tracemalloc.take_snapshot()
report(first, 'After loading 5000 orders, the lines holding the most memory:')

index = index_by_customer(orders)
second = tracemalloc.take_snapshot()
print()
print('What indexing them added:')
for diff in second.compare_to(first, 'lineno')[:3]:
    frame = diff.traceback[0]
    print(f'  {os.path.basename(frame.filename)}:{frame.lineno:<3} {diff.size_diff / 1024:+8.1f} KiB'
          f' {diff.count_diff:+6} blocks')

print()
print('Where one Order was allocated (most recent call first):')
for line in tracemalloc.get_object_traceback(orders[1234]).format(most_recent_first=True):
    print(' ', line.strip())

current, peak = tracemalloc.get_traced_memory()
print()
print(f'Traced now: {current / 1024:.0f} KiB, peak: {peak / 1024:.0f} KiB,'
      f' tracemalloc itself: about {tracemalloc.get_tracemalloc_memory() / 1024:.0f} KiB')
tracemalloc.stop()
