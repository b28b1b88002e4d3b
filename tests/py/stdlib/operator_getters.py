# operator.itemgetter / attrgetter / methodcaller: single and multiple keys, dotted attribute
# paths, reprs, use as sort keys.
from operator import itemgetter, attrgetter, methodcaller


class Address:
    def __init__(self, city, zipcode):
        self.city = city
        self.zipcode = zipcode


class Person:
    def __init__(self, name, age, city, zipcode):
        self.name = name
        self.age = age
        self.address = Address(city, zipcode)

    def greet(self, greeting='Hello', punct='!'):
        return f'{greeting}, {self.name}{punct}'


people = [Person('ann', 31, 'Oslo', '0150'), Person('bob', 25, 'Bergen', '5003'),
          Person('cid', 31, 'Alta', '9510')]
by_age_name = sorted(people, key=attrgetter('age', 'name'))
print([p.name for p in by_age_name])
print([p.name for p in sorted(people, key=attrgetter('address.city'))])
print(attrgetter('address.zipcode')(people[0]), attrgetter('name', 'address.city')(people[1]))
print(list(map(methodcaller('greet'), people)))
print(methodcaller('greet', 'Hi', punct='?')(people[2]))
rows = [('b', 2, 9.5), ('a', 3, 1.0), ('c', 1, 4.25)]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(2), reverse=True)[0])
print(itemgetter(0, 2)(rows[0]), itemgetter(slice(1, None))('hello'), itemgetter('k')({'k': 'v'}))
print(list(map(itemgetter(0), rows)))
print(repr(itemgetter(1)), repr(itemgetter(0, 'x')), repr(attrgetter('a.b', 'c')), repr(methodcaller('f', 1, k=2)))
print(methodcaller('upper')('abc'), methodcaller('split', ',')('a,b,c'), methodcaller('count', 'a')('banana'))
for bad in [lambda: itemgetter(), lambda: attrgetter(1), lambda: methodcaller(), lambda: methodcaller(3),
            lambda: attrgetter('missing')(people[0]), lambda: itemgetter(5)([1])]:
    try:
        bad()
    except (TypeError, AttributeError, IndexError) as e:
        print(type(e).__name__ + ':', e)
