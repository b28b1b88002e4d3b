# enum functional API (Enum('Name', names) with strings, lists, pairs and dicts; start=, type=),
# mixed-in data types, member() / nonmember(), _ignore_, __dir__-free introspection.
from enum import Enum, IntEnum, member, nonmember

Animal = Enum('Animal', 'ANT BEE CAT DOG')
print(list(Animal), Animal.CAT.value, Animal.__module__, Animal)
Fruit = Enum('Fruit', ['APPLE', 'PEAR'], start=10)
print(list(Fruit))
Shape = Enum('Shape', [('SQUARE', 4), ('TRIANGLE', 3)])
print(Shape(3), Shape.SQUARE.value)
Http = IntEnum('Http', {'OK': 200, 'NOT_FOUND': 404})
print(Http.OK, repr(Http.NOT_FOUND), Http(404) + 1)
Level = Enum('Level', 'LOW, MID, HIGH')
print([l.name for l in Level])
Sized = Enum('Sized', 'S M L', type=int)
print(repr(Sized.M), Sized.L * 10)


class Measure(float, Enum):
    INCH = 2.54
    FOOT = 30.48

    def to_cm(self, n):
        return n * self.value


print(Measure.INCH, repr(Measure.FOOT), Measure.FOOT.to_cm(2), Measure.INCH > 2, Measure(30.48))


class Config(Enum):
    A = 1
    B = 2
    helper = nonmember('not a member')
    C = member(3)

    def double(self):
        return self.value * 2


print(list(Config), Config.helper, Config.C.double())


class Weekday(Enum):
    _ignore_ = ['i']
    MON = 1
    TUE = 2
    for i in range(3):
        pass


print(list(Weekday))


class Tuples(Enum):
    ORIGIN = (0, 0)
    UNIT = (1, 1)


print(Tuples((1, 1)), Tuples.ORIGIN.value)
try:
    Enum('Bad', 'A B A')
except TypeError as e:
    print('TypeError:', e)
try:
    class Reserved(Enum):
        _bogus_ = 1
except ValueError as e:
    print('ValueError:', e)
