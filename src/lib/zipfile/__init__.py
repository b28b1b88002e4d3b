"""Reading and writing ZIP archives, written for Immortal from the zipfile module's documentation and
the ZIP format's published specification (PKWARE APPNOTE): ZipFile in modes r/w/x/a, ZipInfo,
members stored, deflated or bzip2-compressed, LZMA members for reading (writing them raises
NotImplementedError: Immortal's lzma does not compress), ZIP64 records, traditional
PKWARE (ZipCrypto) decryption, is_zipfile and zipfile.Path.

An archive is: for each member a local header, its name and extra field, then its data; then the
central directory (one record per member, pointing back to its local header), an optional ZIP64 end
record and locator, and the end-of-central-directory record with the archive comment."""

import io
import os
import pathlib
import stat
import struct
import sys
import threading
import time

try:
    import zlib
except ImportError:
    zlib = None

try:
    import bz2
except ImportError:
    bz2 = None

try:
    import lzma
except ImportError:
    lzma = None

__all__ = ['BadZipFile', 'BadZipfile', 'error', 'ZIP_STORED', 'ZIP_DEFLATED', 'ZIP_BZIP2', 'ZIP_LZMA',
           'is_zipfile', 'ZipInfo', 'ZipFile', 'PyZipFile', 'LargeZipFile', 'Path']


class BadZipFile(Exception):
    pass


class LargeZipFile(Exception):
    """Raised when writing a zipfile that would need ZIP64 extensions while they are disabled."""


error = BadZipfile = BadZipFile

ZIP64_LIMIT = (1 << 31) - 1
ZIP_FILECOUNT_LIMIT = (1 << 16) - 1
ZIP_MAX_COMMENT = (1 << 16) - 1

ZIP_STORED = 0
ZIP_DEFLATED = 8
ZIP_BZIP2 = 12
ZIP_LZMA = 14

DEFAULT_VERSION = 20
ZIP64_VERSION = 45
BZIP2_VERSION = 46
LZMA_VERSION = 63
MAX_EXTRACT_VERSION = 63

_COMPRESSOR_NAMES = {0: 'store', 1: 'shrink', 2: 'reduce', 3: 'reduce', 4: 'reduce', 5: 'reduce', 6: 'implode',
                     7: 'tokenize', 8: 'deflate', 9: 'deflate64', 10: 'implode', 12: 'bzip2', 14: 'lzma',
                     18: 'terse', 19: 'lz77', 97: 'wavpack', 98: 'ppmd'}

# record layouts (little-endian) and their signatures
_END = struct.Struct('<4s4H2LH')            # end of central directory
_END_SIG = b'PK\005\006'
_CENTRAL = struct.Struct('<4s4B4HL2L5H2L')  # central directory file header
_CENTRAL_SIG = b'PK\001\002'
_LOCAL = struct.Struct('<4s2B4HL2L2H')      # local file header
_LOCAL_SIG = b'PK\003\004'
_END64_LOC = struct.Struct('<4sLQL')        # ZIP64 end of central directory locator
_END64_LOC_SIG = b'PK\x06\x07'
_END64 = struct.Struct('<4sQ2H2L4Q')        # ZIP64 end of central directory record
_END64_SIG = b'PK\x06\x06'
_DESCRIPTOR = struct.Struct('<4sLLL')
_DESCRIPTOR64 = struct.Struct('<4sLQQ')
_DESCRIPTOR_SIG = b'PK\x07\x08'

_MASK_ENCRYPTED = 1 << 0
_MASK_COMPRESS_OPTION_1 = 1 << 1
_MASK_USE_DATA_DESCRIPTOR = 1 << 3
_MASK_COMPRESSED_PATCH = 1 << 5
_MASK_STRONG_ENCRYPTION = 1 << 6
_MASK_UTF_FILENAME = 1 << 11

_EXTRA_ZIP64 = 1


def _check_zipfile(fp):
    try:
        return _end_record(fp) is not None
    except OSError:
        return False


def is_zipfile(filename):
    """True when filename (a path or a file object) looks like a ZIP archive (has an end record)."""
    try:
        if hasattr(filename, 'read'):
            return _check_zipfile(filename)
        with open(filename, 'rb') as fp:
            return _check_zipfile(fp)
    except OSError:
        return False


def _end_record64(fp, offset, endrec):
    """Replaces the counts and offsets of endrec by those of a ZIP64 end record, when there is one."""
    try:
        fp.seek(offset - _END64_LOC.size, 2)
    except OSError:
        return endrec
    data = fp.read(_END64_LOC.size)
    if len(data) != _END64_LOC.size:
        return endrec
    sig, diskno, reloff, disks = _END64_LOC.unpack(data)
    if sig != _END64_LOC_SIG:
        return endrec
    if diskno != 0 or disks > 1:
        raise BadZipFile('zipfiles that span multiple disks are not supported')
    fp.seek(offset - _END64_LOC.size - _END64.size, 2)
    data = fp.read(_END64.size)
    if len(data) != _END64.size:
        return endrec
    (sig, sz, create_version, read_version, disk_num, disk_dir, dircount, dircount2, dirsize,
     diroffset) = _END64.unpack(data)
    if sig != _END64_SIG:
        return endrec
    endrec[1:7] = [disk_num, disk_dir, dircount, dircount2, dirsize, diroffset]
    return endrec


def _end_record(fp):
    """[signature, disk, disk_dir, count_disk, count, size, offset, comment_size, comment, location]
    of the archive's end record, or None when there is none."""
    fp.seek(0, 2)
    filesize = fp.tell()
    try:
        fp.seek(-_END.size, 2)
    except OSError:
        return None
    data = fp.read()
    if len(data) == _END.size and data[0:4] == _END_SIG and data[-2:] == b'\000\000':
        endrec = list(_END.unpack(data))
        endrec.append(b'')
        endrec.append(filesize - _END.size)
        return _end_record64(fp, -_END.size, endrec)
    start = max(filesize - ZIP_MAX_COMMENT - _END.size, 0)
    fp.seek(start, 0)
    data = fp.read()
    at = data.rfind(_END_SIG)
    if at >= 0:
        rec = data[at:at + _END.size]
        if len(rec) != _END.size:
            return None
        endrec = list(_END.unpack(rec))
        comment = data[at + _END.size:at + _END.size + endrec[7]]
        endrec.append(comment)
        endrec.append(start + at)
        return _end_record64(fp, start + at - filesize, endrec)
    return None


def _dos_time(date_time):
    """(time, date) in MS-DOS form: 2-second resolution, years from 1980."""
    y, mo, d, h, mi, s = date_time
    return (h << 11 | mi << 5 | s // 2), ((y - 1980) << 9 | mo << 5 | d)


class ZipInfo:
    """Information about one member of an archive."""

    __slots__ = ('orig_filename', 'filename', 'date_time', 'compress_type', '_compresslevel', 'comment',
                 'extra', 'create_system', 'create_version', 'extract_version', 'reserved', 'flag_bits',
                 'volume', 'internal_attr', 'external_attr', 'header_offset', 'CRC', 'compress_size',
                 'file_size', '_raw_time', '_end_offset')

    def __init__(self, filename='NoName', date_time=(1980, 1, 1, 0, 0, 0)):
        self.orig_filename = filename
        nul = filename.find(chr(0))
        if nul >= 0:
            filename = filename[:nul]
        if os.sep != '/' and os.sep in filename:
            filename = filename.replace(os.sep, '/')
        self.filename = filename
        self.date_time = date_time
        if date_time[0] < 1980:
            raise ValueError('ZIP does not support timestamps before 1980')
        self.compress_type = ZIP_STORED
        self._compresslevel = None
        self.comment = b''
        self.extra = b''
        self.create_system = 0 if sys.platform == 'win32' else 3
        self.create_version = DEFAULT_VERSION
        self.extract_version = DEFAULT_VERSION
        self.reserved = 0
        self.flag_bits = 0
        self.volume = 0
        self.internal_attr = 0
        self.external_attr = 0
        self.compress_size = 0
        self.file_size = 0
        self._end_offset = None

    @property
    def compress_level(self):
        return self._compresslevel

    @compress_level.setter
    def compress_level(self, value):
        self._compresslevel = value

    def __repr__(self):
        parts = ['<%s filename=%r' % (self.__class__.__name__, self.filename)]
        if self.compress_type != ZIP_STORED:
            parts.append(' compress_type=%s' % _COMPRESSOR_NAMES.get(self.compress_type, self.compress_type))
        hi = self.external_attr >> 16
        lo = self.external_attr & 0xFFFF
        if hi:
            parts.append(' filemode=%r' % stat.filemode(hi))
        if lo:
            parts.append(' external_attr=%#x' % lo)
        isdir = self.is_dir()
        if not isdir or self.file_size:
            parts.append(' file_size=%r' % self.file_size)
        if ((not isdir or self.compress_size) and
                (self.compress_type != ZIP_STORED or self.file_size != self.compress_size)):
            parts.append(' compress_size=%r' % self.compress_size)
        parts.append('>')
        return ''.join(parts)

    def FileHeader(self, zip64=None):
        """The local header for this member (bytes), with a ZIP64 extra field when needed."""
        dostime, dosdate = _dos_time(self.date_time)
        sizes = (self.CRC, self.compress_size, self.file_size)
        if self.flag_bits & _MASK_USE_DATA_DESCRIPTOR:
            sizes = (0, 0, 0)  # they follow the data, in the descriptor
        crc, csize, usize = sizes
        if zip64 is None:
            zip64 = max(csize, usize) > ZIP64_LIMIT
        extra = self.extra
        if zip64:
            extra += struct.pack('<HHQQ', _EXTRA_ZIP64, 16, usize, csize)
            csize = usize = 0xffffffff
        need = _min_version(self.compress_type, zip64)
        self.extract_version = max(self.extract_version, need)
        self.create_version = max(self.create_version, need)
        name, flags = self._encodeFilenameFlags()
        fixed = _LOCAL.pack(_LOCAL_SIG, self.extract_version, self.reserved, flags, self.compress_type,
                            dostime, dosdate, crc, csize, usize, len(name), len(extra))
        return b''.join((fixed, name, extra))

    def _encodeFilenameFlags(self):
        name = self.filename
        if name.isascii():
            return name.encode('ascii'), self.flag_bits
        return name.encode('utf-8'), self.flag_bits | _MASK_UTF_FILENAME

    def _decodeExtra(self):
        extra = self.extra
        i = 0
        while i + 4 <= len(extra):
            tp, ln = struct.unpack('<HH', extra[i:i + 4])
            if i + 4 + ln > len(extra):
                raise BadZipFile('Corrupt extra field %04x (size=%d)' % (tp, ln))
            if tp == _EXTRA_ZIP64:
                data = extra[i + 4:i + 4 + ln]
                pos = 0
                for field, what in (('file_size', 'File size'), ('compress_size', 'Compress size'),
                                    ('header_offset', 'Header offset')):
                    if getattr(self, field) == 0xffffffff:
                        if pos + 8 > len(data):
                            raise BadZipFile('Corrupt zip64 extra field. %s not found.' % what)
                        setattr(self, field, struct.unpack('<Q', data[pos:pos + 8])[0])
                        pos += 8
            i += 4 + ln

    @classmethod
    def from_file(cls, filename, arcname=None, *, strict_timestamps=True):
        """A ZipInfo for a file or directory on disk, named arcname in the archive."""
        filename = os.fspath(filename)
        st = os.stat(filename)
        is_directory = stat.S_ISDIR(st.st_mode)
        stamp = tuple(time.localtime(st.st_mtime))[:6]
        if not strict_timestamps:
            # clamp to what a DOS date can hold
            stamp = max(stamp, (1980, 1, 1, 0, 0, 0))
            stamp = min(stamp, (2107, 12, 31, 23, 59, 59))
        name = os.path.normpath(os.path.splitdrive(filename if arcname is None else arcname)[1])
        name = name.lstrip(os.sep + (os.altsep or ''))
        if is_directory:
            name += '/'
        zinfo = cls(name, stamp)
        zinfo.external_attr = (st.st_mode & 0xFFFF) << 16
        zinfo.file_size = 0 if is_directory else st.st_size
        if is_directory:
            zinfo.external_attr |= 0x10
        return zinfo

    def is_dir(self):
        """True when this member is a directory (its name ends with a slash)."""
        return self.filename.endswith('/')


# ---------------------------------------------------------------- traditional PKWARE encryption

_crc_table = None


def _crc_step(crc, b):
    return _crc_table[(crc ^ b) & 0xff] ^ (crc >> 8)


class _ZipDecrypter:
    """The traditional PKWARE stream cipher (APPNOTE 6.1), decrypting."""

    def __init__(self, pwd):
        global _crc_table
        if _crc_table is None:
            table = []
            for n in range(256):
                c = n
                for _ in range(8):
                    c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
                table.append(c)
            _crc_table = table
        self.k0, self.k1, self.k2 = 305419896, 591751049, 878082192
        for p in pwd:
            self._update(p)

    def _update(self, c):
        self.k0 = _crc_step(self.k0, c)
        self.k1 = (self.k1 + (self.k0 & 0xff)) & 0xffffffff
        self.k1 = (self.k1 * 134775813 + 1) & 0xffffffff
        self.k2 = _crc_step(self.k2, (self.k1 >> 24) & 0xff)

    def __call__(self, data):
        out = bytearray()
        for c in data:
            k = self.k2 | 2
            c ^= ((k * (k ^ 1)) >> 8) & 0xff
            self._update(c)
            out.append(c)
        return bytes(out)


def _min_version(compress_type, zip64):
    """The lowest "version needed to extract" for a member's features."""
    need = ZIP64_VERSION if zip64 else 0
    by_method = {ZIP_BZIP2: BZIP2_VERSION, ZIP_LZMA: LZMA_VERSION}
    return max(need, by_method.get(compress_type, 0))


def _check_compression(compression):
    if compression in (ZIP_STORED, ZIP_DEFLATED):
        if compression == ZIP_DEFLATED and zlib is None:
            raise RuntimeError('Compression requires the (missing) zlib module')
        return
    if compression == ZIP_BZIP2:
        if bz2 is None:
            raise RuntimeError('Compression requires the (missing) bz2 module')
        return
    if compression == ZIP_LZMA:
        if lzma is None:
            raise RuntimeError('Compression requires the (missing) lzma module')
        return
    raise NotImplementedError('That compression method is not supported')


def _get_compressor(compress_type, compresslevel=None):
    _check_compression(compress_type)
    if compress_type == ZIP_BZIP2:
        return bz2.BZ2Compressor() if compresslevel is None else bz2.BZ2Compressor(compresslevel)
    if compress_type == ZIP_LZMA:
        # Immortal's lzma cannot compress: this raises NotImplementedError
        return lzma.LZMACompressor(lzma.FORMAT_RAW, filters=[{'id': lzma.FILTER_LZMA1}])
    if compress_type != ZIP_DEFLATED:
        return None
    level = zlib.Z_DEFAULT_COMPRESSION if compresslevel is None else compresslevel
    return zlib.compressobj(level, zlib.DEFLATED, -15)


class _Bz2Inflater:
    """What ZipExtFile uses of zlib's decompress objects, over a BZ2Decompressor (which keeps the
    input it has not used itself, so there is never an unconsumed tail)."""

    unconsumed_tail = b''

    def __init__(self):
        self._dec = bz2.BZ2Decompressor()

    @property
    def eof(self):
        return self._dec.eof

    def decompress(self, data, max_length=0):
        return self._dec.decompress(data, max_length or -1)

    def flush(self):
        # everything still held, once the whole member has been fed
        return b'' if self._dec.eof else self._dec.decompress(b'')


class _LzmaInflater(_Bz2Inflater):
    """The same for LZMA members: a raw LZMA1 stream after a 4-byte header (LZMA SDK version, size
    of the properties) and the properties."""

    def __init__(self):
        self._dec = None
        self._head = b''

    @property
    def eof(self):
        return self._dec is not None and self._dec.eof

    def decompress(self, data, max_length=0):
        if self._dec is None:
            self._head += data
            if len(self._head) < 4:
                return b''
            size = self._head[2] | self._head[3] << 8
            if len(self._head) < 4 + size:
                return b''
            props = lzma._decode_filter_properties(lzma.FILTER_LZMA1, self._head[4:4 + size])
            self._dec = lzma.LZMADecompressor(lzma.FORMAT_RAW, filters=[props])
            data, self._head = self._head[4 + size:], None
        return self._dec.decompress(data, max_length or -1)

    def flush(self):
        if self._dec is None or self._dec.eof:
            return b''
        return self._dec.decompress(b'')


_READ_WHILE_WRITING = ("Can't read from the ZIP file while there is an open writing handle on it. "
                       "Close the writing handle before trying to read.")


class _SharedFile:
    """A member reader's own position in the archive's file object, which several readers share."""

    def __init__(self, file, pos, close, lock, writing):
        self._file, self._pos, self._close = file, pos, close
        self._lock, self._writing = lock, writing

    def seekable(self):
        return self._file.seekable()

    def tell(self):
        return self._pos

    def _at_own_position(self, op):
        with self._lock:
            if self._writing():
                raise ValueError(_READ_WHILE_WRITING)
            self._file.seek(self._pos)
            result = op()
            self._pos = self._file.tell()
        return result

    def seek(self, offset, whence=0):
        if whence == 1:
            offset, whence = self._pos + offset, 0
        self._at_own_position(lambda: self._file.seek(offset, whence))
        return self._pos

    def read(self, n=-1):
        return self._at_own_position(lambda: self._file.read(n))

    def close(self):
        file, self._file = self._file, None
        if file is not None:
            self._close(file)


class ZipExtFile(io.BufferedIOBase):
    """A readable file object for one member of an archive (from ZipFile.open)."""

    MIN_READ_SIZE = 4096

    def __init__(self, fileobj, mode, zipinfo, pwd=None, close_fileobj=False):
        self._src = fileobj
        self._owns_src = close_fileobj
        self._info = zipinfo
        self._pwd = pwd
        self.mode = mode
        self.name = zipinfo.filename
        self.newlines = None
        self._closed_flag = False
        _check_compression(zipinfo.compress_type)
        try:
            self._data_start = fileobj.tell() if fileobj.seekable() else None
        except AttributeError:
            self._data_start = None
        self._begin()

    def _begin(self):
        """(Re)starts decoding at the member's first byte."""
        info = self._info
        self._raw_left = info.compress_size
        self._out_left = info.file_size
        if info.compress_type == ZIP_DEFLATED:
            self._inflater = zlib.decompressobj(-15)
        elif info.compress_type == ZIP_BZIP2:
            self._inflater = _Bz2Inflater()
        elif info.compress_type == ZIP_LZMA:
            self._inflater = _LzmaInflater()
        else:
            self._inflater = None
        self._crc = 0
        self._done = False
        self._pending = b''
        self._pos = 0
        self._cipher = None
        if self._pwd:
            self._cipher = _ZipDecrypter(self._pwd)
            head = self._take_raw(12, exact=True)
            if info.flag_bits & _MASK_USE_DATA_DESCRIPTOR:
                expected = (info._raw_time >> 8) & 0xff
            else:
                expected = (info.CRC >> 24) & 0xff
            if head[11] != expected:
                raise RuntimeError('Bad password for file %r' % info.orig_filename)

    def _take_raw(self, n, exact=False):
        n = n if exact else min(max(n, self.MIN_READ_SIZE), self._raw_left)
        if n <= 0:
            return b''
        data = self._src.read(n)
        if not data:
            raise EOFError
        self._raw_left -= len(data)
        return self._cipher(data) if self._cipher is not None else data

    def _produce(self, hint):
        """The next piece of the member's content; b'' once it is all out."""
        while not self._done:
            if self._inflater is None:
                piece = self._take_raw(hint)
                finished = self._raw_left <= 0
            else:
                raw = self._inflater.unconsumed_tail
                if len(raw) < hint:
                    raw += self._take_raw(hint - len(raw))
                piece = self._inflater.decompress(raw, max(hint, self.MIN_READ_SIZE))
                finished = self._inflater.eof or (self._raw_left <= 0 and not self._inflater.unconsumed_tail)
                if finished:
                    piece += self._inflater.flush()
            piece = piece[:self._out_left]
            self._out_left -= len(piece)
            self._crc = zlib.crc32(piece, self._crc)
            if finished or self._out_left <= 0:
                self._done = True
                if self._crc != self._info.CRC:
                    raise BadZipFile('Bad CRC-32 for file %r' % self.name)
            if piece:
                return piece
        return b''

    def __repr__(self):
        text = '<%s.%s' % (type(self).__module__, type(self).__qualname__)
        if self.closed:
            return text + ' [closed]>'
        text += ' name=%r mode=%r' % (self.name, self.mode)
        if self._info.compress_type != ZIP_STORED:
            text += ' compress_type=%s' % _COMPRESSOR_NAMES.get(self._info.compress_type, self._info.compress_type)
        return text + '>'

    def _ensure_open(self, what='I/O operation on closed file.'):
        if self.closed:
            raise ValueError(what)

    def readable(self):
        self._ensure_open()
        return True

    def seekable(self):
        self._ensure_open()
        return self._data_start is not None

    def _fill(self, n):
        while len(self._pending) < n:
            piece = self._produce(n - len(self._pending))
            if not piece:
                break
            self._pending += piece

    def _give(self, n):
        data, self._pending = self._pending[:n], self._pending[n:]
        self._pos += len(data)
        return data

    def read(self, n=-1):
        self._ensure_open('read from closed file.')
        if n is None or n < 0:
            parts = [self._pending]
            self._pending = b''
            for piece in iter(lambda: self._produce(1 << 16), b''):
                parts.append(piece)
            data = b''.join(parts)
            self._pos += len(data)
            return data
        self._fill(n)
        return self._give(n)

    def read1(self, n=-1):
        self._ensure_open('read from closed file.')
        if n is None or n < 0:
            n = 1 << 16
        if not self._pending:
            self._pending = self._produce(n)
        return self._give(n)

    def peek(self, n=1):
        self._ensure_open('read from closed file.')
        self._fill(max(n, 1))
        return self._pending[:512]

    def readline(self, limit=-1):
        self._ensure_open('read from closed file.')
        if limit is None:
            limit = -1
        start = 0
        while True:
            at = self._pending.find(b'\n', start)
            if at >= 0:
                size = at + 1
                break
            start = len(self._pending)
            if 0 <= limit <= start:
                size = limit
                break
            piece = self._produce(self.MIN_READ_SIZE)
            if not piece:
                size = len(self._pending)
                break
            self._pending += piece
        if 0 <= limit < size:
            size = limit
        return self._give(size)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    @property
    def closed(self):
        return self._closed_flag

    def close(self):
        if self._closed_flag:
            return
        self._closed_flag = True
        if self._owns_src:
            self._src.close()

    def tell(self):
        self._ensure_open('tell on closed file.')
        if self._data_start is None:
            raise io.UnsupportedOperation('underlying stream is not seekable')
        return self._pos

    def seek(self, offset, whence=0):
        self._ensure_open('seek on closed file.')
        if self._data_start is None:
            raise io.UnsupportedOperation('underlying stream is not seekable')
        size = self._info.file_size
        bases = {0: 0, 1: self._pos, 2: size}
        if whence not in bases:
            raise ValueError('whence must be os.SEEK_SET (0), os.SEEK_CUR (1), or os.SEEK_END (2)')
        target = min(max(bases[whence] + offset, 0), size)
        ahead = target - self._pos
        if 0 <= ahead <= len(self._pending):
            self._give(ahead)
            return self._pos
        if ahead < 0:
            self._src.seek(self._data_start)
            self._begin()
        while self._pos < target:
            if not self.read(min(target - self._pos, 1 << 20)):
                break
        return self._pos


class _ZipWriteFile(io.BufferedIOBase):
    """The writable file object of ZipFile.open(name, 'w'): compresses into the archive as it goes."""

    def __init__(self, zf, zinfo, zip64):
        self._archive = zf
        self._info = zinfo
        self._zip64 = zip64
        self._packer = _get_compressor(zinfo.compress_type, zinfo._compresslevel)
        self._plain = 0
        self._packed = 0
        self._crc = 0
        self._closed = False

    @property
    def closed(self):
        return self._closed

    def writable(self):
        return not self._closed

    def write(self, data):
        if self._closed:
            raise ValueError('I/O operation on closed file.')
        if not isinstance(data, (bytes, bytearray)):
            data = memoryview(data).cast('B').tobytes()
        self._crc = zlib.crc32(data, self._crc)
        self._plain += len(data)
        out = self._packer.compress(data) if self._packer is not None else data
        self._packed += len(out)
        self._archive.fp.write(out)
        return len(data)

    def close(self):
        if self._closed:
            return
        archive, info, fp = self._archive, self._info, self._archive.fp
        try:
            if self._packer is not None:
                tail = self._packer.flush()
                self._packed += len(tail)
                fp.write(tail)
            info.CRC, info.file_size, info.compress_size = self._crc, self._plain, self._packed
            if not self._zip64 and self._plain > ZIP64_LIMIT:
                raise RuntimeError('File size too large, try using force_zip64')
            if not self._zip64 and self._packed > ZIP64_LIMIT:
                raise RuntimeError('Compressed size too large, try using force_zip64')
            if info.flag_bits & _MASK_USE_DATA_DESCRIPTOR:
                layout = _DESCRIPTOR64 if self._zip64 else _DESCRIPTOR
                fp.write(layout.pack(_DESCRIPTOR_SIG, info.CRC, info.compress_size, info.file_size))
                archive.start_dir = fp.tell()
            else:
                # go back and put the sizes and CRC into the local header
                end = fp.tell()
                fp.seek(info.header_offset)
                fp.write(info.FileHeader(self._zip64))
                fp.seek(end)
                archive.start_dir = end
            archive._add_member(info)
        finally:
            archive._writing = False
            self._closed = True


class _Tellable:
    """Wraps an unseekable output (a pipe, a socket) and counts the bytes written, for tell()."""

    def __init__(self, fp):
        self.fp, self.offset = fp, 0

    def write(self, data):
        written = self.fp.write(data)
        self.offset += written
        return written

    def tell(self):
        return self.offset

    def flush(self):
        return self.fp.flush()

    def close(self):
        return self.fp.close()


_WRITE_MODES = ('w', 'x', 'a')
# how the archive file is opened for each ZipFile mode; a mode whose file open fails tries the next
_FILE_MODES = {'r': ['rb'], 'w': ['w+b', 'wb'], 'x': ['x+b', 'xb'], 'a': ['r+b', 'w+b', 'wb']}


class ZipFile:
    """A ZIP archive opened for reading ('r'), writing ('w', 'x') or appending ('a')."""

    fp = None
    _windows_illegal_name_trans_table = None

    def __init__(self, file, mode='r', compression=ZIP_STORED, allowZip64=True, compresslevel=None, *,
                 strict_timestamps=True, metadata_encoding=None):
        if mode not in _FILE_MODES:
            raise ValueError("ZipFile requires mode 'r', 'w', 'x', or 'a'")
        _check_compression(compression)
        if metadata_encoding and mode != 'r':
            raise ValueError('metadata_encoding is only supported for reading files')
        self.mode = mode
        self.compression, self.compresslevel = compression, compresslevel
        self.metadata_encoding = metadata_encoding
        self._allowZip64 = allowZip64
        self._strict_timestamps = strict_timestamps
        self.filelist, self.NameToInfo = [], {}
        self.pwd = None
        self.debug = 0
        self._comment = b''
        self._didModify = False
        self._lock = threading.RLock()
        self._seekable = True
        self._writing = False
        self._fileRefCnt = 1
        if isinstance(file, os.PathLike):
            file = os.fspath(file)
        self._filePassed = not isinstance(file, str)
        if self._filePassed:
            self.fp = file
            self.filename = getattr(file, 'name', None)
        else:
            self.filename = file
            self.fp = self._open_path(file, _FILE_MODES[mode])
        try:
            self._start(mode)
        except BaseException:
            fp, self.fp = self.fp, None
            self._fpclose(fp)
            raise

    @staticmethod
    def _open_path(path, file_modes):
        for i, file_mode in enumerate(file_modes):
            try:
                return io.open(path, file_mode)
            except OSError:
                if i == len(file_modes) - 1:
                    raise

    def _start(self, mode):
        if mode == 'r':
            self._RealGetContents()
            return
        if mode == 'a':
            try:
                self._RealGetContents()
            except BadZipFile:
                # not an archive yet: a new one goes after the file's data
                self.fp.seek(0, 2)
                self.start_dir = self.fp.tell()
                self._didModify = True
            else:
                self.fp.seek(self.start_dir)
            return
        self._didModify = True
        try:
            self.start_dir = self.fp.tell()
        except (AttributeError, OSError):
            self.fp, self.start_dir, self._seekable = _Tellable(self.fp), 0, False
            return
        try:
            self.fp.seek(self.start_dir)
        except (AttributeError, OSError):
            self._seekable = False

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()

    def __repr__(self):
        text = '<%s.%s' % (type(self).__module__, type(self).__qualname__)
        if self.fp is None:
            return text + ' [closed]>'
        if self._filePassed:
            text += ' file=%r' % (self.fp,)
        elif self.filename is not None:
            text += ' filename=%r' % (self.filename,)
        return text + ' mode=%r>' % (self.mode,)

    def _RealGetContents(self):
        fp = self.fp
        try:
            endrec = _end_record(fp)
        except OSError:
            raise BadZipFile('File is not a zip file')
        if not endrec:
            raise BadZipFile('File is not a zip file')
        cd_size, cd_offset, self._comment, end_at = endrec[5], endrec[6], endrec[8], endrec[9]
        # bytes in front of the archive (a self-extractor's stub) shift every offset
        shift = end_at - cd_size - cd_offset
        if end_at >= _END64.size + _END64_LOC.size and self._has_end64(end_at):
            shift -= _END64.size + _END64_LOC.size
        self.start_dir = cd_offset + shift
        if self.start_dir < 0:
            raise BadZipFile('Bad offset for central directory')
        fp.seek(self.start_dir)
        directory = fp.read(cd_size)
        at = 0
        while at < cd_size:
            fixed = directory[at:at + _CENTRAL.size]
            if len(fixed) != _CENTRAL.size:
                raise BadZipFile('Truncated central directory')
            rec = _CENTRAL.unpack(fixed)
            if rec[0] != _CENTRAL_SIG:
                raise BadZipFile('Bad magic number for central directory')
            at += _CENTRAL.size
            name_len, extra_len, comment_len = rec[12], rec[13], rec[14]
            raw_name = directory[at:at + name_len]
            encoding = 'utf-8' if rec[5] & _MASK_UTF_FILENAME else (self.metadata_encoding or 'cp437')
            x = ZipInfo(raw_name.decode(encoding))
            at += name_len
            x.extra = directory[at:at + extra_len]
            at += extra_len
            x.comment = directory[at:at + comment_len]
            at += comment_len
            (x.create_version, x.create_system, x.extract_version, x.reserved, x.flag_bits, x.compress_type,
             dostime, dosdate, x.CRC, x.compress_size, x.file_size) = rec[1:12]
            x.volume, x.internal_attr, x.external_attr, x.header_offset = rec[15:19]
            if x.extract_version > MAX_EXTRACT_VERSION:
                raise NotImplementedError('zip file version %.1f' % (x.extract_version / 10))
            x._raw_time = dostime
            x.date_time = ((dosdate >> 9) + 1980, (dosdate >> 5) & 0xF, dosdate & 0x1F,
                           dostime >> 11, (dostime >> 5) & 0x3F, (dostime & 0x1F) * 2)
            x._decodeExtra()
            x.header_offset += shift
            self.filelist.append(x)
            self.NameToInfo[x.filename] = x
        # each member's data must end before the next member (by position) begins
        limit = self.start_dir
        for zinfo in sorted(self.filelist, key=lambda zi: -zi.header_offset):
            zinfo._end_offset = limit
            limit = zinfo.header_offset

    def _has_end64(self, location):
        self.fp.seek(location - _END64_LOC.size)
        return self.fp.read(4) == _END64_LOC_SIG

    def namelist(self):
        """The members' names, in archive order."""
        return [zinfo.filename for zinfo in self.filelist]

    def infolist(self):
        """The members' ZipInfo objects, in archive order."""
        return self.filelist

    def printdir(self, file=None):
        """Prints a table of the members to sys.stdout (or file)."""
        print('%-46s %19s %12s' % ('File Name', 'Modified    ', 'Size'), file=file)
        for zinfo in self.filelist:
            stamp = '%d-%02d-%02d %02d:%02d:%02d' % zinfo.date_time[:6]
            print('%-46s %s %12d' % (zinfo.filename, stamp, zinfo.file_size), file=file)

    def testzip(self):
        """Reads every member and checks its CRC; returns the first bad member's name, or None."""
        for zinfo in self.filelist:
            try:
                with self.open(zinfo.filename) as member:
                    while member.read(1 << 20):
                        pass
            except BadZipFile:
                return zinfo.filename
        return None

    def getinfo(self, name):
        """The ZipInfo of the member called name (KeyError when there is none)."""
        try:
            return self.NameToInfo[name]
        except KeyError:
            raise KeyError('There is no item named %r in the archive' % name) from None

    def setpassword(self, pwd):
        """Sets the default password (bytes) for encrypted members."""
        if pwd and not isinstance(pwd, bytes):
            raise TypeError('pwd: expected bytes, got %s' % type(pwd).__name__)
        self.pwd = pwd or None

    @property
    def comment(self):
        """The archive's comment (bytes)."""
        return self._comment

    @comment.setter
    def comment(self, comment):
        if not isinstance(comment, bytes):
            raise TypeError('comment: expected bytes, got %s' % type(comment).__name__)
        if len(comment) > ZIP_MAX_COMMENT:
            import warnings
            warnings.warn('Archive comment is too long; truncating to %d bytes' % ZIP_MAX_COMMENT, stacklevel=2)
        self._comment = comment[:ZIP_MAX_COMMENT]
        self._didModify = True

    def read(self, name, pwd=None):
        """The contents of member name (a name or a ZipInfo), as bytes."""
        with self.open(name, 'r', pwd) as member:
            return member.read()

    def open(self, name, mode='r', pwd=None, *, force_zip64=False):
        """A file object for reading (mode 'r') or writing (mode 'w') one member."""
        if mode not in ('r', 'w'):
            raise ValueError('open() requires mode "r" or "w"')
        if pwd and mode == 'w':
            raise ValueError('pwd is only supported for reading files')
        if pwd and not isinstance(pwd, bytes):
            raise TypeError('pwd: expected bytes, got %s' % type(pwd).__name__)
        if not self.fp:
            raise ValueError('Attempt to use ZIP archive that was already closed')
        if mode == 'w':
            if isinstance(name, ZipInfo):
                zinfo = name
            else:
                zinfo = ZipInfo(name)
                zinfo.compress_type, zinfo._compresslevel = self.compression, self.compresslevel
            return self._open_to_write(zinfo, force_zip64=force_zip64)
        zinfo = name if isinstance(name, ZipInfo) else self.getinfo(name)
        if self._writing:
            raise ValueError(_READ_WHILE_WRITING)
        self._fileRefCnt += 1
        shared = _SharedFile(self.fp, zinfo.header_offset, self._fpclose, self._lock, lambda: self._writing)
        try:
            self._check_local_header(shared, zinfo)
            if zinfo.flag_bits & _MASK_ENCRYPTED:
                pwd = pwd or self.pwd
                if not pwd:
                    raise RuntimeError('File %r is encrypted, password required for extraction' % name)
            else:
                pwd = None
            return ZipExtFile(shared, mode, zinfo, pwd, True)
        except BaseException:
            shared.close()
            raise

    def _check_local_header(self, shared, zinfo):
        fixed = shared.read(_LOCAL.size)
        if len(fixed) != _LOCAL.size:
            raise BadZipFile('Truncated file header')
        rec = _LOCAL.unpack(fixed)
        if rec[0] != _LOCAL_SIG:
            raise BadZipFile('Bad magic number for file header')
        raw_name = shared.read(rec[10])
        if rec[11]:
            shared.read(rec[11])
        if zinfo.flag_bits & _MASK_COMPRESSED_PATCH:
            raise NotImplementedError('compressed patched data (flag bit 5)')
        if zinfo.flag_bits & _MASK_STRONG_ENCRYPTION:
            raise NotImplementedError('strong encryption (flag bit 6)')
        encoding = 'utf-8' if rec[3] & _MASK_UTF_FILENAME else (self.metadata_encoding or 'cp437')
        if raw_name.decode(encoding) != zinfo.orig_filename:
            raise BadZipFile('File name in directory %r and header %r differ.' % (zinfo.orig_filename, raw_name))
        if zinfo._end_offset is not None and shared.tell() + zinfo.compress_size > zinfo._end_offset:
            raise BadZipFile('Overlapped entries: %r (possible zip bomb)' % zinfo.orig_filename)

    def _open_to_write(self, zinfo, force_zip64=False):
        if force_zip64 and not self._allowZip64:
            raise ValueError('force_zip64 is True, but allowZip64 was False when opening the ZIP file.')
        if self._writing:
            raise ValueError("Can't write to the ZIP file while there is another write handle open on it. "
                             "Close the first handle before opening another.")
        zinfo.compress_size = zinfo.CRC = 0
        zinfo.flag_bits = (_MASK_COMPRESS_OPTION_1 if zinfo.compress_type == ZIP_LZMA else 0) | (
            0 if self._seekable else _MASK_USE_DATA_DESCRIPTOR)
        zinfo.external_attr = zinfo.external_attr or 0o600 << 16
        zip64 = self._allowZip64 and (force_zip64 or zinfo.file_size * 1.05 > ZIP64_LIMIT)
        self._place_header(zinfo, zip64)
        self._writing = True
        return _ZipWriteFile(self, zinfo, zip64)

    def _place_header(self, zinfo, zip64):
        """Writes zinfo's local header where the central directory would start."""
        fp = self.fp
        if self._seekable:
            fp.seek(self.start_dir)
        zinfo.header_offset = fp.tell()
        self._writecheck(zinfo)
        self._didModify = True
        fp.write(zinfo.FileHeader(zip64))

    def _add_member(self, zinfo):
        self.filelist.append(zinfo)
        self.NameToInfo[zinfo.filename] = zinfo

    def extract(self, member, path=None, pwd=None):
        """Extracts one member under path (default: the current directory); returns the path made."""
        return self._extract_member(member, os.getcwd() if path is None else os.fspath(path), pwd)

    def extractall(self, path=None, members=None, pwd=None):
        """Extracts all members (or those listed) under path."""
        target = os.getcwd() if path is None else os.fspath(path)
        for member in (self.namelist() if members is None else members):
            self._extract_member(member, target, pwd)

    @classmethod
    def _sanitize_windows_name(cls, arcname, pathsep):
        if cls._windows_illegal_name_trans_table is None:
            cls._windows_illegal_name_trans_table = str.maketrans(':<>|"?*', '_______')
        cleaned = arcname.translate(cls._windows_illegal_name_trans_table)
        return pathsep.join(part.rstrip('.') for part in cleaned.split(pathsep) if part.rstrip('.'))

    def _extract_member(self, member, targetpath, pwd):
        if not isinstance(member, ZipInfo):
            member = self.getinfo(member)
        sep = os.path.sep
        name = member.filename.replace('/', sep)
        if os.path.altsep:
            name = name.replace(os.path.altsep, sep)
        # no drive, no empty, '.' or '..' parts: the result stays inside targetpath
        parts = [p for p in os.path.splitdrive(name)[1].split(sep) if p not in ('', os.path.curdir, os.path.pardir)]
        name = sep.join(parts)
        if sep == '\\':
            name = self._sanitize_windows_name(name, sep)
        if not name and not member.is_dir():
            raise ValueError('Empty filename.')
        dest = os.path.normpath(os.path.join(targetpath, name))
        parent = os.path.dirname(dest)
        if parent:
            os.makedirs(parent, exist_ok=True)
        if member.is_dir():
            if not os.path.isdir(dest):
                os.mkdir(dest)
            return dest
        import shutil
        with self.open(member, pwd=pwd) as source, io.open(dest, 'wb') as target:
            shutil.copyfileobj(source, target)
        return dest

    def _writecheck(self, zinfo):
        if zinfo.filename in self.NameToInfo:
            import warnings
            warnings.warn('Duplicate name: %r' % zinfo.filename, stacklevel=3)
        if self.mode not in _WRITE_MODES:
            raise ValueError("write() requires mode 'w', 'x', or 'a'")
        if not self.fp:
            raise ValueError('Attempt to write ZIP archive that was already closed')
        _check_compression(zinfo.compress_type)
        if self._allowZip64:
            return
        for too_big, what in ((len(self.filelist) >= ZIP_FILECOUNT_LIMIT, 'Files count'),
                              (zinfo.file_size > ZIP64_LIMIT, 'Filesize'),
                              (zinfo.header_offset > ZIP64_LIMIT, 'Zipfile size')):
            if too_big:
                raise LargeZipFile(what + ' would require ZIP64 extensions')

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None):
        """Puts the file or directory filename into the archive as arcname."""
        if not self.fp:
            raise ValueError('Attempt to write to ZIP archive that was already closed')
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists")
        zinfo = ZipInfo.from_file(filename, arcname, strict_timestamps=self._strict_timestamps)
        if zinfo.is_dir():
            zinfo.compress_size = zinfo.CRC = 0
            self.mkdir(zinfo)
            return
        zinfo.compress_type = self.compression if compress_type is None else compress_type
        zinfo._compresslevel = self.compresslevel if compresslevel is None else compresslevel
        import shutil
        with io.open(filename, 'rb') as src, self.open(zinfo, 'w') as dest:
            shutil.copyfileobj(src, dest, 8192)

    def writestr(self, zinfo_or_arcname, data, compress_type=None, compresslevel=None):
        """Writes data (str, encoded as UTF-8, or bytes) as a member named by a name or a ZipInfo."""
        if isinstance(data, str):
            data = data.encode('utf-8')
        zinfo = zinfo_or_arcname
        if not isinstance(zinfo, ZipInfo):
            zinfo = ZipInfo(zinfo_or_arcname, time.localtime(time.time())[:6])
            zinfo.compress_type, zinfo._compresslevel = self.compression, self.compresslevel
            zinfo.external_attr = (0o40775 << 16 | 0x10) if zinfo.filename.endswith('/') else 0o600 << 16
        if not self.fp:
            raise ValueError('Attempt to write to ZIP archive that was already closed')
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists.")
        zinfo.compress_type = zinfo.compress_type if compress_type is None else compress_type
        zinfo._compresslevel = zinfo._compresslevel if compresslevel is None else compresslevel
        zinfo.file_size = len(data)
        with self._lock, self.open(zinfo, mode='w') as dest:
            dest.write(data)

    def mkdir(self, zinfo_or_directory_name, mode=511):
        """Creates a directory member."""
        if isinstance(zinfo_or_directory_name, ZipInfo):
            zinfo = zinfo_or_directory_name
            if not zinfo.is_dir():
                raise ValueError('The given ZipInfo does not describe a directory')
        elif isinstance(zinfo_or_directory_name, str):
            name = zinfo_or_directory_name
            zinfo = ZipInfo(name if name.endswith('/') else name + '/')
            zinfo.CRC = zinfo.compress_size = zinfo.file_size = 0
            zinfo.external_attr = (((stat.S_IFDIR | mode) & 0xFFFF) << 16) | 0x10
        else:
            raise TypeError('Expected type str or ZipInfo')
        with self._lock:
            if zinfo.compress_type == ZIP_LZMA:
                zinfo.flag_bits |= _MASK_COMPRESS_OPTION_1
            self._place_header(zinfo, False)
            self._add_member(zinfo)
            self.start_dir = self.fp.tell()

    def __del__(self):
        self.close()

    def close(self):
        """Writes the central directory (when modified) and closes the file."""
        if self.fp is None:
            return
        if self._writing:
            raise ValueError("Can't close the ZIP file while there is an open writing handle on it. "
                             "Close the writing handle before closing the zip.")
        try:
            if self._didModify and self.mode in _WRITE_MODES:
                with self._lock:
                    if self._seekable:
                        self.fp.seek(self.start_dir)
                    self._write_end_record()
        finally:
            fp, self.fp = self.fp, None
            self._fpclose(fp)

    def _central_record(self, zinfo):
        """One member's central directory entry (bytes)."""
        dostime, dosdate = _dos_time(zinfo.date_time)
        big_sizes = zinfo.file_size > ZIP64_LIMIT or zinfo.compress_size > ZIP64_LIMIT
        big_offset = zinfo.header_offset > ZIP64_LIMIT
        wide = ([zinfo.file_size, zinfo.compress_size] if big_sizes else []) + (
            [zinfo.header_offset] if big_offset else [])
        extra = zinfo.extra
        if wide:
            extra = struct.pack('<HH%dQ' % len(wide), _EXTRA_ZIP64, 8 * len(wide), *wide) + _strip_extra(
                extra, (_EXTRA_ZIP64,))
        need = _min_version(zinfo.compress_type, bool(wide))
        name, flags = zinfo._encodeFilenameFlags()
        fixed = _CENTRAL.pack(
            _CENTRAL_SIG, max(need, zinfo.create_version), zinfo.create_system, max(need, zinfo.extract_version),
            zinfo.reserved, flags, zinfo.compress_type, dostime, dosdate, zinfo.CRC,
            0xffffffff if big_sizes else zinfo.compress_size, 0xffffffff if big_sizes else zinfo.file_size,
            len(name), len(extra), len(zinfo.comment), 0, zinfo.internal_attr, zinfo.external_attr,
            0xffffffff if big_offset else zinfo.header_offset)
        return b''.join((fixed, name, extra, zinfo.comment))

    def _write_end_record(self):
        fp = self.fp
        for zinfo in self.filelist:
            fp.write(self._central_record(zinfo))
        cd_end = fp.tell()
        count, cd_size, cd_start = len(self.filelist), cd_end - self.start_dir, self.start_dir
        reason = ('Files count' if count > ZIP_FILECOUNT_LIMIT else
                  'Central directory offset' if cd_start > ZIP64_LIMIT else
                  'Central directory size' if cd_size > ZIP64_LIMIT else None)
        if reason is not None:
            if not self._allowZip64:
                raise LargeZipFile(reason + ' would require ZIP64 extensions')
            fp.write(_END64.pack(_END64_SIG, 44, 45, 45, 0, 0, count, count, cd_size, cd_start))
            fp.write(_END64_LOC.pack(_END64_LOC_SIG, 0, cd_end, 1))
            count, cd_size, cd_start = min(count, 0xFFFF), min(cd_size, 0xFFFFFFFF), min(cd_start, 0xFFFFFFFF)
        fp.write(_END.pack(_END_SIG, 0, 0, count, count, cd_size, cd_start, len(self._comment)) + self._comment)
        if self.mode == 'a':
            fp.truncate()
        fp.flush()

    def _fpclose(self, fp):
        self._fileRefCnt -= 1
        if self._fileRefCnt == 0 and not self._filePassed:
            fp.close()


def _strip_extra(extra, xids):
    i = 0
    out = []
    while i + 4 <= len(extra):
        xid, xlen = struct.unpack('<HH', extra[i:i + 4])
        j = i + 4 + xlen
        if xid not in xids:
            out.append(extra[i:j])
        i = j
    return b''.join(out)


class PyZipFile(ZipFile):
    """ZipFile with writepy(), which needs compiled bytecode files: not available in Immortal."""

    def __init__(self, file, mode='r', compression=ZIP_STORED, allowZip64=True, optimize=-1):
        ZipFile.__init__(self, file, mode=mode, compression=compression, allowZip64=allowZip64)
        self._optimize = optimize

    def writepy(self, pathname, basename='', filterfunc=None):
        raise NotImplementedError('PyZipFile.writepy needs .pyc files, which Immortal does not write')


# ---------------------------------------------------------------- zipfile.Path

def _parents(path):
    out = []
    path = path.rstrip('/')
    while '/' in path:
        path = path.rsplit('/', 1)[0]
        out.append(path)
    return out


class _Names:
    """The archive's names plus the directories they imply."""

    def __init__(self, zf):
        self.zf = zf

    def names(self):
        names = self.zf.namelist()
        seen = dict.fromkeys(names)
        for name in names:
            for parent in _parents(name):
                if parent + '/' not in seen:
                    seen[parent + '/'] = None
        return list(seen)

    def resolve_dir(self, name):
        names = self.names()
        dirname = name + '/'
        return dirname if name not in names and dirname in names else name


class Path:
    """A pathlib-like view of an archive's members: Path(zipfile_or_path, at='')."""

    __repr_fmt = '{self.__class__.__name__}({self.root.filename!r}, {self.at!r})'

    def __init__(self, root, at=''):
        if not isinstance(root, ZipFile):
            root = ZipFile(root)
        self.root = root
        self.at = at
        self._names = _Names(root)

    def __eq__(self, other):
        if self.__class__ is not other.__class__:
            return NotImplemented
        return (self.root, self.at) == (other.root, other.at)

    def __hash__(self):
        return hash((self.root, self.at))

    def open(self, mode='r', *args, pwd=None, **kwargs):
        if self.is_dir():
            raise IsADirectoryError(self)
        zip_mode = mode[0]
        if not self.exists() and zip_mode == 'r':
            raise FileNotFoundError(self)
        stream = self.root.open(self.at, zip_mode, pwd=pwd)
        if 'b' in mode:
            if args or kwargs:
                raise ValueError('encoding args invalid for binary operation')
            return stream
        encoding = kwargs.pop('encoding', args[0] if args else None)
        if args:
            args = args[1:]
        return io.TextIOWrapper(stream, encoding or 'utf-8', *args, **kwargs)

    def _base(self):
        return self.at.rstrip('/')

    @property
    def name(self):
        return self._base().rsplit('/', 1)[-1] or os.path.basename(self.filename.rstrip('/'))

    @property
    def suffix(self):
        return pathlib.PurePosixPath(self.name).suffix

    @property
    def suffixes(self):
        return pathlib.PurePosixPath(self.name).suffixes

    @property
    def stem(self):
        return pathlib.PurePosixPath(self.name).stem

    @property
    def filename(self):
        base = self.root.filename
        if base is None:
            return self.at
        return os.path.join(base, self.at)

    def read_text(self, *args, **kwargs):
        with self.open('r', *args, **kwargs) as strm:
            return strm.read()

    def read_bytes(self):
        with self.open('rb') as strm:
            return strm.read()

    def _is_child(self, path):
        base = path.at.rstrip('/')
        return (base.rsplit('/', 1)[0] if '/' in base else '') == self.at.rstrip('/') and path.at != self.at

    def _next(self, at):
        return self.__class__(self.root, at)

    def is_dir(self):
        return not self.at or self.at.endswith('/')

    def is_file(self):
        return self.exists() and not self.is_dir()

    def exists(self):
        return self.at in self._names.names()

    def iterdir(self):
        if not self.is_dir():
            raise ValueError("Can't listdir a file")
        subs = map(self._next, self._names.names())
        return filter(self._is_child, subs)

    def match(self, path_pattern):
        import fnmatch
        return fnmatch.fnmatch(self.at.rstrip('/'), path_pattern)

    def is_symlink(self):
        return False

    def glob(self, pattern):
        if not pattern:
            raise ValueError('Unacceptable pattern: {!r}'.format(pattern))
        import re
        parts = []
        i = 0
        while i < len(pattern):
            if pattern.startswith('**/', i):
                parts.append('.*/')
                i += 3
            elif pattern[i] == '*':
                parts.append('[^/]*')
                i += 1
            elif pattern[i] == '?':
                parts.append('[^/]')
                i += 1
            else:
                parts.append(re.escape(pattern[i]))
                i += 1
        matcher = re.compile(re.escape(self.at) + ''.join(parts) + '/?$', re.DOTALL)
        return map(self._next, filter(matcher.match, self._names.names()))

    def rglob(self, pattern):
        return self.glob('**/' + pattern)

    def relative_to(self, other, *extra):
        return os.path.relpath(str(self), str(other.joinpath(*extra)))

    def __str__(self):
        return os.path.join(self.root.filename or '', self.at) if self.root.filename else self.at

    def __repr__(self):
        return self.__repr_fmt.format(self=self)

    def joinpath(self, *other):
        next = self.at
        for part in other:
            next = next.rstrip('/') + '/' + part if next else part
        return self._next(self._names.resolve_dir(next))

    __truediv__ = joinpath

    @property
    def parent(self):
        if not self.at:
            import pathlib
            return pathlib.Path(self.filename).parent
        parent_at = self._base().rsplit('/', 1)[0] if '/' in self._base() else ''
        if parent_at:
            parent_at += '/'
        return self._next(parent_at)
