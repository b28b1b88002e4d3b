# heapq: push/pop/heapify/heapreplace/heappushpop keep CPython's exact heap layouts (ties too),
# nlargest/nsmallest (key=, ties, n edge cases), merge (key=, reverse=), errors.
import heapq

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 1, 3]:
    heapq.heappush(h, x)
    print(h)
print([heapq.heappop(h) for _ in range(4)], h)
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 10), data)
print(heapq.heappushpop(data, -1), heapq.heappushpop(data, 4), data)
pairs = [(2, 'b'), (1, 'z'), (2, 'a'), (1, 'y'), (3, 'c')]
heapq.heapify(pairs)
print(pairs, [heapq.heappop(pairs) for _ in range(len(pairs))])


class Job:
    def __init__(self, prio, name):
        self.prio = prio
        self.name = name

    def __lt__(self, other):
        return self.prio < other.prio

    def __repr__(self):
        return f'{self.name}:{self.prio}'


jobs = []
for i, p in enumerate([3, 1, 3, 2, 1, 3]):
    heapq.heappush(jobs, Job(p, f'j{i}'))
print(jobs, [heapq.heappop(jobs) for _ in range(6)])
nums = [5, 1, 8, 3, 9, 2, 8, 5, 1]
print(heapq.nlargest(3, nums), heapq.nsmallest(3, nums), heapq.nlargest(0, nums), heapq.nsmallest(1, nums))
print(heapq.nlargest(20, nums), heapq.nsmallest(4, iter(nums)), heapq.nlargest(1, []))
words = ['pear', 'fig', 'apple', 'kiwi', 'plum', 'date', 'banana']
print(heapq.nlargest(3, words, key=len), heapq.nsmallest(3, words, key=len), heapq.nsmallest(2, words, key=lambda w: w[-1]))
print(heapq.nlargest(2, iter(words), key=len), heapq.nsmallest(10, words, key=len))
print(list(heapq.merge([1, 3, 5, 7], [2, 4, 6], [0, 8])))
print(list(heapq.merge(['a', 'ccc'], ['bb', 'dddd'], key=len)))
print(list(heapq.merge([9, 5, 1], [8, 4], reverse=True)), list(heapq.merge()), list(heapq.merge([], [1])))
print(list(heapq.merge([(1, 'x'), (3, 'y')], [(1, 'a'), (2, 'b')], key=lambda t: t[0])))
for bad in [lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1), lambda: heapq.heappush((), 1),
            lambda: heapq.heapify(None)]:
    try:
        bad()
    except (IndexError, TypeError) as e:
        print(type(e).__name__ + ':', e)
