# bisect: grade lookup, sorted insertion with and without key, bounds.
import bisect
import sys

def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]

print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100, 60, 59]])

a = []
for x in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]:
    bisect.insort(a, x)
print(a)
print(bisect.bisect_left(a, 5), bisect.bisect_right(a, 5), bisect.bisect(a, 5, 2, 6))

records = [('apple', 3), ('fig', 1), ('kiwi', 7)]
records.sort(key=lambda r: r[1])
bisect.insort_left(records, ('pear', 4), key=lambda r: r[1])
bisect.insort_right(records, ('plum', 4), key=lambda r: r[1])
print(records)
print(bisect.bisect_left(records, 4, key=lambda r: r[1]))
try:
    bisect.bisect_left(a, 1, -1)
except ValueError as e:
    print('ValueError:', e)
print('bisect' in sys.modules, bisect.insort is bisect.insort_right)
