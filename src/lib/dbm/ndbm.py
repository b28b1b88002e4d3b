"""dbm.ndbm: the Unix ndbm interface, CPython's _dbm extension module.

Immortal has no _dbm, so importing this module raises ModuleNotFoundError as it does on a CPython
built without ndbm; dbm.open() then falls back to dbm.dumb."""

from _dbm import *
