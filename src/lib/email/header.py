"""Header values with charsets, for compat32 messages (CPython's email.header), written for Immortal.

A Header is a list of chunks (text, Charset). str() joins them for display; encode() writes them as
an RFC 2822 header value: ASCII chunks as they are, others as RFC 2047 encoded words, folded so that
lines stay within maxlinelen, preferring to break after the split characters (';' and ',' first,
then whitespace). The folding rules here reproduce CPython's output character for character;
decode_header() splits a raw value back into (bytes, charset) pieces."""

import binascii
import email.base64mime
import email.quoprimime
import re
from email import charset as _charset
from email.errors import HeaderParseError

__all__ = ['Header', 'decode_header', 'make_header']

Charset = _charset.Charset
USASCII = Charset('us-ascii')
UTF8 = Charset('utf-8')

MAXLINELEN = 78
EMPTYSTRING = ''
SPACE = ' '
SPACE8 = SPACE * 8
BSPACE = b' '
FWS = ' \t'
NL = '\n'

# One encoded word; split() on it gives text, then charset, encoding and text of each word.
ecre = re.compile(r'''
  =\?  (?P<charset>[^?]*?)  \?  (?P<encoding>[qQbB])  \?  (?P<encoded>.*?)  \?=
  ''', re.VERBOSE | re.MULTILINE)

fcre = re.compile(r'[\041-\176]+:$')

# a value whose folding would make a line look like the start of another header
_embedded_header = re.compile(r'\n[^ \t]+:')

_max_append = email.quoprimime._max_append


def _pieces(header):
    """(text, encoding or None, charset or None) for each piece of a raw header value, with the
    whitespace between two encoded words left out."""
    words = []
    for line in header.splitlines():
        parts = ecre.split(line)
        # parts: text, then (charset, encoding, encoded, text) per encoded word
        head = parts[0].lstrip()
        if head:
            words.append((head, None, None))
        for at in range(1, len(parts), 4):
            charset, encoding, encoded, text = parts[at:at + 4]
            words.append((encoded, encoding.lower(), charset.lower()))
            if text:
                words.append((text, None, None))
    kept = []
    for n, word in enumerate(words):
        between_ews = (0 < n < len(words) - 1 and word[0].isspace()
                       and words[n - 1][1] and words[n + 1][1])
        if not between_ews:
            kept.append(word)
    return kept


def decode_header(header):
    """A list of (decoded text, charset) pairs for a header value; text outside encoded words has
    charset None. The text is bytes, except that a value with no encoded word at all comes back
    as [(value, None)] with the str itself."""
    if hasattr(header, '_chunks'):
        return [(_charset._encode(text, str(cs)), str(cs)) for text, cs in header._chunks]
    if not ecre.search(header):
        return [(header, None)]
    decoded = []
    for text, encoding, charset in _pieces(header):
        if encoding == 'q':
            text = email.quoprimime.header_decode(text)
        elif encoding == 'b':
            missing = len(text) % 4
            if missing:
                # be liberal: supply the padding that senders leave out
                text += '='* (4 - missing)
            try:
                text = email.base64mime.decode(text)
            except binascii.Error:
                raise HeaderParseError('Base64 decoding error')
        elif encoding is not None:
            raise AssertionError('Unexpected encoding: ' + encoding)
        if isinstance(text, str):
            text = text.encode('raw-unicode-escape')
        decoded.append([text, charset])
    # merge neighbours of one charset; unencoded neighbours keep a space between them
    merged = [decoded[0]]
    for text, charset in decoded[1:]:
        last = merged[-1]
        if charset != last[1]:
            merged.append([text, charset])
        elif charset is None:
            last[0] = last[0] + BSPACE + text
        else:
            last[0] = last[0] + text
    return [tuple(pair) for pair in merged]


def make_header(decoded_seq, maxlinelen=None, header_name=None, continuation_ws=' '):
    """A Header from the (text, charset) pairs that decode_header returns."""
    h = Header(maxlinelen=maxlinelen, header_name=header_name, continuation_ws=continuation_ws)
    for text, charset in decoded_seq:
        if not (charset is None or isinstance(charset, Charset)):
            charset = Charset(charset)
        h.append(text, charset)
    return h


def _nonctext(s):
    # Whitespace or a comment character: text that separates words by itself.
    return s.isspace() or s in ('(', ')', '\\')


def _as_charset(cs, default):
    if cs is None:
        return default
    return cs if isinstance(cs, Charset) else Charset(cs)


def _is_ascii_charset(cs):
    return cs in (None, 'us-ascii')


class Header:
    """A header value made of chunks of text, each in its own character set."""

    def __init__(self, s=None, charset=None, maxlinelen=None, header_name=None,
                 continuation_ws=' ', errors='strict'):
        self._charset = _as_charset(charset, USASCII)
        self._continuation_ws = continuation_ws
        self._chunks = []
        if s is not None:
            self.append(s, self._charset, errors)
        self._maxlinelen = MAXLINELEN if maxlinelen is None else maxlinelen
        self._headerlen = 0 if header_name is None else len(header_name) + 2

    def __str__(self):
        """The text of the value, with a space where an encoded and an unencoded chunk meet."""
        self._normalize()
        out = []
        prev_cs = None
        prev_ends_space = None
        for text, cs in self._chunks:
            this_cs = cs
            if this_cs == _charset.UNKNOWN8BIT:
                text = text.encode('ascii', 'surrogateescape').decode('ascii', 'replace')
            if out:
                starts_space = text and _nonctext(text[0])
                if not _is_ascii_charset(prev_cs):
                    if _is_ascii_charset(this_cs) and not starts_space:
                        out.append(SPACE)
                        this_cs = None
                elif not _is_ascii_charset(this_cs) and not prev_ends_space:
                    out.append(SPACE)
            prev_ends_space = text and _nonctext(text[-1])
            prev_cs = this_cs
            out.append(text)
        return EMPTYSTRING.join(out)

    def __eq__(self, other):
        return other == str(self)

    def append(self, s, charset=None, errors='strict'):
        """Add a chunk: s is str, or bytes in charset (the header's charset by default). Text that
        does not fit us-ascii is kept as utf-8."""
        charset = _as_charset(charset, self._charset)
        if not isinstance(s, str):
            source = charset.input_codec or 'us-ascii'
            if source == _charset.UNKNOWN8BIT:
                s = s.decode('us-ascii', 'surrogateescape')
            else:
                s = s.decode(source, errors)
        target = charset.output_codec or 'us-ascii'
        if target != _charset.UNKNOWN8BIT:
            try:
                s.encode(target, errors)
            except UnicodeEncodeError:
                if target != 'us-ascii':
                    raise
                charset = UTF8
        self._chunks.append((s, charset))

    def _nonctext(self, s):
        return _nonctext(s)

    def encode(self, splitchars=';, \t', maxlinelen=None, linesep='\n'):
        """The value as folded header text (without the name): non-ASCII chunks as encoded words,
        lines at most maxlinelen long (0 means no limit) where the split characters allow."""
        self._normalize()
        if maxlinelen is None:
            maxlinelen = self._maxlinelen
        if maxlinelen == 0:
            maxlinelen = 1000000
        folder = _Folder(self._headerlen, maxlinelen, self._continuation_ws, splitchars)
        prev_cs = None
        prev_ends_space = None
        for index, (text, cs) in enumerate(self._chunks):
            if index:
                starts_space = text and _nonctext(text[0])
                if not _is_ascii_charset(prev_cs):
                    if not starts_space or not _is_ascii_charset(cs):
                        folder.add_transition()
                elif not _is_ascii_charset(cs) and not prev_ends_space:
                    folder.add_transition()
            prev_ends_space = text and _nonctext(text[-1])
            prev_cs = cs
            lines = text.splitlines()
            folder.feed('', lines[0] if lines else '', cs)
            for line in lines[1:]:
                folder.newline()
                stripped = line.lstrip()
                if cs.header_encoding is None:
                    folder.feed(line[:len(line) - len(stripped)], stripped, cs)
                else:
                    folder.feed(self._continuation_ws, ' ' + stripped, cs)
            if len(lines) > 1:
                folder.newline()
        if self._chunks:
            folder.add_transition()
        value = folder.text(linesep)
        if _embedded_header.search(value):
            raise HeaderParseError(
                f"header value appears to contain an embedded header: {value!r}")
        return value

    def _normalize(self):
        # Neighbouring chunks of one charset become one chunk, joined with a space.
        merged = []
        for text, cs in self._chunks:
            if merged and merged[-1][1] == cs:
                merged[-1][0].append(text)
            else:
                merged.append(([text], cs))
        self._chunks = [(SPACE.join(texts), cs) for texts, cs in merged]


class _Line:
    """The line being built: (whitespace, text) parts after `lead` columns taken by the header
    name (only on the first line)."""

    def __init__(self, lead=0):
        self.lead = lead
        self.parts = []

    def width(self):
        return self.lead + sum(len(ws) + len(text) for ws, text in self.parts)

    def __str__(self):
        return ''.join(ws + text for ws, text in self.parts)

    def take_last(self):
        return self.parts.pop() if self.parts else ('', '')

    def restart(self, parts=None):
        self.parts = [] if parts is None else parts
        self.lead = 0

    def blank(self):
        return self.lead == 0 and (not self.parts or str(self).isspace())


_TRANSITION = (' ', '')


class _Folder:
    """Lays out the chunks of a Header into lines."""

    def __init__(self, headerlen, maxlen, continuation_ws, splitchars):
        self._maxlen = maxlen
        self._continuation_ws = continuation_ws
        self._splitchars = splitchars
        self._lines = []
        self._line = _Line(headerlen)

    def text(self, linesep):
        self.newline()
        return linesep.join(self._lines)

    def newline(self):
        line = self._line
        last = line.take_last()
        if last != _TRANSITION:
            line.parts.append(last)
        if line.width() > 0:
            if self._lines and line.blank():
                self._lines[-1] += str(line)
            else:
                self._lines.append(str(line))
        line.restart()

    def add_transition(self):
        self._line.parts.append(_TRANSITION)

    def _room(self):
        yield self._maxlen - self._line.width()
        rest = self._maxlen - len(self._continuation_ws)
        while True:
            yield rest

    def feed(self, fws, string, charset):
        if charset.header_encoding is None:
            # ASCII text: one chunk per run of non-whitespace, with the whitespace before it
            pieces = re.split('([' + FWS + ']+)', fws + string)
            if pieces[0]:
                pieces.insert(0, '')
            else:
                del pieces[0]
            for at in range(0, len(pieces) - 1, 2):
                self._add(pieces[at], pieces[at + 1])
            return
        words = charset.header_encode_lines(string, self._room())
        first = words[0]
        if first is not None:
            self._add(fws, first)
        if len(words) == 1:
            return
        self.newline()
        self._line.parts.append((self._continuation_ws, words[-1]))
        self._lines.extend(self._continuation_ws + word for word in words[1:-1])

    def _split_index(self):
        # Where to break the current line: the last part that follows one of the split
        # characters, trying each character in order of preference; None if there is none.
        parts = self._line.parts
        for ch in self._splitchars:
            for i in range(len(parts) - 1, 0, -1):
                ws = parts[i][0]
                if ch.isspace() and ws and ws[0] == ch:
                    return i
                before = parts[i - 1][1]
                if before and before[-1] == ch:
                    return i
        return None

    def _add(self, fws, string):
        line = self._line
        line.parts.append((fws, string))
        if line.width() <= self._maxlen:
            return
        i = self._split_index()
        if i is not None:
            tail = line.parts[i:]
            del line.parts[i:]
            self._lines.append(str(line))
            line.restart(tail)
            return
        # Nowhere to break: a too-long part after the header name moves to a line of its own.
        fws, part = line.take_last()
        if line.lead > 0:
            self.newline()
            fws = fws or ' '
        self._line.parts.append((fws, part))
