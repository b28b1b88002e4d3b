# base64: RFC 4648 base16/32/64 encodings and the Ascii85/base85 encodings, written for Immortal
# on top of binascii. Behaviour and messages follow CPython 3.12's base64 module.
"""Base16, Base32, Base64 (RFC 3548), Base85 and Ascii85 data encodings"""

import binascii

# (CPython's order: it is visible in base64.__all__)
__all__ = ['encode', 'decode', 'encodebytes', 'decodebytes', 'b64encode', 'b64decode', 'b32encode', 'b32decode',
           'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode', 'b85encode', 'b85decode', 'a85encode',
           'a85decode', 'standard_b64encode', 'standard_b64decode', 'urlsafe_b64encode', 'urlsafe_b64decode']

bytes_types = (bytes, bytearray)

MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def _decode_input(s):
    # what the decoders accept: a bytes-like object, or a str of ASCII characters only; gives bytes
    if isinstance(s, bytes_types):
        return s
    if isinstance(s, str):
        if not s.isascii():
            raise ValueError('string argument should contain only ASCII characters')
        return s.encode('ascii')
    try:
        view = memoryview(s)
    except TypeError:
        name = type(s).__name__
        raise TypeError(f'argument should be a bytes-like object or ASCII string, not {name!r}') from None
    return view.tobytes()


def _as_bytes(b):
    # what the 85 and 32 encoders accept
    if isinstance(b, bytes_types):
        return bytes(b)
    return memoryview(b).tobytes()


# --- base64 ---

def b64encode(s, altchars=None):
    """Encode the bytes-like object s using Base64 and return a bytes object."""
    out = binascii.b2a_base64(s, newline=False)
    if altchars is None:
        return out
    assert len(altchars) == 2, repr(altchars)
    return out.translate(bytes.maketrans(b'+/', altchars))


def b64decode(s, altchars=None, validate=False):
    """Decode the Base64 encoded bytes-like object or ASCII string s."""
    s = _decode_input(s)
    if altchars is not None:
        pair = _decode_input(altchars)
        assert len(pair) == 2, repr(pair)
        s = s.translate(bytes.maketrans(pair, b'+/'))
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    """Encode bytes-like object s using the standard Base64 alphabet."""
    return b64encode(s)


def standard_b64decode(s):
    """Decode bytes encoded with the standard Base64 alphabet."""
    return b64decode(s)


_TO_URLSAFE = None
_FROM_URLSAFE = None


def urlsafe_b64encode(s):
    """Encode bytes using the URL- and filesystem-safe Base64 alphabet."""
    global _TO_URLSAFE
    if _TO_URLSAFE is None:
        _TO_URLSAFE = bytes.maketrans(b'+/', b'-_')
    return b64encode(s).translate(_TO_URLSAFE)


def urlsafe_b64decode(s):
    """Decode bytes using the URL- and filesystem-safe Base64 alphabet."""
    global _FROM_URLSAFE
    if _FROM_URLSAFE is None:
        _FROM_URLSAFE = bytes.maketrans(b'-_', b'+/')
    return b64decode(_decode_input(s).translate(_FROM_URLSAFE))


# --- base32 ---

_B32_STD = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32_HEX = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'
# alphabet -> a 256-entry table of each byte's digit value (-1: not a digit), built on first use.
_DIGIT_VALUES = {}


def _digit_values(alphabet):
    table = _DIGIT_VALUES.get(alphabet)
    if table is None:
        table = [-1] * 256
        for value, byte in enumerate(alphabet):
            table[byte] = value
        _DIGIT_VALUES[alphabet] = table
    return table
# how many '=' end the last group, by the number of bytes left over (0..4)
_B32_PADS = (0, 6, 4, 3, 1)
# bytes recovered from the last group, by its number of '='
_B32_KEEP = {0: 5, 1: 4, 3: 3, 4: 2, 6: 1}


def _b32enc(alphabet, s):
    data = _as_bytes(s)
    tail = len(data) % 5
    if tail:
        data += bytes(5 - tail)
    out = bytearray()
    for i in range(0, len(data), 5):
        v = int.from_bytes(data[i:i + 5], 'big')
        out += bytes(alphabet[(v >> shift) & 31] for shift in range(35, -1, -5))
    pads = _B32_PADS[tail]
    if pads:
        out[-pads:] = b'=' * pads
    return bytes(out)


def _b32dec(alphabet, s, casefold=False, map01=None):
    rev = _digit_values(alphabet)
    s = _decode_input(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        one = _decode_input(map01)
        assert len(one) == 1, repr(one)
        s = s.translate(bytes.maketrans(b'01', b'O' + one))
    if casefold:
        s = s.upper()
    full = len(s)
    s = s.rstrip(b'=')
    pads = full - len(s)
    out = bytearray()
    for i in range(0, len(s), 8):
        v = 0
        for c in s[i:i + 8]:
            d = rev[c]
            if d < 0:
                raise binascii.Error('Non-base32 digit found')
            v = (v << 5) | d
        n = min(8, len(s) - i)
        v <<= 5 * (8 - n)
        out += v.to_bytes(5, 'big')
    if pads not in _B32_KEEP:
        raise binascii.Error('Incorrect padding')
    if pads and out:
        del out[len(out) - 5 + _B32_KEEP[pads]:]
    return bytes(out)


def b32encode(s):
    """Encode the bytes-like object s using Base32 and return a bytes object."""
    return _b32enc(_B32_STD, s)


def b32decode(s, casefold=False, map01=None):
    """Decode the Base32 encoded bytes-like object or ASCII string s."""
    return _b32dec(_B32_STD, s, casefold, map01)


def b32hexencode(s):
    """Encode the bytes-like object s using Base32 (extended hex alphabet)."""
    return _b32enc(_B32_HEX, s)


def b32hexdecode(s, casefold=False):
    """Decode the Base32 (extended hex alphabet) encoded bytes-like object or ASCII string s."""
    return _b32dec(_B32_HEX, s, casefold)


# --- base16 ---

_B16 = frozenset(b'0123456789ABCDEF')


def b16encode(s):
    """Encode the bytes-like object s using Base16 and return a bytes object."""
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    """Decode the Base16 encoded bytes-like object or ASCII string s."""
    s = _decode_input(s)
    if casefold:
        s = s.upper()
    for c in s:
        if c not in _B16:
            raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


# --- Ascii85 and base85 ---

_A85_ALPHABET = bytes(range(33, 118))
_B85_ALPHABET = (b'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                 b'abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~')


def _enc85(b, alphabet, pad, fold_zero, fold_space):
    data = _as_bytes(b)
    extra = -len(data) % 4
    if extra:
        data += bytes(extra)
    out = bytearray()
    last = 0
    for i in range(0, len(data), 4):
        w = int.from_bytes(data[i:i + 4], 'big')
        last = len(out)
        if fold_zero and w == 0:
            out += b'z'
        elif fold_space and w == 0x20202020:
            out += b'y'
        else:
            out += bytes((alphabet[w // 52200625], alphabet[w // 614125 % 85],
                          alphabet[w // 7225 % 85], alphabet[w // 85 % 85], alphabet[w % 85]))
    if extra and not pad:
        if out[last:] == b'z':
            out[last:] = alphabet[0:1] * 5
        del out[len(out) - extra:]
    return bytes(out)


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Encode bytes-like object b using Ascii85 and return a bytes object."""
    out = _enc85(b, _A85_ALPHABET, pad, True, foldspaces)
    if adobe:
        out = b'<~' + out
    if wrapcol:
        width = max(2 if adobe else 1, wrapcol)
        lines = [out[i:i + width] for i in range(0, len(out), width)]
        if adobe and len(lines[-1]) + 2 > width:
            lines.append(b'')
        out = b'\n'.join(lines)
    if adobe:
        out += b'~>'
    return out


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\v'):
    """Decode the Ascii85 encoded bytes-like object or ASCII string b."""
    b = _decode_input(b)
    if adobe:
        if not b.endswith(b'~>'):
            raise ValueError(f"Ascii85 encoded byte sequences must end with {b'~>'!r}")
        b = b[2:-2] if b.startswith(b'<~') else b[:-2]
    out = bytearray()
    group = []
    for c in b:
        if 33 <= c <= 117:
            group.append(c - 33)
            if len(group) == 5:
                w = (((group[0] * 85 + group[1]) * 85 + group[2]) * 85 + group[3]) * 85 + group[4]
                if w > 0xFFFFFFFF:
                    raise ValueError('Ascii85 overflow')
                out += w.to_bytes(4, 'big')
                group = []
        elif c == 122:  # z
            if group:
                raise ValueError('z inside Ascii85 5-tuple')
            out += b'\0\0\0\0'
        elif foldspaces and c == 121:  # y
            if group:
                raise ValueError('y inside Ascii85 5-tuple')
            out += b'    '
        elif c in ignorechars:
            continue
        else:
            raise ValueError('Non-Ascii85 digit found: %c' % c)
    if group:
        missing = 5 - len(group)
        group += [84] * missing
        w = (((group[0] * 85 + group[1]) * 85 + group[2]) * 85 + group[3]) * 85 + group[4]
        if w > 0xFFFFFFFF:
            raise ValueError('Ascii85 overflow')
        out += w.to_bytes(4, 'big')[:4 - missing]
    return bytes(out)


def b85encode(b, pad=False):
    """Encode bytes-like object b in base85 format and return a bytes object."""
    return _enc85(b, _B85_ALPHABET, pad, False, False)


def b85decode(b):
    """Decode the base85-encoded bytes-like object or ASCII string b."""
    rev = _digit_values(_B85_ALPHABET)
    b = _decode_input(b)
    missing = -len(b) % 5
    b = b + b'~' * missing
    out = bytearray()
    for i in range(0, len(b), 5):
        w = 0
        for j in range(i, i + 5):
            d = rev[b[j]]
            if d < 0:
                raise ValueError('bad base85 character at position %d' % j)
            w = w * 85 + d
        if w > 0xFFFFFFFF:
            raise ValueError('base85 overflow in hunk starting at byte %d' % i)
        out += w.to_bytes(4, 'big')
    if missing:
        del out[len(out) - missing:]
    return bytes(out)


# --- the MIME (RFC 2045) variants and file helpers ---

def _check_bytes_like(s):
    try:
        m = memoryview(s)
    except TypeError as err:
        raise TypeError(f'expected bytes-like object, not {s.__class__.__name__}') from err
    if m.format not in ('c', 'b', 'B'):
        raise TypeError(f'expected single byte elements, not {m.format!r} from {s.__class__.__name__}')
    if m.ndim != 1:
        raise TypeError(f'expected 1-D, not {m.ndim}-D memoryview from {s.__class__.__name__}')


def encodebytes(s):
    """Encode a bytestring into a bytes object containing multiple lines of base-64 data."""
    _check_bytes_like(s)
    lines = [binascii.b2a_base64(s[i:i + MAXBINSIZE]) for i in range(0, len(s), MAXBINSIZE)]
    return b''.join(lines)


def decodebytes(s):
    """Decode a bytestring of base-64 data into a bytes object."""
    _check_bytes_like(s)
    return binascii.a2b_base64(s)


def encode(input, output):
    """Encode a file; input and output are binary files."""
    while True:
        chunk = input.read(MAXBINSIZE)
        if not chunk:
            return
        while len(chunk) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(chunk))
            if not more:
                break
            chunk += more
        output.write(binascii.b2a_base64(chunk))


def decode(input, output):
    """Decode a file; input and output are binary files."""
    for line in iter(input.readline, b''):
        output.write(binascii.a2b_base64(line))


def main():
    """Small command line interface (python -m base64)."""
    raise NotImplementedError('base64.main (the command line interface) is not implemented in Immortal yet')
