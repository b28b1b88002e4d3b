# collections.deque (native): CPython's exception types and messages for bad arguments, indexes and
# sizes, and the "deque mutated during iteration" checks of iterators, count/index/remove/in.
from collections import deque

d = deque([1, 2, 3], maxlen=5)
cases = [
    lambda: deque().pop(), lambda: deque().popleft(), lambda: d[10], lambda: d[-4], lambda: d['a'],
    lambda: d[1:2], lambda: d.index(9), lambda: d.remove(9), lambda: deque([1], 1).insert(0, 2),
    lambda: hash(d), lambda: deque(maxlen=-1), lambda: deque(maxlen='a'), lambda: deque(1),
    lambda: d + [1], lambda: d * 'a', lambda: deque(1, 2, 3), lambda: deque(x=1), lambda: d.rotate('a'),
    lambda: d.index(1, 'a'), lambda: d.count(), lambda: d < [1], lambda: d.__delitem__(10),
    lambda: d.__setitem__(10, 1), lambda: d.insert('a', 1), lambda: setattr(d, 'maxlen', 3),
    lambda: setattr(d, 'foo', 3), lambda: d.append(), lambda: d.extend(1), lambda: d.rotate(1, 2),
    lambda: d.index(), lambda: d.index(1, 2, 3, 4), lambda: d.insert(1), lambda: d[10**20],
    lambda: d.rotate(10**20), lambda: d.append(1, 2), lambda: d.pop(0), lambda: d.extendleft(None),
    lambda: d.index(1, 1), lambda: deque('ab').remove('c'), lambda: d[2.0], lambda: d[True],
]
for f in cases:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


def after_first(op):
    q = deque([1, 2, 3, 4])
    it = iter(q)
    next(it)
    try:
        op(q)
        print('ok', list(it))
    except Exception as e:
        print(type(e).__name__, e)


after_first(lambda q: q.rotate(1))
after_first(lambda q: q.__setitem__(0, 9))
after_first(lambda q: q.reverse())
after_first(lambda q: q.__delitem__(0))
after_first(lambda q: q.insert(1, 5))
after_first(lambda q: q.remove(3))
after_first(lambda q: q.clear())
after_first(lambda q: q.extend([]))
after_first(lambda q: q.extend([5]))
after_first(lambda q: q.__iadd__([]))
after_first(lambda q: q.__imul__(1))
after_first(lambda q: q.__imul__(2))
after_first(lambda q: q.count(1))
after_first(lambda q: q.copy())
after_first(lambda q: q.pop())
after_first(lambda q: q.appendleft(0))


class Meddler:
    def __init__(self, q):
        self.q = q

    def __eq__(self, other):
        self.q.append(1)
        return False


for op in (lambda q: q.index(Meddler(q)), lambda q: Meddler(q) in q, lambda q: q.count(Meddler(q)),
           lambda q: q.remove(Meddler(q)), lambda q: q == deque([Meddler(q), 2, 3])):
    q = deque([1, 2, 3])
    try:
        print(op(q))
    except Exception as e:
        print(type(e).__name__, e)

# a reversed iterator notices too, and stays exhausted afterwards
q = deque('abc')
r = reversed(q)
print(next(r), r.__length_hint__())
q.append('d')
for _ in range(2):
    try:
        next(r)
    except Exception as e:
        print(type(e).__name__, e)

# rotate counts as a mutation unless the deque has at most one item
for n, steps in [(1, 1), (4, 0), (4, 4), (4, 8), (4, 2), (0, 1)]:
    q = deque(range(n))
    it = iter(q)
    q.rotate(steps)
    try:
        print(n, steps, list(it))
    except RuntimeError as e:
        print(n, steps, e)
