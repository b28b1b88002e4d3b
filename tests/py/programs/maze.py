# Maze generation with a depth-first backtracker driven by a linear congruential generator (so it is
# deterministic), then solved with breadth-first search and drawn in ASCII.
class LCG:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        return self.state >> 33

    def choice(self, items):
        return items[self.next() % len(items)]


W, H = 10, 6


def generate(seed):
    rng = LCG(seed)
    open_walls = set()
    visited = {(0, 0)}
    stack = [(0, 0)]
    while stack:
        x, y = stack[-1]
        options = [(x + dx, y + dy) for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1))
                   if 0 <= x + dx < W and 0 <= y + dy < H and (x + dx, y + dy) not in visited]
        if not options:
            stack.pop()
            continue
        nxt = rng.choice(options)
        open_walls.add(frozenset([(x, y), nxt]))
        visited.add(nxt)
        stack.append(nxt)
    return open_walls


def solve(open_walls):
    start, goal = (0, 0), (W - 1, H - 1)
    parent = {start: None}
    queue = [start]
    while queue:
        cell = queue.pop(0)
        if cell == goal:
            break
        x, y = cell
        for nxt in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
            if nxt not in parent and frozenset([cell, nxt]) in open_walls:
                parent[nxt] = cell
                queue.append(nxt)
    path = []
    cell = goal
    while cell is not None:
        path.append(cell)
        cell = parent[cell]
    return path[::-1]


def draw(open_walls, path):
    on_path = set(path)
    lines = ["+" + "--+" * W]
    for y in range(H):
        row = "|"
        below = "+"
        for x in range(W):
            row += " *" if (x, y) in on_path else "  "
            row += " " if frozenset([(x, y), (x + 1, y)]) in open_walls else "|"
            below += "  +" if frozenset([(x, y), (x, y + 1)]) in open_walls else "--+"
        lines.append(row)
        lines.append(below)
    return "\n".join(lines)


for seed in (1, 2024):
    walls = generate(seed)
    route = solve(walls)
    print(f"seed {seed}: {len(walls)} passages, path length {len(route)}")
    print(draw(walls, route))
