# immortal-test: exit=4
# raise SystemExit(4) deep in a call stack: __exit__ methods and finally blocks run on the way out.
class Guard:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("leaving", self.name)


def level(n):
    with Guard(f"level {n}"):
        if n == 0:
            raise SystemExit(4)
        level(n - 1)


try:
    level(3)
finally:
    print("outer finally")
