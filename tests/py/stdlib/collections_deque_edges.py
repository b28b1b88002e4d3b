# collections.deque (native): maxlen trimming on every path, rotate (short, long, full buffer),
# insert/del in the middle, repeat and concat with maxlen, subclasses (copy through the constructor,
# repr with the subclass name, __dict__ in __reduce__), recursive repr, comparisons, weakrefs,
# match, and a deque cycle freed by the collector.
import copy
import gc
import weakref
from collections import deque
import collections.abc

print(isinstance(deque(), collections.abc.MutableSequence), deque.__module__, deque.__name__)
print(type(iter(deque())).__name__, type(reversed(deque())).__name__)
d = deque(range(10), maxlen=10)
d.rotate(3); print(d)
d.rotate(-13); print(d)
d.append(10); d.appendleft(-1); print(d, len(d))
q = deque([1, 2])
q.insert(-10, 0); q.insert(10, 9); q.insert(2, 5); q.insert(-1, 6); print(q)
q = deque([1, 2, 3], 3)
q.extendleft([7, 8]); print(q)
q.extend(q); print(q)
q += q; print(q)
q *= 2; print(q)
q = deque([1, 2]); q *= 0; print(q, deque([1, 2], maxlen=0))
q = deque([1, 2, 3]); print(q.index(2, -2), q.index(3, 0, 100), q.index(1, -100, 1), q.count(2))
print(deque([1, 2, 3], maxlen=2) * 2, deque('ab') + deque('cd', maxlen=1), deque([1, 2]) * 3, 2 * deque('xy', 3))
q = deque([1, 2, 3]); q.__init__([5]); print(q); q.__init__([6], 2); print(q)
q = deque([1, 2, 3]); q.rotate(-1); print(q); q.rotate(5); print(q); q.rotate(); print(q)
q = deque([1, 2, 3]); del q[-1]; print(q); q[-1] = 7; print(q)
print(q == deque([1, 7]), q < deque([1, 8]), q >= deque([1]), q == [1, 7], q != deque([1]))
print(deque([1, 2], maxlen=3) == deque([1, 2]), deque([1, 2]) < deque([1, 2, 0]), deque([2]) > deque([1, 5]),
      deque() <= deque(), deque('abc') > deque('abd'))
print(repr(deque(maxlen=None)), deque(maxlen=4).maxlen, deque().maxlen, deque([None]))


class Logged(deque):
    def __init__(self, *args, **kwargs):
        print('init', args, kwargs)
        super().__init__(*args, **kwargs)


x = Logged([1, 2], 3)
y = x.copy(); print(type(y).__name__, y)
print(x + deque([5]))
print(type(x + deque([5])).__name__, type(x * 2).__name__, copy.copy(x))
print(copy.deepcopy(deque([[1], [2]], 4)))
x.attr = 5
print(x.__dict__, x.__reduce__()[:3], deque([1], 2).__reduce__()[:3])

q = deque()
q.append(q)
q.append([q])
print(q)
r = weakref.ref(q)
print(r() is q)
del q
gc.collect()
print(r())

big = deque(range(1000))
big.rotate(333); print(big[0], big[-1], sum(big), big.index(999))
big.reverse(); print(big[0], list(big)[:3], big[500])
for _ in range(990):
    big.popleft()
print(big, big.pop(), list(reversed(big)))
q = deque('abcde'); del q[1]; del q[2]; print(q)
q = deque(range(20)); del q[3]; del q[15]; q.insert(4, 'x'); q.insert(14, 'y'); print(q)
print([m for m in dir(deque) if not m.startswith('__')])

match deque([1, 2]):
    case [a, b]:
        print('sequence pattern', a, b)

# ring buffer wrap-around: items pushed on both ends past the initial capacity
q = deque()
for i in range(40):
    if i % 3:
        q.append(i)
    else:
        q.appendleft(i)
print(q, q[0], q[-1], q[20], len(q))
while len(q) > 3:
    q.pop() if len(q) % 2 else q.popleft()
print(q)
it = iter(deque(range(5)))
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
print(deque[int], deque[int] == deque[int])


class Queue(deque):
    pass


match Queue([3, 4]):
    case [a, b]:
        print('subclass sequence pattern', a, b)
