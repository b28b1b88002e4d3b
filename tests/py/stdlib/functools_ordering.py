# functools.total_ordering, cmp_to_key and reduce.
from functools import total_ordering, cmp_to_key, reduce
import operator


@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split('.'))

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __repr__(self):
        return 'V' + '.'.join(map(str, self.parts))


vs = [Version(t) for t in ['1.10', '1.2', '1.2.1', '0.9', '1.2']]
print(sorted(vs), max(vs), min(vs))
a, b = Version('1.2'), Version('1.10')
print(a < b, a <= b, a > b, a >= b, a == Version('1.2'), a != b)
print(Version.__gt__.__name__, '__ge__' in Version.__dict__, '__lt__' in Version.__dict__)
print(Version('1.0').__gt__(5), Version('1.0').__le__(5))


@total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        return self.cents == other.cents

    def __ge__(self, other):
        return self.cents >= other.cents


print(Money(5) < Money(6), Money(5) > Money(6), Money(5) <= Money(5))
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print('ValueError:', e)


def by_length_then_reverse_alpha(x, y):
    if len(x) != len(y):
        return len(x) - len(y)
    return (x < y) - (x > y)


words = ['pear', 'fig', 'apple', 'kiwi', 'date', 'banana']
print(sorted(words, key=cmp_to_key(by_length_then_reverse_alpha)))
key = cmp_to_key(lambda a, b: a - b)
print(key(3) < key(4), key(3) == key(3), key(5) >= key(9))
try:
    hash(key(1))
except TypeError as e:
    print('TypeError:', e)
print(reduce(operator.mul, range(1, 11)), reduce(lambda acc, w: acc + len(w), words, 0))
print(reduce(lambda a, b: a + b, [[1], [2, 3], [4]]))
try:
    reduce(operator.add, [])
except TypeError as e:
    print('TypeError:', e)
print(reduce(operator.add, [], 'empty'))
