# with statements: __enter__/__exit__ order, the `as` value, exceptions passed to __exit__.
class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print(f"enter {self.name}")
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        kind = exc_type.__name__ if exc_type else None
        print(f"exit {self.name}: {kind} {exc!r} traceback={'yes' if tb else 'no'}")
        return False


with Resource("alpha") as value:
    print("inside with", value)
try:
    with Resource("beta"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated:", e)


def early_return():
    with Resource("gamma") as v:
        return "returned " + v


print(early_return())
for i in range(3):
    with Resource(f"loop{i}"):
        if i == 0:
            continue
        if i == 1:
            break
print("after loop")
with Resource("outer") as o, Resource("inner") as i:
    print("both:", o, i)


class Timer:
    def __init__(self):
        self.events = []

    def __enter__(self):
        self.events.append("start")
        return self

    def __exit__(self, *args):
        self.events.append("stop")


with Timer() as t:
    t.events.append("work")
print(t.events)
with (Resource("p1") as a,
      Resource("p2") as b):
    print("parenthesized:", a, b)
