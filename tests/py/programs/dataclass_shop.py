# An order-processing model exercising dataclass features: __post_init__ with InitVar,
# field(repr=False, compare=False), KW_ONLY, frozen value objects used as dict keys,
# slots=True, replace/astuple/asdict, make_dataclass and inheritance with defaults.
import dataclasses
from dataclasses import dataclass, field, InitVar, KW_ONLY, replace, astuple, asdict, fields
from functools import singledispatch, partial, cmp_to_key, reduce


@dataclass(frozen=True, order=True)
class Sku:
    family: str
    number: int

    def __str__(self):
        return f'{self.family}-{self.number:04d}'


@dataclass(slots=True)
class Line:
    sku: Sku
    qty: int
    unit_cents: int
    note: str = field(default='', repr=False, compare=False)

    @property
    def total(self):
        return self.qty * self.unit_cents


@dataclass
class Order:
    number: int
    customer: str
    lines: list = field(default_factory=list)
    _: KW_ONLY
    discount_pct: int = 0
    express: bool = False
    coupon: InitVar[str | None] = None
    history: list = field(default_factory=list, repr=False, compare=False)

    def __post_init__(self, coupon):
        if coupon:
            if not coupon.startswith('SAVE'):
                raise ValueError(f'invalid coupon {coupon!r}')
            self.discount_pct = max(self.discount_pct, int(coupon[4:]))
            self.history.append(f'coupon {coupon}')

    def add(self, sku, qty, price, note=''):
        for ln in self.lines:
            if ln.sku == sku:
                ln.qty += qty
                break
        else:
            self.lines.append(Line(sku, qty, price, note))
        self.history.append(f'add {sku} x{qty}')
        return self

    @property
    def subtotal(self):
        return sum(l.total for l in self.lines)

    @property
    def total(self):
        t = self.subtotal * (100 - self.discount_pct) // 100
        return t + (1500 if self.express else 0)


@dataclass
class GiftOrder(Order):
    message: str = 'Enjoy!'


def cents(v):
    return f'{v // 100}.{v % 100:02d}'


HAMMER, NAILS, GLUE = Sku('HW', 12), Sku('HW', 7), Sku('AD', 1)
o1 = Order(1, 'ann', coupon='SAVE10').add(HAMMER, 1, 1999).add(NAILS, 3, 450, 'galvanised').add(NAILS, 2, 450)
o2 = Order(2, 'bob', express=True).add(GLUE, 4, 325)
o3 = GiftOrder(3, 'cy', message='Happy birthday', discount_pct=5).add(HAMMER, 2, 1999)
for o in (o1, o2, o3):
    print(o)
    print(f'   subtotal {cents(o.subtotal)} total {cents(o.total)} history {o.history}')
try:
    Order(4, 'dan', coupon='FREE')
except ValueError as e:
    print('ValueError:', e)
try:
    Order(5, 'eve', [], 10)
except TypeError as e:
    print('TypeError:', e)
try:
    HAMMER.number = 3
except dataclasses.FrozenInstanceError as e:
    print('FrozenInstanceError:', e)

stock = {HAMMER: 5, NAILS: 100, GLUE: 0}
print(sorted(stock), str(max(stock)), Sku('HW', 7) in stock, hash(HAMMER) == hash(Sku('HW', 12)))
print(Line(GLUE, 1, 2, 'a') == Line(GLUE, 1, 2, 'b'), hasattr(o1.lines[0], '__dict__'), Line.__slots__)
print(astuple(o1.lines[1]), asdict(o2)['lines'][0]['sku'])
print([f.name for f in fields(Order)], [f.name for f in fields(GiftOrder)][-1])
o4 = replace(o1, number=9, customer='ann2')
print(o4.number, o4.discount_pct, o4.lines is o1.lines, o4 == o1, replace(o1) == o1)

Point3 = dataclasses.make_dataclass('Point3', [('x', int), ('y', int), ('z', int, field(default=0))],
                                    namespace={'norm1': lambda self: abs(self.x) + abs(self.y) + abs(self.z)})
p = Point3(1, -2)
print(p, p.norm1(), dataclasses.is_dataclass(p), dataclasses.is_dataclass(Point3), dataclasses.is_dataclass(3))


@singledispatch
def describe(obj):
    return f'object {type(obj).__name__}'


@describe.register
def _(obj: Sku):
    return f'sku {obj}'


@describe.register(list)
def _(obj):
    return f'list of {len(obj)}: ' + ', '.join(describe(x) for x in obj)


@describe.register(int)
@describe.register(float)
def _(obj):
    return f'number {obj:g}'


print(describe([HAMMER, 3, 2.5, 'x', [GLUE]]))
print(describe.dispatch(bool).__name__, sorted(t.__name__ for t in describe.registry if t is not object))

by_value = sorted(o1.lines + o3.lines, key=cmp_to_key(lambda a, b: (b.total > a.total) - (b.total < a.total)))
print([(str(l.sku), l.total) for l in by_value])
bulk = partial(Line, qty=100)
print(bulk(GLUE, unit_cents=1), bulk.keywords, bulk.func is Line)
print(reduce(lambda acc, o: acc + o.total, [o1, o2, o3], 0))
