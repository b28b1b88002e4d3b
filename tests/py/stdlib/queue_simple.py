# queue.SimpleQueue and queue.Queue in a single-threaded event-loop simulation: producers and
# consumers take turns, a breadth-first search driven by a Queue, SimpleQueue's put/get/empty/
# qsize, its Empty errors (non-blocking and timed) and argument checks.
import queue

events = queue.SimpleQueue()
print(type(events).__name__, events.empty(), events.qsize())
for i in range(5):
    events.put(('tick', i))
events.put_nowait(('stop', None))
handled = []
while True:
    kind, value = events.get()
    if kind == 'stop':
        break
    handled.append(value * value)
    if value == 2:
        events.put(('echo', 99), block=False)
print(handled, events.empty())
for label, call in [('get_nowait', events.get_nowait), ('get(False)', lambda: events.get(False)),
                    ('get timeout', lambda: events.get(timeout=0.01)),
                    ('negative timeout', lambda: events.get(timeout=-5))]:
    try:
        call()
    except queue.Empty as e:
        print(label, 'Empty', repr(e))
    except ValueError as e:
        print(label, 'ValueError', e)
print(queue.SimpleQueue[int])

# Breadth-first search over a small graph with a FIFO work queue.
graph = {'a': ['b', 'c'], 'b': ['d'], 'c': ['d', 'e'], 'd': ['f'], 'e': ['f'], 'f': []}
frontier = queue.Queue()
frontier.put('a')
dist = {'a': 0}
while not frontier.empty():
    node = frontier.get()
    for nxt in graph[node]:
        if nxt not in dist:
            dist[nxt] = dist[node] + 1
            frontier.put(nxt)
    frontier.task_done()
frontier.join()
print(sorted(dist.items()))

# Bounded producer/consumer taking turns: the producer stops when the buffer is full.
buf = queue.Queue(maxsize=2)
produced = consumed = 0
log = []
while consumed < 7:
    try:
        while produced < 7:
            buf.put_nowait(produced)
            produced += 1
    except queue.Full:
        log.append('full at %d' % produced)
    try:
        while True:
            consumed += buf.get_nowait() * 0 + 1
    except queue.Empty:
        log.append('drained at %d' % consumed)
print(log)
