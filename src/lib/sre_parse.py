"""Deprecated alias of re._parser (as in CPython 3.12): importing it warns.

Immortal parses regular expressions inside the native _sre, so there is no Python-level parse
tree: parse(), parse_template() and the SubPattern, Tokenizer and State classes raise
NotImplementedError. The tables of the syntax (SPECIAL_CHARS, FLAGS, ESCAPES, CATEGORIES ...),
fix_flags() and the engine constants of re._constants are provided."""

import warnings

warnings.warn(f'module {__name__!r} is deprecated', DeprecationWarning, stacklevel=2)

from re import _constants

globals().update((name, value) for name, value in vars(_constants).items()
                 if not name.startswith('__'))
del _constants

SPECIAL_CHARS = '.\\[{()*+?^$|'
REPEAT_CHARS = '*+?{'
DIGITS = frozenset('0123456789')
OCTDIGITS = frozenset('01234567')
HEXDIGITS = DIGITS | frozenset('abcdefABCDEF')
ASCIILETTERS = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')
WHITESPACE = frozenset(' \t\n\r\v\f')

# escapes that stand for one character, and those that stand for a class or an anchor
ESCAPES = {'\\' + letter: (LITERAL, ord(char)) for letter, char in zip('abfnrtv\\', '\a\b\f\n\r\t\v\\')}
CATEGORIES = {
    r'\A': (AT, AT_BEGINNING_STRING),
    r'\b': (AT, AT_BOUNDARY),
    r'\B': (AT, AT_NON_BOUNDARY),
    r'\d': (IN, [(CATEGORY, CATEGORY_DIGIT)]),
    r'\D': (IN, [(CATEGORY, CATEGORY_NOT_DIGIT)]),
    r'\s': (IN, [(CATEGORY, CATEGORY_SPACE)]),
    r'\S': (IN, [(CATEGORY, CATEGORY_NOT_SPACE)]),
    r'\w': (IN, [(CATEGORY, CATEGORY_WORD)]),
    r'\W': (IN, [(CATEGORY, CATEGORY_NOT_WORD)]),
    r'\Z': (AT, AT_END_STRING),
}

# inline flag letters: (?i) ...
FLAGS = {'i': SRE_FLAG_IGNORECASE, 'L': SRE_FLAG_LOCALE, 'm': SRE_FLAG_MULTILINE,
         's': SRE_FLAG_DOTALL, 'x': SRE_FLAG_VERBOSE, 'a': SRE_FLAG_ASCII,
         't': SRE_FLAG_TEMPLATE, 'u': SRE_FLAG_UNICODE}
TYPE_FLAGS = SRE_FLAG_ASCII | SRE_FLAG_LOCALE | SRE_FLAG_UNICODE
GLOBAL_FLAGS = SRE_FLAG_DEBUG | SRE_FLAG_TEMPLATE
MAXWIDTH = 1 << 64


def fix_flags(src, flags):
    """flags checked against the kind of pattern, with UNICODE added for a str pattern."""
    if isinstance(src, str):
        if flags & SRE_FLAG_LOCALE:
            raise ValueError('cannot use LOCALE flag with a str pattern')
        if flags & SRE_FLAG_ASCII:
            if flags & SRE_FLAG_UNICODE:
                raise ValueError('ASCII and UNICODE flags are incompatible')
            return flags
        return flags | SRE_FLAG_UNICODE
    if flags & SRE_FLAG_UNICODE:
        raise ValueError('cannot use UNICODE flag with a bytes pattern')
    if flags & SRE_FLAG_LOCALE and flags & SRE_FLAG_ASCII:
        raise ValueError('ASCII and LOCALE flags are incompatible')
    return flags


def _no_parser(what):
    return NotImplementedError(f'sre_parse.{what}: Immortal parses regular expressions in its '
                               f'native _sre, which has no Python-level parse tree')


def parse(str, flags=0, state=None):
    raise _no_parser('parse')


def parse_template(source, pattern):
    raise _no_parser('parse_template')


class _Unavailable:
    def __init__(self, *args, **kwargs):
        raise _no_parser(type(self).__name__)


class State(_Unavailable):
    pass


class SubPattern(_Unavailable):
    pass


class Tokenizer(_Unavailable):
    pass
