# locale number formatting in the C locale: format_string with tuples, mappings, '*' widths and '%%',
# locale.str, atof/atoi/delocalize/localize, and normalize() of locale names through the alias table,
# plus the errors format_string and atof/atoi raise.
import locale

rows = [('widgets', 1234567, 3.14159), ('gears', 42, 0.5), ('bolts', 7, 1234.5678)]
for name, count, price in rows:
    print(locale.format_string('%-10s %8d %10.2f', (name, count, price), grouping=True))
print(locale.format_string('%(name)s costs %(price).3f', {'name': 'tea', 'price': 2.5}))
print(locale.format_string('%5.1f%% done', 99.44), locale.format_string('%*d|%-*s|', (6, 42, 4, 'ab')))
print(locale.format_string('%e %g %x %o %c %r', (12345.678, 0.0001, 255, 8, 65, 'q')))
print(locale.str(3.14159265358979), locale.str(1e20), locale.str(2.0), locale.str(-0.1))
print(locale.atof('3.75'), locale.atof('-2e3'), locale.atoi('  17 '), locale.atof('1.5', func=str))
print(locale.delocalize('1234.50'), locale.localize('1234.5', grouping=True), locale.localize('99', monetary=True))
for name in ['en_US', 'en_US.utf8', 'de', 'de_DE@euro', 'fr_FR.ISO-8859-15@euro', 'ja_JP.eucJP',
             'sr@latin', 'xx_YY', 'EN_us', 'de_DE.latin1', 'pt_BR.UTF-8', 'zh_CN.gb2312', 'C',
             'C.UTF-8', 'english', 'POSIX', 'no_NO', 'ca_ES@valencia', 'it_IT.ISO8859-1']:
    print(f'{name!r:28} {locale.normalize(name)!r}')
print(locale.locale_alias['en_us'], locale.locale_alias['c'], len(locale.locale_alias) > 500)

for label, call in [
    ('too few', lambda: locale.format_string('%d and %d', 1)),
    ('atof', lambda: locale.atof('1,234.5')),
    ('atoi', lambda: locale.atoi('12.5')),
    ('type', lambda: locale.format_string('%d', 'x')),
]:
    try:
        print(label, '->', call())
    except (ValueError, TypeError, IndexError) as e:
        print(label, '->', type(e).__name__, e)
