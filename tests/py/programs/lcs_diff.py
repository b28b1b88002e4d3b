# A line/word diff tool: longest common subsequence by dynamic programming, unified-diff style
# hunks with context, an edit-distance table and a word-level inline diff.
from itertools import zip_longest

OLD = """\
import sys

def greet(name):
    print("Hello, " + name)

def main():
    for arg in sys.argv[1:]:
        greet(arg)
    return 0

if __name__ == "__main__":
    main()
""".splitlines()

NEW = """\
import sys
import os

def greet(name, punct="!"):
    print(f"Hello, {name}{punct}")

def main():
    names = sys.argv[1:] or [os.getlogin()]
    for arg in names:
        greet(arg)
    return 0

if __name__ == "__main__":
    sys.exit(main())
""".splitlines()


def lcs_table(a, b):
    n, m = len(a), len(b)
    t = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            t[i][j] = t[i + 1][j + 1] + 1 if a[i] == b[j] else max(t[i + 1][j], t[i][j + 1])
    return t


def diff_ops(a, b):
    t = lcs_table(a, b)
    i = j = 0
    ops = []
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            ops.append((' ', i, j))
            i += 1
            j += 1
        elif t[i + 1][j] >= t[i][j + 1]:
            ops.append(('-', i, j))
            i += 1
        else:
            ops.append(('+', i, j))
            j += 1
    ops.extend(('-', k, j) for k in range(i, len(a)))
    ops.extend(('+', i, k) for k in range(j, len(b)))
    return ops


def hunks(ops, context=1):
    changed = [k for k, op in enumerate(ops) if op[0] != ' ']
    groups = []
    for k in changed:
        lo, hi = max(0, k - context), min(len(ops), k + context + 1)
        if groups and lo <= groups[-1][1]:
            groups[-1][1] = hi
        else:
            groups.append([lo, hi])
    return [ops[lo:hi] for lo, hi in groups]


def unified(a, b, context=1):
    out = ['--- old', '+++ new']
    for h in hunks(diff_ops(a, b), context):
        a_start = next((i for op, i, j in h if op != '+'), h[0][1])
        b_start = next((j for op, i, j in h if op != '-'), h[0][2])
        a_len = sum(op != '+' for op, _, _ in h)
        b_len = sum(op != '-' for op, _, _ in h)
        out.append(f'@@ -{a_start + 1},{a_len} +{b_start + 1},{b_len} @@')
        for op, i, j in h:
            out.append(op + (a[i] if op != '+' else b[j]))
    return out


print('\n'.join(unified(OLD, NEW)))
ops = diff_ops(OLD, NEW)
print('similarity', f'{2 * sum(op == " " for op, *_ in ops) / (len(OLD) + len(NEW)):.3f}')


def edit_distance(s, t):
    prev = list(range(len(t) + 1))
    for i, cs in enumerate(s, 1):
        cur = [i]
        for j, ct in enumerate(t, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (cs != ct)))
        prev = cur
    return prev[-1]


pairs = [('kitten', 'sitting'), ('flaw', 'lawn'), ('', 'abc'), ('same', 'same'), ('intention', 'execution')]
for s, t in pairs:
    print(f'{s!r:>12} -> {t!r:<12} distance {edit_distance(s, t)}')


def word_diff(a, b):
    wa, wb = a.split(), b.split()
    out = []
    for op, i, j in diff_ops(wa, wb):
        if op == ' ':
            out.append(wa[i])
        elif op == '-':
            out.append(f'[-{wa[i]}-]')
        else:
            out.append(f'{{+{wb[j]}+}}')
    return ' '.join(out)


print(word_diff('the quick brown fox jumps over the lazy dog', 'the quick red fox leaps over the dog today'))
for x, y in zip_longest(OLD[:4], NEW[:5], fillvalue='<none>'):
    print(f'{x:<28}|{y}')
t = lcs_table('ABCBDAB', 'BDCABA')
print('lcs length', t[0][0])
