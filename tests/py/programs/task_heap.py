# A cooperative task scheduler: heapq priority queue of dataclass(order=True) entries with an
# itertools.count tie-breaker, generator-based tasks, cancellation and a run report.
import heapq
import itertools
from dataclasses import dataclass, field
from collections import defaultdict


@dataclass(order=True)
class Scheduled:
    when: int
    priority: int
    seq: int
    task: object = field(compare=False)
    cancelled: bool = field(default=False, compare=False)


class Scheduler:
    def __init__(self):
        self.queue = []
        self.counter = itertools.count()
        self.now = 0
        self.trace = []
        self.entries = {}
        self.stats = defaultdict(int)

    def spawn(self, name, gen, delay=0, priority=5):
        entry = Scheduled(self.now + delay, priority, next(self.counter), (name, gen))
        self.entries[name] = entry
        heapq.heappush(self.queue, entry)

    def cancel(self, name):
        entry = self.entries.pop(name, None)
        if entry is not None:
            entry.cancelled = True
            self.trace.append(f't={self.now:>3} cancel {name}')

    def run(self, until=1000):
        while self.queue:
            entry = heapq.heappop(self.queue)
            if entry.cancelled:
                continue
            if entry.when > until:
                heapq.heappush(self.queue, entry)
                break
            self.now = entry.when
            name, gen = entry.task
            self.stats[name] += 1
            try:
                cmd = next(gen)
            except StopIteration as stop:
                self.trace.append(f't={self.now:>3} {name} done -> {stop.value!r}')
                self.entries.pop(name, None)
                continue
            kind, arg = cmd
            if kind == 'sleep':
                self.spawn(name, gen, delay=arg, priority=entry.priority)
            elif kind == 'log':
                self.trace.append(f't={self.now:>3} {name}: {arg}')
                self.spawn(name, gen, priority=entry.priority)
            elif kind == 'cancel':
                self.cancel(arg)
                self.spawn(name, gen, priority=entry.priority)
            elif kind == 'spawn':
                child_name, child = arg
                self.spawn(child_name, child, priority=entry.priority - 1)
                self.spawn(name, gen, priority=entry.priority)


def ticker(label, period, count):
    for i in range(count):
        yield 'log', f'{label} tick {i}'
        yield 'sleep', period
    return count


def worker(job_sizes):
    done = 0
    for size in job_sizes:
        yield 'log', f'start job of size {size}'
        yield 'sleep', size
        done += size
    return done


def supervisor():
    yield 'sleep', 7
    yield 'spawn', ('helper', worker([2, 2]))
    yield 'sleep', 5
    yield 'cancel', 'slow'
    yield 'log', 'supervisor finished'
    return 'ok'


s = Scheduler()
s.spawn('fast', ticker('fast', 3, 5), priority=1)
s.spawn('slow', ticker('slow', 10, 10), priority=9)
s.spawn('work', worker([4, 1, 6]))
s.spawn('super', supervisor(), priority=0)
s.run(until=40)
print('\n'.join(s.trace))
print('stats', dict(sorted(s.stats.items())))
print('left in queue', len(s.queue), 'now', s.now)

a = Scheduled(1, 2, 3, 'x')
b = Scheduled(1, 2, 4, 'y')
print(a < b, a == Scheduled(1, 2, 3, 'other'), sorted([b, a])[0].task)
print(heapq.nsmallest(3, [9, 1, 8, 2, 7]), heapq.nlargest(2, 'hello'))
merged = list(heapq.merge([1, 4, 9], [2, 3, 10], [0]))
print(merged)
h = []
for x in [5, 3, 8, 1]:
    heapq.heappush(h, -x)
print([-heapq.heappop(h) for _ in range(len(h))])
print(heapq.heappushpop([1, 2], 0), heapq.heapreplace([1, 5], 3))
