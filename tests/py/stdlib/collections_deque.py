# collections.deque: both ends, maxlen windows, rotate, indexing, insert/remove, comparisons,
# repr, errors; a sliding-window maximum and a BFS on a grid.
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2], d.pop(), d.popleft(), d)
d.extend('ab')
d.extendleft([8, 9])
print(d, d.count(1), d.index('a'), 'b' in d, 7 in d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.insert(1, 'x')
d.remove('a')
d[0] = 'first'
del d[2]
print(d, list(reversed(d)))
d.reverse()
print(d, d.copy(), d == d.copy(), d is not d.copy())
d.clear()
print(d, bool(d), deque(), deque('hi') + deque('!'), deque([1]) * 3)

window = deque(maxlen=3)
for x in range(6):
    window.append(x)
    print(list(window), end=' ')
print(window, window.maxlen)
window.appendleft(-1)
print(window)
window.extend([10, 11])
print(window, deque(maxlen=0), deque('abc', 2))
for bad in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[3],
            lambda: deque([1]).remove(2), lambda: deque([1, 2], maxlen=2).insert(0, 5),
            lambda: deque([1])['a'], lambda: deque([1]) + [2], lambda: deque(maxlen=-1),
            lambda: deque([1]).index(5)]:
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
try:
    q = deque([1, 2, 3])
    for item in q:
        q.append(item)
except RuntimeError as e:
    print('RuntimeError:', e)
print(deque([1, 2]) < deque([1, 3]), deque([2]) > deque([1, 9]), deque('ab') == deque('ab'))


class Tagged(deque):
    pass


print(Tagged([1, 2]), Tagged('ab', 5))


def window_max(nums, k):
    out, q = [], deque()
    for i, n in enumerate(nums):
        while q and nums[q[-1]] <= n:
            q.pop()
        q.append(i)
        if q[0] <= i - k:
            q.popleft()
        if i >= k - 1:
            out.append(nums[q[0]])
    return out


print(window_max([1, 3, -1, -3, 5, 3, 6, 7], 3))

grid = ['S.#.....',
        '.##.###.',
        '....#...',
        '.##...#E']


def bfs(grid):
    rows, cols = len(grid), len(grid[0])
    start = next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == 'S')
    dist = {start: 0}
    q = deque([start])
    while q:
        r, c = q.popleft()
        if grid[r][c] == 'E':
            return dist[(r, c)]
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != '#' and (nr, nc) not in dist:
                dist[(nr, nc)] = dist[(r, c)] + 1
                q.append((nr, nc))
    return -1


print(bfs(grid))
