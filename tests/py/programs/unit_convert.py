# A unit converter: Enums with tuple values and methods, math functions, float formatting
# with format specs, parsing quantities with re, and temperature conversion special cases.
import math
import re
from enum import Enum, IntEnum, unique


@unique
class Dimension(IntEnum):
    LENGTH = 1
    MASS = 2
    TIME = 3
    TEMPERATURE = 4
    ANGLE = 5


class Unit(Enum):
    METER = ('m', Dimension.LENGTH, 1.0)
    KILOMETER = ('km', Dimension.LENGTH, 1000.0)
    INCH = ('in', Dimension.LENGTH, 0.0254)
    FOOT = ('ft', Dimension.LENGTH, 0.3048)
    MILE = ('mi', Dimension.LENGTH, 1609.344)
    GRAM = ('g', Dimension.MASS, 0.001)
    KILOGRAM = ('kg', Dimension.MASS, 1.0)
    POUND = ('lb', Dimension.MASS, 0.45359237)
    SECOND = ('s', Dimension.TIME, 1.0)
    HOUR = ('h', Dimension.TIME, 3600.0)
    CELSIUS = ('C', Dimension.TEMPERATURE, None)
    FAHRENHEIT = ('F', Dimension.TEMPERATURE, None)
    KELVIN = ('K', Dimension.TEMPERATURE, None)
    DEGREE = ('deg', Dimension.ANGLE, math.pi / 180)
    RADIAN = ('rad', Dimension.ANGLE, 1.0)

    def __init__(self, symbol, dimension, factor):
        self.symbol = symbol
        self.dimension = dimension
        self.factor = factor

    @classmethod
    def from_symbol(cls, sym):
        for u in cls:
            if u.symbol == sym:
                return u
        raise ValueError(f'unknown unit {sym!r}')

    def __str__(self):
        return self.symbol


def to_kelvin(v, u):
    if u is Unit.CELSIUS:
        return v + 273.15
    if u is Unit.FAHRENHEIT:
        return (v - 32) * 5 / 9 + 273.15
    return v


def from_kelvin(k, u):
    if u is Unit.CELSIUS:
        return k - 273.15
    if u is Unit.FAHRENHEIT:
        return (k - 273.15) * 9 / 5 + 32
    return k


def convert(value, src, dst):
    if src.dimension is not dst.dimension:
        raise TypeError(f'cannot convert {src.dimension.name.lower()} to {dst.dimension.name.lower()}')
    if src.dimension == Dimension.TEMPERATURE:
        return from_kelvin(to_kelvin(value, src), dst)
    return value * src.factor / dst.factor


QTY = re.compile(r'\s*(?P<num>[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)\s*(?P<src>[A-Za-z]+)\s+(?:in|to)\s+(?P<dst>[A-Za-z]+)\s*$')


def answer(question):
    m = QTY.match(question)
    if not m:
        return f'?? cannot parse {question!r}'
    try:
        src, dst = Unit.from_symbol(m['src']), Unit.from_symbol(m['dst'])
        value = float(m['num'])
        res = convert(value, src, dst)
    except (ValueError, TypeError) as e:
        return f'!! {type(e).__name__}: {e}'
    if res != 0 and (abs(res) >= 1e6 or abs(res) < 1e-3):
        shown = f'{res:.4e}'
    else:
        shown = f'{res:,.4f}'.rstrip('0').rstrip('.')
    return f'{value:g} {src} = {shown} {dst}'


for q in ['5 km in mi', '12 in to ft', '3.5 lb in g', '100 C in F', '-40 F to C', '0 K in C',
          '98.6 F to K', '180 deg in rad', '1 rad in deg', '2.5 h in s', '1e-3 mi in in',
          '1 km in kg', '3 parsecs in m', 'seven m in km', '1e9 m in km', '.5 ft in m']:
    print(answer(q))

print(math.isclose(convert(1, Unit.MILE, Unit.FOOT), 5280), math.isclose(0.1 + 0.2, 0.3))
print(math.hypot(3, 4), math.dist((0, 0), (1, 1)), round(math.degrees(math.atan2(1, 1)), 6))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(2.7), math.copysign(3, -0.0), math.fsum([0.1] * 10))
print(math.gcd(84, 36), math.lcm(4, 6), math.comb(10, 3), math.perm(5, 2), math.factorial(12))
print(math.sqrt(2), math.isqrt(99), math.log(8, 2), math.log10(1000), math.exp(1) == math.e)
print(f'{math.pi:.10f} {math.tau:8.3f} {math.inf} {-math.inf} {math.nan}', math.isnan(math.nan))
print(sorted(Dimension, reverse=True)[:2], Dimension.MASS + 1, Dimension(3).name, Unit.KILOGRAM.value)
print(Unit['FOOT'], Unit.FOOT.dimension, repr(Unit.FOOT.dimension), len(Unit), Unit.INCH.name)
by_dim = {}
for u in Unit:
    by_dim.setdefault(u.dimension, []).append(u.symbol)
for d, syms in by_dim.items():
    print(f'{d.name:<12}{d.value:>2}  {" ".join(syms)}')
try:
    @unique
    class Bad(Enum):
        A = 1
        B = 1
except ValueError as e:
    print('ValueError:', e)
