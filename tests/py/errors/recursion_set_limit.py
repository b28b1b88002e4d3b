# immortal-test: exit=1
# sys.setrecursionlimit lowers the limit: depth 100 works at limit 200, depth 300 does not.
import sys


def walk(node):
    return 0 if node is None else 1 + walk(node[1])


chain = None
for i in range(300):
    chain = (i, chain)
sys.setrecursionlimit(200)
short = None
for i in range(100):
    short = (i, short)
print(walk(short))
print(walk(chain))
