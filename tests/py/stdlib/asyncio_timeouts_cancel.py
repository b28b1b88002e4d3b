# asyncio cancellation and timeouts: Task.cancel with a message, cancelling()/uncancel(), a task
# that catches CancelledError and finishes anyway, asyncio.timeout/timeout_at (reschedule, expired,
# nesting: only the expired one raises TimeoutError), wait_for (including timeout 0), shield
# keeping the inner task alive, and the task/timeout state reprs.
import asyncio


async def worker(log, delay):
    try:
        await asyncio.sleep(delay)
        log.append('worker finished')
        return 'result'
    except asyncio.CancelledError as exc:
        log.append(f'worker cancelled {exc.args}')
        raise
    finally:
        log.append('worker cleanup')


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        return 'ignored the cancel'


def state(task):
    return 'cancelled' if task.cancelled() else 'done' if task.done() else 'pending'


async def main():
    log = []
    task = asyncio.create_task(worker(log, 1), name='w1')
    await asyncio.sleep(0)
    print(task.cancel('enough'), task.cancelling(), state(task))
    try:
        await task
    except asyncio.CancelledError as exc:
        print('awaiting raised', exc.args)
    print(log, state(task), task.cancel(), task.cancelling())
    try:
        task.result()
    except asyncio.CancelledError as exc:
        print('result() raised', repr(exc))

    task = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    task.cancel()
    print(await task, task.cancelled(), task.cancelling(), task.uncancel(), task.uncancel())

    task = asyncio.create_task(worker([], 1))
    task.cancel()
    print('cancelled before start', state(task))
    await asyncio.sleep(0)
    print(state(task))

    # timeouts
    try:
        async with asyncio.timeout(0.01) as cm:
            print('inside', repr(cm).split(' when=')[0], cm.expired())
            await asyncio.sleep(1)
    except TimeoutError as exc:
        print('TimeoutError', repr(exc), type(exc.__cause__).__name__, repr(cm), cm.expired())

    async with asyncio.timeout(None) as cm:
        print(repr(cm), cm.when())
        cm.reschedule(asyncio.get_running_loop().time() + 10)
        await asyncio.sleep(0.001)
    print(repr(cm), cm.expired())
    for call in (lambda: cm.reschedule(None), lambda: asyncio.Timeout(None).reschedule(1)):
        try:
            call()
        except RuntimeError as exc:
            print('RuntimeError', exc)

    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(None) as outer:
            try:
                async with asyncio.timeout(0.01) as inner:
                    await asyncio.sleep(1)
            except TimeoutError:
                print('inner expired', inner.expired(), outer.expired())
            outer.reschedule(loop.time() + 0.01)
            await asyncio.sleep(1)
    except TimeoutError:
        print('outer expired', outer.expired())

    print(await asyncio.wait_for(worker([], 0.001), timeout=1))
    log = []
    try:
        await asyncio.wait_for(worker(log, 1), timeout=0.01)
    except TimeoutError as exc:
        print('wait_for timed out', type(exc.__context__).__name__, log)
    try:
        await asyncio.wait_for(worker([], 1), timeout=0)
    except TimeoutError:
        print('timeout=0 raised TimeoutError')
    done = asyncio.get_running_loop().create_future()
    done.set_result('already there')
    print(await asyncio.wait_for(done, 0), await asyncio.wait_for(asyncio.sleep(0, 'x'), None))

    # shield: the outer await is cancelled, the inner task carries on.
    log = []
    gate = asyncio.Event()

    async def gated():
        await gate.wait()
        return await worker(log, 0)

    inner_task = asyncio.create_task(gated())
    guarded = asyncio.create_task(asyncio.wait_for(asyncio.shield(inner_task), 0.005))
    try:
        await guarded
    except TimeoutError:
        print('shielded wait timed out', state(inner_task))
    gate.set()
    print(await inner_task, log)


asyncio.run(main())
