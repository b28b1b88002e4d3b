"""Generic access to dbm-style databases (Immortal's own implementation of CPython 3.12's dbm).

open() creates databases with the first available implementation of dbm.gnu, dbm.ndbm and
dbm.dumb, and opens existing ones with the implementation whichdb() recognizes from the files.
Immortal has no _gdbm or _dbm extension, so dbm.gnu and dbm.ndbm fail to import (as on a CPython
built without them) and every database is a dbm.dumb one; whichdb() still recognizes the files of
the others, and open() then says their module is not available."""

import io
import os
import struct
import sys

__all__ = ['open', 'whichdb', 'error']


class error(Exception):
    """A dbm error that is not an OSError (a missing or unknown database)."""


_names = ['dbm.gnu', 'dbm.ndbm', 'dbm.dumb']
_defaultmod = None
_modules = {}

# Implementations raise their own error class or OSError; callers catch dbm.error (a tuple).
error = (error, OSError)

try:
    from dbm import ndbm
except ImportError:
    ndbm = None

# The first four bytes of a GNU dbm file, in native byte order.
_GDBM_MAGICS = (0x13579ace, 0x13579acd, 0x13579acf)


def _load_implementations():
    global _defaultmod
    for name in _names:
        try:
            module = __import__(name, fromlist=['open'])
        except ImportError:
            continue
        _modules[name] = module
        if not _defaultmod:
            _defaultmod = module
    if not _defaultmod:
        raise ImportError('no dbm clone found; tried %s' % _names)


def open(file, flag='r', mode=0o666):
    """Open the database at path `file`.

    flag: 'r' read an existing database (the default), 'w' read and write an existing one, 'c'
    read and write, creating it when missing, 'n' always start a new, empty database. mode is the
    Unix permission of created files (less the umask).
    """
    if _defaultmod is None:
        _load_implementations()
    kind = None if 'n' in flag else whichdb(file)
    if kind is None:
        # nothing there yet (or a new database was asked for)
        if 'c' not in flag and 'n' not in flag:
            raise error[0]("db file doesn't exist; use 'c' or 'n' flag to create a new db")
        module = _defaultmod
    elif kind == '':
        raise error[0]('db type could not be determined')
    elif kind in _modules:
        module = _modules[kind]
    else:
        raise error[0]('db type is {0}, but the module is not available'.format(kind))
    return module.open(file, flag, mode)


def _exists(path):
    try:
        with io.open(path, 'rb'):
            return True
    except OSError:
        return False


def whichdb(filename):
    """Which dbm module made the database at filename: 'dbm.gnu', 'dbm.ndbm' or 'dbm.dumb'; ''
    when the file exists but is not recognized; None when it can't be read."""
    base = os.fsencode(filename)
    # ndbm keeps name.pag and name.dir (Berkeley DB emulations a single name.db)
    if _exists(base + b'.pag') and _exists(base + b'.dir'):
        return 'dbm.ndbm'
    if ndbm is not None and _exists(base + b'.db'):
        try:
            ndbm.open(base).close()
            return 'dbm.ndbm'
        except OSError:
            pass
    # dbm.dumb keeps name.dat and name.dir, the index being empty or a list of quoted keys
    try:
        os.stat(base + b'.dat')
        if os.stat(base + b'.dir').st_size == 0:
            return 'dbm.dumb'
        with io.open(base + b'.dir', 'rb') as index:
            if index.read(1) in (b"'", b'"'):
                return 'dbm.dumb'
    except OSError:
        pass
    try:
        f = io.open(base, 'rb')
    except OSError:
        return None
    with f:
        head = f.read(16)
    if len(head) < 4:
        return ''
    (magic,) = struct.unpack('=l', head[:4])
    if magic in _GDBM_MAGICS:
        return 'dbm.gnu'
    return ''


if __name__ == '__main__':
    for name in sys.argv[1:]:
        print(whichdb(name) or 'UNKNOWN', name)
