# Generator pipelines: a pseudo-random source flows through filtering,
# mapping, windowing, chunking and flattening stages, each its own generator
# (plain yield, yield from, generator expressions); a recursive tree walk
# yields from nested generators. Exercises generator creation, resumption and
# closing, closures and comprehensions. Usage: generators.py [items]
# Checksum: sums and counts taken at the end of each pipeline.
import sys


def source(seed, n):
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        yield x >> 8


def keep(pred, items):
    for x in items:
        if pred(x):
            yield x


def windows(items, size):
    window = []
    for x in items:
        window.append(x)
        if len(window) > size:
            window.pop(0)
        if len(window) == size:
            yield tuple(window)


def chunks(items, size):
    chunk = []
    for x in items:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def flatten(groups):
    for g in groups:
        yield from g


def running_max(items):
    best = None
    for x in items:
        if best is None or x > best:
            best = x
        yield best


def make_scaler(factor):
    def scale(items):
        for x in items:
            yield x * factor % 65521
    return scale


class Node:
    def __init__(self, key, left, right):
        self.key = key
        self.left = left
        self.right = right


def build(lo, hi):
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return Node(mid, build(lo, mid), build(mid + 1, hi))


def inorder(node):
    if node is not None:
        yield from inorder(node.left)
        yield node.key
        yield from inorder(node.right)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 350000
    scale = make_scaler(7)

    # Pipeline 1: filter, scale, window sums, running maximum.
    odd = keep(lambda x: x % 3 != 0, source(1, n))
    sums = (a + b + c for a, b, c in windows(scale(odd), 3))
    last_max = 0
    count1 = 0
    for m in running_max(sums):
        last_max = m
        count1 += 1

    # Pipeline 2: chunk, summarise each chunk, flatten back.
    summaries = ([min(c), max(c), len(c)] for c in chunks(source(2, n), 7))
    total2 = sum(flatten(summaries))

    # Pipeline 3: many short generators, started and abandoned early.
    early = 0
    for k in range(n // 20):
        gen = source(k, 50)
        early += next(gen) + next(gen)
        gen.close()

    # Recursive yield from over a balanced tree.
    tree = build(0, n // 10)
    ordered = sum(k for k in inorder(tree) if k % 2)

    evens = [x for x in source(3, n // 4) if x % 2 == 0]
    print(f"generators n={n} count1={count1} max={last_max} total2={total2} "
          f"early={early % 1000000007} tree={ordered} evens={len(evens)}")


main()
