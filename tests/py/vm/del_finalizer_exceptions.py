# __del__ timing around exceptions, generators, closures and with blocks.
class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("delete", self.name)


def raises():
    local = Tracked("local in raising frame")
    raise ValueError("boom")


try:
    raises()
except ValueError:
    print("in handler (the traceback keeps the frame alive)")
print("after handler")


def gen():
    held = Tracked("held by generator")
    yield 1
    yield 2


g = gen()
next(g)
print("generator suspended")
del g
print("generator deleted")
g2 = gen()
print(list(g2))
print("generator exhausted")
del g2


def closure():
    captured = Tracked("captured by closure")

    def inner():
        return captured.name
    return inner


f = closure()
print(f())
del f
print("closure deleted")


class Manager:
    def __enter__(self):
        self.res = Tracked("resource")
        return self

    def __exit__(self, *exc):
        del self.res
        print("exit done")


with Manager():
    print("in with")
print("after with")
values = [Tracked(f"v{i}") for i in range(3)]
while values:
    values.pop()
print("popped all")
