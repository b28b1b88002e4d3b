# Inheritance: overriding, super() with arguments, multiple inheritance and the C3 MRO.
class Animal:
    def __init__(self, name):
        self.name = name

    def speak(self):
        return "..."

    def intro(self):
        return f"I am {self.name} and I say {self.speak()}"


class Dog(Animal):
    def speak(self):
        return "Woof"


class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age

    def speak(self):
        return super().speak().lower() + "!"


class Cat(Animal):
    def speak(self):
        return "Meow"


for pet in [Animal("thing"), Dog("Rex"), Puppy("Bit", 1), Cat("Tom")]:
    print(pet.intro())
print(issubclass(Puppy, Animal), issubclass(Cat, Dog), isinstance(Puppy("a", 1), Dog))
print([c.__name__ for c in Puppy.__mro__])


class Flyer:
    def move(self):
        return "fly"

    def describe(self):
        return "can " + self.move()


class Swimmer:
    def move(self):
        return "swim"

    def dive(self):
        return "dives"


class Duck(Animal, Flyer, Swimmer):
    def speak(self):
        return "Quack"


d = Duck("Donald")
print(d.intro(), "|", d.describe(), "|", d.dive())
print([c.__name__ for c in Duck.__mro__])


class Base:
    def __init__(self):
        print("Base.__init__")


class Left(Base):
    def __init__(self):
        print("Left.__init__")
        super().__init__()


class Right(Base):
    def __init__(self):
        print("Right.__init__")
        super().__init__()


class Diamond(Left, Right):
    def __init__(self):
        print("Diamond.__init__")
        super().__init__()


Diamond()
print([c.__name__ for c in Diamond.__mro__])
try:
    class Bad(Left, Diamond):
        pass
except TypeError as e:
    print("TypeError:", e)


class Shape:
    sides = 0

    def describe(self):
        return f"{type(self).__name__} with {self.sides} sides"


class Triangle(Shape):
    sides = 3


class Square(Shape):
    sides = 4


print([s.describe() for s in (Shape(), Triangle(), Square())])
print(Square.__bases__[0] is Shape, Triangle.__bases__)
