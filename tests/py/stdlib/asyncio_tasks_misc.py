# asyncio tasks and coroutines: interleaving with sleep(0), task names and reprs (paths cut),
# current_task/all_tasks, get_coro, ensure_future on an awaitable object, iscoroutine and
# iscoroutinefunction, async generators consumed by tasks and closed by asyncio.run's
# shutdown_asyncgens, done callbacks, and networking that fails (Immortal has no sockets: printed
# only as 'raised an error', so the output matches CPython's refused connection).
import asyncio
import functools
import os

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def show(obj):
    return repr(obj).replace(HERE, '')


async def ticker(name, count, log):
    for i in range(count):
        log.append(f'{name}{i}')
        await asyncio.sleep(0)
    return count


class Ready:
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return 'awaitable done'


async def countdown(n, closed):
    try:
        while n:
            yield n
            n -= 1
    finally:
        closed.append(f'countdown closed at {n}')


async def main():
    log = []
    t1 = asyncio.create_task(ticker('a', 3, log), name='ticker-a')
    t2 = asyncio.create_task(ticker('b', 2, log))
    print(show(t1))
    print(t2.get_name().startswith('Task-'), t1.get_coro().__name__, t1.done())
    current = asyncio.current_task()
    print(current.get_name(), current in asyncio.all_tasks(), len(asyncio.all_tasks()))
    print(await t1, await t2, log)
    print(show(t1))
    t2.set_name(99)
    print(repr(t2.get_name()), len(asyncio.all_tasks()))

    calls = []
    t3 = asyncio.create_task(ticker('c', 1, []))
    t3.add_done_callback(lambda t: calls.append(('lambda', t.result())))
    t3.add_done_callback(functools.partial(calls.append))
    await t3
    await asyncio.sleep(0)
    print(calls[0], calls[1] is t3)

    fut = asyncio.ensure_future(Ready())
    print(type(fut).__name__, await fut)
    coro = ticker('x', 0, [])
    print(asyncio.iscoroutine(coro), asyncio.iscoroutinefunction(ticker),
          asyncio.iscoroutinefunction(functools.partial(ticker, 'p')), asyncio.iscoroutine(fut),
          asyncio.iscoroutinefunction(show), asyncio.isfuture(fut), asyncio.isfuture(t3))
    coro.close()

    closed = []
    got = []
    async for value in countdown(3, closed):
        got.append(value)
    print(got, closed)
    gen = countdown(5, closed)
    print(await gen.__anext__(), await gen.__anext__())
    await gen.aclose()
    print(closed[-1])
    global leftover
    leftover = countdown(9, closed)
    print(await leftover.__anext__())

    for what, call in [('open_connection', lambda: asyncio.open_connection('localhost', 1)),
                       ('start_server', lambda: asyncio.start_server(print, 'no.such.host', 1))]:
        try:
            await call()
        except (NotImplementedError, OSError) as exc:
            print(what, 'raised an error')
        except BaseException:
            print(what, 'unexpected')
    return closed


closed = asyncio.run(main())
print(closed[-1])
try:
    asyncio.Task(ticker, loop=asyncio.new_event_loop())
except TypeError as exc:
    print('TypeError', show(exc).split(' at ')[0])
