# dataclasses: generated __init__/__repr__/__eq__, defaults and default_factory, field options,
# ClassVar / InitVar / __post_init__, KW_ONLY, inheritance, __match_args__, fields(), __doc__.
from dataclasses import dataclass, field, fields, InitVar, KW_ONLY, MISSING, is_dataclass
from typing import ClassVar


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1)
print(p, Point(2, 3), p == Point(1, 0), p != Point(1, 1), Point.__doc__, Point.__match_args__)
print(Point(y=5, x=4), Point.__init__.__qualname__, Point.__hash__, Point.__annotations__)


@dataclass
class Inventory:
    owner: str
    items: list = field(default_factory=list)
    tags: dict = field(default_factory=dict, repr=False)
    count: ClassVar[int] = 0
    secret: str = field(default='s3', compare=False, repr=False)

    def add(self, item):
        self.items.append(item)
        Inventory.count += 1


a, b = Inventory('ann'), Inventory('bob')
a.add('rope')
print(a, b, a.items is not b.items, Inventory.count, a == Inventory('ann', ['rope'], secret='x'))
print([f.name for f in fields(Inventory)], fields(a)[1].default_factory is list, fields(a)[0].default is MISSING)


@dataclass
class Account:
    owner: str
    balance: float = 0.0
    opening: InitVar[float] = 0.0
    history: list = field(default_factory=list, init=False)

    def __post_init__(self, opening):
        if opening:
            self.balance += opening
            self.history.append(('open', opening))


acct = Account('cid', opening=50.0)
print(acct, acct.history, 'opening' in [f.name for f in fields(Account)])


@dataclass
class Request:
    url: str
    _: KW_ONLY
    method: str = 'GET'
    timeout: float = 5.0
    retries: int


r = Request('http://x', retries=3)
print(r, Request.__match_args__)
try:
    Request('http://x', 'POST')
except TypeError as e:
    print('TypeError:', e)


@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int


print(Options(level=2))


@dataclass
class Base:
    id: int
    name: str = 'base'


@dataclass
class Derived(Base):
    extra: list = field(default_factory=lambda: [1])
    name: str = 'derived'


print(Derived(7), [f.name for f in fields(Derived)], is_dataclass(Derived), is_dataclass(Derived(1)))


def where(obj):
    match obj:
        case Point(0, 0):
            return 'origin'
        case Point(x, 0):
            return f'x-axis {x}'
        case Derived(id=i, name=n):
            return f'derived {i} {n}'
    return 'other'


print(where(Point(0)), where(Point(3)), where(Point(1, 1)), where(Derived(9)))


@dataclass(repr=False, eq=False)
class Plain:
    v: int


print(Plain(1) == Plain(1), Plain(2).v, '__repr__' in Plain.__dict__)


@dataclass
class Custom:
    a: int

    def __repr__(self):
        return f'<Custom {self.a}>'


print(Custom(5), [Custom(1)])
for bad in [lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: Point(1, x=1),
            lambda: Request(), lambda: Options()]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
