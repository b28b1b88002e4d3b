"""bzip2 compression: BZ2File, open(), compress() and decompress() over the native _bz2 module, written
for Immortal from the documentation of CPython 3.12's bz2 module (its results and messages checked
against CPython). The compressed bytes are libbzip2's, byte for byte.

A BZ2File is either reading (a buffered _compression.DecompressReader over the file, so a file of
several concatenated streams reads as one and trailing garbage after a stream is ignored) or
writing (every write() goes through one BZ2Compressor; close() writes what it still holds).
Seeking is only possible when reading, and is emulated by decompressing."""

import io
import os
import _compression
from _bz2 import BZ2Compressor, BZ2Decompressor
from builtins import open as _builtin_open

__all__ = ['BZ2File', 'BZ2Compressor', 'BZ2Decompressor', 'open', 'compress', 'decompress']

from _compression import _MODE_CLOSED, _MODE_READ, _MODE_WRITE

# mode argument -> (mode for the underlying file, what the BZ2File does)
_MODES = {'': ('rb', _MODE_READ), 'r': ('rb', _MODE_READ), 'rb': ('rb', _MODE_READ),
          'w': ('wb', _MODE_WRITE), 'wb': ('wb', _MODE_WRITE),
          'x': ('xb', _MODE_WRITE), 'xb': ('xb', _MODE_WRITE),
          'a': ('ab', _MODE_WRITE), 'ab': ('ab', _MODE_WRITE)}


def _as_size(size):
    if isinstance(size, int):
        return size
    if not hasattr(size, '__index__'):
        raise TypeError('Integer argument expected')
    return size.__index__()


class BZ2File(_compression.BaseStream):
    """A binary file object that reads or writes bzip2-compressed data, over a named file or over a
    file object given to it."""

    def __init__(self, filename, mode='r', *, compresslevel=9):
        self._fp = None
        self._closefp = False
        self._mode = _MODE_CLOSED
        if not 1 <= compresslevel <= 9:
            raise ValueError('compresslevel must be between 1 and 9')
        try:
            file_mode, what = _MODES[mode]
        except (KeyError, TypeError):
            raise ValueError('Invalid mode: %r' % (mode,)) from None
        if what == _MODE_WRITE:
            self._compressor = BZ2Compressor(compresslevel)
        if isinstance(filename, (str, bytes, os.PathLike)):
            self._fp = _builtin_open(filename, file_mode)
            self._closefp = True
        elif hasattr(filename, 'read') or hasattr(filename, 'write'):
            self._fp = filename
        else:
            raise TypeError('filename must be a str, bytes, file or PathLike object')
        self._mode = what
        if what == _MODE_READ:
            reader = _compression.DecompressReader(self._fp, BZ2Decompressor, trailing_error=OSError)
            self._buffer = io.BufferedReader(reader)
        else:
            self._pos = 0

    def peek(self, n=0):
        """Decompressed bytes ahead of the position, without moving it (at least one unless at the end)."""
        self._check_can_read()
        return self._buffer.peek(n)

    def read(self, size=-1):
        """Up to `size` decompressed bytes (all that are left when size is negative)."""
        self._check_can_read()
        return self._buffer.read(size)

    def read1(self, size=-1):
        """Up to `size` decompressed bytes with at most one read of the underlying file."""
        self._check_can_read()
        return self._buffer.read1(size if size >= 0 else io.DEFAULT_BUFFER_SIZE)

    def readinto(self, b):
        """Reads into the writable buffer b; returns the number of bytes read."""
        self._check_can_read()
        return self._buffer.readinto(b)

    def readline(self, size=-1):
        """One line of decompressed bytes, with its newline; at most `size` bytes when size >= 0."""
        size = _as_size(size)
        self._check_can_read()
        return self._buffer.readline(size)

    def readlines(self, size=-1):
        """The remaining lines, stopping once `size` bytes have been read when size > 0."""
        size = _as_size(size)
        self._check_can_read()
        return self._buffer.readlines(size)

    def write(self, data):
        """Compresses the bytes-like data; returns its length in bytes."""
        self._check_can_write()
        if isinstance(data, (bytes, bytearray)):
            count = len(data)
        else:
            data = memoryview(data)
            count = data.nbytes
        self._fp.write(self._compressor.compress(data))
        self._pos += count
        return count

    def writelines(self, seq):
        """Writes each bytes-like object of seq."""
        return _compression.BaseStream.writelines(self, seq)

    def seek(self, offset, whence=io.SEEK_SET):
        """Moves to a position in the decompressed data (emulated, so possibly slow)."""
        self._check_can_seek()
        return self._buffer.seek(offset, whence)

    def tell(self):
        """The position in the decompressed data."""
        self._check_not_closed()
        if self._mode == _MODE_READ:
            return self._buffer.tell()
        return self._pos


def open(filename, mode='rb', compresslevel=9, encoding=None, errors=None, newline=None):
    """Opens a bzip2-compressed file as a BZ2File (binary modes) or as an io.TextIOWrapper over one
    (modes with 't')."""
    text = 't' in mode
    if text:
        if 'b' in mode:
            raise ValueError('Invalid mode: %r' % (mode,))
    else:
        for name, value in (('encoding', encoding), ('errors', errors), ('newline', newline)):
            if value is not None:
                raise ValueError("Argument '%s' not supported in binary mode" % name)
    binary = BZ2File(filename, mode.replace('t', ''), compresslevel=compresslevel)
    if not text:
        return binary
    return io.TextIOWrapper(binary, io.text_encoding(encoding), errors, newline)


def compress(data, compresslevel=9):
    """The whole of data compressed as one bzip2 stream."""
    compressor = BZ2Compressor(compresslevel)
    return compressor.compress(data) + compressor.flush()


def decompress(data):
    """Decompresses data: one or more concatenated bzip2 streams (anything after the first one that
    is not a stream is ignored)."""
    pieces = []
    while data:
        decompressor = BZ2Decompressor()
        try:
            pieces.append(decompressor.decompress(data))
        except OSError:
            if not pieces:
                raise
            break
        if not decompressor.eof:
            raise ValueError('Compressed data ended before the end-of-stream marker was reached')
        data = decompressor.unused_data
    return b''.join(pieces)
