# sys.setrecursionlimit is honoured; RecursionError can be caught and the program continues.
import sys
print(sys.getrecursionlimit())


def depth(n):
    return n if n == 0 else depth(n - 1)


calls = 0


def dive():
    global calls
    calls += 1
    dive()


def measure():
    global calls
    calls = 0
    try:
        dive()
    except RecursionError as e:
        return calls, str(e)


sys.setrecursionlimit(100)
print(sys.getrecursionlimit())
try:
    depth(200)
except RecursionError as e:
    print("RecursionError:", e)
print(depth(50))
c1, message = measure()
sys.setrecursionlimit(200)
c2, _ = measure()
print(message, c2 - c1)
sys.setrecursionlimit(1000)
print(depth(900))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)


def recover():
    try:
        return depth(5000)
    except RecursionError:
        return "recovered"


print(recover(), depth(10))
