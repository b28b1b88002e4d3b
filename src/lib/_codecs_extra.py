# The functions of CPython's _codecs that src/lib/codecs.py re-exports beyond the UTF and Latin-1 ones:
# the charmap codec (charmap_build / charmap_encode / charmap_decode and the EncodingMap it builds),
# unicode_escape, raw_unicode_escape, the bytes escape codec (escape_encode / escape_decode), utf-7
# and readbuffer_encode. Written for Immortal from https://docs.python.org/3.12/library/codecs.html and
# experiments on CPython 3.12 (Objects/unicodeobject.c is where these live there).
# Invariants: every function returns (output, input length consumed) as CPython's does, raises
# UnicodeDecodeError / UnicodeEncodeError with CPython's codec name, positions and reason, and applies
# error handlers registered with codecs.register_error as CPython's C loops do (the handler sees the
# exception, returns (replacement, resume position)). The loops of charmap, the unicode escape codecs
# and utf-7 run natively in _immortal_codecs (src/modules/_immortal_codecs.ts): they stop at an error
# (charmap only when the handler is not built in), and are resumed from here after the handler.

import codecs
import _immortal_codecs

_UNDEFINED = 'character maps to <undefined>'


def _text_arg(obj, fname):
    if not isinstance(obj, str):
        raise TypeError(f'{fname}() argument 1 must be str, not {type(obj).__name__}')
    return obj


def _errors_arg(errors, fname):
    if errors is None:
        return 'strict'
    if not isinstance(errors, str):
        raise TypeError(f'{fname}() argument 2 must be str or None, not {type(errors).__name__}')
    return errors


def _bytes_arg(data):
    return codecs._as_bytes(data, None)


def _text_or_bytes_arg(data):
    # The escape decoders also take str, as its UTF-8 bytes.
    if isinstance(data, str):
        return data.encode('utf-8', 'surrogatepass')
    return _bytes_arg(data)


class _Handler:
    """The error handler named `errors`, looked up at the first error (an unknown name is only an error
    when an error happens, as in CPython)."""

    __slots__ = ('errors', 'function')

    def __init__(self, errors):
        self.errors = errors
        self.function = None

    def decode(self, exc, length):
        if self.function is None:
            self.function = codecs.lookup_error(self.errors)
        return codecs._call_handler(self.function, exc, length, False)

    def encode(self, exc, length):
        if self.function is None:
            self.function = codecs.lookup_error(self.errors)
        return codecs._call_handler(self.function, exc, length, True)


# ---- charmap ----

class EncodingMap:
    """The reverse of a 256-character decoding table, as codecs.charmap_build builds it."""

    __slots__ = ('_table', '_size')

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'EncodingMap' instances")

    def size(self):
        """The size in bytes of CPython's three-level table for this map."""
        return self._size


EncodingMap.__module__ = 'builtins'


def charmap_build(map, /):
    """The encoding map reversing the decoding table `map`: an EncodingMap, or a dict where one can't
    hold it (the table does not start with '\\0', has a character past U+FFFF or too many blocks)."""
    if not isinstance(map, str):
        raise TypeError(f'charmap_build() argument must be str, not {type(map).__name__}')
    if not map:
        raise TypeError('bad argument type for built-in operation')
    table = map[:256]
    # CPython's trie: 32 top blocks of 2048 code points, each split into rows of 128; an EncodingMap
    # holds at most 254 of either.
    blocks, rows = set(), set()
    need_dict = table[0] != '\0'
    if not need_dict:
        for ch in table[1:]:
            cp = ord(ch)
            if cp == 0 or cp > 0xffff:
                need_dict = True
                break
            if cp != 0xfffe:
                blocks.add(cp >> 11)
                rows.add(cp >> 7)
    if need_dict or len(blocks) >= 255 or len(rows) >= 255:
        return {ord(ch): byte for byte, ch in enumerate(table)}
    result = object.__new__(EncodingMap)
    result._table = table
    result._size = 63 + 16 * len(blocks) + 128 * len(rows)
    return result


def charmap_decode(data, errors=None, mapping=None, /):
    """Decode bytes through `mapping`: a decoding table (str), or any mapping from byte values to
    characters, code points or None; Latin-1 when mapping is None."""
    data = _bytes_arg(data)
    errors = _errors_arg(errors, 'charmap_decode')
    if mapping is None:
        return codecs.latin_1_decode(data, errors)
    n = len(data)
    if type(mapping) is str:
        parts = []
        handler = None
        pos = 0
        while True:
            text, pos = _immortal_codecs.charmap_decode(data, errors, mapping, pos)
            parts.append(text)
            if pos >= n:
                return ''.join(parts), n
            if handler is None:
                handler = _Handler(errors)
            exc = UnicodeDecodeError('charmap', data, pos, pos + 1, _UNDEFINED)
            text, pos = handler.decode(exc, n)
            parts.append(text)
    return _decode_mapping(data, errors, mapping), n


def _decode_mapping(data, errors, mapping):
    parts = []
    handler = _Handler(errors)
    n = len(data)
    i = 0
    while i < n:
        try:
            item = mapping[data[i]]
        except LookupError:
            item = None
        if isinstance(item, int):
            if not 0 <= item < 0x110000:
                raise TypeError('character mapping must be in range(0x110000)')
            item = None if item == 0xfffe else chr(item)
        elif isinstance(item, str):
            if item == '\ufffe':
                item = None
        elif item is not None:
            raise TypeError('character mapping must return integer, None or str')
        if item is not None:
            parts.append(item)
            i += 1
            continue
        exc = UnicodeDecodeError('charmap', data, i, i + 1, _UNDEFINED)
        text, i = handler.decode(exc, n)
        parts.append(text)
    return ''.join(parts)


def charmap_encode(text, errors=None, mapping=None, /):
    """Encode text through `mapping`: an EncodingMap from charmap_build, or any mapping from code points
    to byte values, bytes or None; Latin-1 when mapping is None."""
    _text_arg(text, 'charmap_encode')
    errors = _errors_arg(errors, 'charmap_encode')
    if mapping is None:
        return codecs.latin_1_encode(text, errors)
    n = len(text)
    if type(mapping) is EncodingMap:
        table = mapping._table
        parts = []
        handler = None
        pos = 0
        while True:
            data, pos, end = _immortal_codecs.charmap_encode(text, errors, table, pos)
            parts.append(data)
            if pos >= n:
                return b''.join(parts), n
            if handler is None:
                handler = _Handler(errors)
            exc = UnicodeEncodeError('charmap', text, pos, end, _UNDEFINED)
            rep, pos = handler.encode(exc, n)
            if isinstance(rep, str):
                try:
                    rep = _immortal_codecs.charmap_encode(rep, 'strict', table, 0)[0]
                    ok = True
                except UnicodeEncodeError:
                    ok = False
                if not ok:
                    raise exc
            parts.append(rep)
    return _encode_mapping(text, errors, mapping), n


def _map_char(mapping, ch):
    # bytes for ch, or None where the mapping has nothing.
    try:
        item = mapping[ord(ch)]
    except LookupError:
        return None
    if item is None or isinstance(item, bytes):
        return item
    if isinstance(item, int):
        if not 0 <= item <= 255:
            raise TypeError('character mapping must be in range(256)')
        return bytes((item,))
    raise TypeError(f'character mapping must return integer, bytes or None, not {type(item).__name__}')


def _encode_mapping(text, errors, mapping):
    parts = []
    handler = _Handler(errors)
    n = len(text)
    i = 0
    while i < n:
        item = _map_char(mapping, text[i])
        if item is not None:
            parts.append(item)
            i += 1
            continue
        end = i + 1
        while end < n and _map_char(mapping, text[end]) is None:
            end += 1
        exc = UnicodeEncodeError('charmap', text, i, end, _UNDEFINED)
        rep, i = handler.encode(exc, n)
        if isinstance(rep, str):
            pieces = [_map_char(mapping, ch) for ch in rep]
            if None in pieces:
                raise exc
            rep = b''.join(pieces)
        parts.append(rep)
    return b''.join(parts)


# ---- warnings about invalid escapes ----

def _warn_invalid_escape(message):
    # CPython warns from C, so the warning names the Python code that called the codec: skip the
    # frames of the codec machinery written in Python here.
    import os
    import warnings
    import encodings
    prefixes = (codecs.__file__, __file__, os.path.dirname(encodings.__file__) + os.sep)
    warnings.warn(message, DeprecationWarning, skip_file_prefixes=prefixes)


def _invalid_escape_message(data, pos):
    # The message for the first invalid escape, whose character after the backslash is at data[pos].
    c = data[pos]
    if 0x34 <= c <= 0x37:  # an octal escape past \377
        return "invalid octal escape sequence '\\%s'" % data[pos:pos + 3].decode('latin-1')
    return "invalid escape sequence '\\%c'" % c


# ---- unicode_escape and raw_unicode_escape ----

def _escape_decode(data, errors, final, raw):
    # unicode_escape (raw false) or raw_unicode_escape: the native loop stops at each error.
    n = len(data)
    parts = []
    handler = None
    first_invalid = -1
    pos = 0
    while True:
        text, pos, error, invalid = _immortal_codecs.unicode_escape_step(data, pos, final, raw)
        parts.append(text)
        if first_invalid < 0:
            first_invalid = invalid
        if error is None:
            break
        if handler is None:
            handler = _Handler(errors)
        start, end, reason = error
        exc = UnicodeDecodeError('rawunicodeescape' if raw else 'unicodeescape', data, start, end, reason)
        text, pos = handler.decode(exc, n)
        parts.append(text)
    if first_invalid >= 0:
        _warn_invalid_escape(_invalid_escape_message(data, first_invalid))
    return ''.join(parts), pos


def unicode_escape_decode(data, errors=None, final=True, /):
    """Decode Python string-literal escapes (Latin-1 for everything else); with final false, an
    escape cut off by the end of the data is left unconsumed."""
    data = _text_or_bytes_arg(data)
    return _escape_decode(data, _errors_arg(errors, 'unicode_escape_decode'), final, False)


def raw_unicode_escape_decode(data, errors=None, final=True, /):
    """Decode \\uXXXX and \\UXXXXXXXX escapes that follow an odd number of backslashes; every other
    byte is its Latin-1 character."""
    data = _text_or_bytes_arg(data)
    return _escape_decode(data, _errors_arg(errors, 'raw_unicode_escape_decode'), final, True)


class _EscapeMap(dict):
    # str.translate table for the escape encoders: filled for code points below 256, the rest
    # computed (and kept) on first sight.
    __slots__ = ()

    def __missing__(self, cp):
        rep = '\\u%04x' % cp if cp < 0x10000 else '\\U%08x' % cp
        if len(self) < 4096:
            self[cp] = rep
        return rep


def _unicode_escape_table():
    table = _EscapeMap()
    for cp in range(256):
        if cp == 0x5c:
            table[cp] = '\\\\'
        elif cp in (9, 10, 13):
            table[cp] = {9: '\\t', 10: '\\n', 13: '\\r'}[cp]
        elif 0x20 <= cp < 0x7f:
            table[cp] = cp
        else:
            table[cp] = '\\x%02x' % cp
    return table


_unicode_escapes = _unicode_escape_table()
_raw_escapes = _EscapeMap((cp, cp) for cp in range(256))


def unicode_escape_encode(text, errors=None, /):
    """Printable ASCII as itself, everything else as a Python escape (\\t, \\xXX, \\uXXXX, \\UXXXXXXXX)."""
    _text_arg(text, 'unicode_escape_encode')
    _errors_arg(errors, 'unicode_escape_encode')
    return text.translate(_unicode_escapes).encode('latin-1'), len(text)


def raw_unicode_escape_encode(text, errors=None, /):
    """Latin-1 for code points below 256, \\uXXXX or \\UXXXXXXXX for the rest."""
    _text_arg(text, 'raw_unicode_escape_encode')
    _errors_arg(errors, 'raw_unicode_escape_encode')
    return text.translate(_raw_escapes).encode('latin-1'), len(text)


# ---- the bytes escape codec (string literal escapes in bytes, as pickle's STRING opcode uses) ----

_HEX = b'0123456789abcdefABCDEF'
_SIMPLE_ESCAPES = {
    ord('\n'): '', ord('\\'): '\\', ord("'"): "'", ord('"'): '"', ord('a'): '\a', ord('b'): '\b',
    ord('f'): '\f', ord('n'): '\n', ord('r'): '\r', ord('t'): '\t', ord('v'): '\v',
}
_OCTAL = b'01234567'


def _hex_run(data, start, width):
    # How many hex digits data[start:start + width] begins with.
    k = 0
    n = len(data)
    while k < width and start + k < n and data[start + k] in _HEX:
        k += 1
    return k


def escape_encode(data, errors=None, /):
    """The body of bytes.__repr__ with single quotes escaped: (escaped bytes, len(data))."""
    if not isinstance(data, bytes):
        raise TypeError(f'escape_encode() argument 1 must be bytes, not {type(data).__name__}')
    _errors_arg(errors, 'escape_encode')
    out = bytearray()
    for b in data:
        if b == 0x5c or b == 0x27:
            out += b'\\' + bytes((b,))
        elif b == 9:
            out += b'\\t'
        elif b == 10:
            out += b'\\n'
        elif b == 13:
            out += b'\\r'
        elif 0x20 <= b < 0x7f:
            out.append(b)
        else:
            out += b'\\x%02x' % b
    return bytes(out), len(data)


def escape_decode(data, errors=None, /):
    """Decode string-literal escapes in bytes (str is taken as its UTF-8 bytes); errors is 'strict',
    'replace' or 'ignore' for a bad \\x escape."""
    data = _text_or_bytes_arg(data)
    errors = _errors_arg(errors, 'escape_decode')
    n = len(data)
    out = bytearray()
    first_invalid = -1
    pos = 0
    while pos < n:
        slash = data.find(b'\\', pos)
        if slash < 0:
            out += data[pos:]
            break
        out += data[pos:slash]
        pos = slash + 1
        if pos >= n:
            raise ValueError('Trailing \\ in string')
        c = data[pos]
        simple = _SIMPLE_ESCAPES.get(c)
        if simple is not None:
            out += simple.encode('latin-1')
            pos += 1
        elif c in _OCTAL:
            end = pos + 1
            while end < n and end < pos + 3 and data[end] in _OCTAL:
                end += 1
            value = int(data[pos:end], 8)
            if value > 0o377 and first_invalid < 0:
                first_invalid = pos
            out.append(value & 0xff)
            pos = end
        elif c == ord('x'):
            if _hex_run(data, pos + 1, 2) == 2:
                out.append(int(data[pos + 1:pos + 3], 16))
                pos += 3
                continue
            if errors == 'strict':
                raise ValueError('invalid \\x escape at position %d' % slash)
            if errors == 'replace':
                out.append(0x3f)
            elif errors != 'ignore':
                raise ValueError('decoding error; unknown error handling code: ' + errors)
            pos += 1
            if pos < n and data[pos] in _HEX:
                pos += 1
        else:
            if first_invalid < 0:
                first_invalid = pos
            out.append(0x5c)
    if first_invalid >= 0:
        _warn_invalid_escape(_invalid_escape_message(data, first_invalid))
    return bytes(out), n


def readbuffer_encode(data, errors=None, /):
    """(bytes of a bytes-like object, or the UTF-8 of a str, and their length)."""
    _errors_arg(errors, 'readbuffer_encode')
    if isinstance(data, str):
        data = data.encode('utf-8')
    else:
        data = _bytes_arg(data)
    return data, len(data)


# ---- utf-7 (RFC 2152) ----

def utf_7_encode(text, errors=None, /):
    """UTF-7 with Set O and white space written directly (CPython's choice); it has no errors."""
    _text_arg(text, 'utf_7_encode')
    _errors_arg(errors, 'utf_7_encode')
    return _immortal_codecs.utf_7_encode(text), len(text)


def utf_7_decode(data, errors=None, final=False, /):
    """Decode UTF-7; with final false, a base64 run not yet ended is left unconsumed."""
    data = _bytes_arg(data)
    errors = _errors_arg(errors, 'utf_7_decode')
    n = len(data)
    parts = []
    handler = None
    pos = 0
    while True:
        text, pos, error = _immortal_codecs.utf_7_step(data, pos, final)
        parts.append(text)
        if error is None:
            return ''.join(parts), pos
        if handler is None:
            handler = _Handler(errors)
        start, end, reason = error
        text, pos = handler.decode(UnicodeDecodeError('utf7', data, start, end, reason), n)
        parts.append(text)
