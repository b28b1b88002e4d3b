# A line-based diff using the longest common subsequence, printed as a unified-style listing with
# context, plus a word-level diff of two changed lines.
OLD = """\
def greet(name):
    print("Hello, " + name)
    return None

def farewell(name):
    print("Bye, " + name)

greet("world")
farewell("world")
"""
NEW = """\
def greet(name, punctuation="!"):
    print("Hello, " + name + punctuation)

def farewell(name):
    print("Bye, " + name)

def main():
    greet("world")
    farewell("world")

main()
"""


def diff(a, b):
    n, m = len(a), len(b)
    table = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            table[i][j] = table[i + 1][j + 1] + 1 if a[i] == b[j] else max(table[i + 1][j], table[i][j + 1])
    ops, i, j = [], 0, 0
    while i < n or j < m:
        if i < n and j < m and a[i] == b[j]:
            ops.append((" ", a[i]))
            i += 1
            j += 1
        elif j < m and (i == n or table[i][j + 1] >= table[i + 1][j]):
            ops.append(("+", b[j]))
            j += 1
        else:
            ops.append(("-", a[i]))
            i += 1
    return ops


ops = diff(OLD.split("\n"), NEW.split("\n"))
changed = [k for k, (op, _) in enumerate(ops) if op != " "]
show = set()
for k in changed:
    show.update(range(max(0, k - 1), min(len(ops), k + 2)))
last = -1
for k in sorted(show):
    if k != last + 1:
        print("@@")
    print(ops[k][0] + ops[k][1])
    last = k
added = sum(1 for op, _ in ops if op == "+")
removed = sum(1 for op, _ in ops if op == "-")
print(f"{added} insertions(+), {removed} deletions(-)")
words = diff('print("Hello, " + name)'.split(), 'print("Hello, " + name + punctuation)'.split())
print(" ".join(w if op == " " else f"[{op}{w}]" for op, w in words))
