# Tracebacks, line numbers and frames seen through functions the baseline JIT compiles: an
# exception raised several compiled calls deep, re-raised, chained, and caught; sys._getframe's line
# numbers in a compiled caller; RecursionError from deep recursion of a compiled function.
import sys
import traceback


def leaf(x):
    return 10 // x


def middle(x):
    y = x - 1
    return leaf(y) + 1


def top(x):
    total = 0
    for i in range(3):
        total += middle(x + i)
    return total


def where():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno


def caller():
    a = 1
    site = where()
    b = a + 1
    return site, b


for i in range(3):
    print(top(5), caller())

try:
    top(1)
except ZeroDivisionError:
    tb = traceback.extract_tb(sys.exc_info()[2])
    print([(fr.name, fr.lineno, fr.line) for fr in tb])


def chain(n):
    try:
        return leaf(n)
    except ZeroDivisionError as e:
        raise KeyError(n) from e


for n in (2, 0):
    try:
        print(chain(n))
    except KeyError as e:
        print("KeyError", e, type(e.__cause__).__name__, e.__cause__.__traceback__.tb_next.tb_frame.f_code.co_name)


def down(n):
    if n == 0:
        return 0
    return down(n - 1) + 1


print(down(50), down(500))
sys.setrecursionlimit(3000)
print(down(2500))
try:
    down(10000)
except RecursionError as e:
    print("RecursionError", e)


class Node:
    def __init__(self, v, nxt):
        self.v = v
        self.nxt = nxt

    def total(self):
        return self.v + (self.nxt.total() if self.nxt is not None else 0)


head = None
for v in range(200):
    head = Node(v, head)
print(head.total())
try:
    Node(1, Node(2, "x")).total()
except AttributeError as e:
    print(type(e).__name__, e)
    print([fr.name for fr in traceback.extract_tb(e.__traceback__)])
