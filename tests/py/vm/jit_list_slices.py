# Slicing in functions called often enough to be compiled: o[a:b], o[a:b:c] and o[a:b] = v, where an
# exact list with int/None bounds is sliced without a slice object. Everything else (tuples, str,
# subclasses, __index__ bounds, __getitem__ seeing the slice) must behave as the generic path does,
# including errors and reference counts.
import sys


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        print("  __index__", self.v)
        return self.v


class L(list):
    def __getitem__(self, k):
        print("  L.__getitem__", k)
        return list.__getitem__(self, k)

    def __setitem__(self, k, v):
        print("  L.__setitem__", k, v)
        list.__setitem__(self, k, v)


def reads(p, a, b, c):
    return [p[a:b], p[a:b:c], p[:], p[::-1], p[a::-1], p[b:a:-c], p[-a:], p[:-b], p[a:None:None]]


def reads2(p, a, b, c):
    return [p[a:b], p[a:b:c]]


def writes(q, a, b, v):
    q[a:b] = v
    return q


def flip(p, first):
    # fannkuch's inner step
    p[:first + 1] = p[first::-1]
    return p


for rnd in range(3):
    print("round", rnd)
    print(reads(list(range(10)), 2, 7, 2))
    print(reads(tuple(range(10)), 2, 7, 2))
    print(reads("abcdefghij", 2, 7, 2))
    print(reads(list(range(10)), 10**30, -10**30, 3))
    print(reads(list(range(10)), True, 3, True))
    print(reads2(L(range(5)), 1, 3, 1))
    print(reads2(list(range(10)), Idx(1), Idx(4), Idx(2)))
    print(writes(list(range(6)), 1, 3, [9, 8, 7]))
    print(writes(list(range(6)), 1, 3, (9,)))
    print(writes(list(range(6)), None, None, []))
    print(writes(list(range(6)), -2, None, iter("ab")))
    print(writes(list(range(6)), 4, 1, [5]))
    print(writes(L(range(4)), 1, 2, [0]))
    q = list(range(5))
    print(writes(q, 1, 3, q))
    print(flip(list(range(8)), 5))
    for bad in [lambda: reads(list(range(3)), 0, 1, 0), lambda: writes(list(range(3)), 0, 1, 5),
                lambda: reads(list(range(3)), 0, "x", 1), lambda: writes((1, 2), 0, 1, [1]),
                lambda: writes(list(range(3)), 1.5, 2, [])]:
        try:
            bad()
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)

# The slice never existed, but the values in it are the list's: their counts are right afterwards.
items = [object() for _ in range(4)]
base = [sys.getrefcount(x) for x in items]
kept = []
for _ in range(3):
    kept.append(reads(items, 1, 3, 1))
    writes(items, 0, 2, items[2:4])
print([sys.getrefcount(x) - b for x, b in zip(items, base)])
del kept
print([sys.getrefcount(x) - b for x, b in zip(items, base)])
