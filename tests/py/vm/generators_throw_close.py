# generator.throw() and generator.close(): exceptions at the yield point, GeneratorExit, finally blocks.
def resilient():
    while True:
        try:
            value = yield "ready"
            print("received", value)
        except ValueError as e:
            print("handled ValueError:", e)
            yield "recovered"


g = resilient()
print(next(g))
print(g.send(1))
print(g.throw(ValueError("bad value")))
print(next(g))
try:
    g.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated KeyError:", e)
print(next(g, "exhausted"))


def with_cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup ran")


c = with_cleanup()
print(next(c))
c.close()
print("closed")
c.close()
print(list(c))


def catches_exit():
    try:
        yield "only"
    except GeneratorExit:
        print("got GeneratorExit")
        raise


x = catches_exit()
next(x)
x.close()


def refuses_to_exit():
    while True:
        try:
            yield
        except GeneratorExit:
            yield "not allowed"


r = refuses_to_exit()
next(r)
try:
    r.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def unstarted():
    print("never runs")
    yield


u = unstarted()
u.close()
try:
    next(u)
except StopIteration:
    print("closed before start: StopIteration")
t = with_cleanup()
try:
    t.throw(IndexError("before start"))
except IndexError as e:
    print("IndexError:", e)


def returns_on_throw():
    try:
        yield 1
    except ZeroDivisionError:
        return "stopped by throw"


z = returns_on_throw()
next(z)
try:
    z.throw(ZeroDivisionError)
except StopIteration as stop:
    print("StopIteration value:", stop.value)
