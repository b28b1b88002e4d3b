# More generator behaviour: re-entrancy error, return value in StopIteration, generators as iterators.
def selfish():
    yield next(me)


me = selfish()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)


def returns_value():
    yield 1
    return "the end"


g = returns_value()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration args:", e.args, "value:", e.value)
gen = (i for i in range(3))
print(iter(gen) is gen, type(gen).__name__)


def gen_func():
    yield


print(type(gen_func()).__name__, gen_func.__name__)


def raises_stopiteration():
    yield 1
    raise StopIteration("inside generator")


try:
    list(raises_stopiteration())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))


def counter():
    i = 0
    while True:
        i += 1
        yield i


c = counter()
for value in c:
    if value == 3:
        break
print("resumed after break:", next(c))
print(list(zip(counter(), "abc")))


def interleave(a, b):
    ia, ib = iter(a), iter(b)
    while True:
        try:
            yield next(ia)
            yield next(ib)
        except StopIteration:
            return


print(list(interleave("ace", "bdf")), list(interleave("ab", "x")))
