"""Persistent dictionaries of pickled values (Immortal's own implementation of CPython 3.12's shelve).

A Shelf maps str keys to any picklable value over a dict-like store of bytes (a dbm database for
shelve.open()): keys are encoded (utf-8 by default), values pickled on assignment and unpickled on
each read. With writeback=True every value read or written is also kept in a cache, so that
changing a mutable value in place is saved by sync() or close().
Invariants: after close() the store is a _ClosedDict, whose every access raises ValueError; the
cache only holds entries while writeback is on."""

from io import BytesIO
from pickle import DEFAULT_PROTOCOL, Pickler, Unpickler

import collections.abc

__all__ = ['Shelf', 'BsdDbShelf', 'DbfilenameShelf', 'open']


class _ClosedDict(collections.abc.MutableMapping):
    """Stands for the store of a closed shelf."""

    def closed(self, *args):
        raise ValueError('invalid operation on closed shelf')

    # every access of the mapping protocol
    __iter__ = __len__ = __getitem__ = __setitem__ = __delitem__ = keys = closed

    def __repr__(self):
        return '<Closed Dictionary>'


def _unpickle(data):
    return Unpickler(BytesIO(data)).load()


class Shelf(collections.abc.MutableMapping):
    """A dictionary of pickled values over `dict`, a mapping of bytes keys to bytes values."""

    def __init__(self, dict, protocol=None, writeback=False, keyencoding='utf-8'):
        self.dict = dict
        self._protocol = DEFAULT_PROTOCOL if protocol is None else protocol
        self.writeback = writeback
        self.cache = {}
        self.keyencoding = keyencoding

    def _encode(self, key):
        return key.encode(self.keyencoding)

    def __iter__(self):
        for raw in self.dict.keys():
            yield raw.decode(self.keyencoding)

    def __len__(self):
        return len(self.dict)

    def __contains__(self, key):
        return self._encode(key) in self.dict

    def get(self, key, default=None):
        return self[key] if self._encode(key) in self.dict else default

    def __getitem__(self, key):
        if key in self.cache:
            return self.cache[key]
        value = _unpickle(self.dict[self._encode(key)])
        if self.writeback:
            self.cache[key] = value  # a change made in place is saved by sync()
        return value

    def __setitem__(self, key, value):
        if self.writeback:
            self.cache[key] = value
        out = BytesIO()
        Pickler(out, self._protocol).dump(value)
        self.dict[self._encode(key)] = out.getvalue()

    def __delitem__(self, key):
        del self.dict[self._encode(key)]
        self.cache.pop(key, None)

    def __enter__(self):
        return self

    def __exit__(self, type, value, traceback):
        # the shelf is closed whether or not the block raised
        self.close()

    def close(self):
        """Write back the cache, close the store, and make every further access fail."""
        if self.dict is None:
            return
        try:
            self.sync()
            close = getattr(self.dict, 'close', None)
            if close is not None:
                close()
        finally:
            try:
                self.dict = _ClosedDict()
            except:
                # at interpreter exit the class may be gone already
                self.dict = None

    def __del__(self):
        if hasattr(self, 'writeback'):  # __init__ got that far
            self.close()

    def sync(self):
        """Pickle the cached values again (writeback mode) and sync the store if it can."""
        pending = self.cache
        if self.writeback and pending:
            self.writeback = False  # storing must not cache the values again
            for key, value in pending.items():
                self[key] = value
            self.cache = {}
            self.writeback = True
        if hasattr(self.dict, 'sync'):
            self.dict.sync()


class BsdDbShelf(Shelf):
    """A Shelf over a store with a cursor: first(), last(), next(), previous(), set_location()."""

    def __init__(self, dict, protocol=None, writeback=False, keyencoding='utf-8'):
        Shelf.__init__(self, dict, protocol, writeback, keyencoding)

    def _entry(self, pair):
        raw, data = pair
        return raw.decode(self.keyencoding), _unpickle(data)

    def set_location(self, key):
        return self._entry(self.dict.set_location(key))

    def next(self):
        return self._entry(next(self.dict))

    def previous(self):
        return self._entry(self.dict.previous())

    def first(self):
        return self._entry(self.dict.first())

    def last(self):
        return self._entry(self.dict.last())


class DbfilenameShelf(Shelf):
    """A Shelf over the dbm database opened from a file name."""

    def __init__(self, filename, flag='c', protocol=None, writeback=False):
        import dbm  # imported when first needed, as CPython does
        Shelf.__init__(self, dbm.open(filename, flag), protocol, writeback)


def open(filename, flag='c', protocol=None, writeback=False):
    """A persistent dictionary in the dbm database `filename` (flag as for dbm.open())."""
    return DbfilenameShelf(filename, flag, protocol, writeback)
