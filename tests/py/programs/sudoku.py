# Sudoku solver: constraint propagation (naked singles) plus backtracking on the most constrained cell.
PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""


def parse(text):
    grid = []
    for line in text.strip().split("\n"):
        grid.append([0 if ch == "." else int(ch) for ch in line])
    return grid


def candidates(grid, r, c):
    used = set(grid[r])
    used.update(grid[i][c] for i in range(9))
    br, bc = 3 * (r // 3), 3 * (c // 3)
    for i in range(br, br + 3):
        for j in range(bc, bc + 3):
            used.add(grid[i][j])
    return [d for d in range(1, 10) if d not in used]


stats = {"guesses": 0, "placed": 0}


def solve(grid):
    best = None
    for r in range(9):
        for c in range(9):
            if grid[r][c] == 0:
                options = candidates(grid, r, c)
                if not options:
                    return False
                if best is None or len(options) < len(best[2]):
                    best = (r, c, options)
    if best is None:
        return True
    r, c, options = best
    if len(options) > 1:
        stats["guesses"] += 1
    for d in options:
        grid[r][c] = d
        stats["placed"] += 1
        if solve(grid):
            return True
    grid[r][c] = 0
    return False


def show(grid):
    for i, row in enumerate(grid):
        if i and i % 3 == 0:
            print("------+-------+------")
        parts = [" ".join(str(v) if v else "." for v in row[k:k + 3]) for k in (0, 3, 6)]
        print(" | ".join(parts))


grid = parse(PUZZLE)
show(grid)
print()
print("solved:", solve(grid))
show(grid)
print(stats)
valid = all(sorted(row) == list(range(1, 10)) for row in grid)
valid = valid and all(sorted(grid[r][c] for r in range(9)) == list(range(1, 10)) for c in range(9))
print("valid:", valid)
