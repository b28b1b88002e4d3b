# Classes: __init__, instance and class attributes, methods, __dict__, and attribute lookup order.
class Dog:
    species = "Canis familiaris"
    count = 0

    def __init__(self, name, age):
        self.name = name
        self.age = age
        Dog.count += 1

    def describe(self):
        return f"{self.name} is {self.age} years old"

    def speak(self, sound="Woof"):
        return f"{self.name} says {sound}"

    def birthday(self):
        self.age += 1
        return self


rex = Dog("Rex", 3)
fido = Dog("Fido", 5)
print(rex.describe(), "|", fido.speak("Grr"))
print(rex.birthday().birthday().describe())
print(Dog.count, rex.species, fido.species is Dog.species)
rex.species = "robot dog"
print(rex.species, fido.species, Dog.species)
print(sorted(rex.__dict__.items()))
del rex.species
print(rex.species)
print(type(rex).__name__, type(rex) is Dog, isinstance(fido, Dog), isinstance(fido, object))
print(Dog.__name__, Dog.__bases__[0].__name__)
rex.nickname = "R"
print(hasattr(rex, "nickname"), hasattr(fido, "nickname"), getattr(fido, "nickname", "none"))
setattr(fido, "age", 10)
print(fido.age, getattr(fido, "age"))


class Empty:
    pass


e = Empty()
e.x = 1
e.y = [1, 2]
print(e.__dict__, Empty.__name__)
print(Dog.describe(fido))


class Point:
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y

    def move(self, dx, dy):
        return Point(self.x + dx, self.y + dy)

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


p = Point()
q = p.move(2, 3).move(-1, 1)
print(p, q, [Point(i, -i) for i in range(3)])
