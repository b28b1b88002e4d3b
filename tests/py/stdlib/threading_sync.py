# threading's synchronisation objects used from one thread: Lock/RLock, Condition (wait with a
# timeout, wait_for, notify rules), Semaphore and BoundedSemaphore (counts, limits, reprs without
# addresses), Event (set/clear/wait), Barrier with one party and a timed-out one (broken, reset),
# and the ValueError/RuntimeError messages.
import threading


def attempt(label, fn, *args, **kwargs):
    try:
        print(label, '->', fn(*args, **kwargs))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)


def tail(obj):
    # Drop the object address from reprs such as <threading.Event at 0x...: set>.
    text = repr(obj)
    return text[:text.index(' at ')] + text[text.index(':', text.index(' at ')):]


print(threading.Lock().__class__.__name__, threading.RLock().__class__.__name__)
print(threading.TIMEOUT_MAX, threading.ThreadError is RuntimeError)

# A bounded resource pool guarded by a semaphore.
pool = threading.BoundedSemaphore(2)
print(tail(pool))
taken = [pool.acquire(), pool.acquire(), pool.acquire(blocking=False), pool.acquire(timeout=0.01)]
print('taken', taken, tail(pool))
pool.release()
pool.release()
attempt('over-release', pool.release)
attempt('release 0', pool.release, 0)
attempt('non-blocking with timeout', pool.acquire, False, 1)
attempt('negative start', threading.Semaphore, -1)
s = threading.Semaphore(0)
s.release(3)
print(tail(s), [s.acquire(False) for _ in range(4)])
with s if s.release() is None else None:
    print('in semaphore', tail(s))
print('after', tail(s))

# Event as a simple flag.
ready = threading.Event()
print(tail(ready), ready.is_set(), ready.wait(0.01), ready.wait(0))
ready.set()
print(tail(ready), ready.is_set(), ready.wait(), ready.wait(5))
ready.clear()
print('cleared', ready.is_set())

# Condition: the state check pattern.
items = []
cond = threading.Condition()
attempt('wait unowned', cond.wait, 0.01)
attempt('notify unowned', cond.notify)
with cond:
    items.append('job')
    cond.notify()
    cond.notify_all()
    print('wait_for ready', cond.wait_for(lambda: len(items)))
    print('wait_for timeout', cond.wait_for(lambda: len(items) > 3, timeout=0.01))
    print('wait timeout', cond.wait(0.01))
    print('still owned', cond._is_owned())
print('owned after', cond._is_owned())
print(repr(cond)[:31])

plain = threading.Condition(threading.Lock())
with plain:
    print('plain lock wait', plain.wait(0), plain._is_owned())
print('plain owned after', plain._is_owned())

# Barrier: one party completes at once; two parties time out and break it.
log = []
solo = threading.Barrier(1, action=lambda: log.append('action ran'))
print('solo wait', solo.wait(), solo.wait(), log)
pair = threading.Barrier(2, timeout=0.01)
print(tail(pair), pair.parties, pair.n_waiting, pair.broken)
try:
    pair.wait()
except threading.BrokenBarrierError as e:
    print('broken:', repr(e), pair.broken, tail(pair))
try:
    pair.wait()
except threading.BrokenBarrierError:
    print('still broken')
pair.reset()
print('reset', pair.broken)
pair.abort()
print('aborted', pair.broken)
print(issubclass(threading.BrokenBarrierError, RuntimeError))

rl = threading.RLock()
with rl:
    with rl:
        print('reentrant ok')
attempt('rlock over-release', rl.release)
