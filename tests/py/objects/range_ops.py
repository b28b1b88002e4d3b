# range objects: lengths, indexing, slicing, membership, reversal, equality and repr.
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[2:4], r[::-1], 11 in r, 12 in r)
print(list(range(10, 0, -2)), list(range(5, 5)), len(range(0, 100, 7)), range(3) == range(0, 3, 1))
print(r.index(8), r.count(5), list(reversed(range(4))), range(0, -5, -1)[-1])
print(sum(range(1, 101)), max(range(7)), min(range(3, 9)), sorted(range(5), reverse=True))
big = range(10 ** 12)
print(len(big), big[10 ** 11], 999999999999 in big)
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(3)[5]
except IndexError as e:
    print("IndexError:", e)
for i in range(3):
    for j in range(i, 3):
        print(i, j, end="; ")
print()
print([x for x in range(20) if x % 3 == 0], list(enumerate(range(100, 103))))
