# A predator-prey ecosystem on a small grid with a seeded pseudo-random generator: rabbits breed and
# graze, foxes hunt and starve; population counts per step and a final map.
class Rng:
    def __init__(self, seed):
        self.s = seed

    def next(self, n):
        self.s = (self.s * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.s >> 8) % n


W, H = 16, 8
rng = Rng(2024)


class Animal:
    def __init__(self, kind, x, y, energy):
        self.kind, self.x, self.y, self.energy = kind, x, y, energy
        self.alive = True


animals = []
for _ in range(24):
    animals.append(Animal("rabbit", rng.next(W), rng.next(H), 4))
for _ in range(4):
    animals.append(Animal("fox", rng.next(W), rng.next(H), 10))
grass = {(x, y): rng.next(3) for x in range(W) for y in range(H)}
MOVES = [(1, 0), (-1, 0), (0, 1), (0, -1), (0, 0)]
history = []
for step in range(20):
    for pos in grass:
        grass[pos] = min(3, grass[pos] + (1 if rng.next(4) == 0 else 0))
    born = []
    for a in animals:
        if not a.alive:
            continue
        dx, dy = MOVES[rng.next(len(MOVES))]
        a.x, a.y = (a.x + dx) % W, (a.y + dy) % H
        a.energy -= 1
        if a.kind == "rabbit":
            if grass[(a.x, a.y)]:
                grass[(a.x, a.y)] -= 1
                a.energy += 2
            if a.energy >= 6:
                a.energy -= 3
                born.append(Animal("rabbit", a.x, a.y, 3))
        else:
            prey = [b for b in animals if b.alive and b.kind == "rabbit" and (b.x, b.y) == (a.x, a.y)]
            if prey:
                prey[0].alive = False
                a.energy += 5
            if a.energy >= 16:
                a.energy -= 8
                born.append(Animal("fox", a.x, a.y, 8))
        if a.energy <= 0:
            a.alive = False
    animals = [a for a in animals if a.alive] + born
    rabbits = sum(1 for a in animals if a.kind == "rabbit")
    foxes = len(animals) - rabbits
    history.append((rabbits, foxes))
    print(f"step {step:>2}: rabbits {rabbits:>3} foxes {foxes:>2} grass {sum(grass.values()):>3}")
grid = [["." if grass[(x, y)] == 0 else "," for x in range(W)] for y in range(H)]
for a in animals:
    grid[a.y][a.x] = "F" if a.kind == "fox" else ("r" if grid[a.y][a.x] != "F" else "F")
print("\n".join("".join(row) for row in grid))
print("peak rabbits:", max(r for r, _ in history), "final:", history[-1])
