# property, staticmethod and classmethod.
class Temperature:
    scale = "C"

    def __init__(self, celsius):
        self._celsius = celsius

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._celsius = value

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    @staticmethod
    def convert(c):
        return c * 9 / 5 + 32

    @classmethod
    def from_fahrenheit(cls, f):
        return cls((f - 32) * 5 / 9)

    @classmethod
    def describe(cls):
        return f"{cls.__name__} in {cls.scale}"


t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
print(Temperature.convert(0), t.convert(37))
print(Temperature.from_fahrenheit(212).celsius)


class Kelvin(Temperature):
    scale = "K"


print(Temperature.describe(), Kelvin.describe(), type(Kelvin.from_fahrenheit(32)).__name__)


class Counter:
    instances = 0

    def __init__(self):
        Counter.instances += 1

    @classmethod
    def created(cls):
        return cls.instances


Counter()
Counter()
print(Counter.created())
