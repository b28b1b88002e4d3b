"""Deprecated alias of re._constants (as in CPython 3.12): importing it warns, then gives the same
names."""

import warnings

warnings.warn(f'module {__name__!r} is deprecated', DeprecationWarning, stacklevel=2)

from re import _constants

globals().update((name, value) for name, value in vars(_constants).items()
                 if not name.startswith('__'))
del _constants
