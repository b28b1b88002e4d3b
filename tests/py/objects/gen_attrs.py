# Generator attributes: methods from the type, gi_* state, settable names, dir().
def counter(n):
    i = 0
    while i < n:
        got = yield i
        if got is not None:
            i = got
        i += 1
    return 'done'

g = counter(5)
print(type(g).__name__, hasattr(g, '__next__'), hasattr((x for x in ''), '__next__'))
print(g.__next__(), next(g), g.send(3), next(g) if False else '-')
print(g.__name__, g.__qualname__, g.gi_code.co_name, g.gi_running, g.gi_suspended)
print(g.gi_frame is not None, g.gi_frame.f_code is g.gi_code, g.gi_yieldfrom)
print(iter(g) is g, g.__iter__() is g)
g.__name__ = 'renamed'
g.__qualname__ = 'Outer.renamed'
print(g.__name__, g.__qualname__)
for bad in ('__name__', '__qualname__'):
    try:
        setattr(g, bad, 3)
    except TypeError as e:
        print('TypeError', e)
try:
    g.gi_running = True
except AttributeError as e:
    print('AttributeError', e)
print(list(g))
print(g.gi_frame, g.gi_suspended, g.gi_running, g.gi_code is counter.__code__)

fresh = counter(2)
print(fresh.gi_suspended, fresh.gi_frame.f_lineno == counter.__code__.co_firstlineno)
fresh.close()
print(fresh.gi_frame)

def inner():
    yield 1
    yield 2

def outer():
    r = yield from inner()
    yield r

o = outer()
next(o)
print(type(o.gi_yieldfrom).__name__, o.gi_yieldfrom.__name__)

def running():
    yield gen_self.gi_running

gen_self = running()
print(next(gen_self))

def catcher():
    try:
        yield 1
    except ValueError as e:
        yield 'caught ' + str(e)

c = catcher()
next(c)
print(c.throw(ValueError('x')))
print(c.throw is not None, c.close(), c.gi_frame)

for call in (lambda: counter(1).send(), lambda: counter(1).close(1), lambda: counter(1).throw(),
             lambda: counter(1).send(x=1)):
    try:
        call()
    except TypeError as e:
        print('TypeError', e)

names = [n for n in dir(g) if not n.startswith('__') or n in ('__next__', '__iter__', '__name__', '__qualname__', '__del__')]
print(names)
print(type(g).send.__name__, type(g).__dict__['gi_code'].__name__)
