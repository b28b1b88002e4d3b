# The iterator protocol with user classes: __iter__/__next__, used by for, list(), sum(), unpacking, in.
class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


class Range2D:
    def __init__(self, rows, cols):
        self.rows = rows
        self.cols = cols

    def __iter__(self):
        for r in range(self.rows):
            for c in range(self.cols):
                yield r, c


for n in Countdown(3):
    print(n)
print(list(Countdown(5)), sum(Countdown(4)), max(Countdown(6)))
a, b, c = Countdown(3)
print(a, b, c)
print(3 in Countdown(5), 9 in Countdown(5))
print(list(Range2D(2, 3)))
print(dict.fromkeys(Countdown(2)), sorted(Countdown(3)))
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "end"))
print(list(zip(Countdown(3), Range2D(1, 5))))


class Sentinel:
    def __init__(self):
        self.values = [4, 5, 0, 7]

    def __call__(self):
        return self.values.pop(0)


print(list(iter(Sentinel(), 0)))


class GetItemOnly:
    def __getitem__(self, index):
        if index >= 3:
            raise IndexError
        return index * 10


print(list(GetItemOnly()), 20 in GetItemOnly())
ci = iter("ab")
print(next(ci), next(ci))
try:
    next(ci)
except StopIteration:
    print("str iterator exhausted")
print([x for x in enumerate(Countdown(2))])
