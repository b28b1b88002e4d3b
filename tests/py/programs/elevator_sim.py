# An elevator simulation: requests arrive at fixed ticks, the car uses the SCAN algorithm (keep going
# in one direction while there are requests ahead), and the log reports waits and trip times.
REQUESTS = [(0, 0, 7), (1, 3, 0), (2, 5, 9), (4, 8, 2), (6, 1, 4), (9, 9, 0), (12, 4, 6), (15, 2, 8)]


class Passenger:
    def __init__(self, pid, tick, origin, dest):
        self.pid, self.tick, self.origin, self.dest = pid, tick, origin, dest
        self.picked = self.dropped = None


class Elevator:
    def __init__(self, capacity=3):
        self.floor = 0
        self.direction = 1
        self.capacity = capacity
        self.riders = []

    def targets(self, waiting):
        stops = {p.dest for p in self.riders}
        if len(self.riders) < self.capacity:
            stops |= {p.origin for p in waiting}
        return stops

    def step(self, tick, waiting, log):
        for p in [p for p in self.riders if p.dest == self.floor]:
            self.riders.remove(p)
            p.dropped = tick
            log.append(f"t={tick:>2} floor {self.floor}: drop p{p.pid}")
        for p in [p for p in waiting if p.origin == self.floor]:
            if len(self.riders) < self.capacity:
                waiting.remove(p)
                self.riders.append(p)
                p.picked = tick
                log.append(f"t={tick:>2} floor {self.floor}: pick p{p.pid} -> {p.dest}")
        stops = self.targets(waiting)
        if not stops:
            return
        ahead = [s for s in stops if (s - self.floor) * self.direction > 0]
        if not ahead:
            self.direction = -self.direction
        if any((s - self.floor) * self.direction > 0 for s in stops):
            self.floor += self.direction


people = [Passenger(i, *r) for i, r in enumerate(REQUESTS)]
pending = list(people)
waiting = []
car = Elevator()
log = []
tick = 0
while tick < 100 and (pending or waiting or car.riders):
    while pending and pending[0].tick <= tick:
        waiting.append(pending.pop(0))
    car.step(tick, waiting, log)
    tick += 1
print("\n".join(log))
print(f"{'id':>3}{'from':>5}{'to':>4}{'wait':>6}{'ride':>6}")
for p in people:
    print(f"{p.pid:>3}{p.origin:>5}{p.dest:>4}{p.picked - p.tick:>6}{p.dropped - p.picked:>6}")
waits = [p.picked - p.tick for p in people]
print(f"finished at t={tick}, mean wait {sum(waits) / len(waits):.2f}, max wait {max(waits)}")
