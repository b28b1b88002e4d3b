# zip and reversed pickling state: __reduce__ and __setstate__ (strict flag, clamped index), and
# copy.copy of a reversed iterator built on them.
import copy


class Seq:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * 10


for st in [0, 1, 2, 5, -1, -7]:
    r = reversed(Seq(3))
    print('setstate', st, r.__setstate__(st), list(r), r.__length_hint__())

r = reversed(Seq(4))
for bad in ['x', 1.5, None]:
    try:
        r.__setstate__(bad)
    except TypeError as e:
        print('TypeError', e)
red = r.__reduce__()
print(red[0] is reversed, type(red[1][0]).__name__, red[2])
print(next(r), r.__reduce__()[2])
r2 = copy.copy(r)
print('copy continues:', list(r2), 'original:', list(r))
print('exhausted:', r.__reduce__()[0] is reversed, r.__reduce__()[1])
r.__setstate__(2)
print('setstate after exhaustion:', list(r))

z = zip([1, 2], 'ab', strict=True)
red = z.__reduce__()
print(red[0] is zip, len(red), [type(i).__name__ for i in red[1]], red[2:])
z.__setstate__(0)
print(len(z.__reduce__()), list(z))
z = zip([1, 2, 3], 'ab')
z.__setstate__('yes')
try:
    print(list(z))
except ValueError as e:
    print('ValueError', e)
z = zip(range(3), range(3))
z.__setstate__([])
print(list(z), len(z.__reduce__()))
try:
    z.__setstate__()
except TypeError as e:
    print('TypeError', e)
