# contextlib.contextmanager: enter/exit order, exceptions propagated, swallowed and replaced,
# use as a decorator, generator errors; closing, nullcontext, suppress (exception groups too).
from contextlib import contextmanager, closing, nullcontext, suppress

events = []


@contextmanager
def tag(name):
    events.append(f'<{name}>')
    try:
        yield name.upper()
    finally:
        events.append(f'</{name}>')


with tag('html') as t:
    with tag('body'):
        events.append(t)
print(''.join(events))
events.clear()
try:
    with tag('p'):
        raise ValueError('bad paragraph')
except ValueError as e:
    print('caught', e, events)


@contextmanager
def transaction(db):
    snapshot = dict(db)
    try:
        yield db
    except KeyError as e:
        db.clear()
        db.update(snapshot)
        print('rolled back after', repr(e))
    else:
        print('committed', sorted(db))


db = {'a': 1}
with transaction(db) as d:
    d['b'] = 2
with transaction(db) as d:
    d['c'] = 3
    raise KeyError('missing')
print(db)


@contextmanager
def converting():
    try:
        yield
    except ZeroDivisionError as e:
        raise ArithmeticError('converted') from e


try:
    with converting():
        1 / 0
except ArithmeticError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)


@tag('deco')
def work(n):
    events.append(f'work {n}')
    return n * 2


events.clear()
print(work(1), work(2), events)


@contextmanager
def no_yield():
    if False:
        yield


@contextmanager
def two_yields():
    yield 1
    yield 2


for cm in (no_yield, two_yields):
    try:
        with cm():
            pass
    except RuntimeError as e:
        print('RuntimeError:', e)


class Resource:
    def __init__(self, name):
        self.name = name

    def close(self):
        print('closing', self.name)


with closing(Resource('file')) as r:
    print('using', r.name)
with nullcontext(42) as v:
    print('null', v)
with nullcontext() as v:
    print('null', v)
with suppress(KeyError, IndexError):
    {}['x']
with suppress(ZeroDivisionError):
    print('before')
    1 / 0
    print('not printed')
print('after suppress')
try:
    with suppress(TypeError):
        raise ValueError('passes through')
except ValueError as e:
    print('ValueError:', e)
with suppress(ValueError):
    raise ExceptionGroup('eg', [ValueError(1), ValueError(2)])
try:
    with suppress(ValueError):
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
except ExceptionGroup as eg:
    print('remaining', repr(eg.exceptions))
