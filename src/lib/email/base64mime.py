"""Base64 as MIME uses it (CPython's email.base64mime), written for Immortal.

Headers: the "B" encoded words of RFC 2047 (=?charset?b?...?=). Bodies: base64 in lines of at most
maxlinelen characters (76 by default), each ending in eol. Decoding is lenient, as binascii's is."""

from base64 import b64encode
from binascii import b2a_base64, a2b_base64

__all__ = ['body_decode', 'body_encode', 'decode', 'decodestring', 'header_encode', 'header_length']

CRLF = '\r\n'
NL = '\n'
EMPTYSTRING = ''

MISC_LEN = 7   # the chrome of an encoded word besides its charset name: =? ?b? ?=


def header_length(bytearray):
    """Length of the base64 text for these octets: 4 characters per started group of 3."""
    return 4 * ((len(bytearray) + 2) // 3)


def header_encode(header_bytes, charset='iso-8859-1'):
    """One RFC 2047 "B" encoded word holding header_bytes (a str is encoded with charset first)."""
    if isinstance(header_bytes, str):
        header_bytes = header_bytes.encode(charset)
    if not header_bytes:
        return ""
    return f'=?{charset}?b?{b64encode(header_bytes).decode("ascii")}?='


def body_encode(s, maxlinelen=76, eol=NL):
    """Base64 text for the bytes s, in lines of at most maxlinelen characters ending in eol."""
    if not s:
        return ""
    chunk = maxlinelen * 3 // 4
    lines = []
    for start in range(0, len(s), chunk):
        line = b2a_base64(s[start:start + chunk]).decode("ascii")
        if eol != NL and line.endswith(NL):
            line = line[:-1] + eol
        lines.append(line)
    return ''.join(lines)


def decode(string):
    """The bytes that base64 text (str or bytes) stands for."""
    if not string:
        return b''
    if isinstance(string, str):
        string = string.encode('raw-unicode-escape')
    return a2b_base64(string)


body_decode = decode
decodestring = decode
