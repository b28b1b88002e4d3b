"""A simple, slow dbm written in Python (Immortal's own implementation of CPython 3.12's dbm.dumb).

A database "spam" is three files: spam.dat holds the values, each starting at a multiple of 512
bytes; spam.dir is the index, one line per key, `'key', (offset, size)` with the key's bytes
decoded as latin-1 and written as a Python literal; spam.bak is the index as it was before the
last rewrite. The files are CPython's, so either can read the other's databases.
Invariants: _index maps each key (bytes) to its (offset, size) in the .dat file, or is None once
the database is closed; a new key is appended to .dir at once, and the whole index is rewritten
(sync/close/delete) when entries moved or went away (_modified)."""

import ast as _ast
import io as _io
import os as _os
import collections.abc

__all__ = ['error', 'open']

_BLOCKSIZE = 512

error = OSError


def _as_key(key):
    return key.encode('utf-8') if isinstance(key, str) else key


def _closed():
    return error('DBM object has already been closed')


class _Database(collections.abc.MutableMapping):
    # Kept on the class so that close() still works from __del__ at interpreter exit.
    _os = _os
    _io = _io

    def __init__(self, filebasename, mode, flag='c'):
        base = self._os.fsencode(filebasename)
        self._mode = mode
        self._readonly = flag == 'r'
        self._datfile = base + b'.dat'
        self._dirfile = base + b'.dir'
        self._bakfile = base + b'.bak'
        self._index = None  # key -> (offset, size)
        self._create(flag)
        self._update(flag)

    def _create(self, flag):
        if flag == 'n':
            for path in (self._datfile, self._bakfile, self._dirfile):
                try:
                    _os.remove(path)
                except OSError:
                    pass
        try:
            _io.open(self._datfile, 'r', encoding='Latin-1').close()
        except OSError:
            if flag not in ('c', 'n'):
                raise
            with _io.open(self._datfile, 'w', encoding='Latin-1'):
                self._chmod(self._datfile)

    def _update(self, flag):
        # Read the index; without one, a 'c' or 'n' database starts empty (and is written on close).
        self._modified = False
        self._index = {}
        try:
            f = _io.open(self._dirfile, 'r', encoding='Latin-1')
        except OSError:
            if flag not in ('c', 'n'):
                raise
            self._modified = True
            return
        with f:
            for line in f:
                name, where = _ast.literal_eval(line.rstrip())
                self._index[name.encode('Latin-1')] = where

    def _commit(self):
        """Write the whole index again, keeping the previous one as the .bak file."""
        if self._index is None or not self._modified:
            return
        for step in (lambda: self._os.unlink(self._bakfile),
                     lambda: self._os.rename(self._dirfile, self._bakfile)):
            try:
                step()
            except OSError:
                pass  # no old backup / no index yet
        with self._io.open(self._dirfile, 'w', encoding='Latin-1') as f:
            self._chmod(self._dirfile)
            for key, where in self._index.items():
                f.write('%r, %r\n' % (key.decode('Latin-1'), where))

    sync = _commit

    def _verify_open(self):
        if self._index is None:
            raise _closed()

    def __getitem__(self, key):
        key = _as_key(key)
        self._verify_open()
        offset, size = self._index[key]
        with _io.open(self._datfile, 'rb') as f:
            f.seek(offset)
            return f.read(size)

    def _addval(self, val):
        # A new value goes at the next block boundary after the end of the data file.
        with _io.open(self._datfile, 'rb+') as f:
            end = int(f.seek(0, 2))
            start = -(-end // _BLOCKSIZE) * _BLOCKSIZE
            f.write(b'\0' * (start - end))
            f.write(val)
        return (start, len(val))

    def _setval(self, pos, val):
        # overwrite in place (the caller checked that val fits)
        with _io.open(self._datfile, 'rb+') as f:
            f.seek(pos)
            f.write(val)
        return (pos, len(val))

    def _addkey(self, key, pos_and_siz_pair):
        self._index[key] = pos_and_siz_pair
        with _io.open(self._dirfile, 'a', encoding='Latin-1') as f:
            self._chmod(self._dirfile)
            f.write('%r, %r\n' % (key.decode('Latin-1'), pos_and_siz_pair))

    def _check_writable(self):
        if self._readonly:
            raise error('The database is opened for reading only')

    def __setitem__(self, key, val):
        self._check_writable()
        if isinstance(key, str):
            key = key.encode('utf-8')
        elif not isinstance(key, (bytes, bytearray)):
            raise TypeError('keys must be bytes or strings')
        if isinstance(val, str):
            val = val.encode('utf-8')
        elif not isinstance(val, (bytes, bytearray)):
            raise TypeError('values must be bytes or strings')
        self._verify_open()
        self._modified = True
        old = self._index.get(key)
        if old is None:
            self._addkey(key, self._addval(val))
            return
        # The new value overwrites the old one when it fits in the blocks that one took.
        offset, size = old
        blocks = lambda n: -(-n // _BLOCKSIZE)
        if blocks(len(val)) <= blocks(size):
            self._index[key] = self._setval(offset, val)
        else:
            self._index[key] = self._addval(val)

    def __delitem__(self, key):
        self._check_writable()
        key = _as_key(key)
        self._verify_open()
        self._modified = True
        del self._index[key]
        self._commit()

    def keys(self):
        if self._index is None:
            raise _closed()
        return list(self._index)

    def items(self):
        self._verify_open()
        return [(key, self[key]) for key in list(self._index)]

    def __contains__(self, key):
        key = _as_key(key)
        if self._index is None:
            raise _closed()
        return key in self._index

    def iterkeys(self):
        if self._index is None:
            raise _closed()
        return iter(self._index)

    __iter__ = iterkeys

    def __len__(self):
        if self._index is None:
            raise _closed()
        return len(self._index)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def close(self):
        """Write the index if needed; the object is unusable afterwards."""
        try:
            self._commit()
        finally:
            # unusable from now on, even when the index could not be written
            self._index = self._datfile = self._dirfile = self._bakfile = None

    __del__ = close

    def _chmod(self, file):
        # created files get the mode open() was given
        self._os.chmod(file, self._mode)


def open(file, flag='c', mode=0o666):
    """Open (and by default create) the database whose files start with `file`.

    flag is 'r' (read only), 'w' (an existing database), 'c' (created when missing, the default)
    or 'n' (always new and empty); mode is the permission of created files, less the umask.
    """
    try:
        umask = _os.umask(0)
        _os.umask(umask)
    except AttributeError:
        pass
    else:
        mode &= ~umask
    if flag not in ('r', 'w', 'c', 'n'):
        raise ValueError("Flag must be one of 'r', 'w', 'c', or 'n'")
    return _Database(file, mode, flag=flag)
