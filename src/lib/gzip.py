"""Reading and writing gzip files (RFC 1952), written for Immortal from the gzip module's documented
behaviour: GzipFile, open(), compress(), decompress(), BadGzipFile, multi-member files, and a
minimal command line (python -m gzip [-d] [--fast|--best] [file ...]).

Compressed data goes through zlib with raw deflate streams; this module writes and checks the gzip
members' headers and trailers itself."""

import io
import os
import struct
import zlib

__all__ = ['BadGzipFile', 'GzipFile', 'open', 'compress', 'decompress']

FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16

READ = 'rb'
WRITE = 'wb'

# compression levels named by the command line's --fast / default / --best
_COMPRESS_LEVEL_FAST, _COMPRESS_LEVEL_TRADEOFF, _COMPRESS_LEVEL_BEST = 1, 6, 9

READ_BUFFER_SIZE = 128 * 1024  # compressed bytes read from the file at a time


class BadGzipFile(OSError):
    """Exception raised in some cases for invalid gzip files."""


def open(filename, mode='rb', compresslevel=_COMPRESS_LEVEL_BEST, encoding=None, errors=None, newline=None):
    """Open a gzip-compressed file in binary or text mode; returns a GzipFile or a TextIOWrapper."""
    if 't' in mode:
        if 'b' in mode:
            raise ValueError('Invalid mode: %r' % (mode,))
    else:
        for argname, value in (('encoding', encoding), ('errors', errors), ('newline', newline)):
            if value is not None:
                raise ValueError("Argument '%s' not supported in binary mode" % argname)
    binary_mode = mode.replace('t', '')
    if isinstance(filename, (str, bytes)) or hasattr(filename, '__fspath__'):
        binary_file = GzipFile(filename, binary_mode, compresslevel)
    elif hasattr(filename, 'read') or hasattr(filename, 'write'):
        binary_file = GzipFile(None, binary_mode, compresslevel, filename)
    else:
        raise TypeError('filename must be a str or bytes object, or a file')
    if 't' in mode:
        encoding = io.text_encoding(encoding)
        return io.TextIOWrapper(binary_file, encoding, errors, newline)
    return binary_file


def _xfl(compresslevel):
    if compresslevel == _COMPRESS_LEVEL_BEST:
        return 2
    if compresslevel == _COMPRESS_LEVEL_FAST:
        return 4
    return 0


def _header(compresslevel, mtime, fname=b''):
    flags = FNAME if fname else 0
    head = bytes([0x1f, 0x8b, 8, flags]) + struct.pack('<L', int(mtime) & 0xffffffff)
    head += bytes([_xfl(compresslevel), 255])
    if fname:
        head += fname + b'\x00'
    return head


def _read_exact(fp, n):
    data = fp.read(n)
    while len(data) < n:
        more = fp.read(n - len(data))
        if not more:
            raise EOFError('Compressed file ended before the end-of-stream marker was reached')
        data += more
    return data


def _read_gzip_header(fp):
    """Reads a member header from fp; returns its mtime, or None at the end of the data."""
    magic = fp.read(2)
    if magic == b'':
        return None
    if magic != b'\x1f\x8b':
        raise BadGzipFile('Not a gzipped file (%r)' % magic)
    method, flag, mtime = struct.unpack('<BBI', _read_exact(fp, 6))
    if method != 8:
        raise BadGzipFile('Unknown compression method')
    _read_exact(fp, 2)  # extra flags, OS
    if flag & FEXTRA:
        extra_len, = struct.unpack('<H', _read_exact(fp, 2))
        _read_exact(fp, extra_len)
    if flag & FNAME:
        while True:
            s = fp.read(1)
            if not s or s == b'\x00':
                break
    if flag & FCOMMENT:
        while True:
            s = fp.read(1)
            if not s or s == b'\x00':
                break
    if flag & FHCRC:
        _read_exact(fp, 2)
    return mtime


class _BytesReader:
    """A read(n) view of a bytes object, for parsing headers of in-memory data."""

    def __init__(self, data):
        self.data = data
        self.pos = 0

    def read(self, n):
        r = self.data[self.pos:self.pos + n]
        self.pos += len(r)
        return r


class _Reader:
    """Decompresses consecutive gzip members from a binary file object."""

    def __init__(self, fp):
        self._fp = fp
        self._pending = b''  # compressed bytes read from fp but not yet used
        self._new_member = True
        self._eof = False
        self._decomp = None
        self._crc = 0
        self._size = 0
        self._last_mtime = None
        self._pos = 0
        self._after_member = False  # a member has ended: zero padding may follow

    def _read_raw(self, n):
        if self._pending:
            r, self._pending = self._pending[:n], self._pending[n:]
            if len(r) < n:
                r += self._fp.read(n - len(r))
            return r
        return self._fp.read(n)

    def _start_member(self):
        # skip the zero padding some writers leave between members (not before the first one)
        while True:
            c = self._read_raw(1)
            if c != b'\x00' or not self._after_member:
                break
        if not c:
            return False
        self._pending = c + self._pending
        mtime = _read_gzip_header(self)
        if mtime is None:
            return False
        self._last_mtime = mtime
        self._decomp = zlib.decompressobj(-zlib.MAX_WBITS)
        self._crc = 0
        self._size = 0
        self._new_member = False
        return True

    # the header parser reads through this
    def read(self, n):
        return self._read_raw(n)

    def _finish_member(self):
        self._pending = self._decomp.unused_data + self._pending
        trailer = self._read_raw(8)
        while len(trailer) < 8:
            more = self._read_raw(8 - len(trailer))
            if not more:
                raise EOFError('Compressed file ended before the end-of-stream marker was reached')
            trailer += more
        crc, isize = struct.unpack('<II', trailer)
        if crc != self._crc:
            raise BadGzipFile('CRC check failed %s != %s' % (hex(crc), hex(self._crc)))
        if isize != (self._size & 0xffffffff):
            raise BadGzipFile('Incorrect length of data produced')
        self._new_member = True
        self._after_member = True

    def read_chunk(self, size):
        """Up to size (> 0) decompressed bytes; b'' at the end of the data."""
        while not self._eof:
            if self._new_member:
                if not self._start_member():
                    self._eof = True
                    break
            d = self._decomp
            if d.unconsumed_tail:
                buf = d.unconsumed_tail
            else:
                buf = self._read_raw(READ_BUFFER_SIZE)
            if buf == b'' and not d.eof:
                raise EOFError('Compressed file ended before the end-of-stream marker was reached')
            out = d.decompress(buf, size)
            if out:
                self._crc = zlib.crc32(out, self._crc)
                self._size += len(out)
            if d.eof:
                self._finish_member()
            if out:
                self._pos += len(out)
                return out
        return b''

    def rewind(self):
        self._fp.seek(0)
        self.__init__(self._fp)


class GzipFile(io.BufferedIOBase):
    """A file object that compresses or decompresses gzip data on the fly (like a regular file)."""

    myfileobj = None

    def __init__(self, filename=None, mode=None, compresslevel=_COMPRESS_LEVEL_BEST, fileobj=None, mtime=None):
        if mode and ('t' in mode or 'U' in mode):
            raise ValueError('Invalid mode: {!r}'.format(mode))
        if mode and 'b' not in mode:
            mode += 'b'
        if fileobj is None:
            fileobj = self.myfileobj = io.open(filename, mode or 'rb')
        if filename is not None:
            filename = os.fspath(filename)
        else:
            name_of_file = getattr(fileobj, 'name', '')
            filename = name_of_file if isinstance(name_of_file, (str, bytes)) else ''
        mode_given = mode is not None
        mode = mode if mode_given else getattr(fileobj, 'mode', 'rb')
        self._buffer = b''
        self._offset = 0
        if mode.startswith('r'):
            self.mode = READ
            self._reader = _Reader(fileobj)
            self.name = filename
        elif mode.startswith(('w', 'a', 'x')):
            if not mode_given:
                import warnings
                warnings.warn('GzipFile was opened for writing, but this will change in future Python releases.  '
                              'Specify the mode argument for opening it for writing.', FutureWarning, 2)
            self.mode = WRITE
            self.name = filename
            self.crc = zlib.crc32(b'')
            self.size = 0
            self.writebuf = []
            self.bufsize = 0
            self.offset = 0
            self.compress = zlib.compressobj(compresslevel, zlib.DEFLATED, -zlib.MAX_WBITS, zlib.DEF_MEM_LEVEL, 0)
            self._write_mtime = mtime
            self._compresslevel = compresslevel
        else:
            raise ValueError('Invalid mode: {!r}'.format(mode))
        self.fileobj = fileobj
        if self.mode != READ:
            self._write_gzip_header(compresslevel)

    @property
    def mtime(self):
        """Last modification time read from the stream, or None."""
        if self.mode == READ:
            return self._reader._last_mtime
        return None

    def __repr__(self):
        s = repr(self.fileobj)
        return '<gzip ' + s[1:-1] + ' ' + hex(id(self)) + '>'

    def _write_gzip_header(self, compresslevel):
        base = os.path.basename(self.name)
        fname = base if isinstance(base, bytes) else base.encode('latin-1')
        fname = fname.removesuffix(b'.gz')
        mtime = self._write_mtime
        if mtime is None:
            import time
            mtime = time.time()
        self.fileobj.write(_header(compresslevel, mtime, fname))

    def _check_not_closed(self):
        if self.closed:
            raise ValueError('I/O operation on closed file')

    def write(self, data):
        self._check_not_closed()
        if self.mode != WRITE:
            import errno
            raise OSError(errno.EBADF, 'write() on read-only GzipFile object')
        if self.fileobj is None:
            raise ValueError('write() on closed GzipFile object')
        if isinstance(data, (bytes, bytearray)):
            length = len(data)
        else:
            data = memoryview(data)
            length = data.nbytes
            data = data.tobytes()
        if length:
            self.crc = zlib.crc32(data, self.crc)
            self.size, self.offset = self.size + length, self.offset + length
            self.fileobj.write(self.compress.compress(data))
        return length

    def _fill(self, size):
        while len(self._buffer) < size:
            chunk = self._reader.read_chunk(max(size - len(self._buffer), io.DEFAULT_BUFFER_SIZE))
            if not chunk:
                break
            self._buffer += chunk

    def _check_read(self, what):
        self._check_not_closed()
        if self.mode != READ:
            import errno
            raise OSError(errno.EBADF, what + '() on write-only GzipFile object')

    def read(self, size=-1):
        self._check_read('read')
        if size is None or size < 0:
            parts = [self._buffer]
            self._buffer = b''
            while True:
                chunk = self._reader.read_chunk(READ_BUFFER_SIZE)
                if not chunk:
                    break
                parts.append(chunk)
            data = b''.join(parts)
        else:
            self._fill(size)
            data, self._buffer = self._buffer[:size], self._buffer[size:]
        self._offset += len(data)
        return data

    def read1(self, size=-1):
        self._check_read('read1')
        if size is None or size < 0:
            size = io.DEFAULT_BUFFER_SIZE
        if not self._buffer:
            self._buffer = self._reader.read_chunk(max(size, io.DEFAULT_BUFFER_SIZE))
        data, self._buffer = self._buffer[:size], self._buffer[size:]
        self._offset += len(data)
        return data

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def peek(self, n):
        self._check_read('peek')
        self._fill(max(n, 1))
        return self._buffer

    def readline(self, size=-1):
        self._check_read('readline')
        if size is None:
            size = -1
        while True:
            i = self._buffer.find(b'\n')
            if i >= 0 and (size < 0 or i < size):
                end = i + 1
                break
            if size >= 0 and len(self._buffer) >= size:
                end = size
                break
            chunk = self._reader.read_chunk(io.DEFAULT_BUFFER_SIZE)
            if not chunk:
                end = len(self._buffer)
                break
            self._buffer += chunk
        line, self._buffer = self._buffer[:end], self._buffer[end:]
        self._offset += len(line)
        return line

    def __iter__(self):
        self._check_not_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    closed = property(lambda self: self.fileobj is None, doc='True once close() was called.')

    def close(self):
        if self.fileobj is None:
            return
        fileobj = self.fileobj
        try:
            if self.mode != READ:
                fileobj.write(self.compress.flush())
                fileobj.write(struct.pack('<LL', self.crc, self.size & 0xffffffff))
        finally:
            self.fileobj = None
            owned, self.myfileobj = self.myfileobj, None
            if owned is not None:
                owned.close()

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._check_not_closed()
        if self.mode == WRITE:
            self.fileobj.write(self.compress.flush(zlib_mode))
            self.fileobj.flush()

    def fileno(self):
        return self.fileobj.fileno()

    def rewind(self):
        if self.mode != READ:
            raise OSError("Can't rewind in write mode")
        self._reader.rewind()
        self._buffer = b''
        self._offset = 0

    def readable(self):
        return self.mode == READ

    def writable(self):
        return not self.readable()

    def seekable(self):
        return True  # forward seeks read (or write zeros); backward reads start over

    def tell(self):
        self._check_not_closed()
        return self.offset if self.mode == WRITE else self._offset

    def seek(self, offset, whence=io.SEEK_SET):
        self._check_not_closed()
        if self.mode == WRITE:
            if whence == io.SEEK_CUR:
                offset += self.offset
            elif whence != io.SEEK_SET:
                raise ValueError('Seek from end not supported')
            if offset < self.offset:
                raise OSError('Negative seek in write mode')
            gap = offset - self.offset
            while gap > 0:
                step = min(gap, 4096)
                self.write(bytes(step))
                gap -= step
            return self.offset
        if whence == io.SEEK_CUR:
            offset = self._offset + offset
        elif whence == io.SEEK_END:
            raise ValueError('Seek from end not supported')
        elif whence != io.SEEK_SET:
            raise ValueError('Invalid whence (%r, should be 0, 1 or 2)' % (whence,))
        if offset < self._offset:
            self.rewind()
        while self._offset < offset:
            if not self.read(min(io.DEFAULT_BUFFER_SIZE, offset - self._offset)):
                break
        return self._offset

    def __enter__(self):
        self._check_not_closed()
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """Compress data in one shot and return the gzip member as bytes."""
    gzip_data = zlib.compress(data, level=compresslevel, wbits=31)
    if mtime is None:
        import time
        mtime = time.time()
    if mtime == 0:
        return gzip_data
    # zlib's own header, with the time and the "unknown" OS byte this module writes
    return struct.pack('<4sLBB', gzip_data, int(mtime), gzip_data[8], 255) + gzip_data[10:]


def decompress(data):
    """Decompress every gzip member of data and return the concatenated bytes."""
    data = bytes(data)
    parts = []
    pos = 0
    while True:
        while pos < len(data) and data[pos] == 0:
            pos += 1
        rd = _BytesReader(data)
        rd.pos = pos
        if _read_gzip_header(rd) is None:
            return b''.join(parts)
        d = zlib.decompressobj(wbits=-zlib.MAX_WBITS)
        out = d.decompress(data[rd.pos:])
        if not d.eof:
            raise EOFError('Compressed file ended before the end-of-stream marker was reached')
        rest = d.unused_data
        if len(rest) < 8:
            raise EOFError('Compressed file ended before the end-of-stream marker was reached')
        crc, length = struct.unpack('<II', rest[:8])
        if crc != zlib.crc32(out):
            raise BadGzipFile('CRC check failed')
        if length != (len(out) & 0xffffffff):
            raise BadGzipFile('Incorrect length of data produced')
        parts.append(out)
        pos = len(data) - len(rest) + 8


def main():
    from argparse import ArgumentParser
    parser = ArgumentParser(description='A simple command line interface for the gzip module: act like gzip, '
                                        'but do not delete the input file.')
    group = parser.add_mutually_exclusive_group()
    group.add_argument('--fast', action='store_true', help='compress faster')
    group.add_argument('--best', action='store_true', help='compress better')
    group.add_argument('-d', '--decompress', action='store_true', help='act like gunzip instead of gzip')
    parser.add_argument('args', nargs='*', default=['-'], metavar='file')
    args = parser.parse_args()
    import sys
    compresslevel = (_COMPRESS_LEVEL_FAST if args.fast else
                     _COMPRESS_LEVEL_BEST if args.best else _COMPRESS_LEVEL_TRADEOFF)
    for arg in args.args:
        if args.decompress:
            if arg == '-':
                f = GzipFile(filename='', mode='rb', fileobj=sys.stdin.buffer)
                g = sys.stdout.buffer
            else:
                if arg[-3:] != '.gz':
                    sys.exit(f'filename doesn\'t end in .gz: {arg!r}')
                f = open(arg, 'rb')
                g = io.open(arg[:-3], 'wb')
        else:
            if arg == '-':
                f = sys.stdin.buffer
                g = GzipFile(filename='', mode='wb', fileobj=sys.stdout.buffer, compresslevel=compresslevel)
            else:
                f = io.open(arg, 'rb')
                g = open(arg + '.gz', 'wb')
        for chunk in iter(lambda: f.read(READ_BUFFER_SIZE), b''):
            g.write(chunk)
        for stream, std in ((g, sys.stdout.buffer), (f, sys.stdin.buffer)):
            if stream is not std:
                stream.close()


if __name__ == '__main__':
    main()
