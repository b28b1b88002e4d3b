# heapq + dataclasses: a discrete-event scheduler (priority queue of timed events with stable
# tie-breaking by sequence number), task cancellation, and a Dijkstra shortest path.
import heapq
from dataclasses import dataclass, field
from itertools import count


@dataclass(order=True)
class Event:
    time: float
    seq: int
    name: str = field(compare=False)
    action: object = field(compare=False, repr=False, default=None)


class Scheduler:
    def __init__(self):
        self.queue = []
        self.counter = count()
        self.now = 0.0
        self.cancelled = set()
        self.log = []

    def at(self, time, name, action=None):
        ev = Event(time, next(self.counter), name, action)
        heapq.heappush(self.queue, ev)
        return ev.seq

    def after(self, delay, name, action=None):
        return self.at(self.now + delay, name, action)

    def cancel(self, seq):
        self.cancelled.add(seq)

    def run(self):
        while self.queue:
            ev = heapq.heappop(self.queue)
            if ev.seq in self.cancelled:
                self.log.append(f'skip {ev.name}')
                continue
            self.now = ev.time
            self.log.append(f'{ev.time:5.1f} {ev.name}')
            if ev.action:
                ev.action(self)


def arrive(s):
    s.after(2.5, 'serve', depart)


def depart(s):
    s.after(0.5, 'leave')


sched = Scheduler()
sched.at(1.0, 'arrive A', arrive)
sched.at(1.0, 'arrive B', arrive)
doomed = sched.at(2.0, 'alarm')
sched.at(0.5, 'open')
sched.at(10.0, 'close')
sched.cancel(doomed)
sched.run()
print('\n'.join(sched.log))
print(sched.now, Event(1.0, 0, 'x'))

graph = {
    'A': [('B', 7), ('C', 9), ('F', 14)],
    'B': [('A', 7), ('C', 10), ('D', 15)],
    'C': [('A', 9), ('B', 10), ('D', 11), ('F', 2)],
    'D': [('B', 15), ('C', 11), ('E', 6)],
    'E': [('D', 6), ('F', 9)],
    'F': [('A', 14), ('C', 2), ('E', 9)],
}


def dijkstra(graph, src):
    dist = {src: 0}
    prev = {}
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float('inf')):
            continue
        for v, w in graph[u]:
            nd = d + w
            if nd < dist.get(v, float('inf')):
                dist[v] = nd
                prev[v] = u
                heapq.heappush(pq, (nd, v))
    return dist, prev


dist, prev = dijkstra(graph, 'A')
path, node = [], 'E'
while node != 'A':
    path.append(node)
    node = prev[node]
print(sorted(dist.items()), list(reversed(path + ['A'])))
