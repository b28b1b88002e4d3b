# abc.update_abstractmethods, abstract methods inherited and implemented later, abstract
# properties with setters, ABC with __slots__.
import abc


class Base(abc.ABC):
    __slots__ = ()

    @abc.abstractmethod
    def a(self):
        ...

    @abc.abstractmethod
    def b(self):
        ...


class Partial(Base):
    def a(self):
        return 'a'


print(sorted(Partial.__abstractmethods__))
Partial.b = lambda self: 'b'
try:
    Partial()
except TypeError as e:
    print('TypeError:', e)
abc.update_abstractmethods(Partial)
p = Partial()
print(p.a(), p.b(), Partial.__abstractmethods__)


class Temp(abc.ABC):
    @property
    @abc.abstractmethod
    def value(self):
        ...

    @value.setter
    @abc.abstractmethod
    def value(self, v):
        ...


class Celsius(Temp):
    def __init__(self):
        self._v = 0

    @property
    def value(self):
        return self._v

    @value.setter
    def value(self, v):
        self._v = round(v, 1)


c = Celsius()
c.value = 21.456
print(c.value, Temp.value.__isabstractmethod__, Celsius.value.__isabstractmethod__)
print(abc.abstractproperty.__isabstractmethod__, isinstance(Celsius(), Temp))


def decorate(cls):
    cls.extra = lambda self: 'extra'
    return abc.update_abstractmethods(cls)


@decorate
class Done(Base):
    a = b = lambda self: 1


print(Done().extra(), Done.__abstractmethods__, abc.ABCMeta.__name__)
try:
    class Bad(metaclass=abc.ABCMeta):
        @abc.abstractmethod
        def m(self):
            ...
    Bad()
except TypeError as e:
    print('TypeError:', e)
