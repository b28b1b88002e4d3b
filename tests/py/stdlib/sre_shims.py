# sre_compile, sre_constants, sre_parse: 3.12's deprecated aliases of re's internals: the
# DeprecationWarning, the engine constants, the syntax tables and fix_flags.
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    import sre_constants
    import sre_compile
    import sre_parse
print([(w.category.__name__, str(w.message), w.lineno) for w in caught])
from re import _constants as C

names = sorted(n for n in dir(C) if not n.startswith('_'))
print(names)
print([(n, getattr(C, n)) for n in names if n not in ('error', 'MAXREPEAT')])
print(sre_constants.OPCODES[16], repr(sre_constants.LITERAL), int(sre_constants.LITERAL),
      repr(sre_constants.MAXREPEAT), sre_constants.MAXREPEAT == 2**32 - 1, sre_constants.error is __import__('re').error, sre_compile.AT_END is C.AT_END)
print(sre_parse.fix_flags('a', 0), sre_parse.fix_flags(b'a', 0), sre_parse.fix_flags('a', 256))
for args in [('a', 4), ('a', 256 | 32), (b'a', 32), (b'a', 4 | 256)]:
    try:
        sre_parse.fix_flags(*args)
    except ValueError as e:
        print(e)
print(sre_parse.ESCAPES, sre_parse.CATEGORIES, sre_parse.FLAGS, sre_parse.TYPE_FLAGS, sre_parse.GLOBAL_FLAGS)
print(sorted(sre_parse.HEXDIGITS), sre_parse.SPECIAL_CHARS, sre_parse.REPEAT_CHARS, sre_compile.MAXCODE == 2**32 - 1)
print(sre_compile.isstring(b''), sre_compile.isstring(3), sre_compile.compile('a+b').pattern,
      sre_compile.compile('x', 2).flags)
