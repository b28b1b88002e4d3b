# sched: a scheduler driven by a simulated clock (timefunc/delayfunc): ordering by time, then
# priority, then entry order; enter/enterabs with argument and kwargs; cancel; run(blocking=False)
# returning the delay to the next event; events that schedule more events; the queue property.
import sched

now = [0.0]
waits = []


def clock():
    return now[0]


def sleep(seconds):
    waits.append(seconds)
    now[0] += seconds


s = sched.scheduler(clock, sleep)
log = []


def job(name, repeat=0):
    log.append((now[0], name))
    if repeat:
        s.enter(1.5, 0, job, (name,), {'repeat': repeat - 1})


s.enter(3, 2, job, ('late-low',))
s.enter(3, 1, job, ('late-high',))
s.enterabs(1, 0, job, ('first',))
s.enter(3, 1, job, ('late-high-2',))
cancelled = s.enter(2, 0, job, ('never',))
s.enter(0.5, 5, job, ('ticker',), {'repeat': 2})
print([(e.time, e.priority, e.argument) for e in s.queue])
s.cancel(cancelled)
print(s.empty(), len(s.queue))
print(s.run(blocking=False), log)
now[0] = 1.0
print(s.run(blocking=False), log)
s.run()
for entry in log:
    print(entry)
print(waits)
print(s.empty(), s.run(blocking=False))

# Event is a named tuple compared by (time, priority, sequence)
a = sched.Event(1, 2, 0, print, (), {})
b = sched.Event(1, 1, 5, print, (), {})
print(b < a, a._fields, sched.__all__)
try:
    s.cancel(a)
except ValueError as e:
    print('ValueError:', e)
