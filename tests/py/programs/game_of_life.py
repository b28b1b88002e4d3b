# Conway's Game of Life on a small torus: a glider and a blinker, printed generation by generation.
WIDTH, HEIGHT = 12, 8


def parse(picture):
    cells = set()
    for y, row in enumerate(picture.strip("\n").split("\n")):
        for x, ch in enumerate(row):
            if ch == "#":
                cells.add((x, y))
    return cells


def neighbours(x, y):
    for dy in (-1, 0, 1):
        for dx in (-1, 0, 1):
            if dx or dy:
                yield (x + dx) % WIDTH, (y + dy) % HEIGHT


def step(alive):
    counts = {}
    for x, y in alive:
        for n in neighbours(x, y):
            counts[n] = counts.get(n, 0) + 1
    return {c for c, n in counts.items() if n == 3 or (n == 2 and c in alive)}


def render(alive):
    rows = []
    for y in range(HEIGHT):
        rows.append("".join("#" if (x, y) in alive else "." for x in range(WIDTH)))
    return "\n".join(rows)


world = parse("""
.#..........
..#.........
###.........
............
.......###..
............
............
............
""")
for generation in range(5):
    print(f"generation {generation}: {len(world)} alive")
    print(render(world))
    world = step(world)
for generation in range(5, 48):
    world = step(world)
print("generation 48:", len(world), "alive, bounding box",
      min(x for x, _ in world), min(y for _, y in world), max(x for x, _ in world), max(y for _, y in world))
