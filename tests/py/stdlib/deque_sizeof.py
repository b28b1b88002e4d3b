# sys.getsizeof of a deque counts CPython's 64-item blocks: the ones its items span after the same
# appends, pops, rotations, inserts, deletions, copies and repeats, maxlen trimming included.
import sys, random
from collections import deque
def show(label, d):
    print(label, len(d), sys.getsizeof(d))
show('empty', deque())
for n in (1, 10, 63, 64, 100, 127, 128, 129, 1000):
    show(f'range {n}', deque(range(n)))
d = deque()
for i in range(200):
    d.append(i)
    if i % 37 == 0:
        show(f'append {i}', d)
for i in range(150):
    d.popleft()
    if i % 29 == 0:
        show(f'popleft {i}', d)
d = deque()
for i in range(130):
    d.appendleft(i)
show('appendleft 130', d)
while d:
    d.pop()
show('popped', d)
d.extendleft(range(70)); show('extendleft', d)
d.rotate(5); show('rot5', d); d.rotate(-40); show('rot-40', d); d.rotate(1000); show('rot1000', d)
d = deque(range(100), maxlen=70); show('maxlen', d)
for i in range(50):
    d.append(i)
show('maxlen appends', d)
d.appendleft(1); show('maxlen appendleft', d)
d.clear(); show('clear', d)
d = deque(range(90)); del d[10]; show('del 10', d); del d[70]; show('del 70', d); d.remove(50); show('remove', d)
d.insert(3, 'x'); show('insert 3', d); d.insert(-5, 'y'); show('insert -5', d); d.insert(0, 'z'); show('insert 0', d)
show('copy', d.copy()); show('copy1', deque([1]).copy()); show('copy0', deque().copy())
show('mul', d * 3); show('mul1', deque([1]) * 200); show('add', d + d)
e = deque(range(10), maxlen=25); e *= 7; show('imul maxlen', e)
e = deque(range(3)); e += range(100); show('iadd', e)
class D(deque):
    pass
show('subclass', D(range(100)))
random.seed(5)
d = deque()
for step in range(3000):
    op = random.randrange(8)
    if op == 0: d.append(step)
    elif op == 1: d.appendleft(step)
    elif op == 2 and d: d.pop()
    elif op == 3 and d: d.popleft()
    elif op == 4: d.rotate(random.randrange(-300, 300))
    elif op == 5 and d: del d[random.randrange(len(d))]
    elif op == 6: d.insert(random.randrange(-len(d) - 2, len(d) + 2), step)
    elif op == 7: d.extend(range(random.randrange(5)))
    if step % 250 == 0:
        show(f'random {step}', d)
