"""Shared pieces of the compressed-file classes (bz2.BZ2File, lzma.LZMAFile), written for Immortal
from the behaviour of CPython 3.12's internal _compression module.

BaseStream is the io.BufferedIOBase the file classes derive from: their mode checks and what they share
of a file's state (_mode, _fp, _closefp, _buffer for reading, _compressor for writing): close(), closed,
fileno(), readable(), writable(), seekable().
DecompressReader turns a decompressor object (decompress(data, max_length), eof, needs_input,
unused_data) into a raw reader: it starts a new decompressor for each stream of a file made of
several, treats trailing bytes that raise `trailing_error` as the end of the data, and emulates
seeking by decompressing again from the start. Its position counts decompressed bytes."""

import io
import sys

BUFFER_SIZE = io.DEFAULT_BUFFER_SIZE

# the file classes' modes (bz2 and lzma name them the same)
_MODE_CLOSED = 0
_MODE_READ = 1
_MODE_WRITE = 3


class BaseStream(io.BufferedIOBase):
    """The checks BZ2File and LZMAFile make before each operation, and their shared file state."""

    def close(self):
        """Flushes and closes the file (and the underlying one when it was opened here); closing twice
        is allowed."""
        if self._mode == _MODE_CLOSED:
            return
        try:
            if self._mode == _MODE_WRITE:
                self._fp.write(self._compressor.flush())
                self._compressor = None
            else:
                self._buffer.close()
        finally:
            fp, owned = self._fp, self._closefp
            self._fp = self._buffer = None
            self._closefp = False
            self._mode = _MODE_CLOSED
            if owned:
                fp.close()

    @property
    def closed(self):
        """True once the file is closed."""
        return self._mode == _MODE_CLOSED

    def fileno(self):
        """The file descriptor of the underlying file."""
        self._check_not_closed()
        return self._fp.fileno()

    def seekable(self):
        """True when reading from a seekable file."""
        return self.readable() and self._buffer.seekable()

    def readable(self):
        """True in the read mode."""
        self._check_not_closed()
        return self._mode == _MODE_READ

    def writable(self):
        """True in the write modes."""
        self._check_not_closed()
        return self._mode == _MODE_WRITE

    def _check_not_closed(self):
        if self.closed:
            raise ValueError('I/O operation on closed file')

    def _check_can_read(self):
        if not self.readable():
            raise io.UnsupportedOperation('File not open for reading')

    def _check_can_write(self):
        if not self.writable():
            raise io.UnsupportedOperation('File not open for writing')

    def _check_can_seek(self):
        if not self.readable():
            raise io.UnsupportedOperation('Seeking is only supported on files open for reading')
        if not self.seekable():
            raise io.UnsupportedOperation('The underlying file object does not support seeking')


class DecompressReader(io.RawIOBase):
    """A raw, read-only stream of the decompressed contents of the file object `fp`."""

    def __init__(self, fp, decomp_factory, trailing_error=(), **decomp_args):
        self._fp = fp
        self._trailing_error = trailing_error
        # a fresh decompressor for each stream of the file, and after seeking backwards
        self._new_decompressor = lambda: decomp_factory(**decomp_args)
        self._decompressor = self._new_decompressor()
        self._pos = 0
        self._size = -1     # known once the end has been read
        self._eof = False

    def readable(self):
        return True

    def seekable(self):
        return self._fp.seekable()

    def close(self):
        self._decompressor = None
        return super().close()

    def readinto(self, b):
        with memoryview(b) as view, view.cast('B') as target:
            chunk = self.read(len(target))
            target[:len(chunk)] = chunk
        return len(chunk)

    def _next_chunk(self, size):
        """Up to `size` decompressed bytes; b'' only at the end of the data."""
        while True:
            dec = self._decompressor
            if dec.eof:
                # another stream may follow this one
                raw = dec.unused_data or self._fp.read(BUFFER_SIZE)
                if not raw:
                    return b''
                self._decompressor = dec = self._new_decompressor()
                try:
                    chunk = dec.decompress(raw, size)
                except self._trailing_error:
                    return b''
            else:
                if dec.needs_input:
                    raw = self._fp.read(BUFFER_SIZE)
                    if not raw:
                        raise EOFError('Compressed file ended before the end-of-stream marker was reached')
                else:
                    raw = b''
                chunk = dec.decompress(raw, size)
            if chunk:
                return chunk

    def read(self, size=-1):
        if size < 0:
            return self.readall()
        if size == 0 or self._eof:
            return b''
        chunk = self._next_chunk(size)
        if not chunk:
            self._eof = True
            self._size = self._pos
            return b''
        self._pos += len(chunk)
        return chunk

    def readall(self):
        pieces = []
        # no output limit: each call may decompress everything that has been read
        while True:
            chunk = self.read(sys.maxsize)
            if not chunk:
                break
            pieces.append(chunk)
        return b''.join(pieces)

    def _rewind(self):
        self._fp.seek(0)
        self._eof = False
        self._pos = 0
        self._decompressor = self._new_decompressor()

    def seek(self, offset, whence=io.SEEK_SET):
        if whence == io.SEEK_CUR:
            offset += self._pos
        elif whence == io.SEEK_END:
            if self._size < 0:
                while self.read(io.DEFAULT_BUFFER_SIZE):
                    pass
            offset += self._size
        elif whence != io.SEEK_SET:
            raise ValueError('Invalid value for whence: {}'.format(whence))
        if offset < self._pos:
            self._rewind()
            skip = offset
        else:
            skip = offset - self._pos
        while skip > 0:
            chunk = self.read(min(io.DEFAULT_BUFFER_SIZE, skip))
            if not chunk:
                break
            skip -= len(chunk)
        return self._pos

    def tell(self):
        """The position in the decompressed data."""
        return self._pos
