# List, set and dict comprehensions and generator expressions with several for/if clauses.
words = ["apple", "bob", "kayak", "level", "python", "noon", "zebra"]
palindromes = [w for w in words if w == w[::-1]]
print(palindromes)
lengths = {w: len(w) for w in words}
print(lengths)
first_letters = {w[0] for w in words}
print(sorted(first_letters))
print(sum(len(w) for w in words))
print(list(w.upper() for w in words if len(w) > 4))
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
transposed = [[row[i] for row in matrix] for i in range(3)]
print(transposed)
print([(a, b) for a in range(4) for b in range(a) if (a + b) % 2])
print({k: v for k, v in zip("abc", range(3))})
print([x if x % 2 else -x for x in range(6)])
inverted = {v: k for k, v in lengths.items()}
print(inverted)
gen = (n * n for n in range(5))
print(next(gen), next(gen), list(gen))
print(max((len(w), w) for w in words))
print([c for c in "hello world" if c not in "aeiou "])
nested = [[j for j in range(i)] for i in range(5)]
print(nested)
print(any(w.startswith("z") for w in words), all(len(w) > 2 for w in words))
print(dict((i, i ** 2) for i in range(4)))
