# enumerate, zip, map, filter, reversed, sorted, min/max/sum, any/all over many kinds of iterables.
names = ["ann", "bob", "cid"]
scores = [88, 92, 79]
for i, name in enumerate(names, 1):
    print(i, name)
for name, score in zip(names, scores):
    print(f"{name:>5}: {score}")
print(dict(zip(names, scores)), list(zip(names, scores, "xyz")), list(zip()))
print(list(map(len, names)), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])))
print(list(filter(lambda s: s > 80, scores)), list(filter(None, [0, "", "x", [], [1]])))
print(list(reversed(names)), sorted(names, reverse=True), sorted(zip(scores, names)))
print(min(scores), max(scores), sum(scores), sum(scores) / len(scores))
print(min(names, key=len), max(zip(scores, names))[1], min("hello"), max([[1, 2], [1, 3]]))
print(any(s > 90 for s in scores), all(s > 80 for s in scores), any([]), all([]))
best = max(range(len(scores)), key=lambda i: scores[i])
print(names[best], scores[best])
total = 0
for running in (total := total + s for s in scores):
    print("running total", running)
pairs = list(enumerate("abc"))
idx, letters = zip(*pairs)
print(idx, letters)
print(sum([[1], [2, 3]], []), sum(x * x for x in range(10)))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)], [sum(row) for row in matrix], max(map(max, matrix)))
print(sorted({"b": 2, "a": 1}.items(), key=lambda kv: kv[1], reverse=True))
print(list(enumerate(reversed("xyz"))), next(iter(enumerate("q"))))
