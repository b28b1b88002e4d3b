# contextvars with asyncio: each task runs in a copy of the context it was created in, so values
# set inside one task stay invisible to the others and to the parent; an explicit context= shares
# one Context; callbacks run in the context they were scheduled with; Token reset inside a task.
import asyncio
import contextvars

request_id = contextvars.ContextVar('request_id', default='-')
trail = contextvars.ContextVar('trail', default=())
log = []


def note(message):
    log.append(f'[{request_id.get()}] {message}')


async def sleep_until(deadline):
    # A timer at a fixed loop time, so that the finishing order depends only on the deadlines.
    loop = asyncio.get_running_loop()
    wake = loop.create_future()
    loop.call_at(deadline, wake.set_result, None)
    await wake


async def handle(rid, delay, start=None):
    request_id.set(rid)
    trail.set(trail.get() + (rid,))
    note('start')
    if start is None:
        await asyncio.sleep(delay)
    else:
        await sleep_until(start + delay)
    note(f'done after {delay}')
    return request_id.get(), trail.get()


async def nested():
    request_id.set('outer')
    inner = await asyncio.create_task(handle('inner', 0))
    return request_id.get(), inner


async def counter(ctx_var, times):
    for _ in range(times):
        ctx_var.set(ctx_var.get() + 1)
        await asyncio.sleep(0)
    return ctx_var.get()


async def main():
    request_id.set('main')
    trail.set(('main',))
    start = asyncio.get_running_loop().time()
    results = await asyncio.gather(handle('r1', 0.02, start), handle('r2', 0.01, start),
                                   handle('r3', 0, start))
    print(results)
    print(request_id.get(), trail.get())
    print(await nested(), request_id.get())

    hits = contextvars.ContextVar('hits', default=0)
    shared = contextvars.copy_context()
    a = asyncio.create_task(counter(hits, 3), context=shared)
    await a
    b = asyncio.create_task(counter(hits, 2), context=shared)
    print(a.result(), await b, shared[hits], hits.get())
    print(a.get_context() is shared, b.get_context() is shared)

    loop = asyncio.get_running_loop()
    seen = []
    ctx = contextvars.copy_context()
    ctx.run(request_id.set, 'cb-ctx')
    loop.call_soon(lambda: seen.append(request_id.get()), context=ctx)
    loop.call_soon(lambda: seen.append(request_id.get()))
    await asyncio.sleep(0)
    print(seen)

    token = request_id.set('temporary')
    note('temporary set')
    request_id.reset(token)
    note('reset')
    fut = loop.create_future()
    fut.add_done_callback(lambda f: note(f'future done: {f.result()}'), context=ctx)
    fut.set_result(7)
    await asyncio.sleep(0)


asyncio.run(main())
print('\n'.join(log))
print(request_id.get(), trail.get())
