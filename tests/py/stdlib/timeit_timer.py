# timeit: Timer with string and callable stmt/setup (the generated source, globals, the
# namespace the code runs in), timeit/repeat/autorange with a deterministic fake clock,
# module-level timeit() and repeat(), gc being disabled while timing, and the errors for bad
# statements and setups. No real times are printed.
import gc
import timeit


class FakeClock:
    """Each call advances by the number of loop iterations seen since the last call."""

    def __init__(self, step):
        self.now = 0.0
        self.step = step
        self.calls = 0

    def __call__(self):
        self.calls += 1
        self.now += self.step
        return self.now


counter = {"n": 0}


def work():
    counter["n"] += 1


clock = FakeClock(0.25)
t = timeit.Timer(work, timer=clock)
print(t.timeit(10), counter["n"], clock.calls)
print(t.repeat(3, 4), counter["n"])
print(t.src)

t = timeit.Timer("total += i", "total = 0; i = 3", timer=FakeClock(0.5))
print(t.src, end="")
print(t.timeit(100))

shared = {"items": []}
t = timeit.Timer("items.append(len(items))", globals=shared, timer=FakeClock(1.0))
t.timeit(5)
print(shared["items"])

t = timeit.Timer("x = gc.isenabled()", "import gc", timer=FakeClock(1.0))
print(t.timeit(1), gc.isenabled())
probe = []
timeit.Timer(lambda: probe.append(gc.isenabled()), timer=FakeClock(1.0)).timeit(2)
print(probe, gc.isenabled())


class GrowingClock:
    """Elapsed time grows with the loop count, so autorange stops at a known number."""

    def __init__(self):
        self.ticks = 0

    def __call__(self):
        self.ticks += 1
        return self.ticks * 0.001


def counted(number, taken):
    seen.append(number)


seen = []
clock = GrowingClock()
body = timeit.Timer("pass", timer=clock)
body.timeit = lambda number: number * 0.001
print(body.autorange(counted), seen)

print(timeit.timeit("a = 1", number=3, timer=FakeClock(2.0)))
print(timeit.repeat("a = 1", repeat=2, number=3, timer=FakeClock(2.0)))
print(timeit.default_timer is __import__("time").perf_counter, timeit.default_number,
      timeit.default_repeat, timeit.__all__)
print(repr(timeit.reindent("a\nb\nc", 2)))

for stmt, setup in [(5, "pass"), ("pass", 5), ("return 1", "pass"), ("x = (", "pass"),
                    ("pass", "if True"), ("break", "pass")]:
    try:
        timeit.Timer(stmt, setup)
    except (ValueError, SyntaxError) as exc:
        print(type(exc).__name__, exc)

t = timeit.Timer("1 / 0", timer=FakeClock(1.0))
try:
    t.timeit(1)
except ZeroDivisionError as exc:
    print("ZeroDivisionError", exc, gc.isenabled())
