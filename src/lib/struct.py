# struct: the public face of the native _struct module (src/modules/_struct.ts), which does the work.
__all__ = [
    'calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
    'iter_unpack', 'Struct', 'error',
]

from _struct import *
from _struct import _clearcache
from _struct import __doc__
