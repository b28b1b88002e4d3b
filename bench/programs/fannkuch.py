# Pancake flipping: for every permutation of 0..n-1 (visited in Heap's order),
# repeatedly reverse the prefix whose length is given by the first element + 1
# until 0 comes first, and count the flips. Exercises list indexing, slicing,
# slice assignment and tight while loops.
# Usage: fannkuch.py [n]   Checksum: max flips and a signed sum of flip counts.
import sys


def flips(perm):
    first = perm[0]
    if first == 0:
        return 0
    p = perm[:]
    count = 0
    while first != 0:
        p[:first + 1] = p[first::-1]
        count += 1
        first = p[0]
    return count


def fannkuch(n):
    perm = list(range(n))
    c = [0] * n
    best = flips(perm)
    checksum = best
    index = 1
    i = 1
    while i < n:
        if c[i] < i:
            if i % 2 == 0:
                perm[0], perm[i] = perm[i], perm[0]
            else:
                j = c[i]
                perm[j], perm[i] = perm[i], perm[j]
            f = flips(perm)
            if f > best:
                best = f
            checksum += f if index % 2 == 0 else -f
            index += 1
            c[i] += 1
            i = 1
        else:
            c[i] = 0
            i += 1
    return best, checksum, index


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    best, checksum, count = fannkuch(n)
    print(f"fannkuch n={n} permutations={count} max_flips={best} checksum={checksum}")


main()
