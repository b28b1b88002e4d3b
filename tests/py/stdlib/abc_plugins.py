# abc: a plugin system with an abstract base class (abstract methods and properties,
# instantiation errors), registration of virtual subclasses, __subclasshook__, isinstance caches.
from abc import ABC, ABCMeta, abstractmethod, get_cache_token


def plugin(cls):
    if not cls.__abstractmethods__:
        Plugin.registry[cls.name] = cls
    return cls


class Plugin(ABC):
    registry = {}

    @property
    @abstractmethod
    def name(self):
        ...

    @abstractmethod
    def run(self, text):
        ...

    def describe(self):
        return f'{self.name}: {self.run("Sample Text")}'


@plugin
class Upper(Plugin):
    name = 'upper'

    def run(self, text):
        return text.upper()


@plugin
class Reverse(Plugin):
    name = 'reverse'

    def run(self, text):
        return text[::-1]


@plugin
class Half(Plugin):
    def run(self, text):
        return text[: len(text) // 2]


print(sorted(Plugin.registry), [Plugin.registry[k]().describe() for k in sorted(Plugin.registry)])
for cls in (Plugin, Half):
    try:
        cls()
    except TypeError as e:
        print('TypeError:', e)
print(sorted(Plugin.__abstractmethods__), sorted(Half.__abstractmethods__), Upper.__abstractmethods__)


class Shape(metaclass=ABCMeta):
    @abstractmethod
    def area(self):
        return 0

    @classmethod
    @abstractmethod
    def unit(cls):
        ...

    @staticmethod
    @abstractmethod
    def sides():
        ...


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2 + super().area()

    @classmethod
    def unit(cls):
        return 'm2'

    @staticmethod
    def sides():
        return 4


sq = Square(3)
print(sq.area(), Square.unit(), sq.sides(), isinstance(sq, Shape), type(Shape).__name__)


class Drawable(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Drawable:
            return any('draw' in B.__dict__ for B in C.__mro__)
        return NotImplemented


class Circle:
    def draw(self):
        return 'o'


class Text:
    pass


print(isinstance(Circle(), Drawable), issubclass(Text, Drawable), issubclass(bool, Drawable))
token = get_cache_token()


class Sequenceish(ABC):
    pass


Sequenceish.register(tuple)


@Sequenceish.register
class MyList(list):
    pass


print(isinstance((), Sequenceish), issubclass(MyList, Sequenceish), isinstance([], Sequenceish))
print(get_cache_token() != token, Sequenceish.register(bool) is bool, issubclass(bool, Sequenceish))
try:
    Sequenceish.register(3)
except TypeError as e:
    print('TypeError:', e)
print(issubclass(Sequenceish, Sequenceish), Sequenceish.register(Sequenceish) is Sequenceish)
