# string.Template's compiled `pattern` and `flags` class attributes: the default ones, a subclass
# compiling its own from delimiter/idpattern/braceidpattern/flags when it is created (bad patterns
# fail then), a subclass giving `pattern` itself, and the 'Unrecognized named group' error.
# string.Formatter.parse: lazy (errors come while iterating), brackets in field names may hold
# braces, colons and bangs, escaped braces end a literal piece; Formatter's numbering errors.
import re
import string

T = string.Template
print(T.flags, T.delimiter, T.idpattern, T.braceidpattern)
print(type(T.pattern).__name__, T.pattern.flags == re.I | re.X | re.U, T.pattern is T('x').pattern)
print(T.pattern.match('$$').lastgroup, T.pattern.match('$abc').lastgroup, T.pattern.match('${a}').lastgroup,
      T.pattern.match('$ ').lastgroup)
print(sorted(T.pattern.groupindex))


class Percent(T):
    delimiter = '%'
    idpattern = '[a-z]+'


class Braced(T):
    braceidpattern = '[^}]+'


class CaseSensitive(T):
    flags = 0


print(Percent.pattern.flags == re.I | re.X | re.U, Percent('%abc %ABC %% %x1 %').safe_substitute(abc=1, x=2))
print(Braced('${a b} $c ${}').safe_substitute({'a b': 1, 'c': 2}))
print(CaseSensitive('$A $a').safe_substitute(a=1), CaseSensitive.pattern.flags == re.X | re.U)
print(T('$A $a').safe_substitute(a=1, A=2))


class Hash(T):
    pattern = r'''
    \#(?:
      (?P<escaped>\#) |
      (?P<named>[_a-z][_a-z0-9]*) |
      \{(?P<braced>[_a-z][_a-z0-9]*)\} |
      (?P<invalid>)
    )'''


print(Hash('#a ## #{b} #').safe_substitute(a=1, b=2), Hash('#a #{b}').get_identifiers(), Hash('#').is_valid())
try:
    Hash('x\n y #').substitute(a=1)
except ValueError as e:
    print('ValueError', e)


class Extra(T):
    pattern = r'\$(?:(?P<escaped>\$)|(?P<named>[a-z]+)|\{(?P<braced>[a-z]+)\}|(?P<other>\?)|(?P<invalid>!))'


for call in (lambda: Extra('$?').substitute(), lambda: Extra('$?').safe_substitute(),
             lambda: Extra('$?').is_valid(), lambda: Extra('$? $a').get_identifiers()):
    try:
        print(call())
    except ValueError as e:
        print('ValueError', e.args[0], e.args[1] is Extra.pattern)
    except IndexError as e:
        print('IndexError', e)
print(Extra('$a $$').substitute(a='A'))

try:
    class Broken(T):
        idpattern = '('
except re.error as e:
    print('re.error', e.msg)
try:
    class Precompiled(T):     # compiled again with flags | re.VERBOSE: refused
        flags = 0
        pattern = re.compile(r'\$(?P<named>\w+)')
except ValueError as e:
    print('ValueError', e)


# A change to the class after it is made doesn't change its compiled pattern.
Percent.delimiter = '&'
print(Percent('%abc &abc').safe_substitute(abc=1))

F = string.Formatter()
it = F.parse('a{0} b{')
print(next(it))
try:
    next(it)
except ValueError as e:
    print('ValueError', e)
for s in ['{0[}]}', '{0[{]}', '{0[:]!r:>{1}}', '{0[!]}', 'a}}b{{c', '{0]}', '{a{b}', '{0[a}', '{0!r[}',
          'x{0!r', '{0!', '{0:{', '{0:a{{b}}}', '{}', '{!s}', '{:}', '']:
    try:
        print(repr(s), list(F.parse(s)))
    except ValueError as e:
        print(repr(s), 'ValueError', e)
for bad in (3, None, b'x'):
    try:
        F.parse(bad)
    except TypeError as e:
        print('TypeError', e)
print(F.format('{0[}]} {0[:]} {1[{]!r}', {'}': 'brace', ':': 'colon'}, {'{': 'open'}))
for s in ['{} {1}', '{1} {}']:
    try:
        F.format(s, 1, 2)
    except ValueError as e:
        print('ValueError', e)
