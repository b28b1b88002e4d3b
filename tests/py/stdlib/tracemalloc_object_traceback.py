# get_object_traceback: the traceback of the allocation of an object's memory block, for objects of
# many kinds (instances with and without __dict__ or __slots__, strings, bytes, closures, generators,
# exceptions), with several frames, and None for what was not traced. Dicts, lists and tuples are left
# out: they may come from a free list filled before tracing started (untraced in CPython as here), and
# which ones do depends on the interpreter.
import os
import tracemalloc

before = [str(n) * 3 for n in range(100, 103)]


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Slotted:
    __slots__ = ('a', 'b')

    def __init__(self, a):
        self.a = a


def make_point(i):
    return Point(i, i + 1)


def make_many():
    points = [make_point(i) for i in range(3)]
    slots = [Slotted(str(i)) for i in range(3)]
    return points, slots


def layers(depth):
    if depth == 0:
        return bytearray(64)
    return layers(depth - 1)


def counter():
    total = 0

    def add(n):
        nonlocal total
        total += n
        return total
    return add


def gen():
    yield 1


def short(tb):
    return [f'{os.path.basename(f.filename)}:{f.lineno}' for f in tb]


tracemalloc.start(6)
points, slots = make_many()
deep = layers(4)
text = ''.join(['abc'] * 40)
data = bytes(range(200))
closure = counter()
g = gen()
try:
    int('not a number')
except ValueError as e:
    err = e

for name, obj in [('point', points[0]), ('slotted', slots[1]), ('deep', deep), ('text', text), ('data', data),
                  ('closure', closure), ('generator', g), ('error', err)]:
    tb = tracemalloc.get_object_traceback(obj)
    print(name, short(tb), tb.total_nframe)

tb = tracemalloc.get_object_traceback(deep)
print(len(tb), os.path.basename(str(tb)), repr(tb[-1]).replace(os.path.dirname(tb[-1].filename) + os.sep, ''))
for line in tb.format(limit=2):
    print(line.replace(os.path.dirname(tb[-1].filename) + os.sep, ''))
for line in tb.format(limit=-2, most_recent_first=True):
    print(line.replace(os.path.dirname(tb[-1].filename) + os.sep, ''))

print('allocated before start:', tracemalloc.get_object_traceback(before[0]))
print('immortal:', tracemalloc.get_object_traceback(None), tracemalloc.get_object_traceback(5))

tracemalloc.stop()
tracemalloc.start(1)
again = Point(1, 2)
print('nframe=1:', short(tracemalloc.get_object_traceback(again)))
tracemalloc.stop()
print('not tracing:', tracemalloc.get_object_traceback(again))
