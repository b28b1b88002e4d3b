"""The io stack, written for Immortal from the io module's documented behaviour: raw files over
posix descriptors (FileIO), buffered binary streams, text streams with encodings and newline
translation (TextIOWrapper), in-memory streams (StringIO, BytesIO), and open().

Text files keep the undecoded-but-decoded text they have read (`_raw`, untranslated) with the byte
offset where it starts, so tell() is exact: start + len(consumed text re-encoded)."""

import posix as _posix
import sys as _sys

__all__ = ['open', 'IOBase', 'RawIOBase', 'BufferedIOBase', 'TextIOBase', 'FileIO', 'BufferedReader',
           'BufferedWriter', 'BufferedRandom', 'TextIOWrapper', 'StringIO', 'BytesIO',
           'UnsupportedOperation', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END', 'DEFAULT_BUFFER_SIZE',
           'text_encoding', 'BlockingIOError', 'IncrementalNewlineDecoder']

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


BlockingIOError = BlockingIOError


class UnsupportedOperation(OSError, ValueError):
    pass


UnsupportedOperation.__module__ = 'io'


def _closed_error():
    return ValueError('I/O operation on closed file.')


def text_encoding(encoding, stacklevel=2):
    """The encoding to pass on for `encoding`: for None, 'locale' (UTF-8 here), or 'utf-8' in UTF-8
    mode (-X utf8), after an EncodingWarning under -X warn_default_encoding that names the caller
    `stacklevel` frames up."""
    if type(stacklevel) is not int:
        if not hasattr(type(stacklevel), '__index__'):
            raise TypeError(f"'{type(stacklevel).__name__}' object cannot be interpreted as an integer")
        stacklevel = type(stacklevel).__index__(stacklevel)
    if encoding is None:
        if _sys.flags.warn_default_encoding:
            import warnings
            warnings.warn("'encoding' argument not specified", EncodingWarning, stacklevel + 1)
        return 'utf-8' if _sys.flags.utf8_mode else 'locale'
    return encoding


def _norm_encoding(encoding):
    # A text stream's encoding: the locale's (UTF-8 here) for 'locale', and for None unless in UTF-8 mode.
    if encoding is None:
        return 'utf-8' if _sys.flags.utf8_mode else 'UTF-8'
    if encoding == 'locale':
        return 'UTF-8'
    return encoding


def _warn_default_encoding():
    # TextIOWrapper's EncodingWarning (-X warn_default_encoding), blamed on the first caller outside
    # this module, as the C io module has no frames of its own between open() and the caller.
    frame = _sys._getframe(1)
    here = frame.f_code.co_filename
    level = 2
    while frame is not None and frame.f_code.co_filename == here:
        frame = frame.f_back
        level += 1
    import warnings
    warnings.warn("'encoding' argument not specified", EncodingWarning, level)


class IOBase:
    """The base of every stream: closing, context management, line iteration."""

    __module__ = '_io'
    _closed = False

    def _check_closed(self):
        if self.closed:
            raise _closed_error()

    @property
    def closed(self):
        return self._closed

    def close(self):
        if not self._closed:
            try:
                self.flush()
            finally:
                self._closed = True

    def flush(self):
        self._check_closed()

    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def isatty(self):
        self._check_closed()
        return False

    def fileno(self):
        raise UnsupportedOperation('fileno')

    def _unsupported(self, name):
        raise UnsupportedOperation(name)

    def seek(self, pos, whence=0):
        self._unsupported('seek')

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        self._unsupported('truncate')

    def readlines(self, hint=-1):
        if hint is None or hint <= 0:
            return list(self)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if total >= hint:
                break
        return lines

    def writelines(self, lines):
        self._check_closed()
        for line in lines:
            self.write(line)

    def _check_readable(self):
        if not self.readable():
            raise UnsupportedOperation('not readable')

    def _check_writable(self):
        if not self.writable():
            raise UnsupportedOperation('not writable')

    def _check_seekable(self):
        if not self.seekable():
            raise UnsupportedOperation('underlying stream is not seekable')


class RawIOBase(IOBase):
    __module__ = '_io'

    def read(self, size=-1):
        if size is None or size < 0:
            return self.readall()
        b = bytearray(size)
        n = self.readinto(b)
        if n is None:
            return None
        return bytes(b[:n])

    def readall(self):
        # read() in chunks until it gives b'' (end of file) or None (no data yet, non-blocking).
        got = bytearray()
        while True:
            chunk = self.read(DEFAULT_BUFFER_SIZE)
            if chunk is None:
                return bytes(got) if got else None
            if not chunk:
                return bytes(got)
            got += chunk


class BufferedIOBase(IOBase):
    __module__ = '_io'

    def readline(self, size=-1):
        out = []
        n = 0
        while size is None or size < 0 or n < size:
            c = self.read(1)
            if not c:
                break
            out.append(c)
            n += 1
            if c == b'\n':
                break
        return b''.join(out)


class TextIOBase(IOBase):
    __module__ = '_io'

    @property
    def encoding(self):
        return None

    @property
    def errors(self):
        return None

    @property
    def newlines(self):
        return None


class IncrementalNewlineDecoder:
    """Decodes with an optional wrapped decoder, tracks the kinds of newline seen (newlines) and,
    when translate is true, turns '\\r\\n' and '\\r' into '\\n'. A '\\r' ending a chunk is held back
    until the next chunk shows whether a '\\n' follows it."""
    __immortal_tp_name__ = '_io.IncrementalNewlineDecoder'  # CPython's C type name, for messages

    _NEWLINES = (None, '\n', '\r', ('\r', '\n'), '\r\n', ('\n', '\r\n'), ('\r', '\r\n'),
                 ('\r', '\n', '\r\n'))

    def __init__(self, decoder, translate, errors='strict'):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self._seen = 0          # bit 1: '\n', bit 2: '\r', bit 4: '\r\n'
        self._pendingcr = False

    def decode(self, input, final=False):
        if self.decoder is None:
            if not isinstance(input, str):
                raise TypeError('decoder should return a string result, not %r' % type(input).__name__)
            text = input
        else:
            text = self.decoder.decode(input, final=final)
        if self._pendingcr and (text or final):
            text = '\r' + text
            self._pendingcr = False
        if not final and text.endswith('\r'):
            text = text[:-1]
            self._pendingcr = True
        crlf = text.count('\r\n')
        cr = text.count('\r') - crlf
        lf = text.count('\n') - crlf
        if lf:
            self._seen |= 1
        if cr:
            self._seen |= 2
        if crlf:
            self._seen |= 4
        if self.translate:
            if crlf:
                text = text.replace('\r\n', '\n')
            if cr:
                text = text.replace('\r', '\n')
        return text

    def getstate(self):
        if self.decoder is None:
            buf, flag = b'', 0
        else:
            buf, flag = self.decoder.getstate()
        return buf, (flag << 1) | (1 if self._pendingcr else 0)

    def setstate(self, state):
        buf, flag = state
        self._pendingcr = bool(flag & 1)
        if self.decoder is not None:
            self.decoder.setstate((buf, flag >> 1))

    def reset(self):
        self._seen = 0
        self._pendingcr = False
        if self.decoder is not None:
            self.decoder.reset()

    @property
    def newlines(self):
        return self._NEWLINES[self._seen]


def _find_nl(buf, start):
    i = buf[start:].find(b'\n')
    return i if i < 0 else i + start


def _bytes_of(b):
    if isinstance(b, bytes):
        return b
    if isinstance(b, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        return bytes(b)
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__) from None


class FileIO(RawIOBase):
    """A file descriptor as a raw binary stream."""
    __immortal_tp_name__ = '_io.FileIO'  # CPython's C type name, for messages

    __module__ = '_io'

    def __init__(self, file, mode='r', closefd=True, opener=None):
        self._fd = -1
        if isinstance(file, float):
            raise TypeError('integer argument expected, got float')
        if not isinstance(mode, str):
            raise TypeError("FileIO() argument 'mode' must be str, not %s" % type(mode).__name__)
        s = set(mode)
        if len(s) != len(mode) or not s <= set('rwxab+') or sum(c in 'rwxa' for c in mode) != 1:
            raise ValueError('Must have exactly one of create/read/write/append mode and at most one plus')
        self._readable = 'r' in mode or '+' in mode
        self._writable = 'r' not in mode or '+' in mode
        self._appending = 'a' in mode
        if 'x' in mode:
            flags = _posix.O_CREAT | _posix.O_EXCL
            self._mode = 'xb+' if '+' in mode else 'xb'
        elif 'r' in mode:
            flags = 0
            self._mode = 'rb+' if '+' in mode else 'rb'
        elif 'w' in mode:
            flags = _posix.O_CREAT | _posix.O_TRUNC
            self._mode = 'rb+' if '+' in mode else 'wb'  # mode_string(): readable and writable reads 'rb+'
        else:
            flags = _posix.O_CREAT | _posix.O_APPEND
            self._mode = 'ab+' if '+' in mode else 'ab'
        if self._readable and self._writable:
            flags |= _posix.O_RDWR
        elif self._writable:
            flags |= _posix.O_WRONLY
        self._closefd = closefd
        if isinstance(file, int) and not isinstance(file, bool):
            if file < 0:
                raise ValueError('negative file descriptor')
            self._fd = file
            self.name = file
        else:
            if not closefd:
                raise ValueError('Cannot use closefd=False with file name')
            if opener is not None:
                fd = opener(file, flags)
                if not isinstance(fd, int):
                    raise TypeError('expected integer from opener')
                if fd < 0:
                    raise ValueError('opener returned %d' % fd)
            else:
                fd = _posix.open(file, flags, 0o666)
            self._fd = fd
            self.name = file
            st = _posix.fstat(fd)
            if (st[0] & 0o170000) == 0o040000:
                _posix.close(fd)
                self._fd = -1
                raise IsADirectoryError(21, 'Is a directory', file)
        # the file system's block size (when it says one): open()'s default buffer size
        self._blksize = DEFAULT_BUFFER_SIZE
        try:
            block = _posix.fstat(self._fd).st_blksize
        except OSError:
            block = 0
        if block > 1:
            self._blksize = block
        if self._appending:
            try:
                _posix.lseek(self._fd, 0, SEEK_END)
            except OSError:
                pass

    @property
    def mode(self):
        return self._mode

    @property
    def closefd(self):
        return self._closefd

    def __repr__(self):
        if self.closed:
            return '<_io.FileIO [closed]>'
        return '<_io.FileIO name=%r mode=%r closefd=%r>' % (self.name, self._mode, self._closefd)

    def close(self):
        if not self._closed:
            self._closed = True
            if self._closefd and self._fd >= 0:
                _posix.close(self._fd)

    def flush(self):
        self._check_closed()

    def fileno(self):
        self._check_closed()
        return self._fd

    def readable(self):
        self._check_closed()
        return self._readable

    def writable(self):
        self._check_closed()
        return self._writable

    def seekable(self):
        self._check_closed()
        try:
            _posix.lseek(self._fd, 0, SEEK_CUR)
        except OSError:
            return False
        return True

    def isatty(self):
        self._check_closed()
        return _posix.isatty(self._fd)

    def read(self, size=-1):
        self._check_closed()
        self._check_readable()
        if size is None or size < 0:
            return self.readall()
        return _posix.read(self._fd, size)

    def readall(self):
        self._check_closed()
        self._check_readable()
        chunks = []
        while True:
            b = _posix.read(self._fd, 65536)
            if not b:
                break
            chunks.append(b)
        return b''.join(chunks)

    def readinto(self, buf):
        data = self.read(len(buf))
        n = len(data)
        buf[:n] = data
        return n

    def write(self, b):
        self._check_closed()
        self._check_writable()
        return _posix.write(self._fd, _bytes_of(b))

    def seek(self, pos, whence=0):
        self._check_closed()
        if isinstance(pos, float):
            raise TypeError("'float' object cannot be interpreted as an integer")
        return _posix.lseek(self._fd, pos, whence)

    def tell(self):
        self._check_closed()
        return _posix.lseek(self._fd, 0, SEEK_CUR)

    def truncate(self, size=None):
        self._check_closed()
        self._check_writable()
        if size is None:
            size = self.tell()
        _posix.ftruncate(self._fd, size)
        return size


class _Buffered(BufferedIOBase):
    """Shared body of BufferedReader, BufferedWriter and BufferedRandom: a read-ahead buffer and a
    pending-write list over a raw stream."""

    __module__ = '_io'

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if buffer_size <= 0:
            raise ValueError('buffer size must be strictly positive')
        self.raw = raw
        self.buffer_size = buffer_size
        self._rbuf = b''
        self._rpos = 0
        self._wbuf = []
        self._wlen = 0

    def __sizeof__(self):
        # buffered_sizeof: the object and its buffer, which close() frees
        try:
            closed = self.closed
        except ValueError:
            closed = False
        return object.__sizeof__(self) + (0 if closed else self.buffer_size)

    @property
    def name(self):
        return self.raw.name

    @property
    def mode(self):
        return self.raw.mode

    @property
    def closed(self):
        return self.raw.closed

    def __repr__(self):
        try:
            name = self.name
        except AttributeError:
            return '<_io.%s>' % type(self).__name__
        return '<_io.%s name=%r>' % (type(self).__name__, name)

    def fileno(self):
        return self.raw.fileno()

    def isatty(self):
        return self.raw.isatty()

    def readable(self):
        return self.raw.readable()

    def writable(self):
        return self.raw.writable()

    def seekable(self):
        return self.raw.seekable()

    def detach(self):
        self.flush()
        raw = self.raw
        self.raw = None
        return raw

    def close(self):
        if self.raw.closed:
            return
        try:
            self.flush()
        finally:
            self.raw.close()

    def flush(self):
        if self.raw.closed:
            raise ValueError('flush of closed file')
        self._flush_writes()

    def _flush_writes(self):
        if self._wbuf:
            data = b''.join(self._wbuf)
            self._wbuf = []
            self._wlen = 0
            self.raw.write(data)

    def _drop_readahead(self):
        # The raw position is ahead of ours by what is left in the read buffer.
        left = len(self._rbuf) - self._rpos
        if left:
            self.raw.seek(-left, SEEK_CUR)
        self._rbuf = b''
        self._rpos = 0

    def read(self, size=-1):
        self._check_closed()
        self._check_readable()
        self._flush_writes()
        if size is None or size < 0:
            rest = self._rbuf[self._rpos:]
            self._rbuf = b''
            self._rpos = 0
            return rest + self.raw.readall()
        out = []
        want = size
        while want > 0:
            avail = len(self._rbuf) - self._rpos
            if avail == 0:
                chunk = self.raw.read(max(self.buffer_size, want))
                if not chunk:
                    break
                self._rbuf = chunk
                self._rpos = 0
                avail = len(chunk)
            take = min(avail, want)
            out.append(self._rbuf[self._rpos:self._rpos + take])
            self._rpos += take
            want -= take
        return b''.join(out)

    def read1(self, size=-1):
        return self.read(size)

    def peek(self, size=0):
        self._check_closed()
        if self._rpos >= len(self._rbuf):
            self._rbuf = self.raw.read(self.buffer_size)
            self._rpos = 0
        return self._rbuf[self._rpos:]

    def readline(self, size=-1):
        self._check_closed()
        self._check_readable()
        self._flush_writes()
        out = []
        n = 0
        while True:
            if self._rpos >= len(self._rbuf):
                self._rbuf = self.raw.read(self.buffer_size)
                self._rpos = 0
                if not self._rbuf:
                    break
            i = _find_nl(self._rbuf, self._rpos)
            end = len(self._rbuf) if i < 0 else i + 1
            if size is not None and size >= 0 and n + (end - self._rpos) > size:
                end = self._rpos + (size - n)
            out.append(self._rbuf[self._rpos:end])
            n += end - self._rpos
            self._rpos = end
            if (i >= 0 and end == i + 1) or (size is not None and 0 <= size <= n):
                break
        return b''.join(out)

    def readinto(self, buf):
        data = self.read(len(buf))
        buf[:len(data)] = data
        return len(data)

    def write(self, b):
        self._check_closed()
        self._check_writable()
        data = _bytes_of(b)
        if self._rbuf:
            self._drop_readahead()
        self._wbuf.append(data)
        self._wlen += len(data)
        if self._wlen >= self.buffer_size:
            self._flush_writes()
        return len(data)

    def seek(self, pos, whence=0):
        self._check_closed()
        if whence not in (0, 1, 2):
            raise ValueError('whence value %d unsupported' % whence)
        self._flush_writes()
        if whence == SEEK_CUR:
            pos -= len(self._rbuf) - self._rpos
        self._rbuf = b''
        self._rpos = 0
        return self.raw.seek(pos, whence)

    def tell(self):
        self._check_closed()
        return self.raw.tell() - (len(self._rbuf) - self._rpos) + self._wlen

    def truncate(self, pos=None):
        self._check_closed()
        self._check_writable()
        self.flush()
        if pos is None:
            pos = self.tell()
        self._drop_readahead()
        return self.raw.truncate(pos)


class BufferedReader(_Buffered):
    __immortal_tp_name__ = '_io.BufferedReader'  # CPython's C type name, for messages
    __module__ = '_io'


class BufferedWriter(_Buffered):
    __immortal_tp_name__ = '_io.BufferedWriter'  # CPython's C type name, for messages
    __module__ = '_io'


class BufferedRandom(_Buffered):
    __immortal_tp_name__ = '_io.BufferedRandom'  # CPython's C type name, for messages
    __module__ = '_io'


class BufferedRWPair(BufferedIOBase):
    __immortal_tp_name__ = '_io.BufferedRWPair'  # CPython's C type name, for messages
    __module__ = '_io'

    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        self._reader = BufferedReader(reader, buffer_size)
        self._writer = BufferedWriter(writer, buffer_size)

    def read(self, size=-1):
        return self._reader.read(size)

    def write(self, b):
        return self._writer.write(b)

    def flush(self):
        self._writer.flush()

    def readable(self):
        return True

    def writable(self):
        return True


class TextIOWrapper(TextIOBase):
    """A text stream over a buffered binary stream: decoding, encoding and newline translation."""
    __immortal_tp_name__ = '_io.TextIOWrapper'  # CPython's C type name, for messages

    __module__ = '_io'

    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False,
                 write_through=False):
        if newline is not None and not isinstance(newline, str):
            raise TypeError('TextIOWrapper() argument \'newline\' must be str or None, not %s' % type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: %s' % newline)
        if encoding is not None and not isinstance(encoding, str):
            raise TypeError('TextIOWrapper() argument \'encoding\' must be str or None, not %s' % type(encoding).__name__)
        if errors is not None and not isinstance(errors, str):
            raise TypeError('TextIOWrapper() argument \'errors\' must be str or None, not %s' % type(errors).__name__)
        self.buffer = buffer
        if encoding is None and _sys.flags.warn_default_encoding:
            _warn_default_encoding()
        self._encoding = _norm_encoding(encoding)
        ''.encode(self._encoding)  # LookupError for an unknown encoding, as CPython raises here
        self._errors = errors if errors is not None else 'strict'
        self._newline = newline
        self._line_buffering = line_buffering
        self._write_through = write_through
        self._raw = None   # decoded, untranslated text read ahead (None: no read cache)
        self._rawpos = 0
        self._rawstart = 0  # byte offset of _raw[0]
        self._seen = 0      # newline kinds seen (1 '\r', 2 '\n', 4 '\r\n')
        self._wrote = False
        self.mode = getattr(buffer, 'mode', None)

    encoding = property(lambda self: self._encoding)
    errors = property(lambda self: self._errors)
    line_buffering = property(lambda self: self._line_buffering)
    write_through = property(lambda self: self._write_through)

    @property
    def newlines(self):
        kinds = [k for bit, k in ((1, '\r'), (2, '\n'), (4, '\r\n')) if self._seen & bit]
        if not kinds or self._newline is not None:
            return None
        return kinds[0] if len(kinds) == 1 else tuple(kinds)

    @property
    def name(self):
        return self.buffer.name

    @property
    def closed(self):
        return self.buffer.closed

    def __repr__(self):
        parts = ['<_io.TextIOWrapper']
        try:
            parts.append(' name=%r' % (self.name,))
        except AttributeError:
            pass
        if self.mode is not None:
            parts.append(' mode=%r' % (self.mode,))
        parts.append(' encoding=%r>' % (self._encoding,))
        return ''.join(parts)

    def fileno(self):
        return self.buffer.fileno()

    def isatty(self):
        return self.buffer.isatty()

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def seekable(self):
        return self.buffer.seekable()

    def detach(self):
        self.flush()
        b = self.buffer
        self.buffer = None
        return b

    def reconfigure(self, *, encoding=None, errors=None, newline=Ellipsis, line_buffering=None,
                    write_through=None):
        self.flush()
        if encoding is not None:
            self._encoding = _norm_encoding(encoding)
            if errors is None:
                errors = 'strict'
        if errors is not None:
            self._errors = errors
        if newline is not Ellipsis:
            self._newline = newline
        if line_buffering is not None:
            self._line_buffering = line_buffering
        if write_through is not None:
            self._write_through = write_through

    def close(self):
        if self.buffer is not None and not self.buffer.closed:
            try:
                self.flush()
            finally:
                self.buffer.close()

    def flush(self):
        self._check_closed()
        self.buffer.flush()

    # -- reading --

    def _load(self):
        """Reads the rest of the stream into the read cache (once)."""
        if self._raw is None:
            self._rawstart = self.buffer.tell() if self.buffer.seekable() else 0
            data = self.buffer.read()
            if self._encoding.lower().replace('_', '-') in ('utf-8-sig', 'utf8-sig') and self._rawstart == 0:
                if data[:3] == b'\xef\xbb\xbf':
                    data = data[3:]
                    self._rawstart = 3
            self._raw = data.decode(self._encoding, self._errors)
            self._rawpos = 0

    def _note(self, kind):
        self._seen |= kind

    def _take(self, size):
        """Up to `size` characters (all for size < 0), newline-translated per the newline mode."""
        raw = self._raw
        pos = self._rawpos
        n = len(raw)
        if self._newline is not None:
            end = n if size < 0 else min(n, pos + size)
            self._rawpos = end
            return raw[pos:end]
        out = []
        count = 0
        while pos < n and (size < 0 or count < size):
            cr = raw.find('\r', pos)
            lim = n if size < 0 else pos + (size - count)
            if cr < 0 or cr >= lim:
                stop = min(n, lim)
                seg = raw[pos:stop]
                if '\n' in seg:
                    self._note(2)
                out.append(seg)
                count += stop - pos
                pos = stop
                continue
            seg = raw[pos:cr]
            if '\n' in seg:
                self._note(2)
            out.append(seg)
            out.append('\n')
            count += cr - pos + 1
            if cr + 1 < n and raw[cr + 1] == '\n':
                self._note(4)
                pos = cr + 2
            else:
                self._note(1)
                pos = cr + 1
        self._rawpos = pos
        return ''.join(out)

    def read(self, size=-1):
        self._check_closed()
        self._check_readable()
        if size is None:
            size = -1
        elif not isinstance(size, int):
            raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)
        self._flush_pending_write()
        self._load()
        return self._take(size)

    def readline(self, size=-1):
        self._check_closed()
        self._check_readable()
        if size is None:
            size = -1
        self._flush_pending_write()
        self._load()
        raw = self._raw
        pos = self._rawpos
        n = len(raw)
        nl = self._newline
        if nl is None or nl == '':
            i = pos
            while i < n:
                c = raw[i]
                if c == '\n':
                    end = i + 1
                    break
                if c == '\r':
                    end = i + 2 if i + 1 < n and raw[i + 1] == '\n' else i + 1
                    break
                i += 1
            else:
                end = n
        else:
            i = raw.find(nl, pos)
            end = n if i < 0 else i + len(nl)
        if 0 <= size < end - pos:
            end = pos + size
        if nl is None:
            return self._take(len(raw[pos:end].replace('\r\n', '\n')))
        self._rawpos = end
        return raw[pos:end]

    def _flush_pending_write(self):
        if self._wrote:
            self.buffer.flush()
            self._wrote = False

    def _drop_read_cache(self):
        if self._raw is not None:
            if self._rawpos < len(self._raw):
                self.buffer.seek(self.tell())
            self._raw = None
            self._rawpos = 0

    # -- writing --

    def write(self, s):
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError('write() argument must be str, not %s' % type(s).__name__)
        self._check_writable()
        self._drop_read_cache()
        text = s
        if self._newline in ('\r', '\r\n') and '\n' in text:
            text = text.replace('\n', self._newline)
        self.buffer.write(text.encode(self._encoding, self._errors))
        self._wrote = True
        if self._write_through or (self._line_buffering and ('\n' in s or '\r' in s)):
            self.buffer.flush()
        return len(s)

    # -- positioning --

    def tell(self):
        self._check_closed()
        if not self.seekable():
            raise UnsupportedOperation('underlying stream is not seekable')
        if self._raw is None:
            self.buffer.flush()
            return self.buffer.tell()
        return self._rawstart + len(self._raw[:self._rawpos].encode(self._encoding, self._errors))

    def seek(self, cookie, whence=0):
        self._check_closed()
        if not self.seekable():
            raise UnsupportedOperation('underlying stream is not seekable')
        if whence == SEEK_CUR:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            cookie = self.tell()
            whence = SEEK_SET
        elif whence == SEEK_END:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
            self.flush()
            self._raw = None
            return self.buffer.seek(0, SEEK_END)
        elif whence != SEEK_SET:
            raise ValueError('invalid whence (%d, should be 0, 1 or 2)' % whence)
        if cookie < 0:
            raise ValueError('negative seek position %d' % cookie)
        self.flush()
        self._raw = None
        self._rawpos = 0
        return self.buffer.seek(cookie)

    def truncate(self, pos=None):
        self.flush()
        if pos is None:
            pos = self.tell()
        self._raw = None
        return self.buffer.truncate(pos)

    def __next__(self):
        self._check_closed()
        line = self.readline()
        if not line:
            raise StopIteration
        return line


class StringIO(TextIOBase):
    """An in-memory text stream."""
    __immortal_tp_name__ = '_io.StringIO'  # CPython's C type name, for messages

    __module__ = '_io'

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s" % type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: %r' % (newline,))
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError('initial_value must be str or None, not %s' % type(initial_value).__name__)
        self._newline = newline
        self._buf = ''
        self._pos = 0
        self._seen = 0
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def _check_closed(self):
        if self._closed:
            raise ValueError('I/O operation on closed file')

    @property
    def newlines(self):
        kinds = [k for bit, k in ((1, '\r'), (2, '\n'), (4, '\r\n')) if self._seen & bit]
        if self._newline not in (None, '') or not kinds:
            return None
        return kinds[0] if len(kinds) == 1 else tuple(kinds)

    @property
    def line_buffering(self):
        return False

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    def getvalue(self):
        self._check_closed()
        return self._buf

    def write(self, s):
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError('string argument expected, got \'%s\'' % type(s).__name__)
        n = len(s)
        if self._newline is None:
            if '\r' in s:
                if '\r\n' in s:
                    self._seen |= 4
                if s.replace('\r\n', '').find('\r') >= 0:
                    self._seen |= 1
                s = s.replace('\r\n', '\n').replace('\r', '\n')
            if '\n' in s:
                self._seen |= 2
        elif self._newline == '':
            if '\r\n' in s:
                self._seen |= 4
            rest = s.replace('\r\n', '')
            if '\r' in rest:
                self._seen |= 1
            if '\n' in rest:
                self._seen |= 2
        elif self._newline in ('\r', '\r\n'):
            s = s.replace('\n', self._newline)
        buf = self._buf
        pos = self._pos
        if pos > len(buf):
            buf += '\0' * (pos - len(buf))
        if pos == len(buf):
            self._buf = buf + s
        else:
            self._buf = buf[:pos] + s + buf[pos + len(s):]
        self._pos = pos + len(s)
        return n

    def read(self, size=-1):
        self._check_closed()
        if size is None or size < 0:
            end = len(self._buf)
        else:
            end = min(len(self._buf), self._pos + size)
        r = self._buf[self._pos:end]
        self._pos = max(self._pos, end)
        return r

    def readline(self, size=-1):
        self._check_closed()
        if size is None:
            size = -1
        elif not isinstance(size, int):
            raise TypeError("integer argument expected, got '%s'" % type(size).__name__)
        buf = self._buf
        pos = self._pos
        n = len(buf)
        if pos >= n:
            return ''
        nl = self._newline
        if nl == '':
            i = pos
            end = n
            while i < n:
                if buf[i] == '\n':
                    end = i + 1
                    break
                if buf[i] == '\r':
                    end = i + 2 if i + 1 < n and buf[i + 1] == '\n' else i + 1
                    break
                i += 1
        else:
            sep = '\n' if nl is None else nl
            i = buf.find(sep, pos)
            end = n if i < 0 else i + len(sep)
        if 0 <= size < end - pos:
            end = pos + size
        self._pos = end
        return buf[pos:end]

    def tell(self):
        self._check_closed()
        return self._pos

    def seek(self, pos, whence=0):
        self._check_closed()
        if not isinstance(pos, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(pos).__name__)
        if whence == SEEK_SET:
            if pos < 0:
                raise ValueError('Negative seek position %d' % pos)
            self._pos = pos
        elif whence == SEEK_CUR:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == SEEK_END:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
            self._pos = len(self._buf)
        else:
            raise ValueError('Invalid whence (%d, should be 0, 1 or 2)' % whence)
        return self._pos

    def truncate(self, pos=None):
        self._check_closed()
        if pos is None:
            pos = self._pos
        if pos < 0:
            raise ValueError('Negative size value %d' % pos)
        self._buf = self._buf[:pos]
        return pos

    def close(self):
        self._closed = True

    def detach(self):
        raise UnsupportedOperation('detach')


StringIO.__module__ = '_io'


class BytesIO(BufferedIOBase):
    """An in-memory binary stream. Appends go to a chunk list that is joined when read."""
    __immortal_tp_name__ = '_io.BytesIO'  # CPython's C type name, for messages

    __module__ = '_io'

    def __init__(self, initial_bytes=b''):
        self._buf = _bytes_of(initial_bytes) if initial_bytes else b''
        self._chunks = []
        self._pos = 0
        self._exports = 0

    def _value(self):
        if self._chunks:
            self._buf = self._buf + b''.join(self._chunks)
            self._chunks = []
        return self._buf

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    def getvalue(self):
        self._check_closed()
        return self._value()

    def getbuffer(self):
        self._check_closed()
        return memoryview(self._value())

    def write(self, b):
        self._check_closed()
        data = _bytes_of(b)
        buf = self._value() if self._chunks and self._pos != len(self._buf) + sum(map(len, self._chunks)) else None
        size = len(self._buf) + sum(map(len, self._chunks)) if buf is None else len(buf)
        if self._pos == size:
            self._chunks.append(data)
        else:
            buf = self._value()
            if self._pos > len(buf):
                buf += b'\0' * (self._pos - len(buf))
            self._buf = buf[:self._pos] + data + buf[self._pos + len(data):]
        self._pos += len(data)
        return len(data)

    def read(self, size=-1):
        self._check_closed()
        buf = self._value()
        if size is None or size < 0:
            end = len(buf)
        else:
            end = min(len(buf), self._pos + size)
        r = buf[self._pos:end]
        self._pos = max(self._pos, end)
        return r

    def read1(self, size=-1):
        return self.read(size)

    def readline(self, size=-1):
        self._check_closed()
        buf = self._value()
        pos = self._pos
        if pos >= len(buf):
            return b''
        i = _find_nl(buf, pos)
        end = len(buf) if i < 0 else i + 1
        if size is not None and 0 <= size < end - pos:
            end = pos + size
        self._pos = end
        return buf[pos:end]

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def tell(self):
        self._check_closed()
        return self._pos

    def seek(self, pos, whence=0):
        self._check_closed()
        if not isinstance(pos, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(pos).__name__)
        if whence == SEEK_SET:
            if pos < 0:
                raise ValueError('negative seek value %d' % pos)
            self._pos = pos
        elif whence == SEEK_CUR:
            self._pos = max(0, self._pos + pos)
        elif whence == SEEK_END:
            self._pos = max(0, len(self._value()) + pos)
        else:
            raise ValueError('invalid whence (%d, should be 0, 1 or 2)' % whence)
        return self._pos

    def truncate(self, size=None):
        self._check_closed()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError('negative size value %d' % size)
        self._buf = self._value()[:size]
        return size

    def close(self):
        self._closed = True


def _open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None):
    """Open file and return a stream: what the builtin open() calls (io.open is that builtin)."""
    if not isinstance(file, (str, bytes, int)):
        fspath = getattr(type(file), '__fspath__', None)
        if fspath is None:
            raise TypeError('expected str, bytes or os.PathLike object, not %s' % type(file).__name__)
        file = fspath(file)
    if not isinstance(mode, str):
        raise TypeError("open() argument 'mode' must be str, not %s" % type(mode).__name__)
    if not isinstance(buffering, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(buffering).__name__)
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError("open() argument 'encoding' must be str or None, not %s" % type(encoding).__name__)
    if errors is not None and not isinstance(errors, str):
        raise TypeError("open() argument 'errors' must be str or None, not %s" % type(errors).__name__)
    modes = set(mode)
    if not modes <= set('axrwb+t') or len(mode) > len(modes):
        raise ValueError('invalid mode: %r' % mode)
    creating = 'x' in modes
    reading = 'r' in modes
    writing = 'w' in modes
    appending = 'a' in modes
    updating = '+' in modes
    text = 't' in modes
    binary = 'b' in modes
    if text and binary:
        raise ValueError("can't have text and binary mode at once")
    kinds = creating + reading + writing + appending
    if kinds != 1:
        raise ValueError('must have exactly one of create/read/write/append mode' if kinds else
                         'Must have exactly one of create/read/write/append mode and at most one plus')
    if binary:
        for article_noun, given in (('an encoding', encoding), ('an errors', errors), ('a newline', newline)):
            if given is not None:
                raise ValueError(f"binary mode doesn't take {article_noun} argument")
        if buffering == 1:
            import warnings
            warnings.warn("line buffering (buffering=1) isn't supported in binary mode, the default buffer "
                          "size will be used", RuntimeWarning, 2)
    raw_mode = ('x' if creating else 'r' if reading else 'w' if writing else 'a') + '+' * updating
    # The layers are stacked one by one (file, buffer, text); a failure closes the outermost one made.
    outermost = raw = FileIO(file, raw_mode, closefd, opener=opener)
    try:
        line_buffering = buffering == 1 or (buffering < 0 and raw.isatty())
        size = buffering
        if line_buffering or buffering < 0:
            # the file system's block size when it says one, as CPython's open() does
            size = raw._blksize
        if size == 0:
            if binary:
                return raw
            raise ValueError("can't have unbuffered text I/O")
        layer = BufferedRandom if updating else BufferedReader if reading else BufferedWriter
        outermost = layer(raw, size)
        if binary:
            return outermost
        outermost = TextIOWrapper(outermost, encoding, errors, newline, line_buffering)
        outermost.mode = mode
        return outermost
    except BaseException:
        outermost.close()
        raise


import builtins as _builtins
open = _builtins.open
del _builtins


def open_code(path):
    return open(path, 'rb')
