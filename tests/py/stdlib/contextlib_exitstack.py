# contextlib.ExitStack: callbacks run in LIFO order, enter_context, push of exit callbacks that
# suppress, pop_all to keep resources open, exception context chaining, redirect_stdout.
from contextlib import ExitStack, contextmanager, redirect_stdout, redirect_stderr, AbstractContextManager
import sys

log = []


@contextmanager
def resource(name):
    log.append(f'open {name}')
    yield name
    log.append(f'close {name}')


with ExitStack() as stack:
    names = [stack.enter_context(resource(n)) for n in ('db', 'cache', 'socket')]
    stack.callback(log.append, 'callback')
    log.append(f'using {names}')
print(log)
log.clear()


def opener(fail_at):
    with ExitStack() as stack:
        for i in range(4):
            if i == fail_at:
                raise RuntimeError(f'failed opening {i}')
            stack.enter_context(resource(f'r{i}'))
        return stack.pop_all()


try:
    opener(2)
except RuntimeError as e:
    print(e, log)
log.clear()
kept = opener(9)
print(log)
kept.close()
print(log[-4:])


def swallow(exc_type, exc, tb):
    log.append(f'swallow {exc_type.__name__}')
    return True


log.clear()
with ExitStack() as stack:
    stack.push(swallow)
    stack.callback(log.append, 'cleanup')
    raise KeyError('hidden')
print(log)


def failing_cleanup():
    raise ValueError('cleanup failed')


try:
    with ExitStack() as stack:
        stack.callback(failing_cleanup)
        raise KeyError('original')
except ValueError as e:
    print('ValueError', e, 'context:', repr(e.__context__))


class Timer(AbstractContextManager):
    def __exit__(self, *exc):
        print('timer exit', exc[0])


with Timer() as t:
    print(type(t).__name__)
try:
    with ExitStack() as stack:
        stack.enter_context(42)
except TypeError as e:
    print('TypeError:', e)


class Collector:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def flush(self):
        pass


out = Collector()
with redirect_stdout(out):
    print('hello', 'world')
    print(3, end='!')
print('captured:', ''.join(out.parts))
err = Collector()
with redirect_stderr(err):
    print('oops', file=sys.stderr)
print('stderr captured:', err.parts)
