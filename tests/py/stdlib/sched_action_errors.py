# sched: an action that raises stops run() with that exception, leaving later events queued so a
# second run() continues; kwargs default to a fresh dict; the default timefunc is time.monotonic.
import sched
import time

t = [10.0]
s = sched.scheduler(lambda: t[0], lambda d: t.__setitem__(0, t[0] + d))
done = []


def fail(message):
    raise RuntimeError(message)


s.enterabs(11, 0, done.append, ('a',))
s.enterabs(12, 0, fail, ('boom',))
s.enterabs(13, 0, done.append, ('c',))
try:
    s.run()
except RuntimeError as e:
    print('stopped:', e, done, t[0])
print(len(s.queue))
s.run()
print(done, t[0])
e1 = s.enter(1, 0, print)
e2 = s.enter(1, 0, print)
print(e1.kwargs, e1.kwargs is e2.kwargs, e1.argument, e1.sequence < e2.sequence)
default = sched.scheduler()
print(default.timefunc is time.monotonic, default.delayfunc is time.sleep)
try:
    s.enter(1, 0)
except TypeError as e:
    print('TypeError')
