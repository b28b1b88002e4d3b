# list.sort: stability, key functions, reverse keeps stability, and sorting records deterministically.
records = [("ann", 3), ("bob", 1), ("cid", 3), ("dee", 2), ("eve", 1), ("fay", 2), ("gus", 3)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
by_name_desc = sorted(records, key=lambda r: r[0], reverse=True)
print(sorted(by_name_desc, key=lambda r: r[1]))
state = 12345


def lcg():
    global state
    state = (state * 1103515245 + 12345) % 2 ** 31
    return state


data = [lcg() % 1000 for _ in range(200)]
s = sorted(data)
print(s[:10], s[-5:], s == sorted(data, reverse=True)[::-1])
print(all(s[i] <= s[i + 1] for i in range(len(s) - 1)))
pairs = [(v % 10, i) for i, v in enumerate(data)]
pairs.sort(key=lambda p: p[0])
print(all(pairs[i][1] < pairs[i + 1][1] for i in range(len(pairs) - 1) if pairs[i][0] == pairs[i + 1][0]))
strings = ["b10", "a2", "b9", "a10", "c1", "a1"]
print(sorted(strings), sorted(strings, key=lambda x: (x[0], int(x[1:]))))
mixed = [3.5, 1, 2.25, -7, 10]
print(sorted(mixed), sorted(mixed, key=abs))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
words = "The quick brown fox Jumps over the Lazy dog".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
