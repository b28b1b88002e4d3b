# close() of a generator delegating with yield from to an object whose close() fails raises that error as it is
# (its args kept), and an error from the delegate's throw() likewise; a plain close() raises GeneratorExit()
# with no args inside the generator.
class Sub:
    def __iter__(self): return self
    def __next__(self): return 1
    def close(self): raise ValueError('close failed', 42)
def g():
    yield from Sub()
x = g(); next(x)
try:
    x.close()
except ValueError as e:
    print('ValueError', e.args)
class BadThrow(Sub):
    def throw(self, *a): raise KeyError('throw failed')
def h():
    yield from BadThrow()
y = h(); next(y)
try:
    y.throw(RuntimeError('in'))
except KeyError as e:
    print('KeyError', e.args)
def seen():
    try:
        yield 1
    except GeneratorExit as e:
        print('GeneratorExit args', e.args)
        raise
z = seen(); next(z); z.close()
