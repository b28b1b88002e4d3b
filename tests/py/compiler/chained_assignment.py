# Chained assignment, aliasing through shared objects, and targets assigned left to right.
a = b = c = 0
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)
first = second = "text"
second += "!"
print(first, second)
grid = [[0] * 2] * 2
grid[0][0] = 5
print(grid)
grid = [[0] * 2 for _ in range(2)]
grid[0][0] = 5
print(grid)
d = {}
d["k"] = d["j"] = len(d)
print(d)
i = 0
nums = [10, 20, 30]
i = nums[i] = 2
print(i, nums)


class Obj:
    pass


o = Obj()
o.p = o.q = (1, 2)
print(o.p is o.q, o.p)
m, n = n, m = 1, 2
print(m, n)
