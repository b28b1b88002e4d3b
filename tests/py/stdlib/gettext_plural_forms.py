# gettext.c2py, the compiler of catalogs' Plural-Forms expressions: the rules of several languages
# evaluated over a range of counts, operator precedence and associativity (C's, with Python's
# values for && and ||), nesting limits, every ValueError message (invalid/unexpected token,
# unexpected end, unbalanced parenthesis, too long, too complex), non-integer counts (TypeError,
# DeprecationWarning for floats), and a NullTranslations subclass used as a fallback target.
import gettext
import warnings

RULES = {
    'english': 'n != 1',
    'french': 'n > 1',
    'japanese': '0',
    'russian': 'n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2',
    'czech': '(n==1) ? 0 : (n>=2 && n<=4) ? 1 : 2',
    'irish': 'n==1 ? 0 : n==2 ? 1 : (n>2 && n<7) ? 2 :(n>6 && n<11) ? 3 : 4',
    'arabic': 'n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5',
    'slovenian': 'n%100==1 ? 0 : n%100==2 ? 1 : n%100==3 || n%100==4 ? 2 : 3',
}
COUNTS = [0, 1, 2, 3, 4, 5, 7, 11, 12, 21, 22, 25, 101, 102, 111, 1000]
for name, rule in RULES.items():
    f = gettext.c2py(rule)
    print('%-10s' % name, [f(n) for n in COUNTS])

for expr in ['n && 2', 'n || 7', '!n', '!!n', '3 - 2 - 1', '12 / 2 / 3', '2 + 3 * n', '(2 + 3) * n',
             'n == 1 == 0', 'n < 2 == 1', '1 ? 2 : 3 ? 4 : 5', '0 ? 2 : 0 ? 4 : 5', 'n % 3 ? n / 2 : n * 2',
             ' n\t', '(' * 20 + 'n' + ')' * 20, '!' * 25 + 'n']:
    f = gettext.c2py(expr)
    print(repr(expr[:30]), [f(n) for n in (0, 1, 2, 3, 6)])

for bad in ['', 'n +', '(n', 'n)', '()', 'x', 'nx', '0x1', '1.5', 'n = 1', 'n === 1', 'n ** 2', 'n 1',
            'n ? 1', 'n ?: 1', 'n : 1', 'n ! 1', '- n', 'n==1?0:1;', 'n\n', '(' * 21 + 'n' + ')' * 21,
            '1' * 1001, 'N']:
    try:
        gettext.c2py(bad)
        print(repr(bad[:24]), 'accepted')
    except ValueError as exc:
        print(repr(bad[:24]), 'ValueError:', repr(str(exc)))

f = gettext.c2py('n % 0')
try:
    f(3)
except ZeroDivisionError as exc:
    print('ZeroDivisionError', exc)

g = gettext.c2py('n != 1')
print(g.__name__, g(True), g(False))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(g(1.0), g(2.5))
print([(w.category.__name__, str(w.message)) for w in caught])
for value in ['1', None, [1]]:
    try:
        g(value)
    except TypeError as exc:
        print('TypeError', exc)


class Shouting(gettext.NullTranslations):
    def gettext(self, message):
        return message.upper() + '!'

    def ngettext(self, singular, plural, n):
        return (singular if n == 1 else plural).upper()


base = gettext.NullTranslations()
base.add_fallback(Shouting())
base.add_fallback(gettext.NullTranslations())
print(base.gettext('hello'), base.ngettext('cat', 'cats', 2), base.pgettext('ctx', 'quiet'),
      base.npgettext('ctx', 'one', 'two', 1))
