# Sequence unpacking: tuples, nested targets, starred targets, loops, swaps and errors.
a, b, c = 1, 2, 3
print(a, b, c)
a, b = b, a
print(a, b)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
head, *middle, tail = range(6)
print(head, middle, tail)
x, *y = [1]
print(x, y)
(p, q), r = (1, 2), 3
print(p, q, r)
for index, (key, value) in enumerate([("a", 1), ("b", 2)]):
    print(index, key, value)
for n, *others in [(1, 2, 3), (4,)]:
    print(n, others)
[u, v] = "uv"
print(u, v)
d = {"one": 1, "two": 2}
k1, k2 = d
print(k1, k2)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, *c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
matrix = [[1, 2], [3, 4]]
(m00, m01), (m10, m11) = matrix
print(m00 * m11 - m01 * m10)
i = 0
items = [0, 0]
i, items[i] = 1, "set"
print(i, items)
