# Assignment expressions (:=) in conditions, loops and comprehensions (binding in the containing scope).
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print(f"list is long ({n} elements)")
lines = ["alpha", "beta", "", "gamma"]
i = 0
while (line := lines[i]) != "":
    print("line:", line)
    i += 1
print("stopped at", i)


def f(x):
    return x * x - 10


values = [y for x in range(6) if (y := f(x)) > 0]
print(values, "last y:", y)
total = 0
partial = [total := total + v for v in data]
print(partial, total)


def in_function():
    found = None
    if any((found := w).startswith("b") for w in ["apple", "banana", "cherry"]):
        return found
    return None


print(in_function())
print((z := 10) + z)
chunks = []
source = list(range(10))
while chunk := source[:3]:
    chunks.append(chunk)
    source = source[3:]
print(chunks)
