"""dbm.gnu: the GNU dbm interface, CPython's _gdbm extension module.

Immortal has no _gdbm, so importing this module raises ModuleNotFoundError as it does on a CPython
built without GNU dbm; dbm.open() then falls back to dbm.dumb."""

from _gdbm import *
