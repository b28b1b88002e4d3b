# list methods and operations.
nums = [5, 3, 8]
nums.append(1)
nums.extend([9, 2])
nums.insert(0, 7)
nums.insert(100, 4)
nums.insert(-1, 6)
print(nums)
print(nums.pop(), nums.pop(0), nums.pop(2), nums)
nums.remove(1)
print(nums, nums.index(9), nums.count(3), len(nums))
nums.reverse()
print(nums)
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
copy = nums.copy()
copy.append(100)
print(nums, copy)
nums.clear()
print(nums, len(nums))
a = [1, 2] + [3]
b = a * 2
print(a, b, [0] * 5, [] * 10, [[]] * 2)
print([1, 2, 3] == [1, 2, 3], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 99])
print(3 in [1, 2, 3], "x" not in ["a"], [1, [2, 3]].index([2, 3]))
matrix = [[i * j for j in range(4)] for i in range(3)]
print(matrix, [row[1] for row in matrix], sum(sum(r) for r in matrix))
stack = []
for c in "abc":
    stack.append(c)
print(stack.pop(), stack.pop(), stack)
queue = [1, 2, 3]
queue.append(queue.pop(0))
print(queue)
print(list(range(5)), list("hi"), list((1, 2)), list({"k": 1}), list({3}))
words = ["pear", "Apple", "fig", "banana"]
words.sort(key=len)
print(words)
words.sort(key=str.lower)
print(words)
print(sorted(words, key=lambda w: w[-1]), min(words), max(words, key=len))
nested = [1, [2, [3, [4]]]]
print(nested, nested[1][1][1][0], len(nested))
lst = [1, 2, 3]
lst[1:2] = [20, 21, 22]
print(lst, lst[-2], lst[::-1])
print(repr([None, True, 1.5, "s", (1,), {"d": 1}]))
x = [3, 1, 2]
y = sorted(x)
print(x, y, x is y, sorted(x) == y)
print([1, 2, 3].__len__(), [i for i in reversed(range(4))])
