# generator.send(): values flow into a running generator; priming with next() or send(None).
def running_average():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


avg = running_average()
print(next(avg))
for v in (10, 20, 30, 45):
    print(avg.send(v))


def echo():
    received = []
    while True:
        item = yield len(received)
        if item is None:
            return received
        received.append(item)


e = echo()
print(e.send(None))
print(e.send("a"), e.send("b"))
try:
    e.send(None)
except StopIteration as stop:
    print("returned", stop.value)
fresh = echo()
try:
    fresh.send("too early")
except TypeError as err:
    print("TypeError:", err)


def accumulator():
    total = 0
    while True:
        step = yield total
        if step is not None:
            total += step


acc = accumulator()
next(acc)
acc.send(5)
acc.send(7)
print(next(acc), acc.send(3))


def state_machine():
    state = "idle"
    while True:
        event = yield state
        if state == "idle" and event == "start":
            state = "running"
        elif state == "running" and event == "pause":
            state = "paused"
        elif state == "paused" and event == "start":
            state = "running"
        elif event == "stop":
            state = "stopped"


m = state_machine()
print(next(m), [m.send(ev) for ev in ["start", "pause", "bogus", "start", "stop"]])
