# asyncio.TaskGroup: results of child tasks, one child failing cancels its siblings and the body
# and surfaces as an ExceptionGroup (handled with except*), several failures collected, an error in
# the body itself, nested groups, reprs of the group and the RuntimeErrors for misuse.
import asyncio


start = 0.0


def restart():
    global start
    start = asyncio.get_running_loop().time()


def job(name, delay, log, fail=None):
    # Deadlines count from the start of the scenario, so the finishing order depends only on the
    # delays, not on how fast the tasks get created and started.
    return _job(name, start + delay, log, fail)


async def sleep_until(deadline):
    # A timer at a fixed loop time: timers that are due together run in deadline order.
    loop = asyncio.get_running_loop()
    wake = loop.create_future()
    handle = loop.call_at(deadline, wake.set_result, None)
    try:
        await wake
    finally:
        handle.cancel()


async def _job(name, deadline, log, fail):
    try:
        await sleep_until(deadline)
    except asyncio.CancelledError:
        log.append(f'{name} cancelled')
        raise
    if fail:
        log.append(f'{name} failing')
        raise fail
    log.append(f'{name} ok')
    return name


async def main():
    log = []
    restart()
    async with asyncio.TaskGroup() as tg:
        first = tg.create_task(job('a', 0.02, log))
        second = tg.create_task(job('b', 0.01, log), name='job-b')
        print(repr(tg))
    print(first.result(), second.result(), second.get_name(), log, repr(tg))

    log = []
    restart()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job('ok', 0.001, log))
            tg.create_task(job('bad', 0.01, log, fail=ValueError('disk full')))
            tg.create_task(job('slow', 1, log))
            await asyncio.sleep(1)
            log.append('body not reached')
    except* ValueError as group:
        print('caught', repr(group), [repr(e) for e in group.exceptions])
    print(log)

    log = []
    restart()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job('x', 0.01, log, fail=KeyError('x')))
            tg.create_task(job('y', 0.01, log, fail=TypeError('y')))
    except* KeyError as keys:
        print('keys', keys.exceptions)
    except* TypeError as types:
        print('types', types.exceptions)
    print(log)

    log = []
    restart()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job('child', 1, log))
            raise RuntimeError('body failed')
    except ExceptionGroup as group:
        print('body error', group.exceptions, log)

    log = []
    restart()
    try:
        async with asyncio.TaskGroup() as outer:
            outer.create_task(job('o1', 1, log))

            async def inner_group():
                async with asyncio.TaskGroup() as inner:
                    inner.create_task(job('i1', 0.001, log, fail=ZeroDivisionError('i1')))
                    inner.create_task(job('i2', 1, log))
            outer.create_task(inner_group())
    except ExceptionGroup as group:
        nested = group.exceptions[0]
        print(type(nested).__name__, nested.exceptions, sorted(log))

    tg = asyncio.TaskGroup()
    coro = _job('never', 0, [], None)
    try:
        tg.create_task(coro)
    except RuntimeError as exc:
        print(exc)
    coro.close()
    async with tg:
        try:
            async with tg:
                pass
        except RuntimeError as exc:
            print(exc)
    coro = _job('late', 0, [], None)
    try:
        tg.create_task(coro)
    except RuntimeError as exc:
        print(exc)
    coro.close()


asyncio.run(main())
