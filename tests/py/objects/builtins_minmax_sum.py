# min/max with key/default and their errors; sorted with key/reverse; sum with start and floats.
words = ['pear', 'fig', 'banana', 'kiwi', 'apple']
print(min(words), max(words), min(words, key=len), max(words, key=len), max(3, 1, 2), min([], default='none'))
print(max([1, 5, 5, 2], key=lambda v: -v), max((('a', 2), ('b', 2)), key=lambda t: t[1]))
for call in [lambda: min([]), lambda: max(), lambda: min(1, 2, default=0), lambda: max(1, key=len),
             lambda: min([1, 'a']), lambda: max([1], bogus=1)]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(sorted(words), sorted(words, key=len), sorted(words, key=len, reverse=True))
print(sorted({3: 'c', 1: 'a'}), sorted('hello'), sorted([3, 1, 2], reverse=1))
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print('TypeError:', e)
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([1e100, 1.0, -1e100]), sum([[1], [2]], []))
print(sum([0.1, 0.2, 0.3]), sum((1, 2.5, True)), sum(range(10**5)), sum([2**70, 1]))
for bad in [lambda: sum(['a', 'b'], ''), lambda: sum([b'a'], b''), lambda: sum([1, 'x'])]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
