# _thread's primitives on the main thread: allocate_lock / LockType (acquire with blocking and
# timeout, release, locked, context manager, the *_lock aliases), RLock re-entry and its helpers
# used by Condition, get_ident/get_native_id, _local, stack_size, _count, TIMEOUT_MAX, error, and
# the argument errors CPython raises (ValueError, OverflowError, RuntimeError messages).
import _thread
import os


def attempt(label, fn, *args, **kwargs):
    try:
        print(label, '->', fn(*args, **kwargs))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)


lock = _thread.allocate_lock()
print(type(lock).__name__, type(lock).__module__, type(lock) is _thread.LockType)
print('locked?', lock.locked())
print('acquire', lock.acquire())
print('locked?', lock.locked(), lock.locked_lock())
print('try again', lock.acquire(False), lock.acquire(blocking=False))
print('timed', lock.acquire(timeout=0.01), lock.acquire(True, 0))
lock.release()
print('released', lock.locked())
attempt('release twice', lock.release)
attempt('nonblocking with timeout', lock.acquire, False, 1)
attempt('negative timeout', lock.acquire, True, -2)
attempt('huge timeout', lock.acquire, True, 1e20)
attempt('nan timeout', lock.acquire, True, float('nan'))
attempt('str timeout', lock.acquire, True, 'soon')
print('-1 means forever', lock.acquire(True, -1))
lock.release_lock()
print(lock.acquire_lock(), lock.locked())
lock.release()

with lock:
    print('inside with', lock.locked())
print('after with', lock.locked())

try:
    with lock:
        raise KeyError('boom')
except KeyError as e:
    print('with released on error:', not lock.locked(), repr(e))

# RLock: the owner may re-enter.
r = _thread.RLock()
print(r.acquire(), r.acquire(), r._is_owned())
print('count', r._recursion_count())
state = r._release_save()
print('saved count', state[0], 'owned now', r._is_owned())
r._acquire_restore(state)
print('restored', r._recursion_count())
r.release()
r.release()
print('owned after releases', r._is_owned(), r._recursion_count())
attempt('rlock release unowned', r.release)
attempt('rlock release_save unowned', r._release_save)
with r:
    with r:
        print('nested', r._recursion_count())
print(repr(r)[:42])

print('ident stable', _thread.get_ident() == _thread.get_ident(), _thread.get_ident() != 0)
print('native id is pid', _thread.get_native_id() == os.getpid())
print('TIMEOUT_MAX', _thread.TIMEOUT_MAX)
print('error', _thread.error is RuntimeError)
print('count', _thread._count(), 'daemons', _thread.daemon_threads_allowed())
print('stack size', _thread.stack_size())
attempt('tiny stack', _thread.stack_size, 100)
print('set stack', _thread.stack_size(1 << 20), _thread.stack_size(), _thread.stack_size(0))


class Counter(_thread._local):
    def __init__(self, start):
        self.value = start


c = Counter(5)
c.value += 1
print('local subclass', c.value)
plain = _thread._local()
plain.x = [1, 2]
print('local', plain.x, hasattr(plain, 'y'))
attempt('local args', _thread._local, 1)
attempt('exit', _thread.exit)
