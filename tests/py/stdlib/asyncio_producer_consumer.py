# asyncio queues: producers and consumers over a bounded Queue with join()/task_done(), sentinel
# shutdown, a PriorityQueue job scheduler, a LifoQueue, the nowait variants with QueueFull and
# QueueEmpty, task_done() called too often, and the str() of a queue.
import asyncio


async def producer(name, queue, items, pause):
    for item in items:
        await queue.put((name, item))
        await asyncio.sleep(pause)
    return f'{name} produced {len(items)}'


async def consumer(name, queue, seen):
    while True:
        who, item = await queue.get()
        try:
            if item is None:
                return f'{name} stopped'
            seen.append((name, who, item * item))
            await asyncio.sleep(0.001)
        finally:
            queue.task_done()


async def pipeline():
    queue = asyncio.Queue(maxsize=2)
    seen = []
    consumers = [asyncio.create_task(consumer(f'c{i}', queue, seen)) for i in range(2)]
    produced = await asyncio.gather(producer('p1', queue, [1, 2, 3], 0.002),
                                    producer('p2', queue, [10, 20], 0.003))
    await queue.join()
    print(produced, queue.qsize(), queue.empty(), queue.full())
    for _ in consumers:
        await queue.put(('main', None))
    print(await asyncio.gather(*consumers))
    print(sorted(item for _, _, item in seen), len(seen))
    print(str(queue), queue.maxsize)


async def scheduler():
    jobs = asyncio.PriorityQueue()
    for priority, job in [(3, 'backup'), (1, 'page oncall'), (2, 'deploy'), (1, 'ack alert')]:
        jobs.put_nowait((priority, job))
    print(str(jobs).replace("'", '"'))
    order = []
    while not jobs.empty():
        order.append(await jobs.get())
        jobs.task_done()
    print(order)

    stack = asyncio.LifoQueue(3)
    for word in 'abc':
        stack.put_nowait(word)
    try:
        stack.put_nowait('d')
    except asyncio.QueueFull:
        print('QueueFull', stack.full(), stack.qsize())
    print([stack.get_nowait() for _ in range(3)])
    try:
        stack.get_nowait()
    except asyncio.QueueEmpty:
        print('QueueEmpty', stack.empty())
    for _ in range(3):
        stack.task_done()
    try:
        stack.task_done()
    except ValueError as exc:
        print('ValueError', exc)


async def waiting_get():
    queue = asyncio.Queue()
    getter = asyncio.create_task(queue.get())
    await asyncio.sleep(0)
    print(str(queue))
    getter.cancel()
    try:
        await getter
    except asyncio.CancelledError:
        print('get cancelled', str(queue))
    late = asyncio.get_running_loop().call_later(0.01, queue.put_nowait, 'late item')
    print(await asyncio.wait_for(queue.get(), 1), late.cancelled())
    try:
        await asyncio.wait_for(queue.get(), 0.01)
    except TimeoutError:
        print('timed out waiting', str(queue))


asyncio.run(pipeline())
asyncio.run(scheduler())
asyncio.run(waiting_get())
print(asyncio.Queue[int], issubclass(asyncio.QueueFull, Exception))
