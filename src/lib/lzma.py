"""LZMA and .xz decompression: LZMAFile, open(), decompress() and the _lzma classes and constants,
written for Immortal from the documentation of CPython 3.12's lzma module (results and messages
checked against CPython).

Immortal's _lzma decompresses (.xz with CRC32, CRC64 or SHA-256 checks, legacy .lzma, raw LZMA1 and
LZMA2 streams, the delta filter) but does not compress: LZMACompressor, compress() and LZMAFile in
a writing mode raise NotImplementedError, as do streams that use a BCJ filter. Reading an LZMAFile
goes through _compression.DecompressReader, so concatenated streams read as one and trailing bytes
that are not a stream are ignored."""

import builtins
import io
import os
import _compression
from _lzma import *
from _lzma import _encode_filter_properties, _decode_filter_properties

__all__ = ['CHECK_NONE', 'CHECK_CRC32', 'CHECK_CRC64', 'CHECK_SHA256', 'CHECK_ID_MAX', 'CHECK_UNKNOWN',
           'FILTER_LZMA1', 'FILTER_LZMA2', 'FILTER_DELTA', 'FILTER_X86', 'FILTER_IA64', 'FILTER_ARM',
           'FILTER_ARMTHUMB', 'FILTER_POWERPC', 'FILTER_SPARC', 'FORMAT_AUTO', 'FORMAT_XZ', 'FORMAT_ALONE',
           'FORMAT_RAW', 'MF_HC3', 'MF_HC4', 'MF_BT2', 'MF_BT3', 'MF_BT4', 'MODE_FAST', 'MODE_NORMAL',
           'PRESET_DEFAULT', 'PRESET_EXTREME', 'LZMACompressor', 'LZMADecompressor', 'LZMAFile', 'LZMAError',
           'open', 'compress', 'decompress', 'is_check_supported']

from _compression import _MODE_CLOSED, _MODE_READ, _MODE_WRITE

_READ_MODES = ('r', 'rb')
_WRITE_MODES = ('w', 'wb', 'a', 'ab', 'x', 'xb')


class LZMAFile(_compression.BaseStream):
    """A binary file object over .xz or .lzma data (or a raw stream with its filters), on a named
    file or a file object. Reading only in Immortal: the writing modes need a compressor."""

    def __init__(self, filename=None, mode='r', *, format=None, check=-1, preset=None, filters=None):
        self._fp = None
        self._closefp = False
        self._mode = _MODE_CLOSED
        if mode in _READ_MODES:
            if check != -1:
                raise ValueError('Cannot specify an integrity check when opening a file for reading')
            if preset is not None:
                raise ValueError('Cannot specify a preset compression level when opening a file for reading')
            what = _MODE_READ
            if format is None:
                format = FORMAT_AUTO
        elif mode in _WRITE_MODES:
            what = _MODE_WRITE
            if format is None:
                format = FORMAT_XZ
            self._compressor = LZMACompressor(format=format, check=check, preset=preset, filters=filters)
            self._pos = 0
        else:
            raise ValueError('Invalid mode: {!r}'.format(mode))
        if isinstance(filename, (str, bytes, os.PathLike)):
            self._fp = builtins.open(filename, mode if 'b' in mode else mode + 'b')
            self._closefp = True
        elif hasattr(filename, 'read') or hasattr(filename, 'write'):
            self._fp = filename
        else:
            raise TypeError('filename must be a str, bytes, file or PathLike object')
        self._mode = what
        if what == _MODE_READ:
            reader = _compression.DecompressReader(self._fp, LZMADecompressor, trailing_error=LZMAError,
                                                   format=format, filters=filters)
            self._buffer = io.BufferedReader(reader)

    def peek(self, size=-1):
        """Decompressed bytes ahead of the position, without moving it (at least one unless at the end)."""
        self._check_can_read()
        return self._buffer.peek(size)

    def read(self, size=-1):
        """Up to `size` decompressed bytes (all that are left when size is negative)."""
        self._check_can_read()
        return self._buffer.read(size)

    def read1(self, size=-1):
        """Up to `size` decompressed bytes with at most one read of the underlying file."""
        self._check_can_read()
        return self._buffer.read1(size if size >= 0 else io.DEFAULT_BUFFER_SIZE)

    def readline(self, size=-1):
        """One line of decompressed bytes, with its newline; at most `size` bytes when size >= 0."""
        self._check_can_read()
        return self._buffer.readline(size)

    def write(self, data):
        """Compresses the bytes-like data (never reached in Immortal: no compressor)."""
        self._check_can_write()
        count = len(data) if isinstance(data, (bytes, bytearray)) else memoryview(data).nbytes
        self._fp.write(self._compressor.compress(data))
        self._pos += count
        return count

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


def open(filename, mode='rb', *, format=None, check=-1, preset=None, filters=None,
         encoding=None, errors=None, newline=None):
    """Opens an LZMA-compressed file as an LZMAFile (binary modes) or as an io.TextIOWrapper over
    one (modes with 't')."""
    text = 't' in mode
    if text:
        if 'b' in mode:
            raise ValueError('Invalid mode: %r' % (mode,))
    else:
        for name, value in (('encoding', encoding), ('errors', errors), ('newline', newline)):
            if value is not None:
                raise ValueError("Argument '%s' not supported in binary mode" % name)
    binary = LZMAFile(filename, mode.replace('t', ''), format=format, check=check, preset=preset,
                      filters=filters)
    if not text:
        return binary
    return io.TextIOWrapper(binary, io.text_encoding(encoding), errors, newline)


def compress(data, format=FORMAT_XZ, check=-1, preset=None, filters=None):
    """Compresses data in one go (raises NotImplementedError in Immortal: no compressor)."""
    compressor = LZMACompressor(format, check, preset, filters)
    return compressor.compress(data) + compressor.flush()


def decompress(data, format=FORMAT_AUTO, memlimit=None, filters=None):
    """Decompresses data: one or more concatenated streams (anything after the first one that is not
    a stream is ignored)."""
    pieces = []
    while True:
        decompressor = LZMADecompressor(format, memlimit, filters)
        try:
            pieces.append(decompressor.decompress(data))
        except LZMAError:
            if not pieces:
                raise
            break
        if not decompressor.eof:
            raise LZMAError('Compressed data ended before the end-of-stream marker was reached')
        data = decompressor.unused_data
        if not data:
            break
    return b''.join(pieces)
