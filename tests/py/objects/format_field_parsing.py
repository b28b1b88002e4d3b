# str.format and format_map field parsing as CPython's MarkupIterator / field_name_split do it: empty
# attribute and index names, unexpected '{' in a field name, conversions ('!r', an unknown or missing one),
# nested specs and their recursion limit, auto/manual numbering switches, indexes in any script's digits,
# the lookup order of attributes and items; then format() error precedence (unknown type before
# precision or zero padding), '\0' as "no type", ' ' sign on str, and an empty spec on str/int/float/complex
# subclasses going through their __str__.


class Point:
    x = 3
    y = [10, 20, 30]

    def __getitem__(self, key):
        return 'item(%r)' % (key,)

    def __repr__(self):
        return 'Point()'


class Missing(dict):
    def __missing__(self, key):
        return '<' + key + '>'


def show(fmt, *args, **kwargs):
    try:
        r = fmt.format(*args, **kwargs)
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    print(repr(fmt), '->', repr(r))


p = Point()
for fmt in ['{0.}', '{0[]}', '{0.x}', '{0.y[2]}', '{0[1]}', '{0[x]}', '{0[-1]}', '{0[1][2]}', '{0[1]x}', '{0[1}',
            '{0.x[}', '{0]}', '{0{1}}', '{a{b}c}', '{0!}', '{0!r', '{0!rx}', '{0!x}', '{0! }', '{0!r:>12}', '{0.x!s:^5}|',
            '{', '}', 'a}b', '{{}}', 'x{0.x}y{{z}}', '{0:}}', '{0:{', '{0:{}', '{:}{}', '{}{0}', '{0}{}',
            '{0:{1}}', '{0:{1:{2}}}', '{0:{1:{2:{3}}}}', '{:>{}}', '{0:>{1}}{}', '{\u0661}', '{99999999999999999999}',
            '{9999999999}', '{0[99999999999999999999]}', '{name}', '{name.real}']:
    show(fmt, p, 7, 8, 9, name=5)

for fmt in ['{x}', '{x[0]}', '{0}', '{}', '{y}']:
    try:
        print(repr(fmt), '->', repr(fmt.format_map(Missing(x=[1]))))
    except Exception as e:
        print(repr(fmt), '->', type(e).__name__, e)

print('-- format()')
for v, spec in [(1, '.3s'), (1, '.2j'), (True, '.3s'), (1 + 2j, '010d'), (1 + 2j, '=5'), (1 + 2j, '0'), ('hello', ' '),
                ('hello', '+'), (1.0, '\x00'), (1j, '\x00'), (1, '\x00'), ('a', '\x00'), (1, ',\x00'), (1.5, ',b'),
                (1, '.'), (1.0, '.f'), (1, '10.2.3'), (1, ',_'), (1, '_,'), ('s', ','), (-0.001, 'z.1f'), (1, 'z'),
                (65, '#c'), (65, '+c'), (-1, 'c'), (255, '#_b'), (2 ** 20, ',x'), (1234.5 + 6789.25j, ',.1f'),
                (1.0, '.20000f'), (2.5, '.1000e'), (1e300, '.400f')]:
    try:
        r = format(v, spec)
        if len(r) > 60:
            r = '%s...%s (%d chars)' % (r[:20], r[-20:], len(r))
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    print(repr(v), repr(spec), '->', repr(r))


class S(str):
    def __str__(self):
        return 'S.__str__'


class I(int):
    def __str__(self):
        return 'I.__str__'


class F(float):
    def __str__(self):
        return 'F.__str__'


class C(complex):
    def __str__(self):
        return 'C.__str__'


s, i, f, c = S('x'), I(5), F(1.5), C(1)
print(format(s, ''), format(s, '3'), f'{s}', str.__format__(s, ''))
print(format(i, ''), format(i, 'd'), f'{i}', '%s|%d' % (i, i))
print(format(f, ''), format(f, '.1f'), f'{f}')
print(format(c, ''), format(c, '.1f'), f'{c}')
try:
    format(C(1), 'd')
except ValueError as e:
    print(e)
