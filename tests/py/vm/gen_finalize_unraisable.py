# Finalizing generator-like objects reports errors through sys.unraisablehook as CPython does: a
# generator that yields again when closed at its deallocation ("generator ignored GeneratorExit"), one
# whose finally block raises, and the same for a coroutine and an async generator; the exception being
# handled at that moment is left as it was.
import sys

seen = []
def hook(u):
    seen.append((u.exc_type.__name__, str(u.exc_value), u.err_msg, type(u.object).__name__, getattr(u.object, '__name__', None)))
sys.unraisablehook = hook

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

def failing_finally():
    try:
        yield 1
    finally:
        raise ValueError('cleanup failed')

async def coro_stubborn():
    try:
        await Step()
    except GeneratorExit:
        await Step()

class Step:
    def __await__(self):
        yield 'step'

async def agen_failing():
    try:
        yield 1
    finally:
        raise KeyError('agen cleanup')

g = stubborn(); next(g); del g
g = failing_finally(); next(g); del g
c = coro_stubborn(); c.send(None); del c
a = agen_failing()
try:
    a.asend(None).send(None)
except StopIteration as e:
    print('first value', e.value)
del a
try:
    raise RuntimeError('being handled')
except RuntimeError:
    g = failing_finally(); next(g); del g
    print('still handling', sys.exc_info()[1])
for s in seen:
    print(s)
