# ExitStack and AsyncExitStack hand the first exit callback the (type, value, traceback) triple the
# stack's __exit__ received, as given (even a type that does not match the value, or a type with no
# value); later callbacks get the exception the previous one raised, or (None, None, None) once one
# has swallowed it. Generator-based managers built by @contextmanager: the exception thrown back,
# StopIteration wrapped by PEP 479, and the errors for generators that do not yield or do not stop.
from contextlib import ExitStack, AsyncExitStack, contextmanager


def show(label):
    def cb(*details):
        t, v, tb = details
        print(label, t.__name__ if t else None, repr(v), tb if tb is None or isinstance(tb, str) else 'tb')
    return cb


st = ExitStack()
st.push(show('second'))
st.push(show('first'))
print('returned', st.__exit__(KeyError, ValueError('x'), 'TB'))

st = ExitStack()
st.push(show('only'))
print('returned', st.__exit__(ValueError, None, None))


def raiser(*details):
    print('raiser got', details[0].__name__)
    raise IndexError('from callback')


st = ExitStack()
st.push(show('after raise'))
st.push(raiser)
try:
    st.__exit__(KeyError, ValueError('x'), 'TB')
except IndexError as e:
    print('raised', repr(e), repr(e.__context__))

st = ExitStack()
st.push(show('after swallow'))
st.push(lambda *details: True)
print('returned', st.__exit__(TypeError, TypeError('t'), None))


async def run_async():
    st = AsyncExitStack()

    async def aexit(*details):
        print('async cb', details[0].__name__, repr(details[1]), details[2])
        return False
    st.push_async_exit(aexit)
    st.push(show('sync in async'))
    return await st.__aexit__(KeyError, ValueError('y'), 'TB2')


coro = run_async()
try:
    coro.send(None)
except StopIteration as stop:
    print('async returned', stop.value)


@contextmanager
def passthrough():
    yield 'value'


cm = passthrough()
print(cm.__enter__(), sorted(vars(cm)))
try:
    cm.__exit__(ValueError, None, None)
except ValueError as e:
    print('type only ->', repr(e))

for exc in (StopIteration('s'), RuntimeError('r'), KeyError('k')):
    try:
        with passthrough():
            raise exc
    except BaseException as e:
        print(type(exc).__name__, '->', repr(e), e is exc)


@contextmanager
def no_yield():
    return
    yield


@contextmanager
def yields_twice():
    try:
        yield 1
    except Exception:
        pass
    yield 2


for make, raise_in_body in ((no_yield, False), (yields_twice, False), (yields_twice, True)):
    try:
        with make():
            if raise_in_body:
                raise KeyError('body')
    except RuntimeError as e:
        print(make.__name__, raise_in_body, '->', e, repr(e.__context__))
