"""Reading and writing tar archives, written for Immortal from the documented behaviour of CPython
3.12's tarfile module (docs.python.org/3.12/library/tarfile.html), POSIX.1-2001 (ustar and pax) and
GNU tar's format notes, checked against CPython by experiment.

Supported: TarFile.open in the modes r, r:, r:*, r:gz, w, w:, w:gz, a, x, x:gz and the streaming
modes r|, r|*, r|gz, w|, w|gz; TarInfo with USTAR, GNU (././@LongLink) and pax headers; extraction
with the 3.12 filters ('fully_trusted', 'tar', 'data'); add/addfile/gettarinfo; list(); is_tarfile;
`python -m tarfile` (-l, -e, -c, -t); bz2 archives in every mode (r:bz2, w:bz2, x:bz2, r|bz2,
w|bz2) and xz archives for reading (Immortal's lzma does not compress). GNU sparse
members (old GNU headers, pax formats 0.0, 0.1 and 1.0) are read and extracted; like CPython, this
module never writes them."""

import io
import os
import stat
import struct
import sys
import time

from builtins import open as bltn_open

__all__ = ['TarFile', 'TarInfo', 'is_tarfile', 'TarError', 'ReadError', 'CompressionError',
           'StreamError', 'ExtractError', 'HeaderError', 'ENCODING', 'USTAR_FORMAT', 'GNU_FORMAT',
           'PAX_FORMAT', 'DEFAULT_FORMAT', 'open', 'fully_trusted_filter', 'data_filter',
           'tar_filter', 'FilterError', 'AbsoluteLinkError', 'OutsideDestinationError',
           'SpecialFileError', 'AbsolutePathError', 'LinkOutsideDestinationError']

# ---------------------------------------------------------------- format constants

NUL = b'\0'
BLOCKSIZE = 512
RECORDSIZE = BLOCKSIZE * 20
GNU_MAGIC = b'ustar  \0'      # magic + version of GNU tar headers
POSIX_MAGIC = b'ustar\x0000'  # magic + version of POSIX ustar headers

LENGTH_NAME = 100
LENGTH_LINK = 100
LENGTH_PREFIX = 155

REGTYPE = b'0'
AREGTYPE = b'\0'
LNKTYPE = b'1'
SYMTYPE = b'2'
CHRTYPE = b'3'
BLKTYPE = b'4'
DIRTYPE = b'5'
FIFOTYPE = b'6'
CONTTYPE = b'7'
GNUTYPE_LONGNAME = b'L'
GNUTYPE_LONGLINK = b'K'
GNUTYPE_SPARSE = b'S'
XHDTYPE = b'x'
XGLTYPE = b'g'
SOLARIS_XHDTYPE = b'X'

USTAR_FORMAT = 0
GNU_FORMAT = 1
PAX_FORMAT = 2
DEFAULT_FORMAT = PAX_FORMAT

SUPPORTED_TYPES = (REGTYPE, AREGTYPE, LNKTYPE, SYMTYPE, DIRTYPE, FIFOTYPE, CONTTYPE, CHRTYPE,
                   BLKTYPE, GNUTYPE_LONGNAME, GNUTYPE_LONGLINK, GNUTYPE_SPARSE)
REGULAR_TYPES = (REGTYPE, AREGTYPE, CONTTYPE, GNUTYPE_SPARSE)
GNU_TYPES = (GNUTYPE_LONGNAME, GNUTYPE_LONGLINK, GNUTYPE_SPARSE)

PAX_FIELDS = ('path', 'linkpath', 'size', 'mtime', 'uid', 'gid', 'uname', 'gname')
PAX_NAME_FIELDS = {'path', 'linkpath', 'uname', 'gname'}
PAX_NUMBER_FIELDS = {'atime': float, 'ctime': float, 'mtime': float, 'uid': int, 'gid': int, 'size': int}

ENCODING = sys.getfilesystemencoding()

symlink_exception = (AttributeError, NotImplementedError, OSError)


# ---------------------------------------------------------------- exceptions

class TarError(Exception):
    """Base class of the tarfile errors."""


class ExtractError(TarError):
    """A non-fatal problem while extracting (see TarFile.errorlevel)."""


class ReadError(TarError):
    """An archive that cannot be read."""


class CompressionError(TarError):
    """A compression method that is unknown or unavailable."""


class StreamError(TarError):
    """An operation a stream-mode TarFile cannot do."""


class HeaderError(TarError):
    """Base class of the header errors."""


class EmptyHeaderError(HeaderError):
    """No bytes where a header should be."""


class TruncatedHeaderError(HeaderError):
    """Fewer than 512 bytes where a header should be."""


class EOFHeaderError(HeaderError):
    """A block of zeros: the end of the archive."""


class InvalidHeaderError(HeaderError):
    """A header with a bad checksum or unreadable number."""


class SubsequentHeaderError(HeaderError):
    """A broken header after a GNU long name or pax header."""


class FilterError(TarError):
    """Base class of the errors the extraction filters raise."""


def _init_filter_error(error, tarinfo, path, message):
    error.tarinfo = tarinfo
    if path is not None:
        error._path = path
    FilterError.__init__(error, message)


class AbsolutePathError(FilterError):
    """A member name that stays absolute after stripping leading slashes."""
    def __init__(self, tarinfo):
        _init_filter_error(self, tarinfo, None, f'member {tarinfo.name!r} has an absolute path')


class OutsideDestinationError(FilterError):
    """A member that would land outside the extraction directory."""
    def __init__(self, tarinfo, path):
        _init_filter_error(self, tarinfo, path,
                           f'{tarinfo.name!r} would be extracted to {path!r}, which is outside the destination')


class SpecialFileError(FilterError):
    """A device or FIFO member, refused by the 'data' filter."""
    def __init__(self, tarinfo):
        _init_filter_error(self, tarinfo, None, f'{tarinfo.name!r} is a special file')


class AbsoluteLinkError(FilterError):
    """A link member whose target is an absolute path."""
    def __init__(self, tarinfo):
        _init_filter_error(self, tarinfo, None, f'{tarinfo.name!r} is a link to an absolute path')


class LinkOutsideDestinationError(FilterError):
    """A link member pointing outside the extraction directory."""
    def __init__(self, tarinfo, path):
        _init_filter_error(self, tarinfo, path,
                           f'{tarinfo.name!r} would link to {path!r}, which is outside the destination')


# ---------------------------------------------------------------- header fields

def stn(s, length, encoding, errors):
    """A str as a NUL-padded (or cut) field of `length` bytes."""
    if s is None:
        raise ValueError('metadata cannot contain None')
    raw = s.encode(encoding, errors)
    return raw[:length].ljust(length, NUL)


def nts(s, encoding, errors):
    """The text of a NUL-terminated field."""
    end = s.find(NUL)
    return (s if end < 0 else s[:end]).decode(encoding, errors)


def itn(n, digits=8, format=DEFAULT_FORMAT):
    """An int as a field of `digits` bytes: octal digits and a NUL, or GNU's base-256 form."""
    n = int(n)
    if 0 <= n < 8 ** (digits - 1):
        return b'%0*o' % (digits - 1, n) + NUL
    limit = 256 ** (digits - 1)
    if format == GNU_FORMAT and -limit <= n < limit:
        # base 256, big-endian two's complement, marked by 0x80 (positive) or 0xff (negative)
        lead = 0o200 if n >= 0 else 0o377
        return bytearray([lead]) + (n % limit).to_bytes(digits - 1, 'big')
    raise ValueError('overflow in number field')


def nti(s):
    """The int of a number field (octal text or base-256)."""
    if s[0] in (0o200, 0o377):
        value = int.from_bytes(s[1:], 'big')
        if s[0] == 0o377:
            value -= 256 ** (len(s) - 1)
        return value
    try:
        text = nts(s, 'ascii', 'strict')
        return int(text.strip() or '0', 8)
    except ValueError:
        raise InvalidHeaderError('invalid header')


def calc_chksums(buf):
    """(unsigned, signed) checksums of a header block, its checksum field counted as spaces."""
    body = buf[:148] + buf[156:512]
    unsigned = 256 + sum(body)
    signed = 256 + sum(struct.unpack('%db' % len(body), body))
    return unsigned, signed


def copyfileobj(src, dst, length=None, exception=OSError, bufsize=None):
    """Copy `length` bytes (all when None) from src to dst; `exception` when src runs short."""
    bufsize = bufsize or 16 * 1024
    if length == 0:
        return
    if length is None:
        while True:
            chunk = src.read(bufsize)
            if not chunk:
                return
            dst.write(chunk)
    left = length
    while left > 0:
        want = min(bufsize, left)
        chunk = src.read(want)
        if len(chunk) < want:
            raise exception('unexpected end of data')
        dst.write(chunk)
        left -= want


# (attribute, first byte, end byte, is text) of the ustar header fields frombuf() reads
_HEADER_LAYOUT = (
    ('name', 0, 100, True), ('mode', 100, 108, False), ('uid', 108, 116, False),
    ('gid', 116, 124, False), ('size', 124, 136, False), ('mtime', 136, 148, False),
    ('linkname', 157, 257, True), ('uname', 265, 297, True), ('gname', 297, 329, True),
    ('devmajor', 329, 337, False), ('devminor', 337, 345, False),
)


def _block(count):
    """`count` bytes rounded up to whole blocks."""
    return -(-count // BLOCKSIZE) * BLOCKSIZE


def _safe_print(s):
    """Print one field of list(): characters stdout cannot encode become backslash escapes."""
    out_encoding = getattr(sys.stdout, 'encoding', None)
    text = s if out_encoding is None else s.encode(out_encoding, 'backslashreplace').decode(out_encoding)
    print(text, end=' ')


# ---------------------------------------------------------------- owner names (pwd / grp)

def _account_name(kind, number):
    """The user (kind 'passwd') or group (kind 'group') name of a number, or None."""
    module = _load_account_module(kind)
    if module is not None:
        try:
            return (module.getpwuid if kind == 'passwd' else module.getgrgid)(number)[0]
        except KeyError:
            return None
    for fields in _account_table(kind):
        if fields[2] == str(number):
            return fields[0]
    return None


def _account_number(kind, name):
    """The uid or gid of a user or group name, or None."""
    module = _load_account_module(kind)
    if module is not None:
        try:
            return (module.getpwnam if kind == 'passwd' else module.getgrnam)(name)[2]
        except KeyError:
            return None
    for fields in _account_table(kind):
        if fields[0] == name and fields[2].isdigit():
            return int(fields[2])
    return None


def _load_account_module(kind):
    try:
        return __import__('pwd' if kind == 'passwd' else 'grp')
    except ImportError:
        return None


_account_tables = {}


def _account_table(kind):
    # without pwd/grp modules, read the local databases the way their 'files' backend does
    if kind not in _account_tables:
        rows = []
        try:
            with bltn_open('/etc/' + kind, encoding='utf-8', errors='replace') as f:
                for line in f:
                    fields = line.rstrip('\n').split(':')
                    if len(fields) >= 3 and not line.startswith('#'):
                        rows.append(fields)
        except OSError:
            pass
        _account_tables[kind] = rows
    return _account_tables[kind]


# ---------------------------------------------------------------- stream mode

class _LowLevelFile:
    """The file of a stream-mode archive opened by name."""

    def __init__(self, name, mode):
        flags = os.O_RDONLY if mode == 'r' else os.O_WRONLY | os.O_CREAT | os.O_TRUNC
        if hasattr(os, 'O_BINARY'):
            flags |= os.O_BINARY
        self.fd = os.open(name, flags, 0o666)

    def close(self):
        os.close(self.fd)

    def read(self, size):
        return os.read(self.fd, size)

    def write(self, data):
        os.write(self.fd, data)


class _Stream:
    """A forward-only file over a tar stream, compressed or not ('tar', 'gz', or '*' to detect)."""

    def __init__(self, name, mode, comptype, fileobj, bufsize, compresslevel):
        self._extfileobj = fileobj is not None
        if fileobj is None:
            fileobj = _LowLevelFile(name, mode)
        if comptype == '*':
            # read the first bytes to tell the compression, then hand them back
            fileobj = _StreamProxy(fileobj)
            comptype = fileobj.getcomptype()
        self.name = name or ''
        self.mode = mode
        self.comptype = comptype
        self.fileobj = fileobj
        self.bufsize = bufsize
        self.buf = b''       # compressed bytes waiting (write) or read ahead (read)
        self.dbuf = b''      # decompressed bytes read ahead
        self.pos = 0         # position in the uncompressed data
        self.closed = False
        try:
            if comptype == 'gz':
                import zlib
                self.zlib = zlib
                if mode == 'r':
                    self.exception = zlib.error
                    self._start_gz_read()
                else:
                    self.crc = zlib.crc32(b'')
                    self.cmp = zlib.compressobj(compresslevel, zlib.DEFLATED, -zlib.MAX_WBITS,
                                                zlib.DEF_MEM_LEVEL, 0)
                    self._start_gz_write()
            elif comptype in ('bz2', 'xz'):
                self._start_codec(comptype, mode, compresslevel)
            elif comptype != 'tar':
                raise CompressionError('unknown compression type %r' % comptype)
        except:
            if not self._extfileobj:
                self.fileobj.close()
            self.closed = True
            raise

    def __del__(self):
        if hasattr(self, 'closed') and not self.closed:
            self.close()

    def _start_codec(self, comptype, mode, compresslevel):
        """The bz2 or lzma (de)compressor object for this stream."""
        name = 'bz2' if comptype == 'bz2' else 'lzma'
        try:
            module = __import__(name)
        except ImportError:
            raise CompressionError('%s module is not available' % name) from None
        if mode != 'r':
            self.cmp = module.BZ2Compressor(compresslevel) if name == 'bz2' else module.LZMACompressor()
            return
        self.cmp = module.BZ2Decompressor() if name == 'bz2' else module.LZMADecompressor()
        self.exception = OSError if name == 'bz2' else module.LZMAError

    # writing

    def _start_gz_write(self):
        stamp = struct.pack('<L', int(time.time()) & 0xFFFFFFFF)
        # magic, deflate, FNAME flag, mtime, XFL=2 (best), OS=255 (unknown)
        self._raw_write(b'\037\213\010\010' + stamp + b'\002\377')
        base = self.name
        if base.endswith('.gz'):
            base = base[:-3]
        base = os.path.basename(base)
        self._raw_write(base.encode('iso-8859-1', 'replace') + NUL)

    def write(self, s):
        self.pos += len(s)
        if self.comptype == 'gz':
            self.crc = self.zlib.crc32(s, self.crc)
        if self.comptype != 'tar':
            s = self.cmp.compress(s)
        self._raw_write(s)

    def _raw_write(self, s):
        pending = self.buf + s
        size = self.bufsize
        while len(pending) > size:
            self.fileobj.write(pending[:size])
            pending = pending[size:]
        self.buf = pending

    def close(self):
        if self.closed:
            return
        self.closed = True
        try:
            if self.mode == 'w' and self.comptype != 'tar':
                self.buf += self.cmp.flush()
            if self.mode == 'w' and self.buf:
                self.fileobj.write(self.buf)
                self.buf = b''
                if self.comptype == 'gz':
                    self.fileobj.write(struct.pack('<L', self.crc))
                    self.fileobj.write(struct.pack('<L', self.pos & 0xFFFFFFFF))
        finally:
            if not self._extfileobj:
                self.fileobj.close()

    # reading

    def _start_gz_read(self):
        self.cmp = self.zlib.decompressobj(-self.zlib.MAX_WBITS)
        self.dbuf = b''
        if self._read_raw(2) != b'\037\213':
            raise ReadError('not a gzip file')
        if self._read_raw(1) != b'\010':
            raise CompressionError('unsupported compression method')
        flags = ord(self._read_raw(1))
        self._read_raw(6)  # mtime, extra flags, OS
        if flags & 4:
            size = self._read_raw(2)
            self._read_raw(size[0] + 256 * size[1] if len(size) == 2 else 0)
        for flag in (8, 16):   # file name, comment: NUL-terminated
            if flags & flag:
                while True:
                    c = self._read_raw(1)
                    if not c or c == NUL:
                        break
        if flags & 2:
            self._read_raw(2)

    def tell(self):
        return self.pos

    def seek(self, pos=0):
        """Move forward to `pos` by reading; going back raises StreamError."""
        if pos - self.pos >= 0:
            whole, rest = divmod(pos - self.pos, self.bufsize)
            for _ in range(whole):
                self.read(self.bufsize)
            self.read(rest)
        else:
            raise StreamError('seeking backwards is not allowed')
        return self.pos

    def read(self, size):
        assert size is not None
        data = self._read_data(size)
        self.pos += len(data)
        return data

    def _read_data(self, size):
        if self.comptype == 'tar':
            return self._read_raw(size)
        out = [self.dbuf]
        have = len(self.dbuf)
        while have < size:
            if self.buf:
                chunk, self.buf = self.buf, b''
            else:
                chunk = self.fileobj.read(self.bufsize)
                if not chunk:
                    break
            try:
                piece = self.cmp.decompress(chunk)
            except self.exception as e:
                raise ReadError('invalid compressed data') from e
            out.append(piece)
            have += len(piece)
        data = b''.join(out)
        self.dbuf = data[size:]
        return data[:size]

    def _read_raw(self, size):
        parts = [self.buf]
        have = len(self.buf)
        while have < size:
            chunk = self.fileobj.read(self.bufsize)
            if not chunk:
                break
            parts.append(chunk)
            have += len(chunk)
        data = b''.join(parts)
        self.buf = data[size:]
        return data[:size]


class _StreamProxy:
    """Peeks at the first block of a stream to tell its compression."""

    def __init__(self, fileobj):
        self.buf = fileobj.read(BLOCKSIZE)
        self.fileobj = fileobj

    def read(self, size):
        if self.buf:
            data, self.buf = self.buf, b''
            return data
        return self.fileobj.read(size)

    def getcomptype(self):
        if self.buf.startswith(b'\x1f\x8b\x08'):
            return 'gz'
        if self.buf[0:3] == b'BZh' and self.buf[4:10] == b'1AY&SY':
            return 'bz2'
        if self.buf.startswith((b'\x5d\x00\x00\x80', b'\xfd7zXZ')):
            return 'xz'
        return 'tar'

    def close(self):
        self.fileobj.close()


# ---------------------------------------------------------------- member data as a file

class _FileInFile(io.RawIOBase):
    """A read-only window of `size` bytes at `offset` in the archive file."""

    def __init__(self, fileobj, offset, size, name, blockinfo=None):
        super().__init__()
        self.fileobj = fileobj
        self.offset = offset
        self.size = size
        self.position = 0
        self.name = name
        # (start, end, where the bytes are in fileobj or None for a hole) over the member's data;
        # a sparse member stores only its data regions, one after the other
        self.map = []
        stored = offset
        at = 0
        for start, length in (blockinfo if blockinfo is not None else [(0, size)]):
            if length <= 0:
                continue
            if start > at:
                self.map.append((at, start, None))
            self.map.append((start, start + length, stored))
            stored += length
            at = start + length
        if at < size:
            self.map.append((at, size, None))

    def flush(self):
        pass

    @property
    def mode(self):
        return 'rb'

    def readable(self):
        return True

    def writable(self):
        return False

    def seekable(self):
        check = getattr(self.fileobj, 'seekable', None)
        return check() if check is not None else False

    def tell(self):
        return self.position

    def seek(self, position, whence=io.SEEK_SET):
        if whence == io.SEEK_SET:
            target = position
        elif whence == io.SEEK_CUR:
            target = self.position + position
        elif whence == io.SEEK_END:
            target = self.size + position
        else:
            raise ValueError('Invalid argument')
        self.position = max(0, min(target, self.size))
        return self.position

    def read(self, size=-1):
        left = self.size - self.position
        if size is None or size < 0 or size > left:
            size = left
        pieces = []
        while size > 0:
            for start, end, where in self.map:
                if start <= self.position < end:
                    break
            else:
                break
            count = min(size, end - self.position)
            if where is None:
                pieces.append(NUL * count)
            else:
                self.fileobj.seek(where + self.position - start)
                chunk = self.fileobj.read(count)
                if len(chunk) != count:
                    raise ReadError('unexpected end of data')
                pieces.append(chunk)
            self.position += count
            size -= count
        return b''.join(pieces)

    def readall(self):
        return self.read()

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)


class ExFileObject(io.BufferedReader):
    """The buffered reader extractfile() returns for a member's data."""

    def __init__(self, tarfile, tarinfo):
        raw = _FileInFile(tarfile.fileobj, tarinfo.offset_data, tarinfo.size, tarinfo.name, tarinfo.sparse)
        super().__init__(raw)


# ---------------------------------------------------------------- TarInfo

class TarInfo(object):
    """The header of one archive member: name, permissions, owner, size, times, type, link."""

    __slots__ = dict(
        name='The member name inside the archive.',
        mode='Permission bits of the member.',
        uid='User ID of the original owner.',
        gid='Group ID of the original owner.',
        size='Size of the data in bytes.',
        mtime='Time of last modification, in seconds since the epoch.',
        chksum='The header checksum.',
        type='The member type: REGTYPE, DIRTYPE, SYMTYPE, LNKTYPE and the other *TYPE constants.',
        linkname='For links (LNKTYPE, SYMTYPE): the target name.',
        uname='User name of the original owner.',
        gname='Group name of the original owner.',
        devmajor='Major number of a device member.',
        devminor='Minor number of a device member.',
        offset='Where the header of this member starts in the archive.',
        offset_data='Where the data of this member starts in the archive.',
        pax_headers='The key/value pairs of the pax extended header of this member.',
        sparse='Sparse member data, or None.',
        tarfile=None,
        _sparse_structs=None,
        _link_target=None,
    )

    def __init__(self, name=''):
        self.name = name
        self.mode = 0o644
        self.uid = 0
        self.gid = 0
        self.size = 0
        self.mtime = 0
        self.chksum = 0
        self.type = REGTYPE
        self.linkname = ''
        self.uname = ''
        self.gname = ''
        self.devmajor = 0
        self.devminor = 0
        self.offset = 0
        self.offset_data = 0
        self.sparse = None
        self.pax_headers = {}

    def _set_name(self, value):
        self.name = value

    def _set_linkname(self, value):
        self.linkname = value

    path = property(lambda self: self.name, _set_name, doc='The same as name (the pax keyword).')
    linkpath = property(lambda self: self.linkname, _set_linkname,
                        doc='The same as linkname (the pax keyword).')

    def __repr__(self):
        return '<%s %r at %#x>' % (type(self).__name__, self.name, id(self))

    def replace(self, *, name=..., mtime=..., mode=..., linkname=..., uid=..., gid=..., uname=...,
                gname=..., deep=True):
        """A copy with the given attributes changed (a deep copy unless deep=False)."""
        import copy
        result = copy.deepcopy(self) if deep else copy.copy(self)
        changes = dict(name=name, mtime=mtime, mode=mode, linkname=linkname, uid=uid, gid=gid,
                       uname=uname, gname=gname)
        for attr, value in changes.items():
            if value is not ...:
                setattr(result, attr, value)
        return result

    def get_info(self):
        """The header fields as a dict (directories get a trailing '/')."""
        mode = None if self.mode is None else self.mode & 0o7777
        info = {
            'name': self.name, 'mode': mode, 'uid': self.uid, 'gid': self.gid, 'size': self.size,
            'mtime': self.mtime, 'chksum': self.chksum, 'type': self.type, 'linkname': self.linkname,
            'uname': self.uname, 'gname': self.gname, 'devmajor': self.devmajor,
            'devminor': self.devminor,
        }
        if info['type'] == DIRTYPE and not info['name'].endswith('/'):
            info['name'] += '/'
        return info

    def tobuf(self, format=DEFAULT_FORMAT, encoding=ENCODING, errors='surrogateescape'):
        """The header block(s) of this member in the given format."""
        info = self.get_info()
        for key, value in info.items():
            if value is None:
                raise ValueError('%s may not be None' % key)
        if format == USTAR_FORMAT:
            return self.create_ustar_header(info, encoding, errors)
        if format == GNU_FORMAT:
            return self.create_gnu_header(info, encoding, errors)
        if format == PAX_FORMAT:
            return self.create_pax_header(info, encoding)
        raise ValueError('invalid format')

    def create_ustar_header(self, info, encoding, errors):
        """A POSIX ustar header; long names go into the prefix field when they can."""
        info['magic'] = POSIX_MAGIC
        if len(info['linkname'].encode(encoding, errors)) > LENGTH_LINK:
            raise ValueError('linkname is too long')
        if len(info['name'].encode(encoding, errors)) > LENGTH_NAME:
            info['prefix'], info['name'] = self._posix_split_name(info['name'], encoding, errors)
        return self._create_header(info, USTAR_FORMAT, encoding, errors)

    def create_gnu_header(self, info, encoding, errors):
        """A GNU header, preceded by ././@LongLink members for long link targets and names."""
        info['magic'] = GNU_MAGIC
        out = b''
        for key, kind, limit in (('linkname', GNUTYPE_LONGLINK, LENGTH_LINK),
                                 ('name', GNUTYPE_LONGNAME, LENGTH_NAME)):
            if len(info[key].encode(encoding, errors)) > limit:
                out += self._create_gnu_long_header(info[key], kind, encoding, errors)
        return out + self._create_header(info, GNU_FORMAT, encoding, errors)

    def create_pax_header(self, info, encoding):
        """A ustar header, preceded by a pax extended header for what ustar cannot hold."""
        info['magic'] = POSIX_MAGIC
        extra = dict(self.pax_headers)
        text_fields = (('name', 'path', LENGTH_NAME), ('linkname', 'linkpath', LENGTH_LINK),
                       ('uname', 'uname', 32), ('gname', 'gname', 32))
        for key, keyword, limit in text_fields:
            if keyword in extra:
                continue   # what the caller put in pax_headers wins
            value = info[key]
            if not value.isascii() or len(value) > limit:
                extra[keyword] = value
        for key, digits in (('uid', 8), ('gid', 8), ('size', 12), ('mtime', 12)):
            value = info[key]
            is_float = isinstance(value, float)
            whole = round(value) if is_float else value
            fits = 0 <= whole < 8 ** (digits - 1)
            if fits and not is_float:
                continue
            info[key] = whole if fits else 0
            if key not in extra:
                extra[key] = str(value)
        head = self._create_pax_generic_header(extra, XHDTYPE, encoding) if extra else b''
        return head + self._create_header(info, USTAR_FORMAT, 'ascii', 'replace')

    @classmethod
    def create_pax_global_header(cls, pax_headers):
        """The pax global header block(s) for a dict of keyword/value pairs."""
        return cls._create_pax_generic_header(pax_headers, XGLTYPE, 'utf-8')

    def _posix_split_name(self, name, encoding, errors):
        """(prefix, name) for a ustar header: the first split at a '/' where both parts fit."""
        parts = name.split('/')
        for cut in range(1, len(parts)):
            head = '/'.join(parts[:cut])
            tail = '/'.join(parts[cut:])
            if (len(head.encode(encoding, errors)) <= LENGTH_PREFIX
                    and len(tail.encode(encoding, errors)) <= LENGTH_NAME):
                return head, tail
        raise ValueError('name is too long')

    @staticmethod
    def _create_header(info, format, encoding, errors):
        """One 512-byte header block from the fields in `info`."""
        kind = info.get('type', REGTYPE)
        if kind in (CHRTYPE, BLKTYPE):
            major = itn(info.get('devmajor', 0), 8, format)
            minor = itn(info.get('devminor', 0), 8, format)
        else:
            major = minor = stn('', 8, encoding, errors)
        if kind is None:
            raise ValueError('TarInfo.type must not be None')
        fields = b''.join([
            stn(info.get('name', ''), 100, encoding, errors),
            itn(info.get('mode', 0) & 0o7777, 8, format),
            itn(info.get('uid', 0), 8, format),
            itn(info.get('gid', 0), 8, format),
            itn(info.get('size', 0), 12, format),
            itn(info.get('mtime', 0), 12, format),
            b' ' * 8,
            kind,
            stn(info.get('linkname', ''), 100, encoding, errors),
            info.get('magic', POSIX_MAGIC),
            stn(info.get('uname', ''), 32, encoding, errors),
            stn(info.get('gname', ''), 32, encoding, errors),
            major,
            minor,
            stn(info.get('prefix', ''), 155, encoding, errors),
        ])
        block = fields.ljust(BLOCKSIZE, NUL)
        # the checksum: six octal digits and a NUL, the field's eighth byte stays a space
        checksum = calc_chksums(block)[0]
        return block[:148] + b'%06o' % checksum + NUL + block[155:]

    @staticmethod
    def _create_payload(payload):
        """Data padded with NULs to whole blocks."""
        return payload + NUL * (_block(len(payload)) - len(payload))

    @classmethod
    def _create_gnu_long_header(cls, name, type, encoding, errors):
        """A ././@LongLink member carrying a long name or link target."""
        data = name.encode(encoding, errors) + NUL
        info = {'name': '././@LongLink', 'type': type, 'size': len(data), 'magic': GNU_MAGIC}
        return cls._create_header(info, USTAR_FORMAT, encoding, errors) + cls._create_payload(data)

    @classmethod
    def _create_pax_generic_header(cls, pax_headers, type, encoding):
        """A pax header member (x or g) holding '<length> <keyword>=<value>\\n' records."""
        # values that cannot be UTF-8 (surrogate escapes) force hdrcharset=BINARY
        binary = False
        for value in pax_headers.values():
            try:
                value.encode('utf-8', 'strict')
            except UnicodeEncodeError:
                binary = True
                break
        records = [b'21 hdrcharset=BINARY\n'] if binary else []
        for keyword, value in pax_headers.items():
            key = keyword.encode('utf-8')
            val = value.encode(encoding, 'surrogateescape') if binary else value.encode('utf-8')
            body = len(key) + len(val) + 3   # the space, '=' and newline
            # the length counts its own digits: grow it until it is stable
            total = body + len(str(body))
            while total != body + len(str(total)):
                total = body + len(str(total))
            records.append(b'%d %s=%s\n' % (total, key, val))
        data = b''.join(records)
        info = {'name': '././@PaxHeader', 'type': type, 'size': len(data), 'magic': POSIX_MAGIC}
        return cls._create_header(info, USTAR_FORMAT, 'ascii', 'replace') + cls._create_payload(data)

    @classmethod
    def frombuf(cls, buf, encoding, errors):
        """A TarInfo from one 512-byte header block."""
        if not buf:
            raise EmptyHeaderError('empty header')
        if len(buf) != BLOCKSIZE:
            raise TruncatedHeaderError('truncated header')
        if buf.count(NUL) == BLOCKSIZE:
            raise EOFHeaderError('end of file header')
        checksum = nti(buf[148:156])
        if checksum not in calc_chksums(buf):
            raise InvalidHeaderError('bad checksum')
        obj = cls()
        for attr, start, end, is_text in _HEADER_LAYOUT:
            field = buf[start:end]
            setattr(obj, attr, nts(field, encoding, errors) if is_text else nti(field))
        obj.chksum = checksum
        obj.type = buf[156:157]
        prefix = nts(buf[345:500], encoding, errors)
        if obj.type == AREGTYPE and obj.name.endswith('/'):
            obj.type = DIRTYPE   # old V7 archives mark directories by the trailing slash only
        if obj.type == GNUTYPE_SPARSE:
            # old GNU sparse headers: up to 4 (offset, size) pairs, a continuation flag, real size
            pairs = []
            for at in range(386, 386 + 24 * 4, 24):
                try:
                    pairs.append((nti(buf[at:at + 12]), nti(buf[at + 12:at + 24])))
                except InvalidHeaderError:
                    break
            obj._sparse_structs = (pairs, bool(buf[482]), nti(buf[483:495]))
        if obj.isdir():
            obj.name = obj.name.rstrip('/')
        if prefix and obj.type not in GNU_TYPES:
            obj.name = prefix + '/' + obj.name
        return obj

    @classmethod
    def fromtarfile(cls, tarfile):
        """The next member of an open TarFile, its extension headers applied."""
        source = tarfile.fileobj
        header = cls.frombuf(source.read(BLOCKSIZE), tarfile.encoding, tarfile.errors)
        header.offset = source.tell() - BLOCKSIZE
        return header._proc_member(tarfile)

    def _proc_member(self, tarfile):
        if self.type in (GNUTYPE_LONGNAME, GNUTYPE_LONGLINK):
            return self._proc_gnulong(tarfile)
        if self.type == GNUTYPE_SPARSE:
            return self._proc_sparse(tarfile)
        if self.type in (XHDTYPE, XGLTYPE, SOLARIS_XHDTYPE):
            return self._proc_pax(tarfile)
        return self._proc_builtin(tarfile)

    def _proc_builtin(self, tarfile):
        self.offset_data = tarfile.fileobj.tell()
        after = self.offset_data
        if self.isreg() or self.type not in SUPPORTED_TYPES:
            after += _block(self.size)
        tarfile.offset = after
        self._apply_pax_info(tarfile.pax_headers, tarfile.encoding, tarfile.errors)
        if self.isdir():
            self.name = self.name.rstrip('/')
        return self

    def _next_header(self, tarfile):
        try:
            return self.fromtarfile(tarfile)
        except HeaderError as e:
            raise SubsequentHeaderError(str(e)) from None

    def _proc_sparse(self, tarfile):
        """Old GNU sparse member: the map's first pairs are in the header, more in extension blocks."""
        pairs, extended, real_size = self._sparse_structs
        del self._sparse_structs
        while extended:
            block = tarfile.fileobj.read(BLOCKSIZE)
            for at in range(0, 21 * 24, 24):
                try:
                    pair = (nti(block[at:at + 12]), nti(block[at + 12:at + 24]))
                except InvalidHeaderError:
                    break
                if pair[0] and pair[1]:   # the header's own slots are kept as they are, these not
                    pairs.append(pair)
            extended = bool(block[504])
        self.offset_data = tarfile.fileobj.tell()
        tarfile.offset = self.offset_data + _block(self.size)
        self.size = real_size
        self.sparse = pairs
        return self

    def _proc_gnulong(self, tarfile):
        data = tarfile.fileobj.read(_block(self.size))
        following = self._next_header(tarfile)
        following.offset = self.offset
        text = nts(data, tarfile.encoding, tarfile.errors)
        if self.type == GNUTYPE_LONGNAME:
            following.name = text
        else:
            following.linkname = text
        if following.isdir():
            following.name = following.name.removesuffix('/')
        return following

    def _proc_pax(self, tarfile):
        data = tarfile.fileobj.read(_block(self.size))
        if self.type == XGLTYPE:
            headers = tarfile.pax_headers   # global: applies to every later member
        else:
            headers = tarfile.pax_headers.copy()
        import re
        charset = re.search(rb'\d+ hdrcharset=([^\n]+)\n', data)
        if charset is not None:
            headers['hdrcharset'] = charset.group(1).decode('utf-8')
        name_encoding = tarfile.encoding if headers.get('hdrcharset') == 'BINARY' else 'utf-8'
        record = re.compile(rb'(\d+) ([^=]+)=')
        pos = 0
        while True:
            m = record.match(data, pos)
            if m is None:
                break
            length = int(m.group(1))
            if length == 0:
                raise InvalidHeaderError('invalid header')
            raw_value = data[m.end(2) + 1:m.start(1) + length - 1]
            keyword = self._decode_pax_field(m.group(2), 'utf-8', 'utf-8', tarfile.errors)
            if keyword in PAX_NAME_FIELDS:
                value = self._decode_pax_field(raw_value, name_encoding, tarfile.encoding, tarfile.errors)
            else:
                value = self._decode_pax_field(raw_value, 'utf-8', 'utf-8', tarfile.errors)
            headers[keyword] = value
            pos += length
        following = self._next_header(tarfile)
        if 'GNU.sparse.map' in headers:
            # GNU pax sparse format 0.1: 'offset,size,offset,size...'
            numbers = [int(x) for x in headers['GNU.sparse.map'].split(',')]
            following.sparse = list(zip(numbers[::2], numbers[1::2]))
        elif 'GNU.sparse.size' in headers:
            # GNU pax sparse format 0.0: repeated offset/numbytes records, in order
            found = re.findall(rb'\d+ GNU.sparse.offset=(\d+)\n\d+ GNU.sparse.numbytes=(\d+)\n', data)
            following.sparse = [(int(a), int(b)) for a, b in found]
        elif headers.get('GNU.sparse.major') == '1' and headers.get('GNU.sparse.minor') == '0':
            # GNU pax sparse format 1.0: the map opens the data, as decimal lines, padded to a block
            self._read_sparse_10_map(following, tarfile)
        if self.type in (XHDTYPE, SOLARIS_XHDTYPE):
            following._apply_pax_info(headers, tarfile.encoding, tarfile.errors)
            following.offset = self.offset
            if 'size' in headers:
                after = following.offset_data
                if following.isreg() or following.type not in SUPPORTED_TYPES:
                    after += _block(following.size)
                tarfile.offset = after
        return following

    @staticmethod
    def _read_sparse_10_map(member, tarfile):
        source = tarfile.fileobj
        lines = []
        consumed = 0
        pending = b''
        wanted = None
        while wanted is None or len(lines) < 1 + 2 * wanted:
            block = source.read(BLOCKSIZE)
            consumed += BLOCKSIZE
            if not block:
                raise InvalidHeaderError('invalid header')
            pending += block
            *complete, pending = pending.split(b'\n')
            lines.extend(complete)
            if wanted is None and lines:
                wanted = int(lines[0])
        numbers = [int(x) for x in lines[1:1 + 2 * wanted]]
        member.sparse = list(zip(numbers[::2], numbers[1::2]))
        member.offset_data += consumed

    def _apply_pax_info(self, pax_headers, encoding, errors):
        for keyword, value in pax_headers.items():
            if keyword == 'GNU.sparse.name':
                self.path = value
            elif keyword == 'GNU.sparse.size':
                self.size = int(value)
            elif keyword == 'GNU.sparse.realsize':
                self.size = int(value)
            elif keyword in PAX_FIELDS:
                convert = PAX_NUMBER_FIELDS.get(keyword)
                if convert is not None:
                    try:
                        value = convert(value)
                    except ValueError:
                        value = 0   # an unreadable number counts as 0
                elif keyword == 'path':
                    value = value.rstrip('/')
                setattr(self, keyword, value)
        self.pax_headers = pax_headers.copy()

    def _decode_pax_field(self, value, encoding, fallback_encoding, fallback_errors):
        try:
            return value.decode(encoding, 'strict')
        except UnicodeDecodeError:
            return value.decode(fallback_encoding, fallback_errors)

    def _block(self, count):
        return _block(count)

    def isreg(self):
        """Whether this is a regular file."""
        return self.type in REGULAR_TYPES

    def isfile(self):
        """Whether this is a regular file."""
        return self.isreg()

    def isdir(self):
        return self.type == DIRTYPE

    def issym(self):
        return self.type == SYMTYPE

    def islnk(self):
        return self.type == LNKTYPE

    def ischr(self):
        return self.type == CHRTYPE

    def isblk(self):
        return self.type == BLKTYPE

    def isfifo(self):
        return self.type == FIFOTYPE

    def issparse(self):
        return self.sparse is not None

    def isdev(self):
        """Whether this is a character device, block device or FIFO."""
        return self.type in (CHRTYPE, BLKTYPE, FIFOTYPE)


# ---------------------------------------------------------------- extraction filters

def _filtered_attrs(member, dest_path, for_data):
    """The attributes a filter changes on `member` for extraction into dest_path."""
    changes = {}
    dest = os.path.realpath(dest_path)
    name = member.name
    if name.startswith(('/', os.sep)):
        name = changes['name'] = member.path.lstrip('/' + os.sep)
    if os.path.isabs(name):
        raise AbsolutePathError(member)
    target = os.path.realpath(os.path.join(dest, name))
    if os.path.commonpath([target, dest]) != dest:
        raise OutsideDestinationError(member, target)
    mode = member.mode
    if mode is not None:
        mode &= 0o755   # no setuid/setgid/sticky, no group or other write
        if for_data:
            if member.isreg() or member.islnk():
                if not mode & 0o100:
                    mode &= ~0o111
                mode |= 0o600
            elif member.isdir() or member.issym():
                mode = None
            else:
                raise SpecialFileError(member)
        if mode != member.mode:
            changes['mode'] = mode
    if for_data:
        for attr in ('uid', 'gid', 'uname', 'gname'):
            if getattr(member, attr) is not None:
                changes[attr] = None
        is_sym = member.issym()
        if is_sym or member.islnk():
            if os.path.isabs(member.linkname):
                raise AbsoluteLinkError(member)
            # symlinks resolve from their directory, hard links from the archive root
            base = os.path.join(dest, os.path.dirname(name)) if is_sym else dest
            link_target = os.path.realpath(os.path.join(base, member.linkname))
            if os.path.commonpath([link_target, dest]) != dest:
                raise LinkOutsideDestinationError(member, link_target)
    return changes


def fully_trusted_filter(member, dest_path):
    """Extract everything as it is in the archive."""
    return member


def tar_filter(member, dest_path):
    """Refuse paths outside the destination; drop high mode bits and group/other write."""
    changes = _filtered_attrs(member, dest_path, False)
    return member.replace(**changes, deep=False) if changes else member


def data_filter(member, dest_path):
    """tar_filter, plus: no special files or outside links, plain permissions, no owners."""
    changes = _filtered_attrs(member, dest_path, True)
    return member.replace(**changes, deep=False) if changes else member


_NAMED_FILTERS = {
    'fully_trusted': fully_trusted_filter,
    'tar': tar_filter,
    'data': data_filter,
}


# ---------------------------------------------------------------- TarFile

class TarFile(object):
    """A tar archive open for reading, appending or writing."""

    debug = 0
    dereference = False
    ignore_zeros = False
    errorlevel = 1
    format = DEFAULT_FORMAT
    encoding = ENCODING
    errors = None
    tarinfo = TarInfo
    fileobject = ExFileObject
    extraction_filter = None

    def __init__(self, name=None, mode='r', fileobj=None, format=None, tarinfo=None,
                 dereference=None, ignore_zeros=None, encoding=None, errors='surrogateescape',
                 pax_headers=None, debug=None, errorlevel=None, copybufsize=None, stream=False):
        file_modes = {'r': 'rb', 'a': 'r+b', 'w': 'wb', 'x': 'xb'}
        if mode not in file_modes:
            raise ValueError("mode must be 'r', 'a', 'w' or 'x'")
        self.mode = mode
        self._mode = file_modes[mode]
        if not fileobj:
            if mode == 'a' and not os.path.exists(name):
                self.mode = 'w'   # appending to a missing file creates it
                self._mode = 'wb'
            fileobj = bltn_open(name, self._mode)
            self._extfileobj = False
        else:
            self._extfileobj = True
            if name is None and isinstance(getattr(fileobj, 'name', None), (str, bytes)):
                name = fileobj.name
            self._mode = getattr(fileobj, 'mode', self._mode)
        self.fileobj = fileobj
        self.name = None if not name else os.path.abspath(name)
        self.stream = stream
        for attr, value in (('format', format), ('tarinfo', tarinfo), ('dereference', dereference),
                            ('ignore_zeros', ignore_zeros), ('encoding', encoding),
                            ('debug', debug), ('errorlevel', errorlevel)):
            if value is not None:
                setattr(self, attr, value)
        self.errors = errors
        self.pax_headers = pax_headers if pax_headers is not None and self.format == PAX_FORMAT else {}
        self.copybufsize = copybufsize
        self.closed = False
        self.members = []
        self._loaded = False
        self.offset = self.fileobj.tell()
        self.inodes = {}
        try:
            if self.mode == 'r':
                self.firstmember = None
                self.firstmember = self.next()
            if self.mode == 'a':
                self._skip_to_end()
            if self.mode in ('a', 'w', 'x'):
                self._loaded = True
                if self.pax_headers:
                    head = self.tarinfo.create_pax_global_header(self.pax_headers.copy())
                    self.fileobj.write(head)
                    self.offset += len(head)
        except:
            if not self._extfileobj:
                self.fileobj.close()
            self.closed = True
            raise

    def _skip_to_end(self):
        """Read the existing members and stop before the end-of-archive blocks."""
        while True:
            self.fileobj.seek(self.offset)
            try:
                self.members.append(self.tarinfo.fromtarfile(self))
            except EOFHeaderError:
                self.fileobj.seek(self.offset)
                return
            except HeaderError as e:
                raise ReadError(str(e)) from None

    # ------------------------------------------------------------ constructors

    OPEN_METH = {'tar': 'taropen', 'gz': 'gzopen', 'bz2': 'bz2open', 'xz': 'xzopen'}

    @classmethod
    def open(cls, name=None, mode='r', fileobj=None, bufsize=RECORDSIZE, **kwargs):
        """Open an archive; see the module documentation for the modes."""
        if not name and not fileobj:
            raise ValueError('nothing to open')
        if mode in ('r', 'r:*'):
            # try every compression, the plain tar last
            failures = []
            order = [c for c in cls.OPEN_METH if cls.OPEN_METH[c] != 'taropen'] + \
                [c for c in cls.OPEN_METH if cls.OPEN_METH[c] == 'taropen']
            for comptype in order:
                opener = getattr(cls, cls.OPEN_METH[comptype])
                start = fileobj.tell() if fileobj is not None else None
                try:
                    return opener(name, 'r', fileobj, **kwargs)
                except (ReadError, CompressionError) as e:
                    failures.append(f'- method {comptype}: {e!r}')
                    if fileobj is not None:
                        fileobj.seek(start)
            summary = '\n'.join(failures)
            raise ReadError(f'file could not be opened successfully:\n{summary}')
        if ':' in mode:
            filemode, _, comptype = mode.partition(':')
            filemode = filemode or 'r'
            comptype = comptype or 'tar'
            if comptype not in cls.OPEN_METH:
                raise CompressionError('unknown compression type %r' % comptype)
            return getattr(cls, cls.OPEN_METH[comptype])(name, filemode, fileobj, **kwargs)
        if '|' in mode:
            filemode, _, comptype = mode.partition('|')
            filemode = filemode or 'r'
            comptype = comptype or 'tar'
            if filemode not in ('r', 'w'):
                raise ValueError("mode must be 'r' or 'w'")
            level = kwargs.pop('compresslevel', 9)
            stream = _Stream(name, filemode, comptype, fileobj, bufsize, level)
            try:
                archive = cls(name, filemode, stream, **kwargs)
            except:
                stream.close()
                raise
            archive._extfileobj = False
            return archive
        if mode in ('a', 'w', 'x'):
            return cls.taropen(name, mode, fileobj, **kwargs)
        raise ValueError('undiscernible mode')

    @classmethod
    def taropen(cls, name, mode='r', fileobj=None, **kwargs):
        """Open an uncompressed archive."""
        if mode not in ('r', 'a', 'w', 'x'):
            raise ValueError("mode must be 'r', 'a', 'w' or 'x'")
        return cls(name, mode, fileobj, **kwargs)

    @classmethod
    def gzopen(cls, name, mode='r', fileobj=None, compresslevel=9, **kwargs):
        """Open a gzip-compressed archive."""
        if mode not in ('r', 'w', 'x'):
            raise ValueError("mode must be 'r', 'w' or 'x'")
        try:
            from gzip import GzipFile
        except ImportError:
            raise CompressionError('gzip module is not available') from None
        try:
            fileobj = GzipFile(name, mode + 'b', compresslevel, fileobj)
        except OSError as e:
            if fileobj is not None and mode == 'r':
                raise ReadError('not a gzip file') from e
            raise
        return cls._open_compressed(name, mode, fileobj, 'not a gzip file', OSError, **kwargs)

    @classmethod
    def bz2open(cls, name, mode='r', fileobj=None, compresslevel=9, **kwargs):
        """Open a bzip2-compressed archive."""
        if mode not in ('r', 'w', 'x'):
            raise ValueError("mode must be 'r', 'w' or 'x'")
        try:
            from bz2 import BZ2File
        except ImportError:
            raise CompressionError('bz2 module is not available') from None
        return cls._open_compressed(name, mode, BZ2File(fileobj or name, mode, compresslevel=compresslevel),
                                    'not a bzip2 file', (OSError, EOFError), **kwargs)

    @classmethod
    def xzopen(cls, name, mode='r', fileobj=None, preset=None, **kwargs):
        """Open an xz-compressed archive (Immortal's lzma reads them but cannot write them)."""
        if mode not in ('r', 'w', 'x'):
            raise ValueError("mode must be 'r', 'w' or 'x'")
        try:
            from lzma import LZMAFile, LZMAError
        except ImportError:
            raise CompressionError('lzma module is not available') from None
        return cls._open_compressed(name, mode, LZMAFile(fileobj or name, mode, preset=preset),
                                    'not an lzma file', (LZMAError, EOFError), **kwargs)

    @classmethod
    def _open_compressed(cls, name, mode, fileobj, message, errors, **kwargs):
        """taropen over a decompressing file object, which the archive then owns."""
        try:
            archive = cls.taropen(name, mode, fileobj, **kwargs)
        except errors as e:
            fileobj.close()
            if mode == 'r':
                raise ReadError(message) from e
            raise
        except:
            fileobj.close()
            raise
        archive._extfileobj = False
        return archive

    # ------------------------------------------------------------ closing

    def close(self):
        """Close the archive; in a write mode, first add the end-of-archive blocks."""
        if self.closed:
            return
        self.closed = True
        try:
            if self.mode in ('a', 'w', 'x'):
                self.fileobj.write(NUL * (BLOCKSIZE * 2))
                self.offset += BLOCKSIZE * 2
                # pad to a whole record, as tar -b20 does
                short = -self.offset % RECORDSIZE
                if short:
                    self.fileobj.write(NUL * short)
        finally:
            if not self._extfileobj:
                self.fileobj.close()

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, type, value, traceback):
        if type is not None:
            # an error: leave the archive unfinished, but release the file
            if not self._extfileobj:
                self.fileobj.close()
            self.closed = True
        else:
            self.close()

    # ------------------------------------------------------------ members

    def getmember(self, name):
        """The TarInfo of `name` (its last occurrence); KeyError when absent."""
        found = self._getmember(name.rstrip('/'))
        if found is None:
            raise KeyError('filename %r not found' % name)
        return found

    def getmembers(self):
        """All members, in archive order."""
        self._check()
        if not self._loaded:
            self._load()
        return self.members

    def getnames(self):
        """The names of all members, in archive order."""
        return [member.name for member in self.getmembers()]

    def gettarinfo(self, name=None, arcname=None, fileobj=None):
        """A TarInfo for a file on disk (or an open file), to give to addfile()."""
        self._check('awx')
        if fileobj is not None:
            name = fileobj.name
        if arcname is None:
            arcname = name
        arcname = os.path.splitdrive(arcname)[1].replace(os.sep, '/').lstrip('/')
        info = self.tarinfo()
        info.tarfile = self
        if fileobj is not None:
            st = os.fstat(fileobj.fileno())
        elif self.dereference:
            st = os.stat(name)
        else:
            st = os.lstat(name)
        mode = st.st_mode
        linkname = ''
        if stat.S_ISREG(mode):
            inode = (st.st_ino, st.st_dev)
            earlier = self.inodes.get(inode)
            if not self.dereference and st.st_nlink > 1 and earlier is not None and earlier != arcname:
                kind = LNKTYPE   # a second name of a file already in the archive
                linkname = earlier
            else:
                kind = REGTYPE
                if inode[0]:
                    self.inodes[inode] = arcname
        elif stat.S_ISDIR(mode):
            kind = DIRTYPE
        elif stat.S_ISFIFO(mode):
            kind = FIFOTYPE
        elif stat.S_ISLNK(mode):
            kind = SYMTYPE
            linkname = os.readlink(name)
        elif stat.S_ISCHR(mode):
            kind = CHRTYPE
        elif stat.S_ISBLK(mode):
            kind = BLKTYPE
        else:
            return None
        info.name = arcname
        info.mode = mode
        info.uid = st.st_uid
        info.gid = st.st_gid
        info.size = st.st_size if kind == REGTYPE else 0
        info.mtime = st.st_mtime
        info.type = kind
        info.linkname = linkname
        user = _account_name('passwd', info.uid)
        if user is not None:
            info.uname = user
        group = _account_name('group', info.gid)
        if group is not None:
            info.gname = group
        if kind in (CHRTYPE, BLKTYPE) and hasattr(os, 'major') and hasattr(os, 'minor'):
            info.devmajor = os.major(st.st_rdev)
            info.devminor = os.minor(st.st_rdev)
        return info

    def list(self, verbose=True, *, members=None):
        """Print a table of contents like `tar t` (or `tar tv` when verbose)."""
        self._check()
        for info in (self if members is None else members):
            if verbose:
                _safe_print('??????????' if info.mode is None else stat.filemode(info.mode))
                _safe_print('%s/%s' % (info.uname or info.uid, info.gname or info.gid))
                if info.ischr() or info.isblk():
                    _safe_print('%10s' % ('%d,%d' % (info.devmajor, info.devminor)))
                else:
                    _safe_print('%10d' % info.size)
                if info.mtime is None:
                    _safe_print('????-??-?? ??:??:??')
                else:
                    _safe_print('%d-%02d-%02d %02d:%02d:%02d' % time.localtime(info.mtime)[:6])
            _safe_print(info.name + ('/' if info.isdir() else ''))
            if verbose:
                if info.issym():
                    _safe_print('-> ' + info.linkname)
                if info.islnk():
                    _safe_print('link to ' + info.linkname)
            print()

    # ------------------------------------------------------------ writing

    def add(self, name, arcname=None, recursive=True, *, filter=None):
        """Add a file, directory (recursively, sorted) or link from disk under `arcname`."""
        self._check('awx')
        if arcname is None:
            arcname = name
        if self.name is not None and os.path.abspath(name) == self.name:
            self._dbg(2, 'tarfile: Skipped %r' % name)
            return
        self._dbg(1, name)
        info = self.gettarinfo(name, arcname)
        if info is None:
            self._dbg(1, 'tarfile: Unsupported type %r' % name)
            return
        if filter is not None:
            info = filter(info)
            if info is None:
                self._dbg(2, 'tarfile: Excluded %r' % name)
                return
        if info.isreg():
            with bltn_open(name, 'rb') as f:
                self.addfile(info, f)
            return
        self.addfile(info)
        if info.isdir() and recursive:
            for entry in sorted(os.listdir(name)):
                self.add(os.path.join(name, entry), os.path.join(arcname, entry), recursive, filter=filter)

    def addfile(self, tarinfo, fileobj=None):
        """Write the header of `tarinfo`, then tarinfo.size bytes read from fileobj."""
        self._check('awx')
        import copy
        tarinfo = copy.copy(tarinfo)
        head = tarinfo.tobuf(self.format, self.encoding, self.errors)
        self.fileobj.write(head)
        self.offset += len(head)
        if fileobj is not None:
            copyfileobj(fileobj, self.fileobj, tarinfo.size, bufsize=self.copybufsize)
            padded = _block(tarinfo.size)
            if padded > tarinfo.size:
                self.fileobj.write(NUL * (padded - tarinfo.size))
            self.offset += padded
        self.members.append(tarinfo)

    # ------------------------------------------------------------ extraction

    def _get_filter_function(self, filter):
        if filter is not None:
            if callable(filter):
                return filter
            if filter not in _NAMED_FILTERS:
                raise ValueError(f'filter {filter!r} not found')
            return _NAMED_FILTERS[filter]
        chosen = self.extraction_filter
        if chosen is None:
            import warnings
            warnings.warn('Python 3.14 will, by default, filter extracted tar archives and reject '
                          'files or modify their metadata. Use the filter argument to control '
                          'this behavior.', DeprecationWarning, stacklevel=2)
            return fully_trusted_filter
        if isinstance(chosen, str):
            raise TypeError('String names are not supported for TarFile.extraction_filter. '
                            'Use a function such as tarfile.data_filter directly.')
        return chosen

    def extractall(self, path='.', members=None, *, numeric_owner=False, filter=None):
        """Extract members (all by default) under `path`; directories get their attributes last."""
        chosen = self._get_filter_function(filter)
        directories = []
        for member in (self if members is None else members):
            info = self._get_extract_tarinfo(member, chosen, path)
            if info is None:
                continue
            if info.isdir():
                directories.append(info)
            self._extract_one(info, path, set_attrs=not info.isdir(), numeric_owner=numeric_owner)
        # deepest first, so that a read-only parent does not block its children
        directories.sort(key=lambda d: d.name, reverse=True)
        for info in directories:
            where = os.path.join(path, info.name)
            try:
                self.chown(info, where, numeric_owner=numeric_owner)
                self.utime(info, where)
                self.chmod(info, where)
            except ExtractError as e:
                self._handle_nonfatal_error(e)

    def extract(self, member, path='', set_attrs=True, *, numeric_owner=False, filter=None):
        """Extract one member (a name or TarInfo) under `path`."""
        chosen = self._get_filter_function(filter)
        info = self._get_extract_tarinfo(member, chosen, path)
        if info is not None:
            self._extract_one(info, path, set_attrs, numeric_owner)

    def _get_extract_tarinfo(self, member, filter_function, path):
        original = self.getmember(member) if isinstance(member, str) else member
        # as in CPython 3.12.1: when errorlevel lets a filter's error pass, the member is
        # extracted unfiltered
        result = self._guarded(filter_function, original, path, original)
        if result is None:
            self._dbg(2, 'tarfile: Excluded %r' % original.name)
            return None
        if result.islnk():
            import copy
            result = copy.copy(result)
            result._link_target = os.path.join(path, result.linkname)
        return result

    def _extract_one(self, tarinfo, path, set_attrs, numeric_owner):
        self._check('r')
        target = os.path.join(path, tarinfo.name)
        self._guarded(lambda info, where: self._extract_member(info, where, set_attrs, numeric_owner),
                      tarinfo, target)

    def _guarded(self, func, *args):
        """func(*args[:2]); errors raised or only logged as errorlevel says (then args[2], or None)."""
        try:
            return func(*args[:2])
        except (OSError, FilterError) as e:   # a filter's refusal is fatal
            self._handle_fatal_error(e)
        except ExtractError as e:
            self._handle_nonfatal_error(e)
        return args[2] if len(args) > 2 else None

    def _handle_nonfatal_error(self, e):
        if self.errorlevel > 1:
            raise e
        self._dbg(1, 'tarfile: %s' % e)

    def _handle_fatal_error(self, e):
        if self.errorlevel > 0:
            raise e
        if isinstance(e, OSError):
            if e.filename is None:
                self._dbg(1, 'tarfile: %s' % e.strerror)
            else:
                self._dbg(1, 'tarfile: %s %r' % (e.strerror, e.filename))
        else:
            self._dbg(1, 'tarfile: %s %s' % (type(e).__name__, e))

    def extractfile(self, member):
        """A file object for a regular member's data (or a link's target); None for others."""
        self._check('r')
        info = self.getmember(member) if isinstance(member, str) else member
        if info.isreg() or info.type not in SUPPORTED_TYPES:
            return self.fileobject(self, info)
        if info.islnk() or info.issym():
            if isinstance(self.fileobj, _Stream):
                raise StreamError('cannot extract (sym)link as file object')
            return self.extractfile(self._find_link_target(info))
        return None

    def _extract_member(self, tarinfo, targetpath, set_attrs=True, numeric_owner=False):
        targetpath = targetpath.rstrip('/').replace('/', os.sep)
        parent = os.path.dirname(targetpath)
        if parent and not os.path.exists(parent):
            os.makedirs(parent)
        is_link = tarinfo.islnk() or tarinfo.issym()
        self._dbg(1, f'{tarinfo.name} -> {tarinfo.linkname}' if is_link else tarinfo.name)
        if is_link:
            maker = self.makelink
        elif tarinfo.isdir():
            maker = self.makedir
        elif tarinfo.isfifo():
            maker = self.makefifo
        elif tarinfo.ischr() or tarinfo.isblk():
            maker = self.makedev
        elif tarinfo.isreg() or tarinfo.type in SUPPORTED_TYPES:
            maker = self.makefile
        else:
            maker = self.makeunknown
        maker(tarinfo, targetpath)
        if not set_attrs:
            return
        self.chown(tarinfo, targetpath, numeric_owner)
        if tarinfo.issym():
            return   # a symlink's own mode and time are not set (the target's would change)
        self.chmod(tarinfo, targetpath)
        self.utime(tarinfo, targetpath)

    def makedir(self, tarinfo, targetpath):
        """Make a directory (owner-only permissions until its attributes are set)."""
        try:
            if tarinfo.mode is None:
                os.mkdir(targetpath)
            else:
                os.mkdir(targetpath, 0o700)
        except FileExistsError:
            if not os.path.isdir(targetpath):
                raise

    def makefile(self, tarinfo, targetpath):
        """Write a regular member's data to targetpath (a sparse one with holes where it has them)."""
        source = self.fileobj
        source.seek(tarinfo.offset_data)
        with bltn_open(targetpath, 'wb') as target:
            if tarinfo.sparse is None:
                copyfileobj(source, target, tarinfo.size, ReadError, self.copybufsize)
                return
            for start, length in tarinfo.sparse:
                target.seek(start)
                copyfileobj(source, target, length, ReadError, self.copybufsize)
            target.seek(tarinfo.size)
            target.truncate()

    def makeunknown(self, tarinfo, targetpath):
        """Extract a member of an unknown type as a regular file."""
        self.makefile(tarinfo, targetpath)
        self._dbg(1, 'tarfile: Unknown file type %r, extracted as regular file.' % tarinfo.type)

    def makefifo(self, tarinfo, targetpath):
        if hasattr(os, 'mkfifo'):
            os.mkfifo(targetpath)
        else:
            raise ExtractError('fifo not supported by system')

    def makedev(self, tarinfo, targetpath):
        if not hasattr(os, 'mknod') or not hasattr(os, 'makedev'):
            raise ExtractError('special devices not supported by system')
        mode = tarinfo.mode
        if mode is None:
            mode = 0o600
        mode |= stat.S_IFBLK if tarinfo.isblk() else stat.S_IFCHR
        os.mknod(targetpath, mode, os.makedev(tarinfo.devmajor, tarinfo.devminor))

    def makelink(self, tarinfo, targetpath):
        """Make a symbolic or hard link; where links fail, copy the target's data instead."""
        try:
            if tarinfo.issym():
                if os.path.lexists(targetpath):
                    os.unlink(targetpath)
                os.symlink(tarinfo.linkname, targetpath)
            elif os.path.exists(tarinfo._link_target):
                os.link(tarinfo._link_target, targetpath)
            else:
                self._extract_member(self._find_link_target(tarinfo), targetpath)
        except symlink_exception:
            try:
                self._extract_member(self._find_link_target(tarinfo), targetpath)
            except KeyError:
                raise ExtractError('unable to resolve link inside archive') from None

    def chown(self, tarinfo, targetpath, numeric_owner):
        """Give targetpath the member's owner, when running as root."""
        if not hasattr(os, 'geteuid') or os.geteuid() != 0:
            return
        gid = tarinfo.gid
        uid = tarinfo.uid
        if not numeric_owner:
            if tarinfo.gname:
                found = _account_number('group', tarinfo.gname)
                if found is not None:
                    gid = found
            if tarinfo.uname:
                found = _account_number('passwd', tarinfo.uname)
                if found is not None:
                    uid = found
        gid = -1 if gid is None else gid
        uid = -1 if uid is None else uid
        try:
            if tarinfo.issym() and hasattr(os, 'lchown'):
                os.lchown(targetpath, uid, gid)
            else:
                os.chown(targetpath, uid, gid)
        except OSError as e:
            raise ExtractError('could not change owner') from e

    def chmod(self, tarinfo, targetpath):
        """Give targetpath the member's permissions."""
        if tarinfo.mode is None:
            return
        try:
            os.chmod(targetpath, tarinfo.mode)
        except OSError as e:
            raise ExtractError('could not change mode') from e

    def utime(self, tarinfo, targetpath):
        """Give targetpath the member's modification time."""
        mtime = tarinfo.mtime
        if mtime is None or not hasattr(os, 'utime'):
            return
        try:
            os.utime(targetpath, (mtime, mtime))
        except OSError as e:
            raise ExtractError('could not change modification time') from e

    # ------------------------------------------------------------ reading members

    def next(self):
        """The next member (reading its header), or None at the end of the archive."""
        self._check('ra')
        if self.firstmember is not None:
            first, self.firstmember = self.firstmember, None
            return first
        if self.fileobj.tell() != self.offset:
            # something read past the last header (e.g. extractfile): go back, checking the data is there
            if not self.offset:
                return None
            self.fileobj.seek(self.offset - 1)
            if not self.fileobj.read(1):
                raise ReadError('unexpected end of data')
        while True:
            try:
                found = self.tarinfo.fromtarfile(self)
                break
            except SubsequentHeaderError as e:
                raise ReadError(str(e)) from None
            except (EOFHeaderError, InvalidHeaderError) as e:
                if self.ignore_zeros:
                    self._dbg(2, '0x%X: %s' % (self.offset, e))
                    self.offset += BLOCKSIZE
                    continue
                if self.offset == 0 and isinstance(e, InvalidHeaderError):
                    raise ReadError(str(e)) from None
            except (EmptyHeaderError, TruncatedHeaderError) as e:
                if self.offset == 0:
                    raise ReadError('empty file' if isinstance(e, EmptyHeaderError) else str(e)) from None
            except Exception as e:
                zlib = sys.modules.get('zlib')
                if zlib is not None and isinstance(e, zlib.error):
                    raise ReadError(f'zlib error: {e}') from None
                raise
            found = None
            break
        if found is None:
            self._loaded = True
        else:
            self.members.append(found)
        return found

    def _getmember(self, name, tarinfo=None, normalize=False):
        """The last member called `name` (before `tarinfo`, when given)."""
        members = self.getmembers()
        if tarinfo is not None:
            if tarinfo not in members:
                return None
            members = members[:members.index(tarinfo)]
        if normalize:
            name = os.path.normpath(name)
        for member in reversed(members):
            member_name = os.path.normpath(member.name) if normalize else member.name
            if member_name == name:
                return member
        return None

    def _load(self):
        while self.next() is not None:
            pass
        self._loaded = True

    def _check(self, mode=None):
        if self.closed:
            raise OSError('%s is closed' % type(self).__name__)
        if mode is not None and self.mode not in mode:
            raise OSError('bad operation for mode %r' % self.mode)

    def _find_link_target(self, tarinfo):
        if tarinfo.issym():
            # a symlink's target is relative to the directory holding it; any member may be it
            parts = (os.path.dirname(tarinfo.name), tarinfo.linkname)
            target = '/'.join(part for part in parts if part)
            found = self._getmember(target, normalize=True)
        else:
            # a hard link refers to a member stored before it
            target = tarinfo.linkname
            found = self._getmember(target, tarinfo=tarinfo, normalize=True)
        if found is None:
            raise KeyError('linkname %r not found' % target)
        return found

    def __iter__(self):
        if self._loaded:
            yield from self.members
            return
        index = 0
        if self.firstmember is not None:
            first = self.next()
            index += 1
            yield first
        while True:
            if index < len(self.members):
                member = self.members[index]
            elif not self._loaded:
                member = self.next()
                if not member:
                    self._loaded = True
                    return
            else:
                return
            index += 1
            yield member

    def _dbg(self, level, msg):
        if level <= self.debug:
            print(msg, file=sys.stderr)


# ---------------------------------------------------------------- module functions

def is_tarfile(name):
    """Whether `name` (a path or a file object) is a tar archive this module can read."""
    try:
        if hasattr(name, 'read'):
            pos = name.tell()
            archive = open(fileobj=name)
            name.seek(pos)
        else:
            archive = open(name)
        archive.close()
        return True
    except TarError:
        return False


open = TarFile.open


def main():
    """python -m tarfile: -l/--list, -e/--extract, -c/--create, -t/--test, with -v and --filter."""
    import argparse
    parser = argparse.ArgumentParser(description='A simple command-line interface for tarfile module.')
    parser.add_argument('-v', '--verbose', action='store_true', default=False, help='Verbose output')
    parser.add_argument('--filter', metavar='<filtername>', choices=_NAMED_FILTERS,
                        help='Filter for extraction')
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument('-l', '--list', metavar='<tarfile>', help='Show listing of a tarfile')
    group.add_argument('-e', '--extract', nargs='+', metavar=('<tarfile>', '<output_dir>'),
                       help='Extract tarfile into target dir')
    group.add_argument('-c', '--create', nargs='+', metavar=('<name>', '<file>'),
                       help='Create tarfile from sources')
    group.add_argument('-t', '--test', metavar='<tarfile>', help='Test if a tarfile is valid')
    args = parser.parse_args()

    if args.filter and args.extract is None:
        parser.exit(1, '--filter is only valid for extraction\n')

    def require_tar(path):
        if not is_tarfile(path):
            parser.exit(1, f'{path!r} is not a tar archive.\n')

    if args.test is not None:
        require_tar(args.test)
        with open(args.test, 'r') as tar:
            tar.getmembers()
            print(tar.getmembers(), file=sys.stderr)
        if args.verbose:
            print(f'{args.test!r} is a tar archive.')
    elif args.list is not None:
        require_tar(args.list)
        with TarFile.open(args.list, 'r:*') as tar:
            tar.list(verbose=args.verbose)
    elif args.extract is not None:
        if len(args.extract) == 1:
            src, dest = args.extract[0], os.curdir
        elif len(args.extract) == 2:
            src, dest = args.extract
        else:
            parser.exit(1, parser.format_help())
        require_tar(src)
        with TarFile.open(src, 'r:*') as tar:
            tar.extractall(path=dest, filter=args.filter)
        if args.verbose:
            if dest == '.':
                print(f'{src!r} file is extracted.')
            else:
                print(f'{src!r} file is extracted into {dest!r} directory.')
    elif args.create is not None:
        target = args.create.pop(0)
        suffix = os.path.splitext(target)[1]
        by_suffix = {'.gz': 'gz', '.tgz': 'gz', '.xz': 'xz', '.txz': 'xz', '.bz2': 'bz2',
                     '.tbz': 'bz2', '.tbz2': 'bz2', '.tb2': 'bz2'}
        mode = 'w:' + by_suffix[suffix] if suffix in by_suffix else 'w'
        with TarFile.open(target, mode) as tar:
            for path in args.create:
                tar.add(path)
        if args.verbose:
            print(f'{target!r} file created.')


if __name__ == '__main__':
    main()
