"""URL parsing for Immortal, written from the documented behaviour of CPython 3.12's urllib.parse
(RFC 3986 with the older RFCs' quirks CPython keeps): splitting and joining URLs, percent-encoding,
query strings.

Invariants: every function taking str also takes bytes (ASCII only) and answers in the same type;
str and bytes arguments never mix ("Cannot mix str and non-str arguments"). urlsplit drops leading
C0 control characters and spaces and every tab, CR and LF (WHATWG), as 3.12 does, and its results
are cached (clear_cache() empties the caches)."""

import functools, ipaddress, math, re, types, warnings
from collections import namedtuple

__all__ = ['urlparse', 'urlunparse', 'urljoin', 'urldefrag', 'urlsplit', 'urlunsplit', 'urlencode',
           'parse_qs', 'parse_qsl', 'quote', 'quote_plus', 'quote_from_bytes', 'unquote',
           'unquote_plus', 'unquote_to_bytes', 'DefragResult', 'ParseResult', 'SplitResult',
           'DefragResultBytes', 'ParseResultBytes', 'SplitResultBytes']

# Which schemes take relative references, a //netloc, ;params ... ('' is a URL without scheme).
uses_relative = ('|ftp|http|gopher|nntp|imap|wais|file|https|shttp|mms|prospero|rtsp|rtsps|rtspu'
                 '|sftp|svn|svn+ssh|ws|wss').split('|')
uses_netloc = ('|ftp|http|gopher|nntp|telnet|imap|wais|file|mms|https|shttp|snews|prospero|rtsp'
               '|rtsps|rtspu|rsync|svn|svn+ssh|sftp|nfs|git|git+ssh|ws|wss|itms-services').split('|')
uses_params = ('|ftp|hdl|prospero|http|imap|https|shttp|rtsp|rtsps|rtspu|sip|sips|mms|sftp'
               '|tel').split('|')
# Kept for old programs; nothing here reads them.
non_hierarchical = 'gopher hdl mailto news telnet wais imap snews sip sips'.split()
uses_query = ('|http|wais|imap|https|shttp|mms|gopher|rtsp|rtsps|rtspu|sip|sips').split('|')
uses_fragment = ('|ftp|hdl|http|gopher|news|nntp|wais|https|shttp|snews|file'
                 '|prospero').split('|')

scheme_chars = ('abcdefghijklmnopqrstuvwxyz' 'ABCDEFGHIJKLMNOPQRSTUVWXYZ' '0123456789' '+-.')

# U+0000..U+0020: stripped from the start of a URL (and both ends of a default scheme)
_C0_AND_SPACE = ''.join(map(chr, range(0x21)))
# removed wherever they occur
_DROPPED_CHARS = '\t\r\n'


def clear_cache():
    """Empty the caches of urlsplit() and of the quoting tables."""
    urlsplit.cache_clear()
    _quoter_for.cache_clear()


# str <-> bytes: bytes arguments are decoded as ASCII, worked on as str, and the results encoded back.

def _as_is(value):
    return value


def _to_ascii_bytes(value, encoding='ascii', errors='strict'):
    return value.encode(encoding, errors)


def _coerce_args(*args):
    # (args as str..., the function that turns a str result back into the callers' type)
    want_str = isinstance(args[0], str)
    for other in args[1:]:
        # an empty default (scheme='') goes with either type
        if other and isinstance(other, str) != want_str:
            raise TypeError("Cannot mix str and non-str arguments")
    if want_str:
        return args + (_as_is,)
    decoded = tuple(a.decode('ascii', 'strict') if a else '' for a in args)
    return decoded + (_to_ascii_bytes,)


class _ResultMixinStr(object):
    """encode(): the bytes twin of a str result."""
    __slots__ = ()

    def encode(self, encoding='ascii', errors='strict'):
        return self._encoded_counterpart(*[part.encode(encoding, errors) for part in self])


class _ResultMixinBytes(object):
    """decode(): the str twin of a bytes result."""
    __slots__ = ()

    def decode(self, encoding='ascii', errors='strict'):
        return self._decoded_counterpart(*[part.decode(encoding, errors) for part in self])


class _NetlocResultMixinBase(object):
    """username, password, hostname and port, read from the netloc of a result."""
    __slots__ = ()

    @property
    def username(self):
        user, _ = self._userinfo
        return user

    @property
    def password(self):
        _, password = self._userinfo
        return password

    @property
    def hostname(self):
        host = self._hostinfo[0]
        if not host:
            return None
        # the zone of a scoped IPv6 address ("fe80::1%eth0") keeps its case
        pct = '%' if isinstance(host, str) else b'%'
        address, sep, zone = host.partition(pct)
        return address.lower() + sep + zone

    @property
    def port(self):
        text = self._hostinfo[1]
        if text is None:
            return None
        if not (text.isdigit() and text.isascii()):
            raise ValueError(f"Port could not be cast to integer value as {text!r}")
        number = int(text)
        if number > 65535:
            raise ValueError("Port out of range 0-65535")
        return number

    __class_getitem__ = classmethod(types.GenericAlias)


def _split_userinfo(netloc, at, colon):
    info, found, _ = netloc.rpartition(at)
    if not found:
        return None, None
    user, has_pw, pw = info.partition(colon)
    return user, (pw if has_pw else None)


def _split_hostinfo(netloc, at, colon, lbr, rbr):
    hostport = netloc.rpartition(at)[2]
    before, bracket, inside = hostport.partition(lbr)
    if bracket:
        host, _, after = inside.partition(rbr)
        port = after.partition(colon)[2]
    else:
        host, _, port = hostport.partition(colon)
    return host, (port or None)


class _NetlocResultMixinStr(_NetlocResultMixinBase, _ResultMixinStr):
    # the netloc parts of a str result
    __slots__ = ()

    @property
    def _userinfo(self):
        return _split_userinfo(self.netloc, '@', ':')

    @property
    def _hostinfo(self):
        return _split_hostinfo(self.netloc, '@', ':', '[', ']')


class _NetlocResultMixinBytes(_NetlocResultMixinBase, _ResultMixinBytes):
    # the netloc parts of a bytes result
    __slots__ = ()

    @property
    def _userinfo(self):
        return _split_userinfo(self.netloc, b'@', b':')

    @property
    def _hostinfo(self):
        return _split_hostinfo(self.netloc, b'@', b':', b'[', b']')


_DefragResultBase = namedtuple('DefragResult', 'url fragment')
_SplitResultBase = namedtuple('SplitResult', 'scheme netloc path query fragment')
_ParseResultBase = namedtuple('ParseResult', 'scheme netloc path params query fragment')

_DefragResultBase.__doc__ = """
DefragResult(url, fragment)

A URL split at its '#': the URL without its fragment, and the fragment.
"""
_SplitResultBase.__doc__ = """
SplitResult(scheme, netloc, path, query, fragment)

The five parts of a URL, as urlsplit() returns them (params stay in the path).
"""
_ParseResultBase.__doc__ = """
ParseResult(scheme, netloc, path, params, query, fragment)

The six parts of a URL, as urlparse() returns them.
"""

# The old public name of the str netloc mixin.
ResultBase = _NetlocResultMixinStr


class DefragResult(_DefragResultBase, _ResultMixinStr):
    __slots__ = ()

    def geturl(self):
        return self.url + '#' + self.fragment if self.fragment else self.url


class SplitResult(_SplitResultBase, _NetlocResultMixinStr):
    # what urlsplit() returns for str
    __slots__ = ()

    def geturl(self):
        # the URL again, with redundant delimiters dropped
        return urlunsplit(self)


class ParseResult(_ParseResultBase, _NetlocResultMixinStr):
    # what urlparse() returns for str
    __slots__ = ()

    def geturl(self):
        # the URL again, with redundant delimiters dropped
        return urlunparse(self)


class DefragResultBytes(_DefragResultBase, _ResultMixinBytes):
    __slots__ = ()

    def geturl(self):
        return self.url + b'#' + self.fragment if self.fragment else self.url


class SplitResultBytes(_SplitResultBase, _NetlocResultMixinBytes):
    # what urlsplit() returns for bytes
    __slots__ = ()

    def geturl(self):
        # the URL again, with redundant delimiters dropped
        return urlunsplit(self)


class ParseResultBytes(_ParseResultBase, _NetlocResultMixinBytes):
    # what urlparse() returns for bytes
    __slots__ = ()

    def geturl(self):
        # the URL again, with redundant delimiters dropped
        return urlunparse(self)


for _text_cls, _bytes_cls in ((DefragResult, DefragResultBytes), (SplitResult, SplitResultBytes),
                              (ParseResult, ParseResultBytes)):
    _text_cls._encoded_counterpart = _bytes_cls
    _bytes_cls._decoded_counterpart = _text_cls
del _text_cls, _bytes_cls


def urlparse(url, scheme='', allow_fragments=True):
    """Split a URL into six parts, scheme://netloc/path;params?query#fragment, as a ParseResult
    (ParseResultBytes for bytes). scheme is the default scheme; with allow_fragments false a '#'
    stays in the path or query. Percent escapes are left as they are."""
    url, scheme, back = _coerce_args(url, scheme)
    scheme, netloc, path, query, fragment = urlsplit(url, scheme, allow_fragments)
    params = ''
    if scheme in uses_params and ';' in path:
        path, params = _splitparams(path)
    return back(ParseResult(scheme, netloc, path, params, query, fragment))


def _splitparams(path):
    # the params belong to the last segment of the path
    slash = path.rfind('/')
    if slash >= 0:
        semi = path.find(';', slash)
        if semi < 0:
            return path, ''
    else:
        semi = path.find(';')
    return path[:semi], path[semi + 1:]


def _splitnetloc(url, start=0):
    # (netloc, rest): the netloc ends at the first '/', '?' or '#' after start
    end = len(url)
    for delim in '/?#':
        at = url.find(delim, start)
        if 0 <= at < end:
            end = at
    return url[start:end], url[end:]


def _checknetloc(netloc):
    # A non-ASCII netloc whose NFKC form (what IDNA uses) grows a URL delimiter would mean
    # something else to whoever resolves it ('\u2100' is 'a/c').
    if not netloc or netloc.isascii():
        return
    import unicodedata
    plain = netloc
    for sep in '@:#?':
        plain = plain.replace(sep, '')
    normal = unicodedata.normalize('NFKC', plain)
    if normal == plain:
        return
    if any(sep in normal for sep in '/?#@:'):
        raise ValueError("netloc '" + netloc + "' contains invalid "
                         "characters under NFKC normalization")


def _check_bracketed_host(host):
    # what may stand between [ and ]: an IPv6 address or an IPvFuture ('v' hex '.' anything)
    if host.startswith('v'):
        if not re.match(r"\Av[a-fA-F0-9]+\..+\Z", host):
            raise ValueError("IPvFuture address is invalid")
        return
    if isinstance(ipaddress.ip_address(host), ipaddress.IPv4Address):
        raise ValueError("An IPv4 address cannot be in brackets")


@functools.lru_cache(typed=True)
def urlsplit(url, scheme='', allow_fragments=True):
    """Split a URL into five parts, scheme://netloc/path?query#fragment, as a SplitResult
    (SplitResultBytes for bytes); params are not split off the path. scheme is the default scheme;
    with allow_fragments false a '#' stays in the path or query. Percent escapes are left as they
    are."""
    url, scheme, back = _coerce_args(url, scheme)
    # only the start: some programs rely on trailing spaces surviving
    url = url.lstrip(_C0_AND_SPACE)
    scheme = scheme.strip(_C0_AND_SPACE)
    for ch in _DROPPED_CHARS:
        url = url.replace(ch, '')
        scheme = scheme.replace(ch, '')
    netloc = query = fragment = ''
    colon = url.find(':')
    if colon > 0 and url[0].isascii() and url[0].isalpha():
        if all(ch in scheme_chars for ch in url[:colon]):
            scheme, url = url[:colon].lower(), url[colon + 1:]
    if url[:2] == '//':
        netloc, url = _splitnetloc(url, 2)
        has_open, has_close = '[' in netloc, ']' in netloc
        if has_open != has_close:
            raise ValueError("Invalid IPv6 URL")
        if has_open:
            _check_bracketed_host(netloc.partition('[')[2].partition(']')[0])
        _checknetloc(netloc)
    if allow_fragments:
        url, _, fragment = url.partition('#')
    url, _, query = url.partition('?')
    return back(SplitResult(scheme, netloc, url, query, fragment))


def urlunparse(components):
    """Join the six parts urlparse() returns into a URL (perhaps differing from the one parsed
    in redundant delimiters, such as a '?' before an empty query)."""
    scheme, netloc, path, params, query, fragment, back = _coerce_args(*components)
    if params:
        path = f"{path};{params}"
    return back(urlunsplit((scheme, netloc, path, query, fragment)))


def urlunsplit(components):
    """Join the five parts urlsplit() returns (any 5-item iterable) into a URL."""
    scheme, netloc, path, query, fragment, back = _coerce_args(*components)
    if netloc or (scheme and scheme in uses_netloc and path[:2] != '//'):
        if path and path[:1] != '/':
            path = '/' + path
        path = '//' + (netloc or '') + path
    pieces = [path]
    if scheme:
        pieces.insert(0, scheme + ':')
    if query:
        pieces.append('?' + query)
    if fragment:
        pieces.append('#' + fragment)
    return back(''.join(pieces))


def _resolve_dots(segments):
    # RFC 3986 5.2.4 on a list of segments: '.' goes, '..' removes the segment before it (none
    # above the root); a trailing '.' or '..' leaves the path ending in '/'
    out = []
    for seg in segments:
        if seg == '..':
            if out:
                out.pop()
        elif seg != '.':
            out.append(seg)
    if segments[-1] in ('.', '..'):
        out.append('')
    return out


def urljoin(base, url, allow_fragments=True):
    """Resolve url against base, as a browser resolves a link in the page at base."""
    if not base:
        return url
    if not url:
        return base
    base, url, back = _coerce_args(base, url)
    bscheme, bnetloc, bpath, bparams, bquery, bfragment = urlparse(base, '', allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(url, bscheme, allow_fragments)

    if scheme != bscheme or scheme not in uses_relative:
        return back(url)
    if scheme in uses_netloc:
        if netloc:
            return back(urlunparse((scheme, netloc, path, params, query, fragment)))
        netloc = bnetloc
    if not path and not params:
        # a reference with only a query and/or fragment keeps the base's path
        return back(urlunparse((scheme, netloc, bpath, bparams, query or bquery, fragment)))

    if path[:1] == '/':
        segments = path.split('/')
    else:
        directory = bpath.split('/')
        if directory[-1] != '':
            # the base's last segment names a document, not a directory: it drops out
            del directory[-1]
        segments = directory + path.split('/')
        # empty inner segments would come back as '//'
        segments[1:-1] = [seg for seg in segments[1:-1] if seg]
    joined = '/'.join(_resolve_dots(segments)) or '/'
    return back(urlunparse((scheme, netloc, joined, params, query, fragment)))


def urldefrag(url):
    """Split the fragment off url: DefragResult(url without fragment, fragment or '')."""
    url, back = _coerce_args(url)
    if '#' not in url:
        return back(DefragResult(url, ''))
    scheme, netloc, path, params, query, frag = urlparse(url)
    return back(DefragResult(urlunparse((scheme, netloc, path, params, query, '')), frag))


_HEXDIGITS = frozenset(b'0123456789ABCDEFabcdef')
_hex_pairs = None   # b'3F' -> b'?', built at the first unquote


def unquote_to_bytes(string):
    """unquote_to_bytes('abc%20def') -> b'abc def'."""
    return bytes(_unquote_bytes(string))


def _unquote_bytes(string):
    # %XX escapes of str (as UTF-8) or bytes decoded to bytes; a '%' without two hex digits stays
    if not string:
        string.split      # not a string at all: AttributeError, as for None
        return b''
    if isinstance(string, str):
        string = string.encode('utf-8')
    first, *escaped = string.split(b'%')
    if not escaped:
        return string
    global _hex_pairs
    if _hex_pairs is None:
        digits = '0123456789ABCDEFabcdef'
        _hex_pairs = {(a + b).encode(): bytes([int(a + b, 16)]) for a in digits for b in digits}
    out = bytearray(first)
    for piece in escaped:
        byte = _hex_pairs.get(piece[:2])
        if byte is None:
            out += b'%'
            out += piece
        else:
            out += byte
            out += piece[2:]
    return out


_ascii_runs = re.compile('([\x00-\x7f]+)')


def unquote(string, encoding='utf-8', errors='replace'):
    """Replace each %XX escape by the character it encodes: sequences of escapes are decoded with
    encoding and errors, as bytes.decode() does (UTF-8, invalid sequences replaced, by default).

    unquote('abc%20def') -> 'abc def'."""
    if isinstance(string, bytes):
        return _unquote_bytes(string).decode(encoding, errors)
    if '%' not in string:
        string.split
        return string
    if encoding is None:
        encoding = 'utf-8'
    if errors is None:
        errors = 'replace'
    # only runs of ASCII carry escapes; other characters pass through untouched
    parts = _ascii_runs.split(string)
    for k in range(1, len(parts), 2):
        parts[k] = _unquote_bytes(parts[k]).decode(encoding, errors)
    return ''.join(parts)


def parse_qs(qs, keep_blank_values=False, strict_parsing=False,
             encoding='utf-8', errors='replace', max_num_fields=None, separator='&'):
    """Parse a query string into a dict: name -> list of values, in order of appearance.

    keep_blank_values keeps 'a=' and 'a' as ''; strict_parsing raises ValueError for a field without
    '='; encoding and errors decode the percent escapes; max_num_fields raises ValueError for more
    fields; separator splits the fields."""
    result = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing, encoding=encoding,
                                 errors=errors, max_num_fields=max_num_fields,
                                 separator=separator):
        result.setdefault(name, []).append(value)
    return result


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False,
              encoding='utf-8', errors='replace', max_num_fields=None, separator='&'):
    """Parse a query string into a list of (name, value) pairs; the arguments are those of
    parse_qs()."""
    qs, back = _coerce_args(qs)
    separator, _ = _coerce_args(separator)
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError("Separator must be of type string or bytes.")
    if max_num_fields is not None:
        # counted before splitting, so a huge body is refused cheaply
        fields = qs.count(separator) + 1 if qs else 0
        if fields > max_num_fields:
            raise ValueError('Max number of fields exceeded')

    pairs = []
    for field in (qs.split(separator) if qs else ()):
        if not field and not strict_parsing:
            continue
        name, has_eq, value = field.partition('=')
        if not has_eq:
            if strict_parsing:
                raise ValueError("bad query field: %r" % (field,))
            if not keep_blank_values:
                continue
        if value or keep_blank_values:
            name = unquote(name.replace('+', ' '), encoding=encoding, errors=errors)
            value = unquote(value.replace('+', ' '), encoding=encoding, errors=errors)
            pairs.append((back(name), back(value)))
    return pairs


def unquote_plus(string, encoding='utf-8', errors='replace'):
    """unquote() after turning '+' into ' ', as HTML form values need.

    unquote_plus('%7e/abc+def') -> '~/abc def'"""
    return unquote(string.replace('+', ' '), encoding, errors)


_ALWAYS_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~')
_ALWAYS_SAFE_BYTES = bytes(sorted(_ALWAYS_SAFE))


def __getattr__(name):
    if name == 'Quoter':
        warnings.warn('Deprecated in 3.11. urllib.parse.Quoter will be removed in Python 3.14. '
                      'It was not intended to be a public API.', DeprecationWarning, stacklevel=2)
        return _Quoter
    raise AttributeError(f'module {__name__!r} has no attribute {name!r}')


class _Quoter(dict):
    """byte value -> its text in a quoted URL: the character itself when it is safe, else '%XX'.
    Filled on demand (__missing__), so a lookup of a byte seen before runs no Python code."""

    def __init__(self, safe):
        self.safe = _ALWAYS_SAFE.union(safe)

    def __repr__(self):
        return f"<Quoter {dict(self)!r}>"

    def __missing__(self, byte):
        text = chr(byte) if byte in self.safe else '%{:02X}'.format(byte)
        self[byte] = text
        return text


@functools.lru_cache
def _quoter_for(safe):
    return _Quoter(safe).__getitem__


def quote(string, safe='/', encoding=None, errors=None):
    """quote('abc def') -> 'abc%20def'

    Percent-encode every character of string but the unreserved ones of RFC 3986 (letters, digits,
    '_.-~') and those in safe ('/' by default, for paths). A str is first encoded with encoding and
    errors (UTF-8, strict); a bytes string takes neither."""
    if isinstance(string, str):
        if not string:
            return string
        string = string.encode('utf-8' if encoding is None else encoding,
                               'strict' if errors is None else errors)
    elif encoding is not None:
        raise TypeError("quote() doesn't support 'encoding' for bytes")
    elif errors is not None:
        raise TypeError("quote() doesn't support 'errors' for bytes")
    return quote_from_bytes(string, safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    """quote() for HTML form values: spaces become '+', '+' itself is escaped unless safe, and
    nothing is safe by default."""
    if isinstance(string, str):
        has_space = ' ' in string
    elif isinstance(string, bytes):
        has_space = b' ' in string
    else:
        has_space = True
    if not has_space:
        return quote(string, safe, encoding, errors)
    space = ' ' if isinstance(safe, str) else b' '
    return quote(string, safe + space, encoding, errors).replace(' ', '+')


def quote_from_bytes(bs, safe='/'):
    """quote() for bytes, without encoding; the result is ASCII str.

    quote_from_bytes(b'abc def\\x3f') -> 'abc%20def%3f'"""
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError("quote_from_bytes() expected bytes")
    if len(bs) == 0:
        return ''
    if isinstance(safe, str):
        safe = safe.encode('ascii', 'ignore')
    else:
        safe = bytes([b for b in safe if b < 128])
    if not bs.rstrip(_ALWAYS_SAFE_BYTES + safe):
        return bs.decode()
    quoter = _quoter_for(safe)
    size = len(bs)
    if size < 200_000:
        return ''.join(map(quoter, bs))
    # a very long input is quoted in pieces, so no list of a million one-character strings is made
    step = math.isqrt(size)
    return ''.join([''.join(map(quoter, bs[k:k + step])) for k in range(0, size, step)])


def urlencode(query, doseq=False, safe='', encoding=None, errors=None, quote_via=quote_plus):
    """Encode a mapping or a sequence of (name, value) pairs as a query string 'a=1&b=2'.

    Names and values may be str, bytes or anything str() accepts; with doseq a value that is a
    sequence gives one field per element. safe, encoding and errors go to quote_via (encoding and
    errors only for str)."""
    if hasattr(query, "items"):
        query = query.items()
    else:
        # strings are sequences too, but not of pairs
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError as err:
            raise TypeError("not a valid non-string sequence "
                            "or mapping object") from err

    def encode(item):
        if isinstance(item, bytes):
            return quote_via(item, safe)
        return quote_via(str(item), safe, encoding, errors)

    fields = []
    for key, value in query:
        key = encode(key)
        if not doseq or isinstance(value, (str, bytes)):
            fields.append(key + '=' + encode(value))
            continue
        try:
            len(value)
        except TypeError:
            fields.append(key + '=' + encode(value))
        else:
            for element in value:
                fields.append(key + '=' + encode(element))
    return '&'.join(fields)


def to_bytes(url):
    warnings.warn("urllib.parse.to_bytes() is deprecated as of 3.8", DeprecationWarning,
                  stacklevel=2)
    return _to_bytes(url)


def _to_bytes(url):
    # despite its name: a str URL must be ASCII, and comes back as str
    if isinstance(url, str):
        try:
            url = url.encode("ASCII").decode()
        except UnicodeError:
            raise UnicodeError("URL " + repr(url) + " contains non-ASCII characters")
    return url


def unwrap(url):
    """'<URL:scheme://host/path>' -> 'scheme://host/path'; anything else is returned stripped."""
    url = str(url).strip()
    if url.startswith('<') and url.endswith('>'):
        url = url[1:-1].strip()
    if url.startswith('URL:'):
        url = url[4:].strip()
    return url


# The split* helpers of Python 2's urllib: deprecated since 3.8; urllib.request uses the private ones.

def _deprecated_split(name, instead='urlparse', impl=None):
    def public(*args, **kwargs):
        warnings.warn(f"urllib.parse.{name}() is deprecated as of 3.8, "
                      f"use urllib.parse.{instead}() instead", DeprecationWarning, stacklevel=2)
        return impl(*args, **kwargs)
    public.__name__ = public.__qualname__ = name
    public.__doc__ = impl.__doc__
    return public


_type_re = None
_host_re = None
_port_re = None


def _splittype(url):
    """'type:opaquestring' -> ('type', 'opaquestring'); (None, url) without a scheme."""
    global _type_re
    if _type_re is None:
        _type_re = re.compile('([^/:]+):(.*)', re.DOTALL)
    m = _type_re.match(url)
    if m is None:
        return None, url
    return m.group(1).lower(), m.group(2)


def _splithost(url):
    """'//host[:port]/path' -> ('host[:port]', '/path'); (None, url) without '//'."""
    global _host_re
    if _host_re is None:
        _host_re = re.compile('//([^/#?]*)(.*)', re.DOTALL)
    m = _host_re.match(url)
    if m is None:
        return None, url
    host, path = m.groups()
    if path and not path.startswith('/'):
        path = '/' + path
    return host, path


def _splituser(host):
    """'user[:passwd]@host[:port]' -> ('user[:passwd]', 'host[:port]')."""
    user, at, rest = host.rpartition('@')
    return (user if at else None), rest


def _splitpasswd(user):
    """'user:passwd' -> ('user', 'passwd'); the password is None without ':'."""
    name, colon, passwd = user.partition(':')
    return name, (passwd if colon else None)


def _splitport(host):
    """'host:port' -> ('host', 'port'); the port is None when missing or not digits."""
    global _port_re
    if _port_re is None:
        _port_re = re.compile('(.*):([0-9]*)', re.DOTALL)
    m = _port_re.fullmatch(host)
    if m and m.group(2):
        return m.group(1), m.group(2)
    return (m.group(1) if m else host), None


def _splitnport(host, defport=-1):
    """'host:port' -> ('host', int port); defport without ':', None for a port that is not
    digits."""
    name, colon, port = host.rpartition(':')
    if not colon:
        return port, defport
    if not port:
        return name, defport
    return name, (int(port) if port.isdigit() and port.isascii() else None)


def _splitquery(url):
    """'/path?query' -> ('/path', 'query'); (url, None) without '?'."""
    path, mark, query = url.rpartition('?')
    return (path, query) if mark else (url, None)


def _splittag(url):
    """'/path#tag' -> ('/path', 'tag'); (url, None) without '#'."""
    path, mark, tag = url.rpartition('#')
    return (path, tag) if mark else (url, None)


def _splitattr(url):
    """'/path;attr1=value1;attr2=value2' -> ('/path', ['attr1=value1', 'attr2=value2'])."""
    path, *attrs = url.split(';')
    return path, attrs


def _splitvalue(attr):
    """'attr=value' -> ('attr', 'value'); the value is None without '='."""
    name, eq, value = attr.partition('=')
    return name, (value if eq else None)


splittype = _deprecated_split('splittype', impl=_splittype)
splithost = _deprecated_split('splithost', impl=_splithost)
splituser = _deprecated_split('splituser', impl=_splituser)
splitpasswd = _deprecated_split('splitpasswd', impl=_splitpasswd)
splitport = _deprecated_split('splitport', impl=_splitport)
splitnport = _deprecated_split('splitnport', impl=_splitnport)
splitquery = _deprecated_split('splitquery', impl=_splitquery)
splittag = _deprecated_split('splittag', impl=_splittag)
splitattr = _deprecated_split('splitattr', impl=_splitattr)
splitvalue = _deprecated_split('splitvalue', 'parse_qsl', impl=_splitvalue)
