# functools.partial: binding, flattening of nested partials, keywords, repr, attributes, errors.
import functools
from functools import partial


def power(base, exp, *, mod=None):
    r = base ** exp
    return r if mod is None else r % mod


square = partial(power, exp=2)
cube = partial(power, exp=3)
print(square(7), cube(3), square(5, exp=4))
two_to = partial(power, 2)
print([two_to(n) for n in range(8)])
mod_pow = partial(power, mod=1000)
print(mod_pow(3, 20), mod_pow.keywords, mod_pow.args, mod_pow.func is power)

nested = partial(partial(max, 3), 9)
print(nested.func is max, nested.args, nested(1), nested(42))
kw_nested = partial(partial(sorted, key=len), reverse=True)
print(kw_nested.keywords == {'key': len, 'reverse': True}, kw_nested(['aa', 'b', 'cccc']))

print(repr(partial(len, 'abc')))
print(repr(partial(sorted, [3, 1], reverse=True)))


class MyPartial(partial):
    pass


print(repr(MyPartial(max, 1, 2)), MyPartial(max, 1, 2)(7))
p = partial(print, sep='-')
p('a', 'b', 'c')
p.note = 'attribute'
print(p.note)
for bad in [lambda: partial(), lambda: partial(1), lambda: partial(power)(2)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
adders = [partial(lambda a, b: a + b, i) for i in range(4)]
print([f(10) for f in adders])
print(isinstance(square, partial), callable(square))
