# dis: structural pattern matching (mapping, sequence, class, or- and guard patterns), generators
# (yield, yield from, send), coroutines (await, async with, async for, async comprehensions) and
# async generators; dis of generator and coroutine objects themselves, and nested code with depth.
import dis
import io
import re


def show(x, **options):
    out = io.StringIO()
    dis.dis(x, file=out, **options)
    print(re.sub(r' at 0x[0-9a-f]+', '', out.getvalue()), end='')
    print('-' * 40)


class Point:
    __match_args__ = ('x', 'y')

    def __init__(self, x, y):
        self.x, self.y = x, y


def describe(shape):
    match shape:
        case {'kind': 'circle', 'r': r}:
            return f'circle {r}'
        case [x, y, *rest] if not rest:
            return f'pair {x} {y}'
        case Point(0, y=yy) | Point(x=0, y=yy):
            return f'on axis {yy}'
        case Point(x, y) if x == y:
            return 'diagonal'
        case str() | bytes() as text:
            return f'text {len(text)}'
        case {'kind': _, **extra}:
            return f'other {sorted(extra)}'
        case _:
            return 'unknown'


def numbers(n):
    got = yield 0
    yield from range(n)
    return got


async def fetch(source):
    async with source as conn:
        data = await conn.read()
    async for chunk in source:
        print(chunk)
    return [c async for c in source if c], data


async def ticker(n):
    for i in range(n):
        yield i
        await tick()


async def tick():
    pass


show(describe)
show(numbers)
show(fetch)
show(ticker)
gen = numbers(3)
show(gen)
coro = fetch(None)
show(coro)
coro.close()
agen = ticker(2)
show(agen)
print(describe({'kind': 'circle', 'r': 2}), describe([1, 2]), describe(Point(0, 5)), describe(b'ab'))
print(list(numbers(3)))
show(describe, depth=0)
