# binascii: conversions between binary data and ASCII encodings (hex, base64) and the CRC-32 and
# CRC-CCITT checksums, written in Python for Immortal. Behaviour and messages follow CPython 3.12's
# native binascii module; the uu and quoted-printable codecs are not provided yet.
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


# --- not provided yet ---

def a2b_uu(data):
    """Decode a line of uuencoded data."""
    raise NotImplementedError('binascii.a2b_uu is not implemented in Immortal yet')


def b2a_uu(data, *, backtick=False):
    """Uuencode line of data."""
    raise NotImplementedError('binascii.b2a_uu is not implemented in Immortal yet')


def a2b_qp(data, header=False):
    """Decode a string of qp-encoded data."""
    raise NotImplementedError('binascii.a2b_qp is not implemented in Immortal yet')


def b2a_qp(data, quotetabs=False, istext=True, header=False):
    """Encode a string using quoted-printable encoding."""
    raise NotImplementedError('binascii.b2a_qp is not implemented in Immortal yet')
