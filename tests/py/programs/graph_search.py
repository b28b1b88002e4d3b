# Graph algorithms on small hand-made graphs: BFS shortest paths, DFS order, connected components,
# cycle detection, topological sort (Kahn), and Dijkstra with a hand-written heap.
EDGES = [("A", "B"), ("A", "C"), ("B", "D"), ("C", "D"), ("D", "E"), ("F", "G"), ("E", "H"), ("B", "H")]


def undirected(edges):
    graph = {}
    for a, b in edges:
        graph.setdefault(a, []).append(b)
        graph.setdefault(b, []).append(a)
    for node in graph:
        graph[node].sort()
    return graph


def bfs(graph, start):
    dist = {start: 0}
    parent = {start: None}
    queue = [start]
    while queue:
        node = queue.pop(0)
        for nxt in graph[node]:
            if nxt not in dist:
                dist[nxt] = dist[node] + 1
                parent[nxt] = node
                queue.append(nxt)
    return dist, parent


def path(parent, target):
    out = []
    while target is not None:
        out.append(target)
        target = parent[target]
    return out[::-1]


def dfs(graph, start, seen=None):
    seen = [] if seen is None else seen
    seen.append(start)
    for nxt in graph[start]:
        if nxt not in seen:
            dfs(graph, nxt, seen)
    return seen


def components(graph):
    seen = set()
    out = []
    for node in sorted(graph):
        if node not in seen:
            comp = dfs(graph, node)
            seen.update(comp)
            out.append(sorted(comp))
    return out


g = undirected(EDGES)
dist, parent = bfs(g, "A")
print(sorted(dist.items()))
print(path(parent, "H"), path(parent, "E"))
print(dfs(g, "A"))
print(components(g))
TASKS = {"wake": [], "shower": ["wake"], "dress": ["shower"], "coffee": ["wake"],
         "breakfast": ["coffee"], "leave": ["dress", "breakfast"], "email": ["coffee"]}


def toposort(deps):
    indegree = {t: len(d) for t, d in deps.items()}
    users = {t: [] for t in deps}
    for t, d in deps.items():
        for x in d:
            users[x].append(t)
    ready = sorted(t for t, n in indegree.items() if n == 0)
    order = []
    while ready:
        t = ready.pop(0)
        order.append(t)
        for u in sorted(users[t]):
            indegree[u] -= 1
            if indegree[u] == 0:
                ready.append(u)
                ready.sort()
    if len(order) != len(deps):
        raise ValueError("cycle detected among " + ", ".join(sorted(t for t in deps if indegree[t])))
    return order


print(toposort(TASKS))
try:
    toposort({"a": ["c"], "b": ["a"], "c": ["b"], "d": []})
except ValueError as e:
    print("ValueError:", e)
ROADS = {"home": {"park": 4, "shop": 2}, "shop": {"park": 1, "school": 7}, "park": {"school": 3, "lake": 9},
         "school": {"lake": 2}, "lake": {}}


def dijkstra(graph, source):
    heap = [(0, source)]
    best = {source: 0}
    prev = {source: None}
    done = set()
    while heap:
        i = min(range(len(heap)), key=lambda k: heap[k])
        d, node = heap.pop(i)
        if node in done:
            continue
        done.add(node)
        for nxt, w in graph[node].items():
            nd = d + w
            if nxt not in best or nd < best[nxt]:
                best[nxt] = nd
                prev[nxt] = node
                heap.append((nd, nxt))
    return best, prev


best, prev = dijkstra(ROADS, "home")
for place in sorted(best, key=lambda p: (best[p], p)):
    print(f"{place:<7}{best[place]:>3}  via {' -> '.join(path(prev, place))}")
