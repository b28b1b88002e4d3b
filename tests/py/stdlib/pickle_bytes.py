# pickle.dumps output, byte for byte, for every protocol 0-5: ints of all sizes (BININT1/2, BININT,
# LONG1, LONG4, INT/LONG text), floats (BINFLOAT, FLOAT repr), str (SHORT_BINUNICODE, BINUNICODE,
# protocol 0's raw-unicode-escape with surrogates), bytes/bytearray (_codecs.encode below protocol
# 3, BYTEARRAY8 in 5), tuples of each length, lists/dicts/sets batched by 1000, shared and
# recursive structures (memo: PUT/BINPUT/MEMOIZE, GET), classes and functions by reference,
# instances (NEWOBJ, __getstate__, __slots__, __reduce__, __getnewargs__, __getnewargs_ex__).
# immortal-test: cycles
import pickle
import collections
import enum


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1
        self.b = [2]


class WithState:
    def __init__(self):
        self.v = 5
        self.cache = "x"

    def __getstate__(self):
        return {"v": self.v}


class WithReduce:
    def __init__(self, n):
        self.n = n

    def __reduce__(self):
        return (WithReduce, (self.n,))


class Tagged(int):
    def __new__(cls, v, tag="t"):
        o = int.__new__(cls, v)
        o.tag = tag
        return o

    def __getnewargs__(self):
        return (int(self), self.tag)


class KwOnly:
    def __new__(cls, *a, **k):
        o = object.__new__(cls)
        o.a = a
        o.k = k
        return o

    def __getnewargs_ex__(self):
        return (self.a, self.k)


class MyList(list):
    pass


class Color(enum.Enum):
    RED = 1
    GREEN = 2


def func():
    pass


shared = "shared"
lst = [1, 2]
rec = [1]
rec.append(rec)
drec = {}
drec["self"] = drec
trec = ([],)
trec[0].append(trec)
ml = MyList([1, 2, 3])
ml.attr = "a"

values = [
    ("None", None), ("True", True), ("False", False),
    ("ints", [0, 1, -1, 255, 256, 65535, 65536, -129, 2**31 - 1, 2**31, -2**31, -2**31 - 1]),
    ("longs", [2**63, -2**63, 2**64, 10**30, -10**30]),
    ("huge", 3**1600),
    ("floats", [0.0, -0.0, 1.5, -2.25, 1e300, 5e-324, 2.2250738585072014e-308, 1e-7]),
    ("inf", [float("inf"), float("-inf")]),
    ("strs", ["", "a", "hello", "é", "€uro", "😀", "a\nb\\c\r\x1a\x00"]),
    ("surrogate", "a\udc80b"),
    ("long str", "x" * 300),
    ("bytes", [b"", b"a", b"\x00\xff", b"z" * 260]),
    ("bytearray", [bytearray(), bytearray(b"abc")]),
    ("tuples", [(), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), ((),)]),
    ("containers", [[], {}, {"a": 1, "b": [2, 3]}, {1: "x", (1, 2): None}]),
    ("sets", [set(), {1, 2, 3}, frozenset(), frozenset({1})]),
    ("shared", [shared, shared, lst, lst, (lst, lst)]),
    ("recursive list", rec), ("recursive dict", drec), ("recursive tuple", trec),
    ("point", [Point(1, 2.5), Point("a", None)]),
    ("slots", Slotted()), ("getstate", WithState()), ("reduce", WithReduce(3)),
    ("getnewargs", Tagged(5, "q")), ("list subclass", ml),
    ("globals", [Point, func, Point]), ("int", int), ("object", object), ("NoneType", type(None)),
    ("enum", [Color.RED, Color.GREEN, Color.RED]),
    ("complex", complex(1, 2)), ("range", range(1, 10, 2)), ("slice", slice(1, 2, 3)),
    ("OrderedDict", collections.OrderedDict(a=1, b=2)), ("deque", collections.deque([1, 2])),
    ("Counter", collections.Counter("abca")), ("exception", ValueError("bad", 2)),
]

for name, value in values:
    print(name)
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        try:
            print(" ", proto, pickle.dumps(value, proto).hex())
        except TypeError as e:
            print(" ", proto, "TypeError:", e)

# batching: 1000 items per APPENDS/SETITEMS/ADDITEMS (exact dicts and sets of 2000 end with an
# empty batch; exact lists of 1001 put the last item in a batch of its own)
# __getnewargs_ex__ needs NEWOBJ_EX (protocol 4)
print("getnewargs_ex", pickle.dumps(KwOnly(1, 2, k=3), 4).hex())

for n in (1001, 2000):
    for proto in (1, 4):
        items = list(range(n))
        for label, value in (("list", items), ("dict", dict.fromkeys(items, 0)),
                             ("set", set(items)), ("listsub", MyList(items))):
            data = pickle.dumps(value, proto)
            print(label, n, proto, len(data), data[-24:].hex())
