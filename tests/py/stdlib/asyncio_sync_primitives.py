# asyncio synchronization: a Lock serializing a read-modify-write on a shared account (FIFO order
# of waiters), an Event releasing waiting tasks, a Condition with wait_for and notify/notify_all,
# a Semaphore limiting concurrency, BoundedSemaphore over-release, a Barrier for a phase of workers
# (reset/abort breaking it), and the state part of their reprs.
import asyncio


def state_of(obj):
    text = repr(obj)
    return text[text.index('['):]


async def deposit(account, lock, who, amount, log):
    async with lock:
        log.append(f'{who} in')
        balance = account['balance']
        await asyncio.sleep(0)
        account['balance'] = balance + amount
        log.append(f'{who} out')


async def lock_demo():
    account = {'balance': 0}
    lock = asyncio.Lock()
    log = []
    print(state_of(lock), lock.locked())
    await asyncio.gather(*(deposit(account, lock, f'd{i}', 10 * i, log) for i in range(1, 4)))
    print(account, log)
    await lock.acquire()
    waiter = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    print(state_of(lock))
    lock.release()
    await waiter
    print(state_of(lock), waiter.result())
    lock.release()
    try:
        lock.release()
    except RuntimeError as exc:
        print('RuntimeError', exc)


async def event_demo():
    ready = asyncio.Event()
    order = []

    async def runner(name):
        order.append(f'{name} waiting')
        await ready.wait()
        order.append(f'{name} go')

    tasks = [asyncio.create_task(runner(n)) for n in ('r1', 'r2')]
    await asyncio.sleep(0)
    print(state_of(ready), ready.is_set())
    ready.set()
    await asyncio.gather(*tasks)
    print(order, state_of(ready), await ready.wait())
    ready.clear()
    print(ready.is_set())


async def condition_demo():
    cond = asyncio.Condition()
    items = []
    got = []

    async def consumer(name):
        async with cond:
            await cond.wait_for(lambda: items)
            got.append((name, items.pop(0)))

    consumers = [asyncio.create_task(consumer(f'c{i}')) for i in range(3)]
    await asyncio.sleep(0)
    print(state_of(cond))
    async with cond:
        items.append('first')
        cond.notify()
    await asyncio.sleep(0)
    async with cond:
        items.extend(['second', 'third'])
        cond.notify_all()
    await asyncio.gather(*consumers)
    print(got, state_of(cond))
    for bad in (cond.wait(), ):
        try:
            await bad
        except RuntimeError as exc:
            print('RuntimeError', exc)
    try:
        cond.notify()
    except RuntimeError as exc:
        print('RuntimeError', exc)


async def semaphore_demo():
    sem = asyncio.Semaphore(2)
    active = 0
    peak = 0

    async def download(n):
        nonlocal active, peak
        async with sem:
            active += 1
            peak = max(peak, active)
            await asyncio.sleep(0.001)
            active -= 1
            return n * 2

    print(await asyncio.gather(*(download(i) for i in range(5))), 'peak', peak)
    print(state_of(sem), sem.locked())
    await sem.acquire()
    await sem.acquire()
    print(state_of(sem), sem.locked())
    sem.release()
    sem.release()
    bounded = asyncio.BoundedSemaphore(1)
    async with bounded:
        print(state_of(bounded))
    try:
        bounded.release()
    except ValueError as exc:
        print('ValueError', exc)
    try:
        asyncio.Semaphore(-1)
    except ValueError as exc:
        print('ValueError', exc)


async def barrier_demo():
    barrier = asyncio.Barrier(3)
    print(state_of(barrier), barrier.parties, barrier.n_waiting, barrier.broken)
    phases = []

    async def worker(name):
        phases.append(f'{name} phase 1')
        index = await barrier.wait()
        phases.append(f'{name} phase 2')
        return index

    tasks = [asyncio.create_task(worker(f'w{i}')) for i in range(3)]
    await asyncio.sleep(0)
    print(state_of(barrier))
    print(sorted(await asyncio.gather(*tasks)), phases)
    print(state_of(barrier))

    stuck = asyncio.create_task(barrier.wait())
    await asyncio.sleep(0)
    await barrier.reset()
    try:
        await stuck
    except asyncio.BrokenBarrierError as exc:
        print('reset:', type(exc).__name__)
    await barrier.abort()
    print(state_of(barrier), barrier.broken)
    try:
        await barrier.wait()
    except asyncio.BrokenBarrierError:
        print('broken barrier refuses waiters')
    try:
        asyncio.Barrier(0)
    except ValueError as exc:
        print('ValueError', exc)


for demo in (lock_demo, event_demo, condition_demo, semaphore_demo, barrier_demo):
    asyncio.run(demo())
