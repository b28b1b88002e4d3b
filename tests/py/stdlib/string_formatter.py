# string.Formatter: format/vformat, parse, get_field, conversions, and an overriding subclass.
import string
f = string.Formatter()
print(f.format('{0:>5}|{a!r}|{b[1]}|{c.real}', 3, a='x', b=[1, 2], c=5))
print(f.format('{}-{}-{}', 1, 2, 3), f.vformat('{x}{y}', (), {'x': 'X', 'y': 'Y'}))
print(list(f.parse('a{0}b{x:>{w}}c{{d}}e{!r}')))
print(list(f.parse('plain')), list(f.parse('')), list(f.parse('{a.b[0]!s:^3}')))
print(f.get_field('a.b', (), {'a': type('T', (), {'b': 7})}))
print(f.convert_field('x', 'r'), f.convert_field(1, None), f.format_field(3.14159, '.2f'))
print(f.format('{:{}}', 'ab', 6) + '|', f.format('{0:{1}.{2}f}', 2.71828, 8, 3))
class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return '<' + key + '>'
        return super().get_value(key, args, kwargs)
print(Upper().format('{greeting}, {0}! {missing}', 'world', greeting='hello'))
class Strict(string.Formatter):
    def check_unused_args(self, used, args, kwargs):
        extra = set(kwargs) - used
        if extra:
            raise ValueError('unused: ' + ','.join(sorted(extra)))
try:
    Strict().format('{a}', a=1, b=2, c=3)
except ValueError as e:
    print(e)
for bad in ('{', '}', '{0!}', '{0!x}', '{0}{}'):
    try:
        print(f.format(bad, 1, 2))
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
