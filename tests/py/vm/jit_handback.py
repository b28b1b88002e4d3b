# Functions called often enough to be compiled by the baseline JIT, whose frames go back to the eval
# loop in the middle: before instructions the JIT does not compile (with, raise, import, del of a
# global, CALL_FUNCTION_EX), after errors caught in the same frame, and at unbound locals.
import sys


class Ctx:
    def __init__(self, log):
        self.log = log

    def __enter__(self):
        self.log.append("enter")
        return self

    def __exit__(self, *exc):
        self.log.append("exit")
        return False


def with_block(n, log):
    total = 0
    for i in range(n):
        total += i
        if i == n // 2:
            with Ctx(log):
                total *= 2
    return total


def caught(n):
    hits = 0
    for i in range(n):
        try:
            if i % 3 == 0:
                raise ValueError(i)
            hits += [1, 2, 3][i % 4]
        except ValueError as e:
            hits += e.args[0]
        except IndexError:
            hits -= 1
    return hits


def star(f, *args, **kw):
    return f(*args, **kw) + len(args) + len(kw)


def maybe_unbound(flag):
    if flag:
        x = 10
    return x + 1


def uses_import(n):
    import math
    return math.isqrt(n)


for round_ in range(4):
    log = []
    print(with_block(10, log), log)
    print(caught(20))
    print(star(max, 3, 9, 4), star(sorted, [3, 1, 2], reverse=True) if False else star(min, 5, 2))
    try:
        print(maybe_unbound(round_ % 2 == 0))
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    print(uses_import(1000 + round_))


def deep_loop():
    # A long loop in a function called once: compiled at a loop head (on-stack replacement).
    acc = 0
    i = 0
    while i < 5000:
        acc = (acc * 31 + i) % 1000003
        i += 1
    d = {}
    for j in range(3000):
        d[j % 17] = d.get(j % 17, 0) + j
    return acc, sorted(d.items())[:3]


print(deep_loop())

vals = []
for k in range(2000):
    vals.append(k * k % 97)
print(sum(vals), max(vals), vals[-5:])
print(sys.getrefcount(None) > 0)
