"""Helpers for addresses, dates and RFC 2231 parameters (CPython's email.utils), written for Immortal.

Addresses are parsed by the lenient rfc822-style scanner of email._parseaddr; dates are formatted as
RFC 2822 requires ('Mon, 20 Nov 1995 19:12:08 -0500'). RFC 2231 values (charset'lang'percent-encoded
text, possibly split into numbered sections) are decoded by decode_params and collapsed to str by
collapse_rfc2231_value. Percent-encoding is done here rather than through urllib.parse, with the
same results for the calls email makes."""

import datetime
import os
import random
import re
import time

from email._parseaddr import AddressList as _AddressList
from email._parseaddr import quote, mktime_tz, parsedate, parsedate_tz, _parsedate_tz
from email.charset import Charset

__all__ = ['collapse_rfc2231_value', 'decode_params', 'decode_rfc2231', 'encode_rfc2231',
           'formataddr', 'formatdate', 'format_datetime', 'getaddresses', 'make_msgid',
           'mktime_tz', 'parseaddr', 'parsedate', 'parsedate_tz', 'parsedate_to_datetime',
           'unquote']

COMMASPACE = ', '
EMPTYSTRING = ''
UEMPTYSTRING = ''
CRLF = '\r\n'
TICK = "'"

# A real name containing one of these must be quoted.
specialsre = re.compile(r'[][\\()<>@,:;".]')
escapesre = re.compile(r'[\\"]')


def _has_surrogates(s):
    """True when s carries surrogate escapes (bytes that were not valid in their charset)."""
    try:
        s.encode()
    except UnicodeEncodeError:
        return True
    return False


def _sanitize(string):
    # Surrogate escapes become U+FFFD, so the string can be printed and encoded.
    return string.encode('utf-8', 'surrogateescape').decode('utf-8', 'replace')


# --- percent-encoding, as urllib.parse does it ---

_UNRESERVED = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~')


def _percent_quote(text, encoding='utf-8', errors='strict'):
    """urllib.parse.quote(text, safe='', encoding=encoding, errors=errors)."""
    raw = text.encode(encoding, errors)
    return ''.join(chr(b) if b in _UNRESERVED else '%%%02X' % b for b in raw)


_PERCENT_ESCAPE = re.compile(r'%([0-9a-fA-F]{2})')
_PERCENT_ESCAPE_BYTES = re.compile(br'%([0-9a-fA-F]{2})')


def _percent_unquote_latin1(text):
    """urllib.parse.unquote(text, encoding='latin-1'): each %XX becomes the character XX."""
    if '%' not in text:
        return text
    return _PERCENT_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)


def _percent_unquote_to_bytes(text):
    """urllib.parse.unquote_to_bytes(text): the UTF-8 bytes of text with each %XX decoded."""
    raw = text.encode('utf-8')
    return _PERCENT_ESCAPE_BYTES.sub(lambda m: bytes([int(m.group(1), 16)]), raw)


def formataddr(pair, charset='utf-8'):
    """'Real Name <addr>' for a (realname, email_address) pair, quoting or RFC 2047-encoding the
    name as needed; just the address when the name is empty."""
    name, address = pair
    address.encode('ascii')     # a non-ASCII address raises UnicodeEncodeError
    if not name:
        return address
    if not name.isascii():
        encoder = Charset(charset) if isinstance(charset, str) else charset
        return f"{encoder.header_encode(name)} <{address}>"
    escaped = escapesre.sub(r'\\\g<0>', name)
    if specialsre.search(name):
        escaped = f'"{escaped}"'
    return f'{escaped} <{address}>'


def getaddresses(fieldvalues):
    """All the (realname, email) pairs of some address header values."""
    joined = COMMASPACE.join(str(v) for v in fieldvalues)
    return _AddressList(joined).addresslist


def parseaddr(addr):
    """The first (realname, email) pair of an address field, or ('', '')."""
    found = _AddressList(addr).addresslist
    return found[0] if found else ('', '')


_DAYS = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_MONTHS = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')


def _format_timetuple_and_zone(timetuple, zone):
    year, month, day, hour, minute, second, weekday = timetuple[:7]
    return (f'{_DAYS[weekday]}, {day:02d} {_MONTHS[month - 1]} {year:04d} '
            f'{hour:02d}:{minute:02d}:{second:02d} {zone}')


def formatdate(timeval=None, localtime=False, usegmt=False):
    """An RFC 2822 date for a POSIX timestamp (now by default): in UTC written '-0000', in the
    local zone, or in UTC written 'GMT' (usegmt, for HTTP)."""
    if timeval is None:
        timeval = time.time()
    moment = datetime.datetime.fromtimestamp(timeval, datetime.timezone.utc)
    if localtime:
        return format_datetime(moment.astimezone(), False)
    if not usegmt:
        moment = moment.replace(tzinfo=None)
    return format_datetime(moment, usegmt)


def format_datetime(dt, usegmt=False):
    """An RFC 2822 date for a datetime; a naive one gets the zone '-0000' (unknown)."""
    if not usegmt:
        zone = '-0000' if dt.tzinfo is None else dt.strftime("%z")
    elif dt.tzinfo is not None and dt.tzinfo == datetime.timezone.utc:
        zone = 'GMT'
    else:
        raise ValueError("usegmt option requires a UTC datetime")
    return _format_timetuple_and_zone(dt.timetuple(), zone)


def make_msgid(idstring=None, domain=None):
    """A unique Message-ID: <time.pid.random[.idstring]@domain>; the domain defaults to the
    machine's fully qualified name."""
    stamp = int(time.time() * 100)
    pid = os.getpid()
    rand = random.getrandbits(64)
    suffix = '' if idstring is None else '.' + idstring
    if domain is None:
        try:
            import socket
        except ImportError:
            raise NotImplementedError(
                'make_msgid() without domain= needs socket.getfqdn(), which Immortal does not '
                'have; pass domain=') from None
        domain = socket.getfqdn()
    return f'<{stamp}.{pid}.{rand}{suffix}@{domain}>'


def parsedate_to_datetime(data):
    """The datetime of an RFC 2822 date; aware unless the zone was '-0000' or missing."""
    fields = _parsedate_tz(data)
    if fields is None:
        raise ValueError('Invalid date value or format "%s"' % str(data))
    offset = fields[9]
    if offset is None:
        return datetime.datetime(*fields[:6])
    zone = datetime.timezone(datetime.timedelta(seconds=offset))
    return datetime.datetime(*fields[:6], tzinfo=zone)


def unquote(str):
    """str without its surrounding double quotes (unescaping inside) or angle brackets."""
    if len(str) < 2:
        return str
    if str[0] == '"' and str[-1] == '"':
        return str[1:-1].replace('\\\\', '\\').replace('\\"', '"')
    if str[0] == '<' and str[-1] == '>':
        return str[1:-1]
    return str


def decode_rfc2231(s):
    """[charset, language, text] of an RFC 2231 value, or (None, None, s) when it has no
    charset'lang' prefix."""
    parts = s.split(TICK, 2)
    if len(parts) < 3:
        return None, None, s
    return parts


def encode_rfc2231(s, charset=None, language=None):
    """s percent-encoded in charset (ASCII by default), prefixed with charset'language' when
    either is given."""
    encoded = _percent_quote(s, encoding=charset or 'ascii')
    if charset is None and language is None:
        return encoded
    return f"{charset}'{language or ''}'{encoded}"


rfc2231_continuation = re.compile(r'^(?P<name>\w+)\*((?P<num>[0-9]+)\*?)?$', re.ASCII)


def decode_params(params):
    """Decode the RFC 2231 parameters of a list of (name, value) pairs: sections (name*0, name*1)
    are joined, extended values (name*=charset'lang'text) become (charset, lang, '"text"')
    tuples, and every other value is requoted. The first pair is kept as it is."""
    result = [params[0]]
    sections = {}
    for name, value in params[1:]:
        extended = name.endswith('*')
        value = unquote(value)
        mo = rfc2231_continuation.match(name)
        if mo is None:
            result.append((name, f'"{quote(value)}"'))
            continue
        name, num = mo.group('name', 'num')
        sections.setdefault(name, []).append((None if num is None else int(num), value, extended))
    for name, pieces in sections.items():
        pieces.sort()
        any_extended = False
        texts = []
        for _, text, extended in pieces:
            if extended:
                text = _percent_unquote_latin1(text)
                any_extended = True
            texts.append(text)
        value = quote(EMPTYSTRING.join(texts))
        if any_extended:
            charset, language, text = decode_rfc2231(value)
            result.append((name, (charset, language, f'"{text}"')))
        else:
            result.append((name, f'"{value}"'))
    return result


def collapse_rfc2231_value(value, errors='replace', fallback_charset='us-ascii'):
    """A parameter value as str: an RFC 2231 (charset, lang, text) tuple is decoded with its
    charset (fallback_charset when None), anything else just unquoted."""
    if not (isinstance(value, tuple) and len(value) == 3):
        return unquote(value)
    charset, language, text = value
    raw = text.encode('raw-unicode-escape')
    try:
        return str(raw, fallback_charset if charset is None else charset, errors)
    except LookupError:
        return unquote(text)


def localtime(dt=None, isdst=None):
    """dt (now by default) as an aware datetime in the local zone; a naive dt is taken as local."""
    if isdst is not None:
        import warnings
        warnings.warn("The 'isdst' parameter to 'localtime' is deprecated and slated for removal "
                      "in Python 3.14", DeprecationWarning, stacklevel=2)
    if dt is None:
        dt = datetime.datetime.now()
    return dt.astimezone()
