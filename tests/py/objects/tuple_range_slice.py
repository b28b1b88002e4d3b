# tuple methods and comparisons; range index/count/slicing/reversed/equality/contains/len errors;
# slice.indices.
t = (3, 1, 4, 1, 5)
print(t.count(1), t.index(4), t.index(1, 2), t[1:4], t[::-2], t + (9,), t * 2, (1,) * 0, tuple('ab'))
print((1, 2) < (1, 2, 0), (1, 'a') == (1, 'a'), (2,) > (1, 9), hash((1, 2)) == hash((1, 2)), tuple[int, ...])
try:
    t.index(9)
except ValueError as e:
    print('ValueError:', e)
r = range(0, 20, 3)
print(r, len(r), r[2], r[-1], r[1:4], r[::-1], r.index(9), r.count(9), 9 in r, 10 in r, 9.0 in r)
print(list(reversed(range(5))), range(0) == range(2, 2), range(0, 3) == range(3), range(1, 10, 2)[::2])
print(range(10**20)[10**19], range(-5, 5)[-1], range(5, 0, -1)[1:3], r.start, r.stop, r.step)
for bad in [lambda: len(range(10**20)), lambda: range(3).index(5), lambda: range(1, 2, 0), lambda: range(3)[5],
            lambda: range(1.5)]:
    try:
        bad()
    except (OverflowError, ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
print(slice(1, 10, 2).indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10), slice(5))
print(slice(1, 2) == slice(1, 2), slice(1, 2, 3).start, 'abcdef'[slice(1, 5, 2)])
try:
    slice(0, 1, 0).indices(3)
except ValueError as e:
    print('ValueError:', e)
