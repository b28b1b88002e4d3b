# Functions CPython implements in C add no frames to a traceback; the library here writes some of them
# in Python (functools.reduce, heapq, bisect, operator, itertools, json's scanner and encoder,
# defaultdict, cmp_to_key), and their frames must not show either. Frames of the Python parts of
# those modules (json.loads, JSONDecoder.decode, ...) do show, as in CPython.
import bisect
import collections
import functools
import heapq
import itertools
import json
import operator
import traceback


def names(f):
    try:
        f()
    except Exception as e:
        return type(e).__name__, [fs.name for fs in traceback.extract_tb(e.__traceback__)]
    return None


print(names(lambda: functools.reduce(lambda a, b: a / b, [1, 0])))
print(names(lambda: heapq.heappush([1, "a"], 2)))
print(names(lambda: heapq.nsmallest(2, [1, "a", 3])))
print(names(lambda: bisect.bisect([1, 2], 1, key=lambda v: 1 / 0)))
print(names(lambda: bisect.insort([1, 2], "x")))
print(names(lambda: operator.add(1, "a")))
print(names(lambda: operator.attrgetter("x.y")(1)))
print(names(lambda: list(itertools.starmap(lambda a: 1 / a, [(0,)]))))
print(names(lambda: list(itertools.accumulate([1, "a"]))))
print(names(lambda: next(itertools.dropwhile(lambda v: 1 / 0, [1]))))
print(names(lambda: json.loads('[1, 2')))
print(names(lambda: json.loads('{"a": [1, 2, }')))
print(names(lambda: json.dumps({1: object()})))
print(names(lambda: json.dumps([1, {2: [float("nan")]}], allow_nan=False)))
print(names(lambda: collections.defaultdict(lambda: 1 / 0)[1]))
print(names(lambda: sorted([3, 1], key=functools.cmp_to_key(lambda a, b: 1 / 0))))
print(names(lambda: functools.partial(lambda a: 1 / a, 0)()))
print(names(lambda: functools.lru_cache(lambda a: 1 / a)(0)))
print(names(lambda: collections.OrderedDict([(1, 2)]).move_to_end(5)))
# The module namespaces do not show the marker that says so.
print([m.__name__ for m in (bisect, collections, functools, heapq, itertools, json.decoder, json.encoder,
                            operator) if "__immortal_native__" in vars(m)])
