"""JSON text -> Python objects (Immortal's own implementation of json.decoder's documented
behaviour: JSONDecoder, JSONDecodeError and CPython's error messages and positions). Documents are
scanned by the native _json.scan when it is there; the Python scanner below is the same algorithm."""

import re

try:
    import _json as _c
except ImportError:  # the pure-Python scanner below does the same work
    _c = None

# These names' frames are left out of tracebacks: CPython's are C (_json; vm/exc.ts codeFramesHidden).
__immortal_native__ = ('_Scanner', 'scanstring', '_scan_string', '_hex4')

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')


class JSONDecodeError(ValueError):
    """A JSON document that can't be parsed: msg, doc, pos, and the lineno/colno of pos."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_CONSTANTS = {'-Infinity': NegInf, 'Infinity': PosInf, 'NaN': NaN}

_WS = re.compile(r'[ \t\n\r]*')
_NUMBER = re.compile(r'(-?(?:0|[1-9][0-9]*))(\.[0-9]+)?([eE][-+]?[0-9]+)?')
_CHUNK = re.compile(r'([^"\\\x00-\x1f]*)(["\\\x00-\x1f])')
_CHUNK_LAX = re.compile(r'([^"\\]*)(["\\])')
_HEX4 = re.compile(r'[0-9a-fA-F]{4}')
_SIMPLE_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}


def _hex4(s, pos):
    # pos: index of the 'u'
    m = _HEX4.match(s, pos + 1)
    if m is None or len(m.group()) != 4:
        raise JSONDecodeError('Invalid \\uXXXX escape', s, pos)
    return int(m.group(), 16)


def _scan_string(s, end, strict):
    """The str whose opening quote is at end - 1; returns (value, index after the closing quote)."""
    begin = end - 1
    chunks = []
    chunk_re = _CHUNK if strict else _CHUNK_LAX
    while True:
        m = chunk_re.match(s, end)
        if m is None:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        content, term = m.groups()
        if content:
            chunks.append(content)
        end = m.end()
        if term == '"':
            break
        if term != '\\':
            raise JSONDecodeError('Invalid control character at', s, end - 1)
        if end >= len(s):
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        esc = s[end]
        if esc != 'u':
            ch = _SIMPLE_ESCAPES.get(esc)
            if ch is None:
                raise JSONDecodeError('Invalid \\escape', s, end - 1)
            chunks.append(ch)
            end += 1
            continue
        uni = _hex4(s, end)
        end += 5
        if 0xd800 <= uni <= 0xdbff and s[end:end + 2] == '\\u':
            uni2 = _hex4(s, end + 1)
            if 0xdc00 <= uni2 <= 0xdfff:
                uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00))
                end += 6
        chunks.append(chr(uni))
    return ''.join(chunks), end


def scanstring(s, end, strict=True):
    """(the str whose opening quote is at s[end - 1], the index after its closing quote)."""
    if _c is not None:
        return _c.scanstring(s, end, strict, JSONDecodeError)
    return _scan_string(s, end, strict)


class _Scanner:
    def __init__(self, dec):
        self.strict = dec.strict
        self.object_hook = dec.object_hook
        self.object_pairs_hook = dec.object_pairs_hook
        self.parse_float = dec.parse_float
        self.parse_int = dec.parse_int
        self.parse_constant = dec.parse_constant
        self.memo = {}

    def value(self, s, idx):
        """(value, end) for the JSON value at idx; StopIteration(idx) when there is none."""
        try:
            c = s[idx]
        except IndexError:
            raise StopIteration(idx) from None
        if c == '"':
            return _scan_string(s, idx + 1, self.strict)
        if c == '{':
            return self.object(s, idx + 1)
        if c == '[':
            return self.array(s, idx + 1)
        if c == 'n' and s.startswith('null', idx):
            return None, idx + 4
        if c == 't' and s.startswith('true', idx):
            return True, idx + 4
        if c == 'f' and s.startswith('false', idx):
            return False, idx + 5
        m = _NUMBER.match(s, idx)
        if m is not None:
            integer, frac, exp = m.groups()
            if frac or exp:
                res = self.parse_float(integer + (frac or '') + (exp or ''))
            else:
                res = self.parse_int(integer)
            return res, m.end()
        if c == 'N' and s.startswith('NaN', idx):
            return self.parse_constant('NaN'), idx + 3
        if c == 'I' and s.startswith('Infinity', idx):
            return self.parse_constant('Infinity'), idx + 8
        if c == '-' and s.startswith('-Infinity', idx):
            return self.parse_constant('-Infinity'), idx + 9
        raise StopIteration(idx)

    def object(self, s, end):
        pairs = []
        memo = self.memo
        end = _WS.match(s, end).end()
        nextchar = s[end:end + 1]
        if nextchar != '"':
            if nextchar == '}':
                end += 1
                if self.object_pairs_hook is not None:
                    return self.object_pairs_hook(pairs), end
                d = {}
                if self.object_hook is not None:
                    d = self.object_hook(d)
                return d, end
            raise JSONDecodeError('Expecting property name enclosed in double quotes', s, end)
        end += 1
        while True:
            key, end = _scan_string(s, end, self.strict)
            key = memo.setdefault(key, key)
            if s[end:end + 1] != ':':
                end = _WS.match(s, end).end()
                if s[end:end + 1] != ':':
                    raise JSONDecodeError("Expecting ':' delimiter", s, end)
            end = _WS.match(s, end + 1).end()
            try:
                value, end = self.value(s, end)
            except StopIteration as err:
                raise JSONDecodeError('Expecting value', s, err.value) from None
            pairs.append((key, value))
            end = _WS.match(s, end).end()
            nextchar = s[end:end + 1]
            end += 1
            if nextchar == '}':
                break
            if nextchar != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
            end = _WS.match(s, end).end()
            nextchar = s[end:end + 1]
            end += 1
            if nextchar != '"':
                raise JSONDecodeError('Expecting property name enclosed in double quotes', s, end - 1)
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs), end
        d = dict(pairs)
        if self.object_hook is not None:
            d = self.object_hook(d)
        return d, end

    def array(self, s, end):
        values = []
        end = _WS.match(s, end).end()
        if s[end:end + 1] == ']':
            return values, end + 1
        while True:
            try:
                value, end = self.value(s, end)
            except StopIteration as err:
                raise JSONDecodeError('Expecting value', s, err.value) from None
            values.append(value)
            end = _WS.match(s, end).end()
            nextchar = s[end:end + 1]
            end += 1
            if nextchar == ']':
                break
            if nextchar != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
            end = _WS.match(s, end).end()
        return values, end


class JSONDecoder:
    """Decodes JSON documents; the hooks customise the objects built (see json.loads)."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        # What the native scanner needs, fixed here as CPython's scanner fixes it (None: the default).
        self._native = (strict, object_hook, object_pairs_hook, None if parse_float in (None, float) else parse_float,
                        None if parse_int in (None, int) else parse_int, parse_constant)

    def decode(self, s):
        """The Python object for the JSON document s (whitespace allowed around it)."""
        obj, end = self.raw_decode(s, _WS.match(s, 0).end())
        end = _WS.match(s, end).end()
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """(object, index where it ends) for the JSON value that starts at s[idx]."""
        if idx < 0:
            raise ValueError('idx cannot be negative')
        if _c is not None:
            return _c.scan(s, idx, *self._native, JSONDecodeError)
        try:
            return _Scanner(self).value(s, idx)
        except StopIteration as err:
            raise JSONDecodeError('Expecting value', s, err.value) from None
