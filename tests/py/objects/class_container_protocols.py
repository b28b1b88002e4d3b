# Container and iteration protocols on classes: __getitem__ with slices, the old __getitem__
# iteration protocol, __iter__/__next__, __reversed__, __contains__ fallbacks, __len__ errors,
# __missing__ on dict subclasses, and __setitem__/__delitem__.
class Seq:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("Seq index out of range")
        return i * i

s = Seq(5)
print(list(s), s[2], s[-1], s[1:4], s[::2], 9 in s, 10 in s)
print(list(reversed([*s])), sorted(s, reverse=True), max(s), sum(s))
it = iter(s)
print(type(it).__name__, next(it), next(it), list(it))
try:
    len(s)
except TypeError as e:
    print("TypeError:", e)
try:
    reversed(s)
except TypeError as e:
    print("TypeError:", e)

class SizedSeq(Seq):
    def __len__(self):
        return self.n
print(list(reversed(SizedSeq(4))), len(SizedSeq(3)))

# __iter__ returning self with __next__.
class Countdown:
    def __init__(self, start):
        self.cur = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.cur <= 0:
            raise StopIteration
        self.cur -= 1
        return self.cur + 1
    def __length_hint__(self):
        return self.cur
c = Countdown(3)
print(list(c), list(c))
print(Countdown(7).__length_hint__(), iter([1, 2]).__length_hint__())

class BadIter:
    def __iter__(self):
        return 42
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
class NotIterable:
    __iter__ = None
try:
    iter(NotIterable())
except TypeError as e:
    print("TypeError:", e)

# __reversed__.
class Deck:
    def __init__(self, cards):
        self.cards = cards
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]
    def __reversed__(self):
        return iter(["reversed!"] + self.cards[::-1])
    def __contains__(self, x):
        print("contains", x)
        return x in self.cards
print(list(reversed(Deck([1, 2, 3]))), 2 in Deck([1, 2]), 5 not in Deck([]))

# __contains__ falls back to __iter__, then to __getitem__.
class IterOnly:
    def __iter__(self):
        yield from (1, 2, 3)
print(2 in IterOnly(), 7 in IterOnly())
try:
    3 in 5
except TypeError as e:
    print("TypeError:", e)

# __len__ errors.
class NegLen:
    def __len__(self): return -1
class StrLen:
    def __len__(self): return "3"
class BigLen:
    def __len__(self): return 2 ** 70
for o in (NegLen(), StrLen(), BigLen()):
    try:
        len(o)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
# __bool__ falls back to __len__; a non-bool __bool__ is an error.
class Empty:
    def __len__(self): return 0
class WrongBool:
    def __bool__(self): return 1
print(bool(Empty()), "yes" if Empty() else "no")
try:
    bool(WrongBool())
except TypeError as e:
    print("TypeError:", e)

# __missing__ on dict subclasses.
class Defaulting(dict):
    def __missing__(self, key):
        self[key] = value = len(key)
        return value
d = Defaulting(a=1)
print(d["a"], d["xyz"], d, d.get("nope"), "nope" in d)
class Counting(dict):
    def __missing__(self, key):
        return 0
cnt = Counting()
for ch in "hello":
    cnt[ch] = cnt[ch] + 1
print(sorted(cnt.items()))

# __setitem__/__delitem__ with slices and a grid with tuple keys.
class Grid:
    def __init__(self, w, h):
        self.cells = {}
        self.w, self.h = w, h
    def __setitem__(self, key, value):
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise KeyError(key)
        self.cells[key] = value
    def __getitem__(self, key):
        return self.cells.get(key, ".")
    def __delitem__(self, key):
        del self.cells[key]
    def __str__(self):
        return "\n".join("".join(self[x, y] for x in range(self.w)) for y in range(self.h))
g = Grid(3, 2)
g[0, 0] = "#"; g[2, 1] = "@"; g[1, 1] = "+"
del g[1, 1]
print(g)
try:
    g[5, 5] = "x"
except KeyError as e:
    print("KeyError:", e)
try:
    del g[0, 1]
except KeyError as e:
    print("KeyError:", e)
class Log:
    def __setitem__(self, k, v): print("set", k, v)
    def __delitem__(self, k): print("del", k)
lg = Log()
lg[1:3] = [9]
del lg[::2]
lg["k"] = "v"
try:
    lg["k"]
except TypeError as e:
    print("TypeError:", e)
try:
    del Seq(1)[0]
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)
