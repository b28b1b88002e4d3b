# Closing suspended generators: finalization order of the frame's locals and the values on its
# stack (a for loop's iterator), try/finally and with blocks around the yield, yield from, and the
# close() that runs when the last reference to a suspended generator goes away.
import sys

log = []


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append(f"del {self.name}")

    def __iter__(self):
        return iter([Noisy(self.name + ".item0"), Noisy(self.name + ".item1")])


def plain():
    a = Noisy("a")
    for x in Noisy("it"):
        b = Noisy("b")
        yield x
    log.append("plain end")


def with_finally():
    a = Noisy("fa")
    try:
        yield 1
        yield 2
    finally:
        log.append(f"finally sees {sys.exc_info()[0].__name__}")


class Ctx:
    def __enter__(self):
        log.append("enter")
        return self

    def __exit__(self, *exc):
        log.append(f"exit {exc[0].__name__}")
        return False


def with_block():
    with Ctx():
        yield "w"


def catcher():
    try:
        yield 1
    except GeneratorExit:
        log.append("caught GeneratorExit")
        raise


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


def delegating():
    r = yield from plain()
    log.append(f"delegate got {r}")


def nested_yield_in_expr():
    total = 0
    for i in range(3):
        total += (yield i) or 0
    return total


def run(label, gen, steps=1, explicit=True):
    log.clear()
    for _ in range(steps):
        next(gen)
    if explicit:
        r = gen.close()
        log.append(f"close -> {r}")
        log.append(f"running={gen.gi_running} frame={gen.gi_frame}")
    else:
        del gen
    print(label, log)


run("plain", plain())
run("plain-dealloc", plain(), explicit=False)
run("plain-2", plain(), steps=2)
run("finally", with_finally())
run("finally-dealloc", with_finally(), explicit=False)
run("with", with_block())
run("catcher", catcher())
run("delegating", delegating())
run("delegating-dealloc", delegating(), explicit=False)
run("expr", nested_yield_in_expr(), steps=2)

g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("stubborn:", e)
del g

# Closing twice, closing an exhausted or unstarted generator.
g = plain()
print(g.close(), g.close())
g = plain()
log.clear()
print(len(list(g)), log[-1])
print(g.close())

# A generator closed while another one's frame holds it on the stack.
def outer():
    for v in plain():
        yield v

log.clear()
o = outer()
next(o)
o.close()
print("outer", log)
