# functools in a data pipeline: composing steps with reduce, configuring them with partial,
# memoizing an expensive lookup with lru_cache, and single-dispatch formatting of results.
from functools import reduce, partial, lru_cache, singledispatch, wraps
import operator


def compose(*steps):
    return reduce(lambda f, g: lambda x: g(f(x)), steps, lambda x: x)


def scale(values, factor):
    return [v * factor for v in values]


def clip(values, lo, hi):
    return [min(max(v, lo), hi) for v in values]


def timed(label):
    def deco(fn):
        @wraps(fn)
        def inner(*a, **k):
            result = fn(*a, **k)
            print(f'  [{label}] {fn.__name__} -> {len(result) if hasattr(result, "__len__") else result}')
            return result
        return inner
    return deco


@timed('filter')
def positives(values):
    return [v for v in values if v > 0]


pipeline = compose(partial(scale, factor=3), partial(clip, lo=-5, hi=20), positives, sorted)
print(pipeline([4, -1, 9, 2, -7, 0, 5]))


@lru_cache(maxsize=16)
def exchange_rate(currency):
    print('  fetching', currency)
    return {'EUR': 1.1, 'GBP': 1.3, 'JPY': 0.007}[currency]


orders = [('EUR', 100), ('GBP', 20), ('EUR', 5), ('JPY', 10000), ('GBP', 1)]
total = sum(amount * exchange_rate(cur) for cur, amount in orders)
print(round(total, 2), exchange_rate.cache_info())


@singledispatch
def fmt(value):
    return str(value)


@fmt.register
def _(value: float):
    return f'{value:,.2f}'


@fmt.register
def _(value: list):
    return '[' + '; '.join(fmt(v) for v in value) + ']'


@fmt.register(dict)
def _(value):
    return '{' + ', '.join(f'{k}={fmt(v)}' for k, v in value.items()) + '}'


print(fmt({'total': total, 'items': [1, 2.5, 'x'], 'ok': True}))
print(reduce(operator.or_, [{1}, {2, 3}, {3, 4}]), reduce(max, [3, 9, 2], 0))
