# Async generators: async for over them (and over classes with __aiter__/__anext__), async
# comprehensions, asend/athrow/aclose and what each awaitable raises, try/finally cleanup on aclose,
# values their inner awaits pass up to the driver, ag_* attributes, anext() with and without a default,
# aiter(), and sys.set_asyncgen_hooks (firstiter when iteration starts, finalizer when one is dropped).
import sys

class Tick:
    def __await__(self):
        got = yield 'tick'
        return got

def run(coro):
    # Drives a coroutine to its end, answering every request with the number of requests so far.
    passed = []
    value = None
    while True:
        try:
            req = coro.send(value)
        except StopIteration as e:
            return e.value, passed
        passed.append(req)
        value = len(passed)

async def counter(n):
    try:
        for i in range(n):
            t = await Tick()
            yield (i, t)
    finally:
        print('counter cleanup')

class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n

async def main():
    out = []
    async for item in counter(3):
        out.append(item)
    out.append([x async for x in Countdown(4)])
    out.append({x: x * x async for x in Countdown(3) if x})
    out.append([await v for v in [Tick(), Tick()]])
    return out

print(run(main()))

async def echo():
    received = []
    try:
        while True:
            v = yield len(received)
            received.append(v)
    except ValueError as e:
        yield f'handled {e}'
    finally:
        print('echo saw', received)

def step(aw, value=None):
    try:
        return ('yielded', aw.send(value))
    except StopIteration as e:
        return ('stop', e.value)
    except BaseException as e:
        return ('raised', type(e).__name__, str(e))

g = echo()
print(type(g).__name__, g.__name__, g.ag_running, g.ag_suspended, g.ag_await, g.ag_code.co_name, type(g.ag_frame).__name__)
print(step(g.asend(None)))
print(step(g.asend('a')))
print(step(g.__anext__()))
aw = g.asend('b')
print(type(aw).__name__, step(aw), step(aw))
print(step(g.athrow(ValueError('bad'))))
print(step(g.aclose()), g.ag_frame)
print(step(g.__anext__()))
print(step(g.aclose()))

async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

s = stubborn()
print(step(s.__anext__()))
print(step(s.aclose()))

async def delegates():
    got = await Tick()
    yield got
    yield await Tick()

d = delegates()
a = d.__anext__()
print(step(a), step(a, 'sent-in'))
print(run(anext(d)), run(anext(d, 'default')), run(anext(d, 'default')))
pending = anext(Countdown(1))
print(aiter(Countdown(1)).n, type(pending).__name__)
pending.close()
for bad in (lambda: aiter(5), lambda: anext(5), lambda: anext([1])):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)

# Hooks: firstiter sees each generator when its iteration starts; the finalizer gets generators dropped unfinished.
seen = []
def firstiter(agen):
    seen.append(('first', agen.__name__))
def finalizer(agen):
    seen.append(('finalize', agen.__name__))
    agen.aclose().send(None) if False else None
old = sys.get_asyncgen_hooks()
sys.set_asyncgen_hooks(firstiter, finalizer)
print(sys.get_asyncgen_hooks().firstiter is firstiter, sys.get_asyncgen_hooks()[1] is finalizer)
h = counter(5)
print(step(h.__anext__()))
del h
print(seen)
sys.set_asyncgen_hooks(*old)
print(sys.get_asyncgen_hooks())
try:
    sys.set_asyncgen_hooks(firstiter=1)
except TypeError as e:
    print('TypeError:', e)
