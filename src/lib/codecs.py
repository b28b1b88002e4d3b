# The codecs module for Immortal: the codec registry (lookup, register, search functions), the error
# handler registry, the Codec / incremental / stream base classes, and the per-codec helper functions
# (utf_8_decode, latin_1_encode, ...). Written from https://docs.python.org/3.12/library/codecs.html and
# experiments on CPython 3.12. Text codecs run on the native str.encode / bytes.decode (src/objects/
# str-codecs.ts); error handlers registered with register_error are applied here, in Python, by
# re-running the native codec around each error.

import builtins
import sys

__all__ = [
    'register', 'lookup', 'open', 'EncodedFile',
    'BOM', 'BOM_BE', 'BOM_LE', 'BOM32_BE', 'BOM32_LE', 'BOM64_BE', 'BOM64_LE',
    'BOM_UTF8', 'BOM_UTF16', 'BOM_UTF16_LE', 'BOM_UTF16_BE',
    'BOM_UTF32', 'BOM_UTF32_LE', 'BOM_UTF32_BE',
    'CodecInfo', 'Codec', 'IncrementalEncoder', 'IncrementalDecoder',
    'StreamReader', 'StreamWriter', 'StreamReaderWriter', 'StreamRecoder',
    'getencoder', 'getdecoder', 'getincrementalencoder', 'getincrementaldecoder',
    'getreader', 'getwriter', 'encode', 'decode', 'iterencode', 'iterdecode',
    'strict_errors', 'ignore_errors', 'replace_errors', 'xmlcharrefreplace_errors',
    'backslashreplace_errors', 'namereplace_errors', 'register_error', 'lookup_error',
]

# Byte order marks.
BOM_UTF8 = b'\xef\xbb\xbf'
BOM_UTF16_LE = BOM_LE = b'\xff\xfe'
BOM_UTF16_BE = BOM_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
if sys.byteorder == 'little':
    BOM_UTF16, BOM_UTF32 = BOM_UTF16_LE, BOM_UTF32_LE
else:
    BOM_UTF16, BOM_UTF32 = BOM_UTF16_BE, BOM_UTF32_BE
BOM = BOM_UTF16
# Old names, kept by CPython for compatibility.
BOM32_LE, BOM32_BE = BOM_UTF16_LE, BOM_UTF16_BE
BOM64_LE, BOM64_BE = BOM_UTF32_LE, BOM_UTF32_BE


class CodecInfo(tuple):
    """Everything the registry knows about one codec; also the 4-tuple (encode, decode, reader, writer)."""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        info = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        info.name = name
        info.encode = encode
        info.decode = decode
        info.incrementalencoder = incrementalencoder
        info.incrementaldecoder = incrementaldecoder
        info.streamwriter = streamwriter
        info.streamreader = streamreader
        if _is_text_encoding is not None:
            info._is_text_encoding = _is_text_encoding
        return info

    def __repr__(self):
        cls = type(self)
        return f'<{cls.__module__}.{cls.__qualname__} object for encoding {self.name} at {id(self):#x}>'


# ---- the codec registry ----

_search_functions = []
_codec_cache = {}
_encodings_loaded = False


def _normalize(name):
    # Lower case; every run of characters other than ASCII letters, digits and '.' becomes one '_'
    # (dropped at either end).
    out = []
    pending = False
    for c in name:
        if (c.isalnum() and c.isascii()) or c == '.':
            if pending and out:
                out.append('_')
            pending = False
            out.append(c)
        else:
            pending = True
    return ''.join(out).lower()


def register(search_function):
    """Add a search function: it takes a normalized encoding name and returns a CodecInfo or None."""
    if not callable(search_function):
        raise TypeError('argument must be callable')
    _search_functions.append(search_function)


def unregister(search_function):
    """Remove a search function (and forget the cached look-ups); nothing happens if it is absent."""
    try:
        _search_functions.remove(search_function)
    except ValueError:
        return
    _codec_cache.clear()


def _load_encodings():
    global _encodings_loaded
    if not _encodings_loaded:
        _encodings_loaded = True
        import encodings  # registers its search function first in line
        if encodings.search_function in _search_functions:
            _search_functions.remove(encodings.search_function)
        _search_functions.insert(0, encodings.search_function)


def lookup(encoding):
    """The CodecInfo of `encoding`; LookupError when no search function knows it."""
    if not isinstance(encoding, str):
        raise TypeError(f'lookup() argument must be str, not {type(encoding).__name__}')
    _load_encodings()
    key = _normalize(encoding)
    info = _codec_cache.get(key)
    if info is not None:
        return info
    for search in list(_search_functions):
        info = search(key)
        if info is None:
            continue
        if not isinstance(info, tuple) or len(info) != 4:
            raise TypeError('codec search functions must return 4-tuples')
        _codec_cache[key] = info
        return info
    raise LookupError(f'unknown encoding: {encoding}')


def _check_pair(res, what):
    if not isinstance(res, tuple) or len(res) != 2:
        if what == 'encoder':
            raise TypeError('encoder must return a tuple (object, integer)')
        raise TypeError('decoder must return a tuple (object,integer)')
    return res[0]


def encode(obj, encoding='utf-8', errors='strict'):
    """Encode obj with the codec registered for `encoding` (text or bytes-to-bytes)."""
    return _check_pair(lookup(encoding).encode(obj, errors), 'encoder')


def decode(obj, encoding='utf-8', errors='strict'):
    """Decode obj with the codec registered for `encoding` (text or bytes-to-bytes)."""
    return _check_pair(lookup(encoding).decode(obj, errors), 'decoder')


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    factory = lookup(encoding).incrementalencoder
    if factory is None:
        raise LookupError(encoding)
    return factory


def getincrementaldecoder(encoding):
    factory = lookup(encoding).incrementaldecoder
    if factory is None:
        raise LookupError(encoding)
    return factory


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors='strict', **kwargs):
    """Encode the strings of `iterator` one by one with an incremental encoder."""
    enc = getincrementalencoder(encoding)(errors, **kwargs)
    for piece in iterator:
        out = enc.encode(piece)
        if out:
            yield out
    out = enc.encode('', True)
    if out:
        yield out


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    """Decode the byte strings of `iterator` one by one with an incremental decoder."""
    dec = getincrementaldecoder(encoding)(errors, **kwargs)
    for piece in iterator:
        out = dec.decode(piece)
        if out:
            yield out
    out = dec.decode(b'', True)
    if out:
        yield out


# ---- error handlers ----

def strict_errors(exc):
    """Raise the codec error itself."""
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError('codec must pass exception instance')


def _kind(exc):
    if isinstance(exc, UnicodeEncodeError):
        return 'encode'
    if isinstance(exc, UnicodeDecodeError):
        return 'decode'
    if isinstance(exc, UnicodeTranslateError):
        return 'translate'
    raise TypeError(f"don't know how to handle {type(exc).__name__} in error callback")


def _unsupported(exc):
    return TypeError(f"don't know how to handle {type(exc).__name__} in error callback")


def ignore_errors(exc):
    """Skip the bad part."""
    _kind(exc)
    return ('', exc.end)


def replace_errors(exc):
    """'?' per unencodable character, U+FFFD per undecodable run or untranslatable character."""
    kind = _kind(exc)
    if kind == 'encode':
        return ('?' * (exc.end - exc.start), exc.end)
    if kind == 'decode':
        return ('\ufffd', exc.end)
    return ('\ufffd' * (exc.end - exc.start), exc.end)


def _escape(cp):
    if cp < 0x100:
        return f'\\x{cp:02x}'
    if cp < 0x10000:
        return f'\\u{cp:04x}'
    return f'\\U{cp:08x}'


def backslashreplace_errors(exc):
    """Python backslash escapes for the bad characters (or \\xNN for undecodable bytes)."""
    kind = _kind(exc)
    if kind == 'decode':
        return (''.join(f'\\x{b:02x}' for b in exc.object[exc.start:exc.end]), exc.end)
    return (''.join(_escape(ord(c)) for c in exc.object[exc.start:exc.end]), exc.end)


def xmlcharrefreplace_errors(exc):
    """XML character references (&#NNN;) for unencodable characters."""
    if not isinstance(exc, UnicodeEncodeError):
        raise _unsupported(exc)
    return (''.join(f'&#{ord(c)};' for c in exc.object[exc.start:exc.end]), exc.end)


def namereplace_errors(exc):
    """\\N{NAME} escapes (or backslash escapes for unnamed characters) for unencodable characters."""
    if not isinstance(exc, UnicodeEncodeError):
        raise _unsupported(exc)
    import unicodedata
    parts = []
    for c in exc.object[exc.start:exc.end]:
        name = unicodedata.name(c, None)
        parts.append(_escape(ord(c)) if name is None else '\\N{' + name + '}')
    return (''.join(parts), exc.end)


def _surrogateescape(exc):
    kind = _kind(exc)
    if kind == 'decode':
        chunk = exc.object[exc.start:exc.end]
        if any(b < 0x80 for b in chunk):
            raise exc
        return (''.join(chr(0xdc00 + b) for b in chunk), exc.end)
    if kind == 'encode':
        out = bytearray()
        for c in exc.object[exc.start:exc.end]:
            cp = ord(c)
            if not 0xdc80 <= cp <= 0xdcff:
                raise exc
            out.append(cp - 0xdc00)
        return (bytes(out), exc.end)
    raise _unsupported(exc)


def _surrogatepass(exc):
    kind = _kind(exc)
    enc = _normalize(exc.encoding)
    native = {'utf_8': 'utf-8', 'utf8': 'utf-8', 'utf_16': 'utf-16-le', 'utf_16_le': 'utf-16-le',
              'utf_16_be': 'utf-16-be', 'utf_32': 'utf-32-le', 'utf_32_le': 'utf-32-le',
              'utf_32_be': 'utf-32-be'}.get(enc)
    if native is None or kind == 'translate':
        raise exc if kind != 'translate' else _unsupported(exc)
    if kind == 'encode':
        chunk = exc.object[exc.start:exc.end]
        if not all(0xd800 <= ord(c) <= 0xdfff for c in chunk):
            raise exc
        return (chunk.encode(native, 'surrogatepass'), exc.end)
    width = 3 if native == 'utf-8' else 2 if '16' in native else 4
    piece = bytes(exc.object[exc.start:exc.start + width])
    try:
        text = piece.decode(native, 'surrogatepass')
    except UnicodeDecodeError:
        raise exc from None
    if len(piece) < width or len(text) != 1 or not 0xd800 <= ord(text) <= 0xdfff:
        raise exc
    return (text, exc.start + width)


_error_handlers = {
    'strict': strict_errors,
    'ignore': ignore_errors,
    'replace': replace_errors,
    'xmlcharrefreplace': xmlcharrefreplace_errors,
    'backslashreplace': backslashreplace_errors,
    'namereplace': namereplace_errors,
    'surrogateescape': _surrogateescape,
    'surrogatepass': _surrogatepass,
}
_BUILTIN_HANDLERS = frozenset(_error_handlers)


def register_error(name, error_handler):
    """Register error_handler (exception -> (replacement, resume position)) under `name`."""
    if not isinstance(name, str):
        raise TypeError(f'register_error() argument 1 must be str, not {type(name).__name__}')
    if not callable(error_handler):
        raise TypeError('handler must be callable')
    _error_handlers[name] = error_handler


def lookup_error(name):
    """The error handler registered under `name`; LookupError when there is none."""
    if not isinstance(name, str):
        raise TypeError(f'lookup_error() argument must be str, not {type(name).__name__}')
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError(f"unknown error handler name '{name}'") from None


def _call_handler(handler, exc, length, encoding):
    res = handler(exc)
    ok = isinstance(res, tuple) and len(res) == 2 and isinstance(res[1], int)
    if encoding:
        ok = ok and isinstance(res[0], (str, bytes))
    else:
        ok = ok and isinstance(res[0], str)
    if not ok:
        if encoding:
            raise TypeError('encoding error handler must return (str/bytes, int) tuple')
        raise TypeError('decoding error handler must return (str, int) tuple')
    rep, pos = res
    if pos < 0:
        pos += length
    if not 0 <= pos <= length:
        raise IndexError(f'position {res[1]} from error handler out of bounds')
    return rep, pos


# ---- text codecs over the native str.encode / bytes.decode ----

def _as_bytes(data, func):
    if isinstance(data, bytes):
        return data
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'") from None


def _with_handler(obj, native, errors, errname, encoding):
    """obj encoded (or decoded) with the native codec `native` (no BOM handling), honouring any
    registered handler: the native codec runs strict, and each error it reports goes to the handler."""
    if errors in _BUILTIN_HANDLERS:
        return obj.encode(native, errors) if encoding else obj.decode(native, errors)
    if encoding:
        error_type, empty = UnicodeEncodeError, b''
        convert = lambda part: part.encode(native)
    else:
        error_type, empty = UnicodeDecodeError, ''
        convert = lambda part: part.decode(native)
    handler = None
    out = []
    pos = 0
    while True:
        try:
            out.append(convert(obj[pos:]))
            return empty.join(out)
        except error_type as e:
            start, end = pos + e.start, pos + e.end
            out.append(convert(obj[pos:start]))
            exc = error_type(errname, obj, start, end, e.reason)
            if handler is None:
                handler = lookup_error(errors)
            rep, pos = _call_handler(handler, exc, len(obj), encoding)
            if encoding and isinstance(rep, str):
                try:
                    rep = rep.encode(native)
                except UnicodeEncodeError:
                    raise exc from None
            out.append(rep)


def _native_encode(s, native, errors, errname):
    return _with_handler(s, native, errors, errname, True)


def _native_decode(data, native, errors, errname):
    return _with_handler(data, native, errors, errname, False)


def _utf8_tail(data):
    # How many bytes at the end of data start a UTF-8 sequence that more input could complete.
    n = len(data)
    for back in range(1, min(3, n) + 1):
        b = data[n - back]
        if b < 0x80:
            return 0
        if b < 0xc0:
            continue
        need = 2 if b < 0xe0 else 3 if b < 0xf0 else 4 if b < 0xf5 else 0
        if need <= back or b < 0xc2:
            return 0
        if back >= 2:
            second = data[n - back + 1]
            lo, hi = 0x80, 0xbf
            if b == 0xe0:
                lo = 0xa0
            elif b == 0xed:
                hi = 0x9f
            elif b == 0xf0:
                lo = 0x90
            elif b == 0xf4:
                hi = 0x8f
            if not lo <= second <= hi:
                return 0
        return back
    return 0


def _tail(data, native):
    n = len(data)
    if native == 'utf-8':
        return _utf8_tail(data)
    if native.startswith('utf-16'):
        odd = n % 2
        if n - odd >= 2:
            i = n - odd - 2
            unit = (data[i] << 8 | data[i + 1]) if native.endswith('be') else (data[i + 1] << 8 | data[i])
            if 0xd800 <= unit <= 0xdbff:
                return odd + 2
        return odd
    if native.startswith('utf-32'):
        return n % 4
    return 0


def _decode_stateful(data, native, errors, final, errname):
    """(text, consumed): with final false, an incomplete sequence at the end is left unconsumed."""
    n = len(data)
    keep = 0 if final else _tail(data, native)
    if keep:
        data = data[:n - keep]
    return _native_decode(data, native, errors, errname), n - keep


def _bom_decode(data, errors, final, width, forced=0):
    # utf-16 / utf-32 with a byte order mark: (text, consumed, byteorder) as utf_16_ex_decode gives.
    name = 'utf-16' if width == 2 else 'utf-32'
    order = forced
    start = 0
    if order == 0:
        if len(data) < width and not final:
            return '', 0, 0
        le = BOM_UTF16_LE if width == 2 else BOM_UTF32_LE
        be = BOM_UTF16_BE if width == 2 else BOM_UTF32_BE
        if data[:width] == le:
            order, start = -1, width
        elif data[:width] == be:
            order, start = 1, width
    native = name + ('-be' if order == 1 else '-le')
    try:
        text, used = _decode_stateful(data[start:], native, errors, final, native)
    except UnicodeDecodeError as e:
        if not start:
            raise
        # Positions count from the start of the input, byte order mark included.
        raise UnicodeDecodeError(e.encoding, data, e.start + start, e.end + start, e.reason) from None
    return text, start + used, order


def _errs(errors):
    return 'strict' if errors is None else errors


def _make_encoder(native, fname, errname, bom=b''):
    def encoder(s, errors=None):
        if not isinstance(s, str):
            raise TypeError(f'{fname}() argument 1 must be str, not {type(s).__name__}')
        return bom + _native_encode(s, native, _errs(errors), errname), len(s)
    encoder.__name__ = encoder.__qualname__ = fname
    return encoder


def _make_decoder(native, fname, errname):
    def decoder(data, errors=None, final=False):
        data = _as_bytes(data, fname)
        return _decode_stateful(data, native, _errs(errors), final, errname)
    decoder.__name__ = decoder.__qualname__ = fname
    return decoder


utf_8_encode = _make_encoder('utf-8', 'utf_8_encode', 'utf-8')
utf_8_decode = _make_decoder('utf-8', 'utf_8_decode', 'utf-8')
ascii_encode = _make_encoder('ascii', 'ascii_encode', 'ascii')
latin_1_encode = _make_encoder('latin-1', 'latin_1_encode', 'latin-1')
utf_16_le_encode = _make_encoder('utf-16-le', 'utf_16_le_encode', 'utf-16-le')
utf_16_le_decode = _make_decoder('utf-16-le', 'utf_16_le_decode', 'utf-16-le')
utf_16_be_encode = _make_encoder('utf-16-be', 'utf_16_be_encode', 'utf-16-be')
utf_16_be_decode = _make_decoder('utf-16-be', 'utf_16_be_decode', 'utf-16-be')
utf_32_le_encode = _make_encoder('utf-32-le', 'utf_32_le_encode', 'utf-32-le')
utf_32_le_decode = _make_decoder('utf-32-le', 'utf_32_le_decode', 'utf-32-le')
utf_32_be_encode = _make_encoder('utf-32-be', 'utf_32_be_encode', 'utf-32-be')
utf_32_be_decode = _make_decoder('utf-32-be', 'utf_32_be_decode', 'utf-32-be')


def ascii_decode(data, errors=None):
    return _native_decode(_as_bytes(data, 'ascii_decode'), 'ascii', _errs(errors), 'ascii'), len(data)


def latin_1_decode(data, errors=None):
    data = _as_bytes(data, 'latin_1_decode')
    return data.decode('latin-1'), len(data)


def _order_encode(s, errors, byteorder, width, fname):
    if not isinstance(s, str):
        raise TypeError(f'{fname}() argument 1 must be str, not {type(s).__name__}')
    name = 'utf-16' if width == 2 else 'utf-32'
    if byteorder == 0:
        bom = BOM_UTF16 if width == 2 else BOM_UTF32
        return bom + _native_encode(s, name + '-' + sys.byteorder[0] + 'e', _errs(errors), name), len(s)
    native = name + ('-be' if byteorder > 0 else '-le')
    return _native_encode(s, native, _errs(errors), name), len(s)


def utf_16_encode(s, errors=None, byteorder=0):
    return _order_encode(s, errors, byteorder, 2, 'utf_16_encode')


def utf_32_encode(s, errors=None, byteorder=0):
    return _order_encode(s, errors, byteorder, 4, 'utf_32_encode')


def utf_16_ex_decode(data, errors=None, byteorder=0, final=False):
    return _bom_decode(_as_bytes(data, 'utf_16_ex_decode'), _errs(errors), final, 2, byteorder)


def utf_32_ex_decode(data, errors=None, byteorder=0, final=False):
    return _bom_decode(_as_bytes(data, 'utf_32_ex_decode'), _errs(errors), final, 4, byteorder)


def utf_16_decode(data, errors=None, final=False):
    return utf_16_ex_decode(data, errors, 0, final)[:2]


def utf_32_decode(data, errors=None, final=False):
    return utf_32_ex_decode(data, errors, 0, final)[:2]


# ---- base classes for codecs ----

class Codec:
    """Stateless encoder/decoder interface: encode/decode return (output, length consumed)."""

    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder:
    """Encodes input given in pieces; the state lives in the instance."""

    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ''

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class BufferedIncrementalEncoder(IncrementalEncoder):
    """An incremental encoder that keeps the unencoded rest of its input for the next call."""

    def __init__(self, errors='strict'):
        IncrementalEncoder.__init__(self, errors)
        self.buffer = ''

    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def encode(self, input, final=False):
        pending = self.buffer + input
        out, used = self._buffer_encode(pending, self.errors, final)
        self.buffer = pending[used:]
        return out

    def reset(self):
        IncrementalEncoder.reset(self)
        self.buffer = ''

    def getstate(self):
        return self.buffer or 0

    def setstate(self, state):
        self.buffer = state or ''


class IncrementalDecoder:
    """Decodes input given in pieces; the state lives in the instance."""

    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b'', 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    """An incremental decoder that keeps an incomplete tail of its input for the next call."""

    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b''

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        pending = self.buffer + input
        out, used = self._buffer_decode(pending, self.errors, final)
        self.buffer = pending[used:]
        return out

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b''

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


class _StreamWrapper:
    # What every stream class here shares: attribute access falls through to the wrapped stream, a
    # with-block closes it, and pickling is refused.

    def __reduce_ex__(self, proto):
        raise TypeError("can't serialize %s" % type(self).__name__)

    def __exit__(self, *exc_info):
        self.stream.close()

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self


class StreamWriter(Codec, _StreamWrapper):
    """Writes encoded text to a byte stream."""

    def __init__(self, stream, errors='strict'):
        self.stream, self.errors = stream, errors

    def writelines(self, list):
        self.write(''.join(list))

    def write(self, object):
        self.stream.write(self.encode(object, self.errors)[0])

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if (offset, whence) == (0, 0):
            self.reset()

    def reset(self):
        pass


class StreamReader(Codec, _StreamWrapper):
    """Reads text decoded from a byte stream."""

    charbuffertype = str

    def __init__(self, stream, errors='strict'):
        self.stream, self.errors = stream, errors
        self._empty_charbuffer = self.charbuffertype()
        self.reset()

    def decode(self, input, errors='strict'):
        raise NotImplementedError

    def reset(self):
        self.bytebuffer = b''
        self.charbuffer = self._empty_charbuffer
        self.linebuffer = None

    def read(self, size=-1, chars=-1, firstline=False):
        if self.linebuffer:
            # Lines pushed back by readline go back in front of the decoded characters.
            self.charbuffer, self.linebuffer = ''.join(self.linebuffer), None
        chars = size if chars < 0 else chars
        while chars < 0 or len(self.charbuffer) < chars:
            fresh = self.stream.read() if size < 0 else self.stream.read(size)
            data = self.bytebuffer + fresh
            if not data:
                break
            try:
                text, used = self.decode(data, self.errors)
            except UnicodeDecodeError as exc:
                if not firstline:
                    raise
                text, used = self.decode(data[:exc.start], self.errors)
                if len(text.splitlines(keepends=True)) <= 1:
                    raise
            self.bytebuffer = data[used:]
            self.charbuffer += text
            if not fresh:
                break
        if chars < 0:
            result, self.charbuffer = self.charbuffer, self._empty_charbuffer
        else:
            result, self.charbuffer = self.charbuffer[:chars], self.charbuffer[chars:]
        return result

    def readline(self, size=None, keepends=True):
        if self.linebuffer:
            line = self.linebuffer.pop(0)
            if len(self.linebuffer) == 1:
                self.charbuffer = self.linebuffer[0]
                self.linebuffer = None
            return line if keepends else line.splitlines(keepends=False)[0]
        step = size or 72
        line = self._empty_charbuffer
        while True:
            chunk = self.read(step, firstline=True)
            if chunk and chunk.endswith('\r'):
                # A '\n' may follow in the next chunk: one line break, not two.
                chunk += self.read(size=1, chars=1)
            line += chunk
            parts = line.splitlines(keepends=True)
            if parts:
                if len(parts) > 1:
                    first = parts[0]
                    self.charbuffer = self._empty_charbuffer.join(parts[1:]) + self.charbuffer
                    return first if keepends else first.splitlines(keepends=False)[0]
                bare = parts[0].splitlines(keepends=False)[0]
                if bare != parts[0]:
                    return parts[0] if keepends else bare
            if not chunk or size is not None:
                if line and not keepends:
                    line = line.splitlines(keepends=False)[0]
                return line
            if step < 8000:
                step *= 2

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line


class _ReaderWriterPair(_StreamWrapper):
    # A reader and a writer over one stream; the subclasses convert what passes through.

    def __init__(self, stream, Reader, Writer, errors):
        self.stream, self.errors = stream, errors
        self.reader, self.writer = Reader(stream, errors), Writer(stream, errors)

    def __iter__(self):
        return self

    def reset(self):
        for part in (self.reader, self.writer):
            part.reset()


class StreamReaderWriter(_ReaderWriterPair):
    """A reader and a writer over one stream (what codecs.open returns)."""

    encoding = 'unknown'

    def __init__(self, stream, Reader, Writer, errors='strict'):
        _ReaderWriterPair.__init__(self, stream, Reader, Writer, errors)

    def write(self, data):
        return self.writer.write(data)

    def read(self, size=-1):
        return self.reader.read(size)

    def writelines(self, list):
        return self.writer.writelines(list)

    def readline(self, size=None):
        return self.reader.readline(size)

    def __next__(self):
        return next(self.reader)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reader.reset()
        if (offset, whence) == (0, 0):
            self.writer.reset()


class StreamRecoder(_ReaderWriterPair):
    """Recodes on the fly: the caller sees data in one encoding, the stream holds another."""

    data_encoding = 'unknown'
    file_encoding = 'unknown'

    def __init__(self, stream, encode, decode, Reader, Writer, errors='strict'):
        _ReaderWriterPair.__init__(self, stream, Reader, Writer, errors)
        self.encode, self.decode = encode, decode

    def _out(self, text):
        return self.encode(text, self.errors)[0]

    def write(self, data):
        return self.writer.write(self.decode(data, self.errors)[0])

    def read(self, size=-1):
        return self._out(self.reader.read(size))

    def writelines(self, list):
        return self.write(b''.join(list))

    def readline(self, size=None):
        return self._out(self.reader.readline() if size is None else self.reader.readline(size))

    def __next__(self):
        return self._out(next(self.reader))

    def readlines(self, sizehint=None):
        return self._out(self.reader.read()).splitlines(keepends=True)

    def seek(self, offset, whence=0):
        for part in (self.reader, self.writer):
            part.seek(offset, whence)


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """Open a file in binary mode, wrapped in a StreamReaderWriter for `encoding` when one is given."""
    if encoding is not None and 'b' not in mode:
        mode = mode + 'b'
    f = builtins.open(filename, mode, buffering)
    if encoding is None:
        return f
    try:
        info = lookup(encoding)
        rw = StreamReaderWriter(f, info.streamreader, info.streamwriter, errors)
        rw.encoding = encoding
        return rw
    except:
        f.close()
        raise


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    """Wrap `file` (holding file_encoding) so that callers read and write data_encoding."""
    data_info = lookup(data_encoding)
    file_encoding = data_encoding if file_encoding is None else file_encoding
    file_info = lookup(file_encoding)
    rec = StreamRecoder(file, data_info.encode, data_info.decode, file_info.streamreader,
                        file_info.streamwriter, errors)
    rec.data_encoding = data_encoding
    rec.file_encoding = file_encoding
    return rec


def make_identity_dict(rng):
    return {i: i for i in rng}


def make_encoding_map(decoding_map):
    out = {}
    for byte, cp in decoding_map.items():
        out[cp] = None if cp in out else byte
    return out


# The rest of CPython's _codecs functions: charmap, the escape codecs, utf-7 (src/lib/_codecs_extra.py).
from _codecs_extra import (
    charmap_build, charmap_decode, charmap_encode, escape_decode, escape_encode,
    raw_unicode_escape_decode, raw_unicode_escape_encode, readbuffer_encode, unicode_escape_decode,
    unicode_escape_encode, utf_7_decode, utf_7_encode,
)
