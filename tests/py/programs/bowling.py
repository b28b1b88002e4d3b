# Ten-pin bowling scores: frame-by-frame scoring with strikes, spares and the tenth frame, a score
# sheet, validation of impossible games, and a small league table.
class BowlingError(Exception):
    pass


def frames(rolls):
    out = []
    i = 0
    for frame in range(10):
        if i >= len(rolls):
            raise BowlingError("incomplete game")
        if rolls[i] == 10:
            out.append((rolls[i:i + 1], rolls[i + 1:i + 3]))
            i += 1
        else:
            pair = rolls[i:i + 2]
            if len(pair) < 2:
                raise BowlingError("incomplete game")
            if sum(pair) > 10:
                raise BowlingError(f"frame {frame + 1} knocks down {sum(pair)} pins")
            bonus = rolls[i + 2:i + 3] if sum(pair) == 10 else []
            out.append((pair, bonus))
            i += 2
    extra = len(rolls) - i
    needed = len(out[-1][1]) if sum(out[-1][0]) == 10 else 0
    if extra != needed:
        raise BowlingError(f"expected {needed} bonus rolls, got {extra}")
    return out


def score(rolls):
    running = 0
    totals = []
    for pins, bonus in frames(rolls):
        running += sum(pins) + sum(bonus)
        totals.append(running)
    return totals


def sheet(rolls):
    marks = []
    for pins, _ in frames(rolls):
        if pins == [10]:
            marks.append("X")
        elif sum(pins) == 10:
            marks.append(f"{pins[0] or '-'}/")
        else:
            marks.append("".join(str(p) if p else "-" for p in pins))
    return "|" + "|".join(f"{m:^4}" for m in marks) + "|"


games = {
    "perfect": [10] * 12,
    "gutter": [0] * 20,
    "all spares": [5, 5] * 10 + [5],
    "mixed": [10, 7, 3, 9, 0, 10, 0, 8, 8, 2, 0, 6, 10, 10, 10, 8, 1],
    "dutch 200": [10, 1, 9, 10, 2, 8, 10, 3, 7, 10, 4, 6, 10, 5, 5, 10],
}
for name, rolls in games.items():
    totals = score(rolls)
    print(f"{name:<11}{sheet(rolls)} {totals[-1]:>3}")
    print(" " * 11 + "|" + "|".join(f"{t:^4}" for t in totals) + "|")
for bad in ([10] * 11, [5, 6] + [0] * 18, [3, 4] * 9 + [3], [0] * 20 + [5]):
    try:
        score(bad)
    except BowlingError as e:
        print("BowlingError:", e)
league = sorted(((score(r)[-1], n) for n, r in games.items()), reverse=True)
for rank, (total, name) in enumerate(league, 1):
    print(rank, name, total)
