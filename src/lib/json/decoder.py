"""JSON text -> Python objects (Immortal's own implementation of json.decoder's documented
behaviour: JSONDecoder, JSONDecodeError and CPython's error messages and positions). Documents are
scanned by the native _json.scan (json.scanner.make_scanner) when it is there; JSONObject, JSONArray
and py_scanstring are the pure-Python parts that json.scanner.py_make_scanner puts together."""

import re

from json import scanner

try:
    import _json as _c
except ImportError:  # the pure-Python scanner does the same work
    _c = None

# These names' frames are left out of tracebacks: CPython's are C (_json; vm/exc.ts codeFramesHidden).
__immortal_native__ = ('scanstring',)

__all__ = ['JSONDecoder', 'JSONDecodeError']

FLAGS = re.VERBOSE | re.MULTILINE | re.DOTALL

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

WHITESPACE = re.compile(r'[ \t\n\r]*', FLAGS)
WHITESPACE_STR = ' \t\n\r'
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


def py_scanstring(s, end, strict=True):
    """(the str whose opening quote is at s[end - 1], the index after its closing quote)."""
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
            # CPython's Python scanner names the character and points just after it
            raise JSONDecodeError('Invalid control character {0!r} at'.format(term), s, end)
        if end >= len(s):
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        esc = s[end]
        if esc != 'u':
            ch = _SIMPLE_ESCAPES.get(esc)
            if ch is None:
                raise JSONDecodeError('Invalid \\escape: {0!r}'.format(esc), s, end)
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
    return _c.scanstring(s, end, strict, JSONDecodeError)


c_scanstring = scanstring if _c is not None else None
scanstring = c_scanstring or py_scanstring


def JSONObject(s_and_end, strict, scan_once, object_hook, object_pairs_hook, memo=None,
               _w=WHITESPACE.match, _ws=WHITESPACE_STR):
    """(the object whose '{' ends just before end, the index after its '}'); s_and_end is (s, end).
    Values are read with scan_once, keys with scanstring (what py_make_scanner's objects do)."""
    s, end = s_and_end
    pairs = []
    if memo is None:
        memo = {}
    end = _w(s, end).end()
    nextchar = s[end:end + 1]
    if nextchar != '"':
        if nextchar == '}':
            end += 1
            if object_pairs_hook is not None:
                return object_pairs_hook(pairs), end
            d = {}
            if object_hook is not None:
                d = object_hook(d)
            return d, end
        raise JSONDecodeError('Expecting property name enclosed in double quotes', s, end)
    end += 1
    while True:
        key, end = scanstring(s, end, strict)
        key = memo.setdefault(key, key)
        if s[end:end + 1] != ':':
            end = _w(s, end).end()
            if s[end:end + 1] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, end)
        end = _w(s, end + 1).end()
        try:
            value, end = scan_once(s, end)
        except StopIteration as err:
            raise JSONDecodeError('Expecting value', s, err.value) from None
        pairs.append((key, value))
        end = _w(s, end).end()
        nextchar = s[end:end + 1]
        end += 1
        if nextchar == '}':
            break
        if nextchar != ',':
            raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
        end = _w(s, end).end()
        nextchar = s[end:end + 1]
        end += 1
        if nextchar != '"':
            raise JSONDecodeError('Expecting property name enclosed in double quotes', s, end - 1)
    if object_pairs_hook is not None:
        return object_pairs_hook(pairs), end
    d = dict(pairs)
    if object_hook is not None:
        d = object_hook(d)
    return d, end


def JSONArray(s_and_end, scan_once, _w=WHITESPACE.match, _ws=WHITESPACE_STR):
    """(the list whose '[' ends just before end, the index after its ']'); s_and_end is (s, end)."""
    s, end = s_and_end
    values = []
    end = _w(s, end).end()
    if s[end:end + 1] == ']':
        return values, end + 1
    while True:
        try:
            value, end = scan_once(s, end)
        except StopIteration as err:
            raise JSONDecodeError('Expecting value', s, err.value) from None
        values.append(value)
        end = _w(s, end).end()
        nextchar = s[end:end + 1]
        end += 1
        if nextchar == ']':
            break
        if nextchar != ',':
            raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
        end = _w(s, end).end()
    return values, end


class JSONDecoder:
    """Decodes JSON documents; the hooks customise the objects built (see json.loads).

    scan_once (made by json.scanner.make_scanner from the settings at construction, as CPython's
    is) reads one value; py_make_scanner(self) makes a pure-Python one that calls parse_object,
    parse_array and parse_string, for subclasses that replace those."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.parse_object = JSONObject
        self.parse_array = JSONArray
        self.parse_string = scanstring
        self.memo = {}
        self.scan_once = scanner.make_scanner(self)

    def decode(self, s, _w=WHITESPACE.match):
        """The Python object for the JSON document s (whitespace allowed around it)."""
        obj, end = self.raw_decode(s, idx=_w(s, 0).end())
        end = _w(s, end).end()
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """(object, index where it ends) for the JSON value that starts at s[idx]."""
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError('Expecting value', s, err.value) from None
        return obj, end
