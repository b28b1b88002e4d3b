# Python-to-Python calls do not use the host stack: 100000 nested calls work once the limit allows.
import sys
sys.setrecursionlimit(100100)


def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


print(depth(100000))


def build(n):
    node = None
    for i in range(n):
        node = (i, node)
    return node


def length(node):
    return 0 if node is None else 1 + length(node[1])


chain = build(10000)
print(length(chain))


def countdown(n):
    if n:
        yield from countdown(n - 1)
    yield n


print(sum(countdown(300)))
