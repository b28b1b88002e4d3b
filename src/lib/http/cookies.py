"""HTTP cookie headers for Immortal, written from the documented behaviour of CPython 3.12's
http.cookies: SimpleCookie and BaseCookie (dicts of name -> Morsel) parse Cookie and Set-Cookie
header values and write Set-Cookie headers (output()) or JavaScript (js_output()); Morsel holds one
cookie's value and its attributes (expires, path, comment, domain, max-age, secure, httponly,
version, samesite).

Quoting follows RFC 2109 as CPython does: a value that is not all "legal" characters is written in
double quotes, with '"' and '\\' escaped by a backslash and other special characters as a backslash
and three octal digits. A header that does not parse as a whole is ignored."""

import re
import string
import types

__all__ = ["CookieError", "BaseCookie", "SimpleCookie"]


class CookieError(Exception):
    pass


# Characters a name or value may hold without quotes; and those quoted without an octal escape.
_LegalChars = string.ascii_letters + string.digits + "!#$%&'*+-.^_`|~:"
_UnescapedChars = _LegalChars + ' ()/<=>?@[]{}'

_Translator = {code: '\\%03o' % code for code in range(256) if chr(code) not in _UnescapedChars}
_Translator[ord('"')] = '\\"'
_Translator[ord('\\')] = '\\\\'

_is_legal_key = re.compile('[%s]+' % re.escape(_LegalChars)).fullmatch


def _quote(str):
    # str as it goes into a header: unchanged when legal, else quoted and escaped
    if str is None or _is_legal_key(str):
        return str
    return '"' + str.translate(_Translator) + '"'


# In a quoted value, '\' introduces three octal digits (a code up to 0o377) or a character taken
# as it is (any but a newline).
_escape = re.compile(r'\\(?:([0-3][0-7][0-7])|(.))')


def _unescape_one(m):
    octal, char = m.groups()
    return chr(int(octal, 8)) if octal is not None else char


def _unquote(str):
    # the inverse of _quote: a value in double quotes loses them and its escapes
    if str is None or len(str) < 2 or str[0] != '"' or str[-1] != '"':
        return str
    return _escape.sub(_unescape_one, str[1:-1])


_weekdayname = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_monthname = [None, 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov',
              'Dec']


def _getdate(future=0, weekdayname=_weekdayname, monthname=_monthname):
    # the date future seconds from now, as an expires attribute writes it
    from time import gmtime, time
    t = gmtime(time() + future)
    return "%s, %02d %3s %4d %02d:%02d:%02d GMT" % (
        weekdayname[t.tm_wday], t.tm_mday, monthname[t.tm_mon], t.tm_year, t.tm_hour, t.tm_min,
        t.tm_sec)


class Morsel(dict):
    """One cookie: key, value and coded_value (the value as the header carries it), and, as the
    dict's items, its attributes (every reserved attribute is present, '' when unset)."""

    # attribute -> how a header spells it (RFC 2109's, 'expires' of old, Microsoft's httponly,
    # and samesite)
    _reserved = {
        "expires": "expires", "path": "Path", "comment": "Comment", "domain": "Domain",
        "max-age": "Max-Age", "secure": "Secure", "httponly": "HttpOnly", "version": "Version",
        "samesite": "SameSite",
    }
    # attributes written as a bare word when true
    _flags = {'secure', 'httponly'}

    def __init__(self):
        self._key = self._value = self._coded_value = None
        for name in self._reserved:
            dict.__setitem__(self, name, "")

    key = property(lambda self: self._key)
    value = property(lambda self: self._value)
    coded_value = property(lambda self: self._coded_value)

    def _checked(self, name):
        name = name.lower()
        if name not in self._reserved:
            raise CookieError("Invalid attribute %r" % (name,))
        return name

    def __setitem__(self, K, V):
        dict.__setitem__(self, self._checked(K), V)

    def setdefault(self, key, val=None):
        return dict.setdefault(self, self._checked(key), val)

    def __eq__(self, morsel):
        if not isinstance(morsel, Morsel):
            return NotImplemented
        if not dict.__eq__(self, morsel):
            return False
        return ((self._key, self._value, self._coded_value)
                == (morsel._key, morsel._value, morsel._coded_value))

    __ne__ = object.__ne__

    def copy(self):
        twin = Morsel()
        dict.update(twin, self)
        twin.__dict__.update(self.__dict__)
        return twin

    def update(self, values):
        # every name is checked before any is stored
        checked = {self._checked(name): val for name, val in dict(values).items()}
        dict.update(self, checked)

    def isReservedKey(self, K):
        return K.lower() in self._reserved

    def set(self, key, val, coded_val):
        """Set the cookie's name, value and coded value."""
        if key.lower() in self._reserved:
            # an attribute name cannot name a cookie
            raise CookieError('Attempt to set a reserved key %r' % (key,))
        if not _is_legal_key(key):
            raise CookieError('Illegal key %r' % (key,))
        self._key, self._value, self._coded_value = key, val, coded_val

    def __getstate__(self):
        return {'key': self._key, 'value': self._value, 'coded_value': self._coded_value}

    def __setstate__(self, state):
        self._key, self._value, self._coded_value = (
            state['key'], state['value'], state['coded_value'])

    def output(self, attrs=None, header="Set-Cookie:"):
        """The Set-Cookie header line (without line end)."""
        return "%s %s" % (header, self.OutputString(attrs))

    __str__ = output

    def __repr__(self):
        return '<%s: %s>' % (type(self).__name__, self.OutputString())

    def js_output(self, attrs=None):
        """A <script> that sets the cookie in a browser."""
        indent = ' ' * 8
        lines = ['', '<script type="text/javascript">', '<!-- begin hiding',
                 'document.cookie = "%s";' % self.OutputString(attrs).replace('"', r'\"'),
                 '// end hiding -->', '</script>', '']
        return lines[0] + ''.join('\n' + indent + line for line in lines[1:])

    def OutputString(self, attrs=None):
        """'name=value' and the attributes that are set (only those in attrs when given),
        sorted by name, joined with '; '."""
        parts = ["%s=%s" % (self.key, self.coded_value)]
        wanted = self._reserved if attrs is None else attrs
        for name, value in sorted(self.items()):
            if value == "" or name not in wanted:
                continue
            label = self._reserved[name]
            if name == "expires" and isinstance(value, int):
                parts.append("%s=%s" % (label, _getdate(value)))
            elif name == "max-age" and isinstance(value, int):
                parts.append("%s=%d" % (label, value))
            elif name == "comment" and isinstance(value, str):
                parts.append("%s=%s" % (label, _quote(value)))
            elif name in self._flags:
                if value:
                    parts.append(str(label))
            else:
                parts.append("%s=%s" % (label, value))
        return '; '.join(parts)

    __class_getitem__ = classmethod(types.GenericAlias)


# One 'name[=value]' of a header. The characters allowed are wider than RFC 2109's (browsers
# never kept to them); a value is a quoted string, an expires date (with its comma and blanks),
# or a plain word, perhaps empty.
_LegalKeyChars = r"\w\d!#%&'~_`><@,:/\$\*\+\-\.\^\|\)\(\?\}\{\="
_LegalValueChars = _LegalKeyChars + r'\[\]'
_CookiePattern = re.compile(
    r'\s*'
    r'(?P<key>[' + _LegalKeyChars + r']+?)'
    r'(\s*=\s*'
    r'(?P<val>"(?:[^\\"]|\\.)*"'
    r'|\w{3},\s[\w\d\s-]{9,11}\s[\d:]{8}\sGMT'
    r'|[' + _LegalValueChars + r']*'
    r'))?'
    r'\s*(\s+|;|$)',
    re.ASCII)

# what a parsed piece of a header is
_ATTRIBUTE, _COOKIE = 1, 2


class BaseCookie(dict):
    """A dict of cookie name -> Morsel, filled from a header (load()) or by assignment
    (cookie['name'] = value). Subclasses choose how values are coded with value_decode and
    value_encode."""

    def value_decode(self, val):
        """(real value, coded value) of a value read from a header."""
        return val, val

    def value_encode(self, val):
        """(real value, coded value) of a value assigned by the program."""
        text = str(val)
        return text, text

    def __init__(self, input=None):
        if input:
            # a header value or a dict, as load() takes
            self.load(input)

    def __set(self, key, real_value, coded_value):
        morsel = self.get(key, Morsel())
        morsel.set(key, real_value, coded_value)
        dict.__setitem__(self, key, morsel)

    def __setitem__(self, key, value):
        if isinstance(value, Morsel):
            # a Morsel is stored as it is (unpickling does this)
            dict.__setitem__(self, key, value)
        else:
            real, coded = self.value_encode(value)
            self.__set(key, real, coded)

    def output(self, attrs=None, header="Set-Cookie:", sep="\015\012"):
        """One Set-Cookie header line per cookie, sorted by name, joined with sep."""
        return sep.join(morsel.output(attrs, header) for _, morsel in sorted(self.items()))

    __str__ = output

    def __repr__(self):
        shown = ' '.join('%s=%r' % (name, morsel.value) for name, morsel in sorted(self.items()))
        return '<%s: %s>' % (type(self).__name__, shown)

    def js_output(self, attrs=None):
        """The js_output() of every cookie, sorted by name."""
        return ''.join(morsel.js_output(attrs) for _, morsel in sorted(self.items()))

    def load(self, rawdata):
        """Add the cookies of a header value (str), or of a dict (each item assigned)."""
        if isinstance(rawdata, str):
            self.__parse_string(rawdata)
        else:
            for key, value in rawdata.items():
                self[key] = value

    def __parse_string(self, str, patt=_CookiePattern):
        # The whole header is read first, and dropped if any part of it is invalid (so that
        # nothing can be injected through a malformed one); then the cookies are stored.
        pieces = []
        seen_cookie = False
        pos, end = 0, len(str)
        while 0 <= pos < end:
            m = patt.match(str, pos)
            if m is None:
                break
            key, value = m.group("key"), m.group("val")
            pos = m.end(0)
            if key[0] == "$":
                # $Version and the like before the first cookie concern the header: ignored
                if seen_cookie:
                    pieces.append((_ATTRIBUTE, key[1:], value))
            elif key.lower() in Morsel._reserved:
                if not seen_cookie:
                    return
                if value is not None:
                    pieces.append((_ATTRIBUTE, key, _unquote(value)))
                elif key.lower() in Morsel._flags:
                    pieces.append((_ATTRIBUTE, key, True))
                else:
                    return
            elif value is None:
                return
            else:
                pieces.append((_COOKIE, key, self.value_decode(value)))
                seen_cookie = True

        current = None
        for kind, key, value in pieces:
            if kind == _COOKIE:
                self.__set(key, *value)
                current = self[key]
            else:
                assert current is not None
                current[key] = value


class SimpleCookie(BaseCookie):
    """Cookies whose values are strings: str() of what is assigned, quoted as needed in headers;
    values read from headers are unquoted."""

    def value_decode(self, val):
        return _unquote(val), val

    def value_encode(self, val):
        text = str(val)
        return text, _quote(text)
