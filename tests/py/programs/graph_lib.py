# A small graph library: adjacency dicts, BFS with collections.deque, Dijkstra with heapq,
# topological sort, connected components, and memoised path counting with functools.lru_cache.
from collections import deque, defaultdict
import heapq
from functools import lru_cache


class Graph:
    def __init__(self, directed=False):
        self.directed = directed
        self.adj = defaultdict(dict)

    def add_edge(self, u, v, w=1):
        self.adj[u][v] = w
        if not self.directed:
            self.adj[v][u] = w
        else:
            self.adj[v]
        return self

    def nodes(self):
        return sorted(self.adj)

    def bfs(self, start):
        seen = {start: 0}
        order = []
        q = deque([start])
        while q:
            u = q.popleft()
            order.append(u)
            for v in sorted(self.adj[u]):
                if v not in seen:
                    seen[v] = seen[u] + 1
                    q.append(v)
        return order, seen

    def dijkstra(self, src):
        dist = {src: 0}
        prev = {}
        pq = [(0, src)]
        while pq:
            d, u = heapq.heappop(pq)
            if d > dist.get(u, float('inf')):
                continue
            for v, w in self.adj[u].items():
                nd = d + w
                if nd < dist.get(v, float('inf')):
                    dist[v] = nd
                    prev[v] = u
                    heapq.heappush(pq, (nd, v))
        return dist, prev

    def path(self, prev, src, dst):
        out = [dst]
        while out[-1] != src:
            out.append(prev[out[-1]])
        return out[::-1]

    def components(self):
        seen, comps = set(), []
        for n in self.nodes():
            if n in seen:
                continue
            order, _ = self.bfs(n)
            seen.update(order)
            comps.append(sorted(order))
        return comps

    def toposort(self):
        indeg = {n: 0 for n in self.adj}
        for u in self.adj:
            for v in self.adj[u]:
                indeg[v] += 1
        ready = sorted(n for n, d in indeg.items() if d == 0)
        heapq.heapify(ready)
        out = []
        while ready:
            u = heapq.heappop(ready)
            out.append(u)
            for v in self.adj[u]:
                indeg[v] -= 1
                if indeg[v] == 0:
                    heapq.heappush(ready, v)
        if len(out) != len(indeg):
            raise ValueError('graph has a cycle')
        return out


g = Graph()
for u, v, w in [('A', 'B', 4), ('A', 'C', 2), ('B', 'C', 5), ('B', 'D', 10), ('C', 'E', 3),
                ('E', 'D', 4), ('D', 'F', 11), ('X', 'Y', 1)]:
    g.add_edge(u, v, w)
order, depth = g.bfs('A')
print('bfs', order, depth)
dist, prev = g.dijkstra('A')
for n in sorted(dist):
    print(f'  A->{n}: {dist[n]:>2} via {"-".join(g.path(prev, "A", n))}')
print('components', g.components())

deps = Graph(directed=True)
for a, b in [('stdlib', 'app'), ('runtime', 'stdlib'), ('parser', 'compiler'), ('compiler', 'runtime'),
             ('heap', 'runtime'), ('app', 'tests'), ('heap', 'tests')]:
    deps.add_edge(a, b)
print('build order', deps.toposort())
deps.add_edge('tests', 'heap')
try:
    deps.toposort()
except ValueError as e:
    print('ValueError:', e)

grid_w, grid_h = 12, 12
blocked = {(3, y) for y in range(0, 9)} | {(7, y) for y in range(3, 12)}


@lru_cache(maxsize=None)
def paths(x, y):
    if (x, y) in blocked:
        return 0
    if x == grid_w - 1 and y == grid_h - 1:
        return 1
    total = 0
    if x + 1 < grid_w:
        total += paths(x + 1, y)
    if y + 1 < grid_h:
        total += paths(x, y + 1)
    return total


print('lattice paths', paths(0, 0))
info = paths.cache_info()
print(info.hits > 0, info.misses, info.maxsize, info.currsize == info.misses)
paths.cache_clear()
print(paths.cache_info())


@lru_cache(maxsize=3)
def square(n):
    return n * n


for n in [1, 2, 3, 1, 4, 1, 2]:
    square(n)
print(square.cache_info())

d = deque(range(5), maxlen=5)
d.append(5)
d.appendleft(-1)
d.rotate(2)
print(d, d.maxlen, d.count(3), d.index(3))
d.extend([7, 8])
print(list(d), d.pop(), d.popleft(), len(d))
