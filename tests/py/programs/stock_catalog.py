# An inventory catalog: dataclasses, enum, typing annotations, functools.total_ordering,
# sorting by several keys and aggregate reports.
from dataclasses import dataclass, field, asdict, replace
from enum import Enum, auto
from functools import total_ordering, reduce
from typing import List, Optional, Dict


class Category(Enum):
    TOOLS = auto()
    GARDEN = auto()
    KITCHEN = auto()

    def label(self):
        return self.name.title()


@total_ordering
class Money:
    __slots__ = ('cents',)

    def __init__(self, cents: int):
        self.cents = cents

    @classmethod
    def parse(cls, text: str) -> 'Money':
        whole, _, frac = text.partition('.')
        return cls(int(whole) * 100 + int((frac + '00')[:2]))

    def __add__(self, other):
        return Money(self.cents + other.cents)

    def __mul__(self, n: int):
        return Money(self.cents * n)

    __rmul__ = __mul__

    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents

    def __lt__(self, other):
        return self.cents < other.cents

    def __hash__(self):
        return hash(self.cents)

    def __repr__(self):
        return f'Money({self})'

    def __str__(self):
        return f'${self.cents // 100:,}.{self.cents % 100:02d}'


@dataclass
class Item:
    sku: str
    name: str
    category: Category
    price: Money
    qty: int = 0
    tags: List[str] = field(default_factory=list)
    supplier: Optional[str] = None

    @property
    def value(self) -> Money:
        return self.price * self.qty


class Inventory:
    def __init__(self):
        self.items: Dict[str, Item] = {}
        self.log: List[str] = []

    def add(self, item: Item) -> None:
        if item.sku in self.items:
            raise KeyError(f'duplicate sku {item.sku}')
        self.items[item.sku] = item
        self.log.append(f'add {item.sku}')

    def restock(self, sku: str, n: int) -> None:
        it = self.items[sku]
        self.items[sku] = replace(it, qty=it.qty + n)
        self.log.append(f'restock {sku} +{n}')

    def sell(self, sku: str, n: int) -> Money:
        it = self.items[sku]
        if n > it.qty:
            raise ValueError(f'only {it.qty} of {sku} left, wanted {n}')
        it.qty -= n
        self.log.append(f'sell {sku} -{n}')
        return it.price * n

    def by_category(self):
        out = {}
        for it in self.items.values():
            out.setdefault(it.category, []).append(it)
        return out


inv = Inventory()
rows = [
    ('T-100', 'Hammer', Category.TOOLS, '12.50', 10, ['steel']),
    ('T-200', 'Screwdriver set', Category.TOOLS, '24.99', 4, ['steel', 'set']),
    ('G-001', 'Rake', Category.GARDEN, '18', 7, []),
    ('K-042', 'Chef knife', Category.KITCHEN, '79.9', 2, ['steel', 'sharp']),
    ('K-043', 'Cutting board', Category.KITCHEN, '15.05', 0, ['wood']),
    ('G-002', 'Hose 20m', Category.GARDEN, '32.00', 3, ['rubber']),
]
for sku, name, cat, price, qty, tags in rows:
    inv.add(Item(sku, name, cat, Money.parse(price), qty, tags))

try:
    inv.add(Item('T-100', 'Dup', Category.TOOLS, Money(1)))
except KeyError as e:
    print('KeyError:', e)

print(inv.sell('T-100', 3))
inv.restock('K-043', 12)
try:
    inv.sell('K-042', 5)
except ValueError as e:
    print('ValueError:', e)

for cat, items in sorted(inv.by_category().items(), key=lambda kv: kv[0].value):
    total = reduce(lambda a, b: a + b, (i.value for i in items), Money(0))
    print(f'{cat.label():<8} {len(items)} items, stock value {total}')
    for it in sorted(items, key=lambda i: (-i.value.cents, i.sku)):
        print(f'   {it.sku:<6} {it.name:<16} {str(it.price):>8} x{it.qty:<3} = {str(it.value):>9}')

prices = sorted({it.price for it in inv.items.values()})
print('distinct prices:', ', '.join(map(str, prices)))
print('max/min:', max(prices), min(prices), Money(500) >= Money(500), Money(1) > Money(2))
steel = [it.name for it in inv.items.values() if 'steel' in it.tags]
print('steel:', steel)
d = asdict(inv.items['G-001'])
print(sorted(d), d['category'], d['price'])
print(inv.items['K-043'])
print(inv.log)
print(Category['GARDEN'], Category(3), list(Category), Category.TOOLS.value)
