# A cooperative task scheduler: generator-based tasks, a hand-written binary heap as the priority
# queue keyed by wake-up time, sleeping, message passing between tasks, and a deterministic clock.
class Heap:
    def __init__(self):
        self.items = []

    def push(self, item):
        items = self.items
        items.append(item)
        i = len(items) - 1
        while i > 0:
            parent = (i - 1) // 2
            if items[parent] <= items[i]:
                break
            items[parent], items[i] = items[i], items[parent]
            i = parent

    def pop(self):
        items = self.items
        last = items.pop()
        if not items:
            return last
        top = items[0]
        items[0] = last
        i = 0
        n = len(items)
        while True:
            smallest = i
            for child in (2 * i + 1, 2 * i + 2):
                if child < n and items[child] < items[smallest]:
                    smallest = child
            if smallest == i:
                return top
            items[i], items[smallest] = items[smallest], items[i]
            i = smallest

    def __len__(self):
        return len(self.items)


class Scheduler:
    def __init__(self):
        self.clock = 0
        self.queue = Heap()
        self.counter = 0
        self.mailboxes = {}
        self.waiting = {}

    def spawn(self, name, gen, delay=0):
        self.counter += 1
        self.queue.push((self.clock + delay, self.counter, name, gen, None))

    def run(self):
        while len(self.queue):
            when, _, name, gen, value = self.queue.pop()
            self.clock = when
            try:
                request = gen.send(value)
            except StopIteration as stop:
                print(f"[t={self.clock:>3}] {name} finished -> {stop.value!r}")
                continue
            kind = request[0]
            if kind == "sleep":
                self.counter += 1
                self.queue.push((self.clock + request[1], self.counter, name, gen, None))
            elif kind == "send":
                target, message = request[1], request[2]
                if target in self.waiting:
                    waiting_gen = self.waiting.pop(target)
                    self.counter += 1
                    self.queue.push((self.clock, self.counter, target, waiting_gen, message))
                else:
                    self.mailboxes.setdefault(target, []).append(message)
                self.counter += 1
                self.queue.push((self.clock, self.counter, name, gen, None))
            elif kind == "recv":
                box = self.mailboxes.get(name)
                if box:
                    self.counter += 1
                    self.queue.push((self.clock, self.counter, name, gen, box.pop(0)))
                else:
                    self.waiting[name] = gen


def log(name, text):
    print(f"[t={sched.clock:>3}] {name}: {text}")


def ticker(name, period, count):
    for i in range(count):
        log(name, f"tick {i}")
        yield ("sleep", period)
    return count


def producer(items):
    for item in items:
        yield ("sleep", 7)
        log("producer", f"sending {item}")
        yield ("send", "consumer", item)
    yield ("send", "consumer", None)
    return "all sent"


def consumer():
    total = 0
    while True:
        item = yield ("recv",)
        if item is None:
            break
        total += item
        log("consumer", f"got {item}, total {total}")
        yield ("sleep", 10)
    return total


sched = Scheduler()
sched.spawn("fast", ticker("fast", 5, 4))
sched.spawn("slow", ticker("slow", 12, 3), delay=1)
sched.spawn("producer", producer([3, 1, 4, 1, 5]))
sched.spawn("consumer", consumer())
sched.run()
print("final clock:", sched.clock)
h = Heap()
for v in [5, 3, 9, 1, 7, 2, 8, 2]:
    h.push(v)
print([h.pop() for _ in range(len(h))])
