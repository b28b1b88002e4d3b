# PEP 479: StopIteration (or StopAsyncIteration in an async generator) escaping a generator becomes a
# RuntimeError whose traceback does not include the generator's frame (the RuntimeError is re-raised
# there, adding no entry); its __cause__ and __context__ are the original exception.
import traceback


def gen():
    yield 1
    raise StopIteration('x')


def gen2():
    raise StopIteration
    yield


def frames(e):
    return [(f.name, f.lineno) for f in traceback.extract_tb(e.__traceback__)]


for call in [lambda: list(gen()), lambda: next(gen2()), lambda: [x for x in gen2()], lambda: gen2().send(None)]:
    try:
        call()
    except RuntimeError as e:
        print(e, frames(e), repr(e.__cause__), e.__cause__ is e.__context__, e.__suppress_context__)
        print(frames(e.__cause__))


async def agen():
    yield 1
    raise StopAsyncIteration


async def agen2():
    yield 1
    raise StopIteration


async def coro():
    raise StopIteration


async def main():
    for g in (agen, agen2):
        try:
            async for x in g():
                pass
        except RuntimeError as e:
            print(e, frames(e), repr(e.__cause__))


for c in (main(), coro()):
    try:
        c.send(None)
    except StopIteration:
        print('done')
    except RuntimeError as e:
        print(e, frames(e))
