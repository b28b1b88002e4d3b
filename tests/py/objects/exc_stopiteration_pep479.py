# StopIteration in depth: the value carried by a generator's return, PEP 479 (a StopIteration raised
# inside a generator becomes RuntimeError), StopIteration raised by __next__ ending for loops, next()
# with a default, and StopAsyncIteration's place in the hierarchy.
def gen_returning():
    yield 1
    return {"summary": 42}
g = gen_returning()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value:", e.value, "args:", e.args)

def leaky():
    yield 1
    raise StopIteration("escaped")
try:
    list(leaky())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__), e.__suppress_context__)

def calls_next_on_empty():
    it = iter([])
    yield next(it)
try:
    for x in calls_next_on_empty():
        pass
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)

def delegator():
    result = yield from gen_returning()
    yield ("delegated result", result)
print(list(delegator()))

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration("done")
        self.n -= 1
        return self.n
print(list(Countdown(3)), next(Countdown(0), "default"), next(iter(()), None))
c = Countdown(0)
try:
    next(c)
except StopIteration as e:
    print("StopIteration:", e.value, e.args)

# StopIteration subclasses and their value.
class Done(StopIteration):
    pass
d = Done("final", "extra")
print(d.value, d.args, isinstance(d, StopIteration))
d.value = "replaced"
print(d.value, d.args)
def uses_done():
    yield 1
    raise Done(5)
try:
    list(uses_done())
except RuntimeError as e:
    print("RuntimeError:", e, repr(e.__cause__))

print([c.__name__ for c in StopAsyncIteration.__mro__], issubclass(StopAsyncIteration, StopIteration))

# Generator close/throw interplay with return values.
def closable():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("cleanup on close")
        raise
g = closable()
next(g)
print(g.close(), g.close())
def thrower():
    try:
        yield 1
    except ValueError as e:
        return f"handled {e}"
g = thrower()
next(g)
try:
    g.throw(ValueError("boom"))
except StopIteration as e:
    print("throw ->", e.value)
