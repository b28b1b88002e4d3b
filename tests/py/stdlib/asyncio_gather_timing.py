# asyncio gather/wait/as_completed over tasks with small real sleeps: result order follows the
# arguments for gather and the finishing order for as_completed; return_exceptions; wait with
# FIRST_COMPLETED, FIRST_EXCEPTION and a timeout; cancelling a gather cancels its children; the
# errors for bad arguments. Deadlines count from restart() calls.
import asyncio

events = []


start = 0.0


def restart():
    global start
    start = asyncio.get_running_loop().time()


def fetch(name, delay, fail=False):
    # Deadlines count from the start of the step, so the finishing order depends only on the
    # delays, not on how fast the tasks get created and started.
    return _fetch(name, start + delay, fail)


async def sleep_until(deadline):
    # A timer at a fixed loop time: timers that are due together run in deadline order, however
    # late the loop gets to them.
    loop = asyncio.get_running_loop()
    wake = loop.create_future()
    handle = loop.call_at(deadline, wake.set_result, None)
    try:
        await wake
    finally:
        handle.cancel()


async def _fetch(name, deadline, fail):
    events.append(f'start {name}')
    await sleep_until(deadline)
    if fail:
        raise ValueError(f'{name} failed')
    events.append(f'end {name}')
    return name.upper()


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    restart()
    print(await asyncio.gather(fetch('a', 0.015), fetch('b', 0.005), fetch('c', 0.01)))
    print(events)
    elapsed = loop.time() - start
    print('concurrent', 0.015 <= elapsed < 0.5)

    restart()
    print(await asyncio.gather(fetch('d', 0.005), fetch('e', 0, fail=True), return_exceptions=True))
    restart()
    try:
        await asyncio.gather(fetch('f', 0.005, fail=True), fetch('g', 0.01))
    except ValueError as exc:
        print('gather raised', exc)
    await asyncio.sleep(0.015)
    print(events[-2:])

    restart()
    order = []
    for next_done in asyncio.as_completed([fetch('x', 0.015), fetch('y', 0.005), fetch('z', 0.01)]):
        order.append(await next_done)
    print('as_completed', order)
    restart()
    try:
        for next_done in asyncio.as_completed([fetch('slow', 1)], timeout=0.005):
            await next_done
    except TimeoutError:
        print('as_completed timed out')

    restart()
    tasks = [asyncio.create_task(fetch(n, d), name=n) for n, d in [('t1', 10), ('t2', 0.005)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    tasks[0].cancel()
    done, pending = await asyncio.wait(tasks)
    print(sorted(t.result() for t in done if not t.cancelled()), tasks[0].cancelled(), pending)

    restart()
    release_ok = asyncio.Event()
    never = asyncio.Event()

    async def after(event, name):
        await event.wait()
        return name

    bad = [asyncio.create_task(after(release_ok, 'ok')), asyncio.create_task(fetch('boom', 0, True)),
           asyncio.create_task(after(never, 'late'))]
    done, pending = await asyncio.wait(bad, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending), [repr(t.exception()) for t in done if t.exception()])
    release_ok.set()
    done, pending = await asyncio.wait(pending, timeout=5, return_when=asyncio.FIRST_COMPLETED)
    print([t.result() for t in done], len(pending))
    for t in pending:
        t.cancel()
    await asyncio.sleep(0)

    restart()
    group = asyncio.gather(fetch('p', 1), fetch('q', 1))
    await asyncio.sleep(0)
    print('cancel gather', group.cancel('shutting down'), group.cancel())
    try:
        await group
    except asyncio.CancelledError as exc:
        print('gather cancelled', exc.args)
    print(await asyncio.gather(), await asyncio.sleep(0.001, result='slept'))

    restart()
    coro = fetch('never', 0)
    for call in (lambda: asyncio.wait([]), lambda: asyncio.wait([coro]),
                 lambda: asyncio.wait(tasks, return_when='SOMETIMES'),
                 lambda: asyncio.wait(tasks[0])):
        try:
            await call()
        except (ValueError, TypeError) as exc:
            print(type(exc).__name__, exc)
    coro.close()
    try:
        for _ in asyncio.as_completed(tasks[0]):
            pass
    except TypeError as exc:
        print('TypeError', exc)


asyncio.run(main())
