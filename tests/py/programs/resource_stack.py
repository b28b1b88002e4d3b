# A resource manager built on contextlib: ExitStack with callbacks and nested managers,
# @contextmanager generators that handle and re-raise errors, suppress, redirect_stdout,
# closing, nullcontext, and a pool that releases everything in reverse order on failure.
import contextlib
import io
from contextlib import ExitStack, contextmanager, suppress, closing, nullcontext, redirect_stdout

events = []


class Connection:
    opened = 0

    def __init__(self, name, fail_on_open=False):
        self.name = name
        if fail_on_open:
            raise ConnectionError(f'cannot open {name}')
        Connection.opened += 1
        events.append(f'open {name}')

    def __enter__(self):
        events.append(f'enter {self.name}')
        return self

    def __exit__(self, et, ev, tb):
        events.append(f'exit {self.name} ({et.__name__ if et else "ok"})')
        return False

    def close(self):
        events.append(f'close {self.name}')


@contextmanager
def transaction(conn):
    events.append(f'begin {conn.name}')
    try:
        yield conn
    except ValueError as e:
        events.append(f'rollback {conn.name}: {e}')
        raise
    else:
        events.append(f'commit {conn.name}')
    finally:
        events.append(f'end {conn.name}')


@contextmanager
def tolerant(label):
    try:
        yield label
    except KeyError as e:
        events.append(f'{label} swallowed KeyError {e}')


def open_all(names, fail_at=None):
    with ExitStack() as stack:
        conns = []
        for n in names:
            c = stack.enter_context(Connection(n, fail_on_open=(n == fail_at)))
            stack.callback(events.append, f'callback for {n}')
            conns.append(c)
        events.append(f'all open: {[c.name for c in conns]}')
        return stack.pop_all(), conns


def show(title):
    print(title)
    for e in events:
        print('  ', e)
    events.clear()


keep, conns = open_all(['db', 'cache'])
show('opened (kept alive by pop_all)')
with keep:
    events.append('using ' + '+'.join(c.name for c in conns))
show('closed kept stack')

try:
    open_all(['a', 'b', 'c'], fail_at='c')
except ConnectionError as e:
    events.append(f'caught {e}')
show('failure half-way')

db = Connection('ledger')
with db, transaction(db):
    events.append('write 1')
try:
    with transaction(db):
        events.append('write 2')
        raise ValueError('constraint violated')
except ValueError:
    events.append('outer saw ValueError')
show('transactions')

with tolerant('reader') as label:
    {}['missing']
with suppress(ZeroDivisionError, IndexError):
    events.append('before 1/0')
    1 / 0
    events.append('never')
with closing(Connection('sock')) as s:
    events.append(f'using {s.name}')
with nullcontext(42) as v:
    events.append(f'nullcontext gave {v}')
show('helpers')

buf = io.StringIO()
with redirect_stdout(buf):
    print('captured line 1')
    print('captured line 2')
print('captured:', buf.getvalue().splitlines())


class Pool(contextlib.AbstractContextManager):
    def __init__(self, size):
        self.size = size
        self.free = list(range(size))

    def __exit__(self, *exc):
        events.append(f'pool exit, {len(self.free)}/{self.size} free')
        return None


with Pool(3) as p:
    p.free.pop()
show('abstract context manager')


@contextmanager
def timer_like(name):
    events.append(f'start {name}')
    yield
    events.append(f'stop {name}')


@timer_like('decorated')
def work(x):
    events.append(f'work {x}')
    return x * 2


print(work(21), work(1))
show('contextmanager as decorator')

with ExitStack() as stack:
    for i in range(3):
        stack.callback(lambda i=i: events.append(f'cleanup {i}'))
    stack.push(lambda et, ev, tb: events.append(f'push saw {et.__name__}') or True)
    raise RuntimeError('boom inside stack')
show('exitstack suppresses via pushed exit')

try:
    with ExitStack() as stack:
        stack.callback(lambda: 1 / 0)
        raise KeyError('first')
except ZeroDivisionError as e:
    print('chained:', type(e).__name__, '<-', repr(e.__context__))
print('connections opened', Connection.opened)
