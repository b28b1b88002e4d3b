# binascii: conversions between binary data and ASCII encodings (hex, base64) and the CRC-32 and
# CRC-CCITT checksums, written in Python for Immortal. Behaviour and messages follow CPython 3.12's
# native binascii module (uuencode and quoted-printable included).
"""Conversion between binary data and ASCII"""


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


Error.__module__ = 'binascii'
Incomplete.__module__ = 'binascii'


def _data(data):
    # a bytes-like argument of a b2a_* function, as bytes
    if isinstance(data, bytes):
        return data
    if isinstance(data, bytearray):
        return bytes(data)
    try:
        m = memoryview(data)
    except TypeError:
        raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'") from None
    if not m.c_contiguous:
        raise BufferError('memoryview: underlying buffer is not C-contiguous')
    return m.tobytes()


def _ascii_data(data):
    # an a2b_* argument: bytes-like, or a str of ASCII characters only
    if isinstance(data, str):
        if not data.isascii():
            raise ValueError('string argument should contain only ASCII characters')
        return data.encode('ascii')
    if isinstance(data, bytes):
        return data
    try:
        return memoryview(data).tobytes()
    except TypeError:
        pass
    raise TypeError(f"argument should be bytes, buffer or ASCII string, not '{type(data).__name__}'")


# --- hex ---

def b2a_hex(data, sep=None, bytes_per_sep=1):
    """Hexadecimal representation of binary data."""
    data = _data(data)
    if sep is None:
        return data.hex().encode('ascii')
    if isinstance(sep, str):
        if len(sep) != 1:
            raise ValueError('sep must be length 1.')
        sep = sep.encode('latin-1')
    elif len(sep) != 1:
        raise ValueError('sep must be length 1.')
    return data.hex(sep, bytes_per_sep).encode('latin-1')


def hexlify(data, sep=None, bytes_per_sep=1):
    """Hexadecimal representation of binary data."""
    return b2a_hex(data, sep, bytes_per_sep)


_HEX = frozenset(b'0123456789abcdefABCDEF')


def a2b_hex(hexstr):
    """Binary data of hexadecimal representation."""
    s = _ascii_data(hexstr)
    if len(s) % 2:
        raise Error('Odd-length string')
    for c in s:
        if c not in _HEX:
            raise Error('Non-hexadecimal digit found')
    return bytes.fromhex(s.decode('ascii'))


def unhexlify(hexstr):
    """Binary data of hexadecimal representation."""
    return a2b_hex(hexstr)


# --- base64 ---

_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_VALUE = None


def _b64_table():
    global _B64_VALUE
    if _B64_VALUE is None:
        t = [-1] * 256
        for i, c in enumerate(_B64):
            t[c] = i
        _B64_VALUE = t
    return _B64_VALUE


def b2a_base64(data, *, newline=True):
    """Base64-code line of data."""
    data = _data(data)
    out = bytearray()
    alphabet = _B64
    n = len(data)
    full = n - n % 3
    for i in range(0, full, 3):
        v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes((alphabet[v >> 18], alphabet[(v >> 12) & 63], alphabet[(v >> 6) & 63], alphabet[v & 63]))
    rest = n - full
    if rest == 1:
        v = data[full] << 16
        out += bytes((alphabet[v >> 18], alphabet[(v >> 12) & 63])) + b'=='
    elif rest == 2:
        v = (data[full] << 16) | (data[full + 1] << 8)
        out += bytes((alphabet[v >> 18], alphabet[(v >> 12) & 63], alphabet[(v >> 6) & 63])) + b'='
    if newline:
        out += b'\n'
    return bytes(out)


def a2b_base64(data, *, strict_mode=False):
    """Decode a line of base64 data."""
    s = _ascii_data(data)
    table = _b64_table()
    out = bytearray()
    quad = 0
    acc = 0
    pads = 0
    padding_started = False
    ndata = 0
    n = len(s)
    if strict_mode and n > 0 and s[0] == 61:
        raise Error('Leading padding not allowed')
    for i in range(n):
        c = s[i]
        if c == 61:  # '='
            padding_started = True
            pads += 1
            if quad >= 2 and quad + pads >= 4:
                if strict_mode and i + 1 < n:
                    raise Error('Excess data after padding')
                return bytes(out)
            continue
        v = table[c]
        if v < 0:
            if strict_mode:
                raise Error('Only base64 data is allowed')
            continue
        if strict_mode and padding_started:
            raise Error('Discontinuous padding not allowed')
        pads = 0
        ndata += 1
        if quad == 0:
            acc = v
            quad = 1
        elif quad == 1:
            acc = (acc << 6) | v
            out.append((acc >> 4) & 0xff)
            acc &= 0x0f
            quad = 2
        elif quad == 2:
            acc = (acc << 6) | v
            out.append((acc >> 2) & 0xff)
            acc &= 0x03
            quad = 3
        else:
            out.append(((acc << 6) | v) & 0xff)
            acc = 0
            quad = 0
    if quad != 0:
        if quad == 1:
            raise Error('Invalid base64-encoded string: number of data characters '
                        f'({ndata}) cannot be 1 more than a multiple of 4')
        raise Error('Incorrect padding')
    return bytes(out)


# --- checksums ---

_CRC32_TABLE = None


def crc32(data, crc=0):
    """Compute CRC-32 incrementally."""
    global _CRC32_TABLE
    data = _data(data)
    table = _CRC32_TABLE
    if table is None:
        table = []
        for i in range(256):
            c = i
            for _ in range(8):
                c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
            table.append(c)
        _CRC32_TABLE = table
    c = (crc & 0xFFFFFFFF) ^ 0xFFFFFFFF
    for b in data:
        c = table[(c ^ b) & 0xFF] ^ (c >> 8)
    return c ^ 0xFFFFFFFF


_CRC_HQX_TABLE = None


def crc_hqx(data, crc):
    """Compute CRC-CCITT incrementally."""
    global _CRC_HQX_TABLE
    data = _data(data)
    crc = crc.__index__() if not isinstance(crc, int) else crc
    table = _CRC_HQX_TABLE
    if table is None:
        table = []
        for i in range(256):
            c = i << 8
            for _ in range(8):
                c = ((c << 1) ^ 0x1021) & 0xFFFF if c & 0x8000 else (c << 1) & 0xFFFF
            table.append(c)
        _CRC_HQX_TABLE = table
    c = crc & 0xFFFF
    for b in data:
        c = ((c << 8) & 0xFF00) ^ table[(c >> 8) ^ b]
    return c


# --- uuencode ---

def a2b_uu(data, /):
    """Decode a line of uuencoded data."""
    data = _ascii_data(data)
    # The first character gives the byte count; an empty line reads as the C string's NUL, 32.
    count = ((data[0] if data else 0) - 32) & 0x3F
    out = bytearray()
    acc = nbits = 0
    i = 1
    while len(out) < count:
        c = data[i] if i < len(data) else 0
        if c in (10, 13) or i >= len(data):
            c = 0  # spaces eaten at the end of the line
        elif 32 <= c <= 96:
            c = (c - 32) & 0x3F  # '`' stands for a zero as well as ' '
        else:
            raise Error('Illegal char')
        acc = (acc << 6) | c
        nbits += 6
        if nbits >= 8:
            nbits -= 8
            out.append((acc >> nbits) & 0xFF)
            acc &= (1 << nbits) - 1
        i += 1
    for c in data[i:]:
        if c not in (32, 96, 10, 13):
            raise Error('Trailing garbage')
    return bytes(out)


def b2a_uu(data, /, *, backtick=False):
    """Uuencode line of data."""
    data = _data(data)
    if len(data) > 45:
        raise Error('At most 45 bytes at once')
    zero = 96 if backtick else 32
    out = bytearray([zero if backtick and not data else 32 + len(data)])
    # 6-bit groups of the data padded with zero bytes to a multiple of 3
    padded = data + bytes(-len(data) % 3)
    for k in range(0, len(padded), 3):
        group = int.from_bytes(padded[k:k + 3], 'big')
        for shift in (18, 12, 6, 0):
            v = (group >> shift) & 0x3F
            out.append(zero if v == 0 else 32 + v)
    out.append(10)
    return bytes(out)


# --- quoted-printable ---

_QP_MAXLINE = 76
_HEXDIGITS = b'0123456789abcdefABCDEF'


def a2b_qp(data, header=False):
    """Decode a string of qp-encoded data."""
    data = _ascii_data(data)
    out = bytearray()
    n = len(data)
    i = 0
    while i < n:
        c = data[i]
        if c == 61:  # '='
            i += 1
            if i >= n:
                break
            nxt = data[i]
            if nxt in (10, 13):
                # a soft line break: skip to the end of the line
                while i < n and data[i] != 10:
                    i += 1
                if i < n:
                    i += 1
            elif nxt == 61:
                out.append(61)  # '==' as some broken encoders write it
                i += 1
            elif i + 1 < n and nxt in _HEXDIGITS and data[i + 1] in _HEXDIGITS:
                out.append(int(data[i:i + 2], 16))
                i += 2
            else:
                out.append(61)
        elif header and c == 95:  # '_'
            out.append(32)
            i += 1
        else:
            out.append(c)
            i += 1
    return bytes(out)


def b2a_qp(data, quotetabs=False, istext=True, header=False):
    """Encode a string using quoted-printable encoding."""
    data = _data(data)
    n = len(data)
    # The line ending of the output is that of the first line of the input.
    first_nl = data.find(b'\n')
    eol = b'\r\n' if first_nl > 0 and data[first_nl - 1] == 13 else b'\n'
    soft_break = b'=' + eol
    out = bytearray()
    column = 0
    i = 0
    while i < n:
        c = data[i]
        last = i + 1 == n
        following = -1 if last else data[i + 1]
        if (c > 126 or c == 61 or (header and c == 95)
                or (c == 46 and column == 0 and following in (-1, 10, 13, 0))
                or (not istext and c in (10, 13))
                or (c in (9, 32) and last)
                or (c < 33 and c not in (10, 13) and (quotetabs or c not in (9, 32)))):
            if column + 3 >= _QP_MAXLINE:
                out += soft_break
                column = 0
            out += b'=%02X' % c
            column += 3
            i += 1
        elif istext and (c == 10 or (c == 13 and following == 10)):
            # end of line: a space or tab before it is encoded
            if out and out[-1] in (9, 32):
                out[-1:] = b'=%02X' % out[-1]
            out += eol
            column = 0
            i += 2 if c == 13 else 1
        else:
            if not last and following != 10 and column + 1 >= _QP_MAXLINE:
                out += soft_break
                column = 0
            column += 1
            out.append(95 if header and c == 32 else c)
            i += 1
    return bytes(out)
