# immortal-test: stdin=3\nalpha beta\ngamma\n\ndelta epsilon zeta\nlast line without newline
# Reading sys.stdin in the ways programs do: readline(), iteration, read() of the rest.
import sys

n = int(sys.stdin.readline())
print("count line:", n)
first = [sys.stdin.readline() for _ in range(n)]
print("next lines:", first)
rest = []
for line in sys.stdin:
    rest.append(line.rstrip("\n"))
print("iterated:", rest)
print("at end:", repr(sys.stdin.readline()), repr(sys.stdin.read()))
words = sum((l.split() for l in first + rest), [])
print(len(words), sorted(words, key=len)[-1])
