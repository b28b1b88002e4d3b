# d[k] and d[k] = v in compiled code (the JIT calls an exact dict's lookup and store directly):
# hits, misses (KeyError carrying the key), unhashable keys, a dict subclass with __missing__ and one
# overriding __getitem__/__setitem__ (which must still be called), and the counts of keys and values.
import sys


class Counter(dict):
    def __missing__(self, key):
        return 0


class Logged(dict):
    def __getitem__(self, key):
        print("get", key)
        return dict.__getitem__(self, key)

    def __setitem__(self, key, value):
        print("set", key, value)
        dict.__setitem__(self, key, value)


def count(words, d):
    for w in words:
        d[w] = d[w] + 1 if w in d else 1
    return d


def lookup(d, k):
    try:
        return d[k]
    except KeyError as e:
        return ("missing", e.args)
    except TypeError as e:
        return ("type", str(e))


def store(d, k, v):
    try:
        d[k] = v
        return len(d)
    except TypeError as e:
        return ("type", str(e))


words = "a b a c b a d".split() * 3
for _ in range(3):
    print(sorted(count(words, {}).items()))
    print(lookup({"x": 1}, "x"), lookup({"x": 1}, "y"), lookup({}, (1, 2)), lookup({}, [1]), lookup({1: "i"}, 1.0))
    print(store({}, "k", 1), store({}, [], 2), store({}, {}, 3))
    c = Counter()
    print(lookup(c, "nope"), store(c, "z", 5), lookup(c, "z"))
    g = Logged(a=1)
    print(lookup(g, "a"), store(g, "b", 2), lookup(g, "q"))

key = "key-" + str(len(words))
val = object()
d = {}
before = sys.getrefcount(key), sys.getrefcount(val)
for _ in range(3):
    store(d, key, val)
    lookup(d, key)
print(sys.getrefcount(key) - before[0], sys.getrefcount(val) - before[1])
del d
print(sys.getrefcount(key) - before[0], sys.getrefcount(val) - before[1])
