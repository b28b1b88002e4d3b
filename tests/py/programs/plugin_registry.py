# An abc-based plugin registry: abstract base classes with abstract methods and properties,
# __init_subclass__ registration, class decorators, virtual subclasses via register and
# __subclasshook__, and a pipeline that runs plugins in priority order.
from abc import ABC, ABCMeta, abstractmethod
from collections.abc import Sized, Iterable, Callable, Mapping
import functools


class Plugin(ABC):
    registry = {}
    priority = 50

    def __init_subclass__(cls, /, name=None, **kw):
        super().__init_subclass__(**kw)
        # ABCMeta fills __abstractmethods__ only after this hook runs: register every
        # subclass here and leave the abstract ones out when building the pipeline.
        key = name or cls.__name__.lower()
        if key in Plugin.registry:
            raise TypeError(f'duplicate plugin name {key!r}')
        Plugin.registry[key] = cls

    @property
    @abstractmethod
    def kind(self):
        ...

    @abstractmethod
    def apply(self, text: str) -> str:
        ...

    def describe(self):
        return f'{type(self).__name__}[{self.kind}] prio={self.priority}'


class Filter(Plugin):
    @property
    def kind(self):
        return 'filter'


class Upper(Filter, name='upper'):
    priority = 10

    def apply(self, text):
        return text.upper()


class Strip(Filter):
    priority = 1

    def apply(self, text):
        return ' '.join(text.split())


class Censor(Filter):
    def __init__(self, words=('darn', 'heck')):
        self.words = words

    def apply(self, text):
        for w in self.words:
            text = text.replace(w, '*' * len(w))
        return text


def counted(cls):
    orig = cls.apply

    @functools.wraps(orig)
    def apply(self, text):
        type(self).calls += 1
        return orig(self, text)

    cls.calls = 0
    cls.apply = apply
    return cls


@counted
class Exclaim(Plugin, name='bang'):
    priority = 90
    kind = 'decorator'

    def apply(self, text):
        """Add emphasis."""
        return text + '!'


class Incomplete(Plugin):
    def apply(self, text):
        return text


print(sorted(Plugin.registry))
try:
    Incomplete()
except TypeError as e:
    print('TypeError:', e)
try:
    Plugin()
except TypeError as e:
    print('TypeError:', e)
print(sorted(Incomplete.__abstractmethods__), sorted(Filter.__abstractmethods__), Upper.__abstractmethods__)
try:
    class Upper2(Filter, name='upper'):
        def apply(self, text):
            return text
except TypeError as e:
    print('TypeError:', e)

concrete = [cls for cls in Plugin.registry.values() if not cls.__abstractmethods__]
print('abstract:', sorted(k for k, c in Plugin.registry.items() if c.__abstractmethods__))
pipeline = sorted((cls() for cls in concrete), key=lambda p: (p.priority, type(p).__name__))
for p in pipeline:
    print(' ', p.describe())
text = '  what   the heck   is   this darn thing '
for p in pipeline:
    text = p.apply(text)
    print(f'  after {type(p).__name__:<8} {text!r}')
print(Exclaim.calls, Exclaim.apply.__name__, Exclaim.apply.__doc__, Exclaim.apply.__wrapped__.__qualname__)


class Exporter(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Exporter:
            if any('export' in B.__dict__ for B in C.__mro__):
                return True
        return NotImplemented


class CsvThing:
    def export(self):
        return 'a,b'


class Unrelated:
    pass


class LegacyExporter:
    pass


Exporter.register(LegacyExporter)
print(issubclass(CsvThing, Exporter), isinstance(CsvThing(), Exporter), issubclass(Unrelated, Exporter))
print(issubclass(LegacyExporter, Exporter), isinstance(LegacyExporter(), Exporter), Exporter.register(int) is int)
print(isinstance(3, Exporter), issubclass(bool, Exporter))


class Bag:
    def __init__(self, items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        return iter(self.items)


b = Bag('abc')
print(isinstance(b, Sized), isinstance(b, Iterable), isinstance(b, Mapping), isinstance(len, Callable))
print(isinstance({}, Mapping), issubclass(list, Sized), isinstance(Upper(), Callable))


class Shape(ABC):
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
        return cls.__name__.lower()

    @staticmethod
    def sides():
        return 4


sq = Square(3)
print(sq.area(), Square.unit(), sq.sides(), Shape.area.__isabstractmethod__, hasattr(Square.area, '__isabstractmethod__'))
print(type(Shape).__name__, isinstance(Shape, ABCMeta), Plugin.__mro__[-2].__name__)
