# A richards-like operating-system simulation, written for this project: six
# tasks (idle, worker, two handlers, two devices) pass packets through a
# priority-ordered scheduler. Each task keeps its queue as a linked list of
# packets. Exercises method calls, attribute access, small-int arithmetic and
# polymorphic dispatch. Usage: richards.py [idle_steps]
# Checksum: packets sent, holds, device totals, worker letter.
import sys

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_WORK = 0
KIND_DEVICE = 1
DATA_SIZE = 4


class Packet:
    def __init__(self, home, kind):
        self.link = None
        self.home = home
        self.kind = kind
        self.count = 0
        self.data = [0] * DATA_SIZE


class Task:
    def __init__(self, sched, ident, priority):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.queue = None
        self.held = False
        self.waiting = True
        self.runs = 0

    def runnable(self):
        return not self.held and (self.queue is not None or not self.waiting)

    def take(self):
        packet = self.queue
        if packet is not None:
            self.queue = packet.link
            packet.link = None
            self.waiting = False
        return packet

    def give(self, packet):
        packet.link = None
        if self.queue is None:
            self.queue = packet
        else:
            last = self.queue
            while last.link is not None:
                last = last.link
            last.link = packet

    def run(self, packet):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, sched, ident, priority, steps):
        super().__init__(sched, ident, priority)
        self.remaining = steps
        self.bits = 1
        self.waiting = False

    def run(self, packet):
        self.remaining -= 1
        if self.remaining == 0:
            self.sched.hold()
        elif self.bits & 1 == 0:
            self.bits >>= 1
            self.sched.release(DEVICE_A)
        else:
            self.bits = (self.bits >> 1) ^ 0xD008
            self.sched.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, sched, ident, priority):
        super().__init__(sched, ident, priority)
        self.target = HANDLER_A
        self.letter = 0

    def run(self, packet):
        if packet is not None:
            self.target = HANDLER_B if self.target == HANDLER_A else HANDLER_A
            data = packet.data
            for i in range(DATA_SIZE):
                self.letter += 1
                if self.letter > 26:
                    self.letter = 1
                data[i] = self.letter
            packet.count = 0
            self.sched.send(packet, self.target)
        self.sched.wait()


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, device):
        super().__init__(sched, ident, priority)
        self.device = device
        self.work = []
        self.devices = []

    def run(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work.append(packet)
            else:
                self.devices.append(packet)
        if self.work and self.devices:
            work = self.work[0]
            if work.count < DATA_SIZE:
                dev = self.devices.pop()
                dev.data[0] = work.data[work.count]
                work.count += 1
                self.sched.send(dev, self.device)
            else:
                self.work.pop(0)
                self.sched.send(work, WORKER)
        if not (self.work and self.devices):
            self.sched.wait()


class DeviceTask(Task):
    def __init__(self, sched, ident, priority):
        super().__init__(sched, ident, priority)
        self.pending = None
        self.total = 0
        self.done = 0

    def run(self, packet):
        if self.pending is not None:
            done = self.pending
            self.pending = None
            self.done += 1
            self.sched.send(done, done.home)
        if packet is None:
            self.sched.wait()
        else:
            self.total += packet.data[0]
            self.pending = packet
            self.sched.hold()


class Scheduler:
    def __init__(self):
        self.tasks = {}
        self.order = []
        self.current = None
        self.sent = 0
        self.holds = 0
        self.switches = 0

    def add(self, task):
        self.tasks[task.ident] = task
        self.order.append(task)
        self.order.sort(key=lambda t: -t.priority)

    def send(self, packet, dest):
        self.sent += 1
        self.tasks[dest].give(packet)

    def wait(self):
        self.current.waiting = True

    def hold(self):
        self.holds += 1
        self.current.held = True

    def release(self, ident):
        self.tasks[ident].held = False

    def pick(self):
        for task in self.order:
            if task.runnable():
                return task
        return None

    def schedule(self):
        while True:
            task = self.pick()
            if task is None:
                return
            if task is not self.current:
                self.switches += 1
                self.current = task
            task.runs += 1
            task.run(task.take())


def simulate(steps):
    s = Scheduler()
    s.add(IdleTask(s, IDLE, 0, steps))
    worker = WorkerTask(s, WORKER, 1000)
    s.add(worker)
    for _ in range(2):
        worker.give(Packet(WORKER, KIND_WORK))
    for ident, prio, dev in ((HANDLER_A, 2000, DEVICE_A), (HANDLER_B, 3000, DEVICE_B)):
        handler = HandlerTask(s, ident, prio, dev)
        s.add(handler)
        for _ in range(3):
            handler.give(Packet(ident, KIND_DEVICE))
    s.add(DeviceTask(s, DEVICE_A, 4000))
    s.add(DeviceTask(s, DEVICE_B, 5000))
    s.schedule()
    return s


def main():
    steps = int(sys.argv[1]) if len(sys.argv) > 1 else 120000
    s = simulate(steps)
    da = s.tasks[DEVICE_A]
    db = s.tasks[DEVICE_B]
    runs = ",".join(str(t.runs) for t in sorted(s.tasks.values(), key=lambda t: t.ident))
    print(f"richards steps={steps} sent={s.sent} holds={s.holds} switches={s.switches} "
          f"devA={da.total}/{da.done} devB={db.total}/{db.done} "
          f"letter={s.tasks[WORKER].letter} runs={runs}")


main()
