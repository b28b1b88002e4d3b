# asyncio event loop API without asyncio.run: new_event_loop, call_soon/call_later/call_at order
# (FIFO for equal times, cancelled handles skipped), run_until_complete with a coroutine and a
# Future, stop()/run_forever(), Future result/exception/cancel/callbacks and InvalidStateError,
# the loop's exception handler (a failing callback, "Task exception was never retrieved"),
# Runner reuse, and the RuntimeErrors of a closed or running loop.
import asyncio
import gc

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(loop, loop.is_running(), loop.is_closed(), loop.get_debug())
order = []
base = loop.time()
loop.call_later(0.01, order.append, 'later 0.01')
loop.call_at(base + 0.005, order.append, 'at +0.005')
loop.call_soon(order.append, 'soon 1')
cancelled = loop.call_soon(order.append, 'never')
loop.call_soon(order.append, 'soon 2')
cancelled.cancel()
print(cancelled.cancelled(), type(cancelled).__name__)
loop.call_later(0.015, loop.stop)
loop.run_forever()
print(order)


async def compute(x):
    await asyncio.sleep(0.001)
    return x * x


print(loop.run_until_complete(compute(7)))
fut = loop.create_future()
loop.call_soon(fut.set_result, 'from a callback')
print(loop.run_until_complete(fut), fut.done(), fut.cancelled(), repr(fut))

# Futures.
fut = loop.create_future()
seen = []
fut.add_done_callback(lambda f: seen.append(('first', f.result())))
fut.add_done_callback(seen.append)
print(repr(fut).split(' cb=')[0], fut.remove_done_callback(seen.append))
for call in (fut.result, fut.exception):
    try:
        call()
    except asyncio.InvalidStateError as exc:
        print('InvalidStateError', exc)
fut.set_result(42)
for call in (lambda: fut.set_result(1), lambda: fut.set_exception(ValueError())):
    try:
        call()
    except asyncio.InvalidStateError as exc:
        print('InvalidStateError', exc)
loop.run_until_complete(asyncio.sleep(0))
print(seen, fut.result(), fut.exception(), fut.cancel())

fut = loop.create_future()
fut.set_exception(KeyError)
print(repr(fut), repr(fut.exception()))
try:
    fut.result()
except KeyError as exc:
    print('result() raised', repr(exc))
try:
    loop.create_future().set_exception(StopIteration('x'))
except TypeError as exc:
    print('TypeError', exc)
fut = loop.create_future()
print(fut.cancel('no longer needed'), fut.cancelled(), repr(fut), fut.cancel())
try:
    fut.result()
except asyncio.CancelledError as exc:
    print('CancelledError', exc.args)

# The exception handler.
reports = []


def handler(the_loop, context):
    exc = context.get('exception')
    reports.append((context['message'].split(' at ')[0], type(exc).__name__ if exc else None,
                    sorted(context)))


loop.set_exception_handler(handler)
print(loop.get_exception_handler() is handler)


def broken_callback():
    raise ZeroDivisionError('callback failed')


loop.call_soon(broken_callback)
loop.run_until_complete(asyncio.sleep(0.001))


async def fails():
    raise OSError('nobody awaited me')


task = loop.create_task(fails())
loop.run_until_complete(asyncio.sleep(0.001))
print(task.done(), repr(task.exception()) if False else 'unretrieved')
del task
gc.collect()
loop.call_exception_handler({'message': 'custom report', 'detail': 1})
for report in reports:
    print(report)
loop.set_exception_handler(None)
try:
    loop.set_exception_handler('not callable')
except TypeError as exc:
    print('TypeError', exc)


async def nested_run():
    coro = asyncio.sleep(0)
    try:
        loop.run_until_complete(coro)
    except RuntimeError as exc:
        print('RuntimeError', exc)
    coro.close()
    coro = compute(1)
    try:
        asyncio.run(coro)
    except RuntimeError as exc:
        print('RuntimeError', exc)
    coro.close()
    print(asyncio.get_running_loop() is loop, asyncio.get_event_loop() is loop)


loop.run_until_complete(nested_run())
try:
    loop.call_later(None, print)
except TypeError as exc:
    print('TypeError', exc)
loop.close()
print(loop, loop.is_closed())
coro = asyncio.sleep(0)
for call in (lambda: loop.call_soon(print), lambda: loop.run_forever(),
             lambda: loop.run_until_complete(coro)):
    try:
        call()
    except RuntimeError as exc:
        print('RuntimeError', exc)
coro.close()
asyncio.set_event_loop(None)
try:
    asyncio.get_running_loop()
except RuntimeError as exc:
    print('RuntimeError', exc)

# Runner: one loop for several runs.
with asyncio.Runner() as runner:
    first = runner.run(compute(3))
    runner_loop = runner.get_loop()
    second = runner.run(compute(4))
    print(first, second, runner_loop is runner.get_loop(), runner_loop.is_closed())
print(runner_loop.is_closed())
coro = compute(5)
try:
    runner.run(coro)
except RuntimeError as exc:
    print('RuntimeError', exc)
coro.close()
try:
    asyncio.run(42)
except ValueError as exc:
    print('ValueError', exc)
print(asyncio.run(compute(9)))
