# N-queens: count all solutions for n = 1..7 with backtracking (a recursive nested function, so a
# reference cycle through its own cell), print the first board for n = 6.
def solve(n):
    solutions = []
    cols = set()
    diag1 = set()
    diag2 = set()
    placement = []

    def place(row):
        if row == n:
            solutions.append(list(placement))
            return
        for col in range(n):
            if col in cols or row - col in diag1 or row + col in diag2:
                continue
            cols.add(col)
            diag1.add(row - col)
            diag2.add(row + col)
            placement.append(col)
            place(row + 1)
            placement.pop()
            cols.discard(col)
            diag1.discard(row - col)
            diag2.discard(row + col)
    place(0)
    return solutions


for n in range(1, 8):
    print(f"n={n}: {len(solve(n))} solutions")
first = solve(6)[0]
for col in first:
    print(" ".join("Q" if c == col else "." for c in range(6)))
print(solve(4))
