# dataclasses with enum and Counter: a warehouse inventory with typed items, restock rules,
# valuation report ordered by dataclass ordering, and asdict export.
from dataclasses import dataclass, field, asdict
from enum import Enum, auto
from collections import Counter


class Category(Enum):
    TOOL = auto()
    PART = auto()
    SUPPLY = auto()


@dataclass(order=True, frozen=True)
class Item:
    sku: str
    name: str = field(compare=False)
    category: Category = field(compare=False)
    unit_cost: float = field(compare=False)


@dataclass
class StockLine:
    item: Item
    qty: int = 0
    reorder_at: int = 5

    @property
    def value(self):
        return round(self.qty * self.item.unit_cost, 2)


@dataclass
class Warehouse:
    lines: dict = field(default_factory=dict)
    moves: Counter = field(default_factory=Counter)

    def receive(self, item, qty):
        line = self.lines.setdefault(item.sku, StockLine(item))
        line.qty += qty
        self.moves['in'] += qty

    def ship(self, sku, qty):
        line = self.lines[sku]
        if qty > line.qty:
            raise ValueError(f'only {line.qty} of {sku} left')
        line.qty -= qty
        self.moves['out'] += qty

    def to_reorder(self):
        return sorted(l.item for l in self.lines.values() if l.qty <= l.reorder_at)


w = Warehouse()
catalog = [Item('T-100', 'hammer', Category.TOOL, 12.5), Item('P-220', 'bolt', Category.PART, 0.15),
           Item('S-010', 'tape', Category.SUPPLY, 3.0), Item('T-050', 'saw', Category.TOOL, 24.0)]
for item, qty in zip(catalog, [10, 500, 8, 3]):
    w.receive(item, qty)
for sku, qty in [('P-220', 120), ('T-100', 6), ('S-010', 8), ('T-050', 5)]:
    try:
        w.ship(sku, qty)
    except ValueError as e:
        print('cannot ship:', e)
for line in sorted(w.lines.values(), key=lambda l: l.item):
    print(f'{line.item.sku} {line.item.name:7} {line.item.category.name:6} {line.qty:4} {line.value:8.2f}')
print([i.name for i in w.to_reorder()], w.moves)
by_cat = Counter()
for line in w.lines.values():
    by_cat[line.item.category] += line.value
print({c.name: round(v, 2) for c, v in sorted(by_cat.items(), key=lambda kv: kv[0].value)})
print(asdict(w.lines['S-010']))
