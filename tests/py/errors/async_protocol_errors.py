# async with: __aenter__/__aexit__ awaited in order, the exception passed to __aexit__ and suppressed when
# it returns true, nested and multiple managers; and the TypeErrors and RuntimeErrors of the async
# protocols: objects that can't be awaited, bad __await__ results, missing __aiter__/__anext__/__aenter__/
# __aexit__, a coroutine awaited twice or while it is awaited, send into a just-started coroutine, a
# coroutine raising StopIteration, 'yield from' a coroutine in a plain generator, and the warning for a
# coroutine never awaited.
import types

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Resource:
    def __init__(self, name, log, suppress=False):
        self.name, self.log, self.suppress = name, log, suppress
    async def __aenter__(self):
        self.log.append(f'enter {self.name}')
        return self
    async def __aexit__(self, typ, val, tb):
        self.log.append(f'exit {self.name} {typ.__name__ if typ else None} {val}')
        return self.suppress

async def use(log):
    async with Resource('a', log) as a, Resource('b', log, suppress=True):
        log.append(f'body with {a.name}')
        raise KeyError('inside')
    async with Resource('c', log):
        log.append('second body')
    return 'finished'

log = []
print(run(use(log)))
print(log)

async def propagate():
    async with Resource('d', []):
        raise ValueError('not suppressed')
try:
    run(propagate())
except ValueError as e:
    print('propagated:', e)

def report(label, make):
    try:
        run(make())
        print(label, 'ok')
    except Exception as e:
        print(label, type(e).__name__, e, '| cause:', type(e.__cause__).__name__ if e.__cause__ else None)

class AwaitReturnsCoro:
    def __await__(self):
        return coro_for_await()
async def coro_for_await():
    return 1
class AwaitReturnsInt:
    def __await__(self):
        return 5
class NoAnext:
    def __aiter__(self):
        return self
class BadAnext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 42
class OnlyEnter:
    async def __aenter__(self):
        return self
class EnterNotAwaitable:
    def __aenter__(self):
        return 1
    async def __aexit__(self, *a):
        return False

async def await_int():
    await 3
async def await_coro_result():
    await AwaitReturnsCoro()
async def await_int_result():
    await AwaitReturnsInt()
async def for_over_list():
    async for x in [1, 2]:
        pass
async def for_no_anext():
    async for x in NoAnext():
        pass
async def for_bad_anext():
    async for x in BadAnext():
        pass
async def with_plain():
    async with 5:
        pass
async def with_only_enter():
    async with OnlyEnter():
        pass
async def with_enter_not_awaitable():
    async with EnterNotAwaitable():
        pass
async def raises_stop():
    raise StopIteration('leaked')

for label, make in [('await int', await_int), ('__await__ coroutine', await_coro_result), ('__await__ int', await_int_result),
                    ('async for list', for_over_list), ('no __anext__', for_no_anext), ('bad __anext__', for_bad_anext),
                    ('async with int', with_plain), ('no __aexit__', with_only_enter), ('__aenter__ not awaitable', with_enter_not_awaitable),
                    ('StopIteration inside', raises_stop)]:
    report(label, make)

async def inner():
    await types.coroutine(lambda: (yield 'pause'))()
    return 'inner done'
async def outer(c):
    return await c

c = inner()
o1 = outer(c)
print(o1.send(None))
o2 = outer(c)
try:
    o2.send(None)
except RuntimeError as e:
    print('RuntimeError:', e)
o2.close()
try:
    o1.send(None)
except StopIteration as e:
    print('first awaiter got', e.value)
try:
    run(outer(c))
except RuntimeError as e:
    print('RuntimeError:', e)

fresh = inner()
try:
    fresh.send('x')
except TypeError as e:
    print('TypeError:', e)
fresh.close()

def plain_gen():
    yield from coro_for_await()
try:
    list(plain_gen())
except TypeError as e:
    print('TypeError:', e)

@types.coroutine
def marked_gen():
    return (yield from coro_for_await())
print(run(marked_gen()))

def forget():
    coro_for_await()
forget()
print('end')
