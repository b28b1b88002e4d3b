# Generators resumed straight from compiled code (jit.ts jitGenResume, for FOR_ITER and for SEND of
# `yield from`): values, returns, exceptions raised inside and caught outside, tracebacks through the
# resumed frames, a generator that resumes itself, nesting past the compiled-frame depth, the
# recursion limit, and close() after a compiled resumption.
import sys
import traceback


def count(n, boom=-1):
    for i in range(n):
        if i == boom:
            raise KeyError(i)
        yield i * i
    return n


def relay(n, boom=-1):
    got = yield from count(n, boom)
    yield -got


for rnd in range(4):
    print(rnd, list(relay(5)), sum(count(10)))
    try:
        for v in relay(10, boom=7):
            pass
    except KeyError as e:
        print('caught', repr(e), v)


def tb_demo():
    try:
        for _ in relay(4, boom=2):
            pass
    except KeyError:
        lines = traceback.format_exc().splitlines()
        print('\n'.join(l for l in lines if not l.startswith('  File "/')))


for _ in range(3):
    tb_demo()


def selfish():
    yield 1
    try:
        next(me)
    except ValueError as e:
        yield str(e)


for _ in range(3):
    me = selfish()
    print(list(me))


def nest(d):
    if d == 0:
        yield 'leaf'
        return 'r0'
    r = yield from nest(d - 1)
    yield r
    return f'r{d}'


for depth in (5, 130, 300):
    out = list(nest(depth))
    print(depth, len(out), out[:3], out[-1])


def deep(d):
    yield d
    yield from deep(d + 1)


sys.setrecursionlimit(400)
try:
    for x in deep(0):
        pass
except RecursionError as e:
    print('RecursionError', e, x > 100)
sys.setrecursionlimit(1000)


def closing():
    try:
        for i in range(10):
            yield i
    finally:
        print('finally ran')


for _ in range(3):
    g = closing()
    for v in g:
        if v == 5:
            break
    g.close()
    print('closed at', v)


def stopper():
    yield 1
    raise StopIteration('inside')


for _ in range(3):
    try:
        print(list(stopper()))
    except RuntimeError as e:
        print('RuntimeError', e, repr(e.__cause__))
