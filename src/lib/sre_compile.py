"""Deprecated alias of re._compiler (as in CPython 3.12): importing it warns.

Immortal's regular expressions are compiled by the native _sre, which has no Python-level
compiler: compile() accepts pattern strings (and gives what re.compile gives), while compiling
a parsed pattern or disassembling engine code raises NotImplementedError. The engine constants
of re._constants are here too, as in CPython."""

import warnings

warnings.warn(f'module {__name__!r} is deprecated', DeprecationWarning, stacklevel=2)

import re as _re
import _sre
from re import _constants

globals().update((name, value) for name, value in vars(_constants).items()
                 if not name.startswith('__'))
del _constants

MAXCODE = (1 << 32) - 1


def isstring(obj):
    """Whether obj is a str or bytes pattern."""
    return isinstance(obj, (str, bytes))


def compile(p, flags=0):
    """The compiled pattern of the str or bytes pattern p."""
    if not isstring(p):
        raise NotImplementedError('sre_compile.compile: Immortal compiles only pattern strings '
                                  '(there are no re._parser trees)')
    return _re.compile(p, flags)


def dis(code):
    """Print engine code: not available, Immortal's _sre keeps its code to itself."""
    raise NotImplementedError("sre_compile.dis: Immortal's _sre does not expose its code")
