# A push-based data pipeline built from generator coroutines: send/throw/close, yield from
# delegation with return values, a priming decorator made with functools.wraps, and a
# broadcaster that fans records out to several sinks.
import functools
import itertools


def coroutine(fn):
    @functools.wraps(fn)
    def start(*args, **kw):
        gen = fn(*args, **kw)
        next(gen)
        return gen
    return start


class Reset(Exception):
    pass


@coroutine
def averager(log):
    total = count = 0
    try:
        while True:
            try:
                value = yield (total / count if count else None)
            except Reset:
                log.append(f'averager reset at n={count}')
                total = count = 0
                continue
            total += value
            count += 1
    finally:
        log.append(f'averager closed, n={count}')


@coroutine
def filter_stage(pred, target):
    while True:
        item = yield
        if pred(item):
            target.send(item)


@coroutine
def map_stage(fn, target):
    while True:
        target.send(fn((yield)))


@coroutine
def broadcast(*targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)


@coroutine
def collect(into):
    while True:
        into.append((yield))


def chunked_sum(size):
    total = 0
    for _ in range(size):
        v = yield
        if v is None:
            break
        total += v
    return total


def chunker(results, size):
    while True:
        subtotal = yield from chunked_sum(size)
        results.append(subtotal)


log = []
avg = averager(log)
print([avg.send(v) for v in (10, 20, 30)])
avg.throw(Reset)
print(avg.send(5), avg.send(7))
avg.close()
print(log, avg.gi_frame is None)
try:
    avg.send(1)
except StopIteration:
    print('closed coroutine raises StopIteration')

evens, squares, big = [], [], []
sink = broadcast(
    filter_stage(lambda x: x % 2 == 0, collect(evens)),
    map_stage(lambda x: x * x, filter_stage(lambda x: x > 50, collect(big))),
    map_stage(lambda x: x * x, collect(squares)),
)
for i in range(1, 11):
    sink.send(i)
print(evens, squares, big)

results = []
ch = chunker(results, 3)
next(ch)
for v in [1, 2, 3, 4, 5, 6, 7]:
    ch.send(v)
ch.send(None)
ch.send(100)
print(results)


def numbers():
    received = yield 'ready'
    while received is not None:
        received = yield received * 2
    return 'finished'


g = numbers()
print(next(g), g.send(4), g.send(10))
try:
    g.send(None)
except StopIteration as e:
    print('return value', e.value)


def guarded():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print('  cleanup on close')
        raise


gg = guarded()
next(gg)
gg.close()
gg.close()


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 'refuse'


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print('RuntimeError:', e)

t = averager([])
try:
    t.throw(ValueError('bad input'))
except ValueError as e:
    print('propagated', e, t.gi_frame is None)
print(averager.__name__, averager.__wrapped__.__name__)

fib = lambda: itertools.accumulate(itertools.repeat(None), lambda ab, _: (ab[1], ab[0] + ab[1]), initial=(0, 1))
print([a for a, _ in itertools.islice(fib(), 12)])


def tree_walk(node, depth=0):
    name, kids = node
    yield depth, name
    for k in kids:
        yield from tree_walk(k, depth + 1)


tree = ('root', [('a', [('a1', []), ('a2', [])]), ('b', [('b1', [('b1x', [])])])])
print(' '.join(f'{"-" * d}{n}' for d, n in tree_walk(tree)))
gen = (x * x for x in range(5))
print(next(gen), list(gen), list(gen))
