"""Quoted-printable as MIME uses it (CPython's email.quoprimime), written for Immortal.

Two flavours share one escape form (=XX, upper-case hex): the body encoding of RFC 2045, whose lines
are wrapped with soft breaks ("=" before the line end) at maxlinelen, and the "Q" encoding of RFC 2047
for encoded words in headers, where a space becomes "_" and only letters, digits and -!*+/ stay as
they are. The functions work on str (bytes already decoded as latin-1) or on bytes, as CPython's do."""

import re
from string import ascii_letters, digits, hexdigits

__all__ = ['body_decode', 'body_encode', 'body_length', 'decode', 'decodestring', 'header_decode',
           'header_encode', 'header_length', 'quote', 'unquote']

CRLF = '\r\n'
NL = '\n'
EMPTYSTRING = ''


def _escape(code):
    return '=%02X' % code


# For each octet: how it is written in a body / in a header (Q encoding).
_HEADER_SAFE = frozenset(b'-!*+/' + (ascii_letters + digits).encode('ascii'))
_BODY_SAFE = frozenset(set(range(33, 127)) - {ord('=')} | {ord(' '), ord('\t')})
_HEADER_FORMS = [chr(b) if b in _HEADER_SAFE else _escape(b) for b in range(256)]
_HEADER_FORMS[ord(' ')] = '_'
_BODY_FORMS = [chr(b) if b in _BODY_SAFE else _escape(b) for b in range(256)]
# body_encode keeps line ends as they are: lines are split on them afterwards
_BODY_TRANSLATION = list(_BODY_FORMS)
_BODY_TRANSLATION[ord('\r')] = '\r'
_BODY_TRANSLATION[ord('\n')] = '\n'


def header_check(octet):
    """True when octet needs escaping in a Q-encoded header word."""
    return _HEADER_FORMS[octet] != chr(octet)


def body_check(octet):
    """True when octet needs escaping in a quoted-printable body."""
    return _BODY_FORMS[octet] != chr(octet)


def header_length(bytearray):
    """Length of the Q encoding of these octets, without the =?charset?q? ?= around it."""
    return sum(map(len, map(_HEADER_FORMS.__getitem__, bytearray)))


def body_length(bytearray):
    """Length of the quoted-printable body encoding of these octets (before line wrapping)."""
    return sum(map(len, map(_BODY_FORMS.__getitem__, bytearray)))


def _max_append(L, s, maxlen, extra=''):
    # Append s to the last string of L when it fits within maxlen, else start a new one.
    if not isinstance(s, str):
        s = chr(s)
    if L and len(L[-1]) + len(s) <= maxlen:
        L[-1] = L[-1] + extra + s
    else:
        L.append(s.lstrip())


def unquote(s):
    """The character whose code is the hex pair of an '=AB' escape."""
    return chr(int(s[1:3], 16))


def quote(c):
    """The '=AB' escape of a character."""
    return _escape(ord(c))


def header_encode(header_bytes, charset='iso-8859-1'):
    """Q-encode header_bytes as one RFC 2047 encoded word in charset ('' for no bytes)."""
    if not header_bytes:
        return ''
    body = header_bytes.decode('latin1').translate(_HEADER_FORMS)
    return f'=?{charset}?q?{body}?='


def _wrap_line(line, maxlinelen, soft_break):
    """The output lines for one input line (already escaped), each at most maxlinelen long."""
    pieces = []
    width = maxlinelen - 1          # room left for the soft-break '='
    last_start = len(line) - 1 - maxlinelen
    start = 0
    while start <= last_start:
        stop = start + width
        if line[stop - 2] == '=':
            # an escape begins two before the cut: its '=' doubles as the soft break
            pieces.append(line[start:stop - 1])
            start = stop - 2
        elif line[stop - 1] == '=':
            pieces.append(line[start:stop])
            start = stop - 1
        else:
            pieces.append(line[start:stop] + '=')
            start = stop
    if not line or line[-1] not in ' \t':
        pieces.append(line[start:])
        return pieces
    # Whitespace at the end of a line must be protected, so it survives transports that strip it.
    space = line[-1]
    room = start - last_start
    if room > 2:
        tail = quote(space)
    elif room == 2:
        tail = space + soft_break
    else:
        tail = soft_break + quote(space)
    pieces.append(line[start:-1] + tail)
    return pieces


def body_encode(body, maxlinelen=76, eol=NL):
    """Quoted-printable encode body (a str of latin-1 characters), lines ending in eol."""
    if maxlinelen < 4:
        raise ValueError("maxlinelen must be at least 4")
    if not body:
        return body
    text = body.translate(_BODY_TRANSLATION)
    soft_break = '=' + eol
    out = []
    for line in text.splitlines():
        out += _wrap_line(line, maxlinelen, soft_break)
    if text[-1] in CRLF:
        out.append('')
    return eol.join(out)


def decode(encoded, eol=NL):
    """Decode a quoted-printable body; the lines of the result end in eol."""
    if not encoded:
        return encoded
    chunks = []
    for raw in encoded.splitlines():
        line = raw.rstrip()
        if not line:
            chunks.append(eol)
            continue
        n = len(line)
        pos = 0
        while pos < n:
            ch = line[pos]
            if ch == '=' and pos + 1 == n:
                # a soft line break: the line continues with the next one
                pos += 1
                continue
            if ch == '=' and pos + 2 < n and line[pos + 1] in hexdigits and line[pos + 2] in hexdigits:
                chunks.append(unquote(line[pos:pos + 3]))
                pos += 3
            else:
                chunks.append(ch)
                pos += 1
            if pos == n:
                chunks.append(eol)
    result = ''.join(chunks)
    if encoded[-1] not in '\r\n' and result.endswith(eol):
        result = result[:-1]
    return result


body_decode = decode
decodestring = decode


def _unquote_match(match):
    return unquote(match.group(0))


_HEX_ESCAPE = re.compile(r'=[a-fA-F0-9]{2}', re.ASCII)


def header_decode(s):
    """Decode the text of a Q-encoded word (underscores are spaces)."""
    return _HEX_ESCAPE.sub(_unquote_match, s.replace('_', ' '))
