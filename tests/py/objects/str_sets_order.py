# Iteration order of sets and dicts keyed by strings (fixed by PYTHONHASHSEED=0).
words = {"apple", "banana", "cherry", "date", "elderberry", "fig", "grape"}
print(words)
print(list(words))
print({c for c in "hello world"})
letters = set("abcdefghij")
letters.discard("e")
letters.add("z")
print(letters)
print(frozenset(["x", "y", "z"]))
print(set("python") & set("typhoon"), set("python") - set("typhoon"))
d = {w: len(w) for w in words}
print(d)
print(hash("abc"), hash(""), hash("a"), hash(("a", 1)))
