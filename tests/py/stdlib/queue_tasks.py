# queue.Queue, LifoQueue and PriorityQueue as a single-threaded work list: FIFO/LIFO/priority
# order, maxsize and full(), put_nowait/get_nowait raising Full/Empty, put/get with a (short)
# timeout, task_done()/join() accounting, a subclass overriding the storage hooks, and the
# ValueError messages.
import queue


def attempt(label, fn, *args, **kwargs):
    try:
        print(label, '->', fn(*args, **kwargs))
    except (queue.Empty, queue.Full) as e:
        print(label, '->', type(e).__name__, repr(e))
    except ValueError as e:
        print(label, '->', 'ValueError:', e)


jobs = queue.Queue(maxsize=3)
print(jobs.maxsize, jobs.empty(), jobs.full(), jobs.qsize())
for name in ['fetch', 'parse', 'store']:
    jobs.put(name)
print(jobs.qsize(), jobs.full(), jobs.unfinished_tasks)
attempt('put_nowait full', jobs.put_nowait, 'extra')
attempt('put timeout', jobs.put, 'extra', True, 0.01)
attempt('put non-blocking', jobs.put, 'extra', False)
attempt('negative timeout', jobs.put, 'extra', timeout=-1)
done = []
while not jobs.empty():
    job = jobs.get()
    done.append(job)
    jobs.task_done()
print('processed', done, jobs.unfinished_tasks)
jobs.join()
print('joined')
attempt('get_nowait empty', jobs.get_nowait)
attempt('get timeout', jobs.get, timeout=0.01)
attempt('get non-blocking', jobs.get, False)
attempt('task_done too many', jobs.task_done)

stack = queue.LifoQueue()
for x in range(4):
    stack.put_nowait(x)
print('lifo', [stack.get_nowait() for _ in range(stack.qsize())])

tasks = queue.PriorityQueue()
for prio, name in [(3, 'low'), (1, 'urgent'), (2, 'normal'), (1, 'also urgent')]:
    tasks.put((prio, name))
order = []
while not tasks.empty():
    order.append(tasks.get())
print('priority', order)


class Dedup(queue.Queue):
    """A queue that ignores items it already holds."""

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        if item not in self.queue:
            self.queue.append(item)

    def _get(self):
        return self.queue.pop(0)


d = Dedup()
for item in 'abacab':
    d.put(item)
print('dedup', d.qsize(), d.unfinished_tasks, [d.get() for _ in range(d.qsize())])

print(queue.Queue[int], queue.LifoQueue[str])
print(issubclass(queue.PriorityQueue, queue.Queue), queue.__all__)
print(type(jobs.mutex).__name__, type(jobs.not_empty).__name__)

# When the timeout is checked: only by calls that could wait.
unbounded = queue.Queue()
attempt('unbounded put, negative timeout', unbounded.put, 1, timeout=-1)
attempt('get, negative timeout', unbounded.get, timeout=-1)
bounded = queue.Queue(2)
attempt('bounded put, negative timeout', bounded.put, 1, timeout=-1)
attempt('non-blocking put ignores timeout', bounded.put, 1, False, -1)
attempt('non-blocking get ignores timeout', bounded.get, False, -1)
simple = queue.SimpleQueue()
simple.put('x', timeout=-1)
attempt('simple get, negative timeout', simple.get, timeout=-1)
attempt('simple non-blocking get', simple.get, False, -1)
try:
    simple.get(True, 'soon')
except TypeError as e:
    print('TypeError:', e)
