# Wordle scoring and a solver: feedback with correct handling of repeated letters, filtering a word
# list by feedback, and choosing guesses that split the remaining candidates best.
WORDS = ["crane", "slate", "trace", "crate", "react", "cater", "heart", "earth", "hater", "tears",
         "stare", "rates", "aster", "taser", "share", "shear", "horse", "shore", "chore", "those",
         "ethos", "other", "throe", "tower", "wrote", "route", "outer", "otter", "totem", "motet"]


def feedback(guess, answer):
    result = ["."] * 5
    remaining = {}
    for g, a in zip(guess, answer):
        if g != a:
            remaining[a] = remaining.get(a, 0) + 1
    for i, (g, a) in enumerate(zip(guess, answer)):
        if g == a:
            result[i] = "G"
        elif remaining.get(g, 0) > 0:
            result[i] = "Y"
            remaining[g] -= 1
    return "".join(result)


def best_guess(candidates):
    def worst_case(guess):
        buckets = {}
        for answer in candidates:
            key = feedback(guess, answer)
            buckets[key] = buckets.get(key, 0) + 1
        return max(buckets.values()), guess not in candidates, guess
    return min(WORDS, key=worst_case)


print(feedback("otter", "totem"), feedback("tower", "otter"), feedback("eerie", "there"), feedback("crane", "crane"))


def solve(answer, verbose=True):
    candidates = list(WORDS)
    guess = "slate"
    for turn in range(1, 7):
        fb = feedback(guess, answer)
        candidates = [w for w in candidates if feedback(guess, w) == fb]
        if verbose:
            print(f"  {turn}: {guess} {fb} ({len(candidates)} left)")
        if fb == "GGGGG":
            return turn
        guess = candidates[0] if len(candidates) <= 2 else best_guess(candidates)
    return None


for answer in ["otter", "heart", "shore"]:
    print(answer)
    print("  solved in", solve(answer))
turns = [solve(w, verbose=False) for w in WORDS]
print("all solved:", all(turns), "average turns:", f"{sum(turns) / len(turns):.2f}", "worst:", max(turns))
