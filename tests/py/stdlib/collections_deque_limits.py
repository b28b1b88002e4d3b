# deque arguments past 2**31 and 2**53 that still fit a C ssize_t (maxlen, rotate, insert, index,
# item access), the ones that don't, and a forward iterator that sees a mutation made after its
# last item (the reverse one stays exhausted).
from collections import deque
import copy


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


show('maxlen 2**31', lambda: deque([1], maxlen=2**31))
show('maxlen 10**18', lambda: deque([1, 2], maxlen=10**18))
show('maxlen attribute', lambda: deque(maxlen=2**62).maxlen)
show('maxlen copy', lambda: (deque('ab', maxlen=2**40).copy(), copy.copy(deque('c', maxlen=2**40))))
show('maxlen reduce', lambda: deque(maxlen=2**33).__reduce__()[1])
show('maxlen 2**63', lambda: deque(maxlen=2**63))
show('maxlen -2**63', lambda: deque(maxlen=-2**63))
show('maxlen -2**64', lambda: deque(maxlen=-2**64))


def rotated(d, n):
    d.rotate(n)
    return d


show('rotate 10**18+1', lambda: rotated(deque(range(5)), 10**18 + 1))
show('rotate -10**18-1', lambda: rotated(deque(range(5)), -10**18 - 1))
show('rotate empty', lambda: rotated(deque(), 10**18))
show('rotate 2**63', lambda: rotated(deque(range(5)), 2**63))


def inserted(d, i, v):
    d.insert(i, v)
    return d


show('insert far right', lambda: inserted(deque([1, 2]), 10**18, 'r'))
show('insert far left', lambda: inserted(deque([1, 2]), -10**18, 'l'))
show('insert 2**64', lambda: inserted(deque([1, 2]), 2**64, 'x'))
show('index wide', lambda: deque([1, 2, 3]).index(2, -10**18, 10**18))
show('index wider', lambda: deque([1, 2, 3]).index(3, -2**70, 2**70))
show('getitem 10**18', lambda: deque([1])[10**18])
show('getitem 2**63', lambda: deque([1])[2**63])

d = deque([1, 2])
it = iter(d)
print(next(it), next(it))
d.append(3)
for _ in range(2):
    show('after last item', lambda: next(it))
d = deque([1, 2])
rit = reversed(d)
print(next(rit), next(rit))
d.append(3)
show('reversed after last item', lambda: next(rit))


def grow(q):
    for x in q:
        q.append(x)


show('append while iterating', lambda: grow(deque([1])))
