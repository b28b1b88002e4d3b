# locale in the C locale: setlocale queries and settings (C, POSIX, C.UTF-8, tuples), the refusal of
# other locales with locale.Error, localeconv(), getlocale, getencoding, nl_langinfo, strcoll/strxfrm
# sorting, and the errors (bad category, unknown langinfo constant, currency in the C locale).
import locale

print(locale.setlocale(locale.LC_NUMERIC), locale.setlocale(locale.LC_CTYPE), locale.getlocale())
print(locale.setlocale(locale.LC_ALL, 'C'), locale.setlocale(locale.LC_ALL), locale.getlocale())
print(locale.setlocale(locale.LC_ALL, 'POSIX'), locale.setlocale(locale.LC_TIME, 'C.UTF-8'))
print(locale.getlocale(locale.LC_TIME), locale.getlocale(locale.LC_MONETARY))
print(locale.setlocale(locale.LC_ALL, (None, None)), locale.getencoding())
print(locale.setlocale(locale.LC_ALL, 'C.UTF-8'), locale.getencoding(), locale.nl_langinfo(locale.CODESET))
conv = locale.localeconv()
for key in sorted(conv):
    print(' ', key, repr(conv[key]))
print(locale.LC_CTYPE, locale.LC_NUMERIC, locale.LC_TIME, locale.LC_COLLATE, locale.LC_MONETARY,
      locale.LC_MESSAGES, locale.LC_ALL, locale.CHAR_MAX)
print([locale.nl_langinfo(getattr(locale, 'DAY_%d' % i)) for i in range(1, 8)])
print([locale.nl_langinfo(getattr(locale, 'ABMON_%d' % i)) for i in range(1, 13)])
print(locale.nl_langinfo(locale.D_T_FMT), locale.nl_langinfo(locale.RADIXCHAR), repr(locale.nl_langinfo(locale.THOUSEP)))
words = ['banana', 'Apple', 'cherry', '\xe9clair', 'apple', 'Banana']
print(sorted(words, key=locale.strxfrm))
print([locale.strcoll(a, b) for a, b in [('a', 'b'), ('b', 'a'), ('x', 'x'), ('Z', 'a')]])
print(locale.gettext('untranslated'), locale.textdomain(None))

for label, call in [
    ('german', lambda: locale.setlocale(locale.LC_ALL, 'de_DE.UTF-8')),
    ('tuple', lambda: locale.setlocale(locale.LC_ALL, ('fr_FR', 'ISO8859-1'))),
    ('bad category', lambda: locale.setlocale(1234, 'C')),
    ('query bad category', lambda: locale.setlocale(1234)),
    ('category type', lambda: locale.setlocale('LC_ALL')),
    ('currency', lambda: locale.currency(12.5)),
    ('langinfo', lambda: locale.nl_langinfo(424242)),
    ('strcoll', lambda: locale.strcoll('a', 1)),
]:
    try:
        print(label, '->', call())
    except (locale.Error, ValueError, TypeError) as e:
        print(label, '->', type(e).__name__, e)
print(issubclass(locale.Error, Exception))
