# Coroutines driven by a small event loop written here: tasks await a sleep awaitable (a class whose
# __await__ yields a request to the loop), await each other's results through futures, raise and
# catch exceptions across awaits, and are cancelled by throwing into them. Also types.coroutine
# generators, await on objects with __await__, and the coroutine object's own API (send, throw,
# close, __await__, cr_* attributes).
import types
from collections import deque

class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        got = yield ('sleep', self.ticks)
        return got

class Future:
    def __init__(self):
        self.done = False
        self.result = None
        self.waiters = []
    def set_result(self, value):
        self.done = True
        self.result = value
    def __await__(self):
        while not self.done:
            yield ('wait', self)
        return self.result

class Cancelled(Exception):
    pass

class Loop:
    def __init__(self):
        self.now = 0
        self.ready = deque()
        self.sleeping = []
        self.log = []
    def spawn(self, coro, name):
        fut = Future()
        self.ready.append((coro, name, fut, None))
        return fut
    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                self.sleeping.sort(key=lambda s: s[0])
                wake, item = self.sleeping.pop(0)
                self.now = wake
                self.ready.append(item)
                continue
            coro, name, fut, value = self.ready.popleft()
            try:
                if isinstance(value, BaseException):
                    req = coro.throw(value)
                else:
                    req = coro.send(value)
            except StopIteration as e:
                self.log.append((self.now, name, 'done', e.value))
                self.finish(fut, e.value)
                continue
            except Exception as e:
                self.log.append((self.now, name, 'failed', repr(e)))
                self.finish(fut, None)
                continue
            kind, arg = req
            if kind == 'sleep':
                self.sleeping.append((self.now + arg, (coro, name, fut, self.now + arg)))
            else:
                arg.waiters.append((coro, name, fut, None))
    def finish(self, fut, value):
        fut.set_result(value)
        self.ready.extend(fut.waiters)
        fut.waiters.clear()

async def worker(name, n, delay):
    total = 0
    for i in range(n):
        t = await Sleep(delay)
        total += t
    return f'{name}:{total}'

async def failing():
    await Sleep(2)
    raise ValueError('boom')

async def catcher(loop):
    try:
        await failing()
    except ValueError as e:
        return f'caught {e}'

async def waiter(fut):
    value = await fut
    return ('waited', value)

async def cancellable():
    try:
        while True:
            await Sleep(1)
    except Cancelled:
        return 'cancelled cleanly'

loop = Loop()
f1 = loop.spawn(worker('a', 3, 2), 'a')
f2 = loop.spawn(worker('b', 2, 3), 'b')
loop.spawn(waiter(f1), 'w')
loop.spawn(catcher(loop), 'c')
loop.spawn(failing(), 'f')
loop.run()
for entry in loop.log:
    print(entry)

c = cancellable()
print(c.send(None))
print(c.send(None))
try:
    c.throw(Cancelled())
except StopIteration as e:
    print('result:', e.value)

# types.coroutine makes a generator function awaitable.
@types.coroutine
def raw_sleep(n):
    got = yield ('raw', n)
    return got * 2

async def uses_raw():
    return await raw_sleep(5) + 1

co = uses_raw()
print(co.send(None))
try:
    co.send(20)
except StopIteration as e:
    print('raw result', e.value)
print(raw_sleep.__code__.co_flags & 0x100 != 0, types.coroutine(uses_raw) is uses_raw)

# The coroutine object itself.
async def simple(x):
    await Sleep(0)
    return x * 2

s = simple(21)
print(type(s).__name__, s.__name__, s.__qualname__, s.cr_running, s.cr_suspended, s.cr_await, s.cr_origin, s.cr_code.co_name)
w = s.__await__()
print(type(w).__name__, iter(w) is w, next(w))
print(s.cr_suspended, type(s.cr_frame).__name__, type(s.cr_await).__name__)
try:
    w.send(None)
except StopIteration as e:
    print('wrapper result', e.value, s.cr_frame)
try:
    s.send(None)
except RuntimeError as e:
    print('RuntimeError:', e)
s.close()
print(s.close())
