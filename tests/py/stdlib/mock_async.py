# unittest.mock AsyncMock: awaiting calls, return_value, side_effect (exception, iterable,
# sync and async functions), await_count / await_args / await_args_list, the assert_awaited*
# family with their messages, AsyncMock children and magic methods, patch of an async
# function (AsyncMock chosen automatically), async context managers and iteration.
import asyncio
import inspect
import re
from unittest.mock import AsyncMock, MagicMock, Mock, call, patch


def attempt(func):
    try:
        result = func()
    except Exception as exc:
        print('  ', type(exc).__name__ + ':', re.sub(r"id='\d+'", "id=?", str(exc)))
    else:
        print('  ', re.sub(r"id='\d+'", "id=?", repr(result)))


async def fetch(url):
    await asyncio.sleep(0)
    return 'real ' + url


async def crawl(client, urls):
    pages = []
    for url in urls:
        try:
            pages.append(await client.get(url, timeout=5))
        except TimeoutError:
            pages.append(None)
    await client.close()
    return pages


client = AsyncMock(name='client')
client.get.side_effect = ['<a>', TimeoutError(), '<c>']
print(asyncio.run(crawl(client, ['a', 'b', 'c'])))
print(client.get.await_count, client.get.call_count, client.get.await_args)
print(client.get.await_args_list)
print(client.mock_calls)
client.get.assert_awaited()
client.close.assert_awaited_once()
client.get.assert_any_await('b', timeout=5)
client.get.assert_has_awaits([call('a', timeout=5), call('b', timeout=5)])
attempt(lambda: client.get.assert_awaited_once())
attempt(lambda: client.get.assert_awaited_with('a', timeout=5))
attempt(lambda: client.get.assert_not_awaited())
attempt(lambda: client.get.assert_any_await('z'))
attempt(lambda: client.get.assert_has_awaits([call('z')]))
attempt(lambda: client.get.assert_has_awaits([call('z')], any_order=True))
attempt(lambda: client.close.assert_awaited_once_with(1))
fresh = AsyncMock()
attempt(lambda: fresh.assert_awaited())
attempt(lambda: fresh.assert_awaited_with(1))
coro = fresh(1)
print(fresh.call_count, fresh.await_count, inspect.iscoroutine(coro))
print(asyncio.run(coro) is fresh.return_value, fresh.await_count)
print(inspect.iscoroutinefunction(fresh), asyncio.iscoroutinefunction(fresh))

value = AsyncMock(return_value=42)
print(asyncio.run(value()))


async def async_effect(x):
    return x * 2


value.side_effect = async_effect
print(asyncio.run(value(21)))
value.side_effect = lambda x: x + 1
print(asyncio.run(value(1)))
value.side_effect = ValueError('bad')
try:
    asyncio.run(value())
except ValueError as exc:
    print('raised', exc)
value.reset_mock()
print(value.await_count, value.await_args, value.call_count)

# patch picks AsyncMock for async functions
with patch('__main__.fetch') as fake:
    fake.return_value = 'fake page'
    print(type(fake).__name__, asyncio.run(fetch('x')))
    fake.assert_awaited_once_with('x')
print(asyncio.run(fetch('y')))

# async context manager and iteration on MagicMock
cm = MagicMock()
cm.__aenter__.return_value = 'session'
cm.__aiter__.return_value = [1, 2, 3]


async def use():
    async with cm as session:
        items = [i async for i in cm]
    return session, items


print(asyncio.run(use()))
print(type(cm.__aenter__).__name__, type(cm.__aexit__).__name__)
print(type(client.get).__name__, type(client.__enter__).__name__)
