# list: every method, slice assignment incl. extended slices and their errors, comparisons.
a = [5, 3, 8, 1]
a.append(9); a.extend((2, 2)); a.insert(0, 7); a.insert(-1, 4); a.insert(100, 0)
print(a, a.count(2), a.index(8), a.index(2, 6), len(a))
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(2); a.reverse(); print(a)
b = a.copy(); b.sort(); print(b, a == b, sorted(a) == b)
b.clear(); print(b)
for bad in [lambda: [1].remove(5), lambda: [1].index(5), lambda: [].pop(), lambda: [1].pop(3), lambda: [1, 2].index(1, 1)]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
s = list(range(10))
s[2:5] = ['a', 'b']; print(s)
s[::3] = [0, 0, 0]; print(s)
s[1:1] = 'xy'; print(s)
del s[::2]; print(s)
try:
    s[::2] = [1]
except ValueError as e:
    print('ValueError:', e)
try:
    s[1:3] = 5
except TypeError as e:
    print('TypeError:', e)
t = [1, 2, 3]
t[len(t):] = [4]; t[:0] = [0]; print(t, t[::-1], t[-2:], t[10:])
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [1, 2] == [1, 2.0], [] == [], [[1]] == [[1]])
print([0] * 3, [1, 2] * 0, 2 * [3], [1] + [2])
x = [3, 1, 2]; x *= 2; x += 'ab'; print(x)
try:
    [1] + (2,)
except TypeError as e:
    print('TypeError:', e)
print(list[int], list.__class_getitem__(str))
pairs = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')]
print(sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
