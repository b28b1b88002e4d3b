# Augmented assignment to names, attributes and subscripts; targets are evaluated once.
n = 10
n += 5
n -= 3
n *= 2
n //= 5
n **= 3
n %= 50
n <<= 2
n >>= 1
n |= 1
n &= 0xFF
n ^= 0b101
print(n)
f = 7.5
f /= 2
print(f)
s = "ab"
s += "cd"
s *= 2
print(s)
lst = [1, 2]
alias = lst
lst += [3]
print(lst, alias, lst is alias)
t = (1, 2)
tt = t
t += (3,)
print(t, tt, t is tt)


class Box:
    def __init__(self):
        self.value = 1


box = Box()
box.value += 41
print(box.value)
calls = []


def index(i):
    calls.append(i)
    return i


data = [10, 20, 30]
data[index(1)] += 5
print(data, calls)
d = {"k": 1}
d["k"] += 1
d.setdefault("new", 0)
d["new"] -= 1
print(d)
grid = [[0] * 3 for _ in range(2)]
grid[1][2] += 9
print(grid)


def get_box():
    calls.append("box")
    return box


get_box().value *= 2
print(box.value, calls)
