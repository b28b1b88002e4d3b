# Slicing of lists, tuples and strings: steps, negatives, out-of-range bounds, and slice assignment.
s = "Hello, World"
print(s[0], s[-1], s[7:], s[:5], s[::2], s[::-1], s[-5:-1], s[100:], s[3:1])
lst = list(range(10))
print(lst[2:8:2], lst[::-3], lst[-3:], lst[:-7], lst[8:2:-2])
t = tuple(lst)
print(t[1:4], t[::5])
lst[2:5] = ["a", "b"]
print(lst)
lst[:0] = [-1]
print(lst)
lst[::2] = [None] * len(lst[::2])
print(lst)
del lst[1::3]
print(lst)
try:
    lst[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
nums = [0, 1, 2, 3, 4, 5]
nums[1:5] = []
print(nums)
nums[len(nums):] = [6, 7]
print(nums)
copy = nums[:]
copy.append(8)
print(nums, copy)
print("abcdef"[slice(1, 5, 2)], [1, 2, 3][slice(None, None, -1)])
word = "racecar"
print(word == word[::-1], "python"[1:-1])
try:
    print(s[20])
except IndexError as e:
    print("IndexError:", e)
