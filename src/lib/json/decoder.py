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

# the values of the non-standard constants JSON text may hold (json.loads accepts them)
NaN, PosInf, NegInf = float('nan'), float('inf'), float('-inf')


class JSONDecodeError(ValueError):
    """ValueError for a document that is not valid JSON. Attributes: msg (the bare message), doc,
    pos (an index into doc), and lineno/colno, both counted from 1."""

    def __init__(self, msg, doc, pos):
        newlines_before = doc.count('\n', 0, pos)
        line_start = doc.rfind('\n', 0, pos) + 1          # 0 on the first line
        lineno, colno = newlines_before + 1, pos - line_start + 1
        ValueError.__init__(self, '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
        self.msg, self.doc, self.pos = msg, doc, pos
        self.lineno, self.colno = lineno, colno

    def __reduce__(self):
        # rebuilt from the three constructor arguments
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
            # a high surrogate escape followed by a low one makes one character; anything else
            # leaves it a lone surrogate
            low = _hex4(s, end + 1)
            if 0xdc00 <= low <= 0xdfff:
                uni = 0x10000 + ((uni & 0x3ff) << 10) + (low & 0x3ff)
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
    """Parse the members of a JSON object whose '{' is just before index end of s, where
    s_and_end = (s, end): keys with scanstring, values with scan_once. Returns (object, the index
    after its '}'); the object is object_pairs_hook(pairs), else object_hook(dict), else the dict."""
    s, pos = s_and_end
    if memo is None:
        memo = {}
    members = []
    pos = _w(s, pos).end()
    if s[pos:pos + 1] == '}':
        pos += 1
    else:
        while True:
            if s[pos:pos + 1] != '"':
                raise JSONDecodeError('Expecting property name enclosed in double quotes', s, pos)
            name, pos = scanstring(s, pos + 1, strict)
            name = memo.setdefault(name, name)        # equal keys share one str
            pos = _w(s, pos).end()
            if s[pos:pos + 1] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, pos)
            pos = _w(s, pos + 1).end()
            try:
                value, pos = scan_once(s, pos)
            except StopIteration as missing:
                raise JSONDecodeError('Expecting value', s, missing.value) from None
            members.append((name, value))
            pos = _w(s, pos).end()
            delim = s[pos:pos + 1]
            pos += 1
            if delim == '}':
                break
            if delim != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, pos - 1)
            pos = _w(s, pos).end()
    if object_pairs_hook is not None:
        return object_pairs_hook(members), pos
    result = dict(members)
    return (result if object_hook is None else object_hook(result)), pos


def JSONArray(s_and_end, scan_once, _w=WHITESPACE.match, _ws=WHITESPACE_STR):
    """Parse the items of a JSON array whose '[' is just before index end of s, where
    s_and_end = (s, end), with scan_once. Returns (list, the index after its ']')."""
    s, pos = s_and_end
    items = []
    pos = _w(s, pos).end()
    if s[pos:pos + 1] != ']':
        while True:
            try:
                item, pos = scan_once(s, pos)
            except StopIteration as missing:
                raise JSONDecodeError('Expecting value', s, missing.value) from None
            items.append(item)
            pos = _w(s, pos).end()
            if s[pos:pos + 1] != ',':
                break
            pos = _w(s, pos + 1).end()
        if s[pos:pos + 1] != ']':
            raise JSONDecodeError("Expecting ',' delimiter", s, pos)
    return items, pos + 1


class JSONDecoder:
    """Decodes JSON documents; the hooks customise the objects built (see json.loads).

    scan_once (made by json.scanner.make_scanner from the settings at construction, as CPython's
    is) reads one value; py_make_scanner(self) makes a pure-Python one that calls parse_object,
    parse_array and parse_string, for subclasses that replace those."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        # Stored in CPython's order (vars() shows it). A hook that is None (or false) falls back
        # to the default conversion.
        self.object_hook = object_hook
        self.parse_float, self.parse_int = parse_float or float, parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict, self.object_pairs_hook = strict, object_pairs_hook
        # the parts py_make_scanner puts together, replaceable per instance
        self.parse_object, self.parse_array, self.parse_string = JSONObject, JSONArray, scanstring
        self.memo = {}
        self.scan_once = scanner.make_scanner(self)

    def decode(self, s, _w=WHITESPACE.match):
        """The Python object for the JSON document s; only whitespace may surround it."""
        value, pos = self.raw_decode(s, idx=_w(s, 0).end())
        pos = _w(s, pos).end()
        if pos == len(s):
            return value
        raise JSONDecodeError('Extra data', s, pos)

    def raw_decode(self, s, idx=0):
        """(value, index just past it) for the JSON value starting exactly at s[idx]; text after it
        is allowed."""
        try:
            value, pos = self.scan_once(s, idx)
        except StopIteration as missing:
            raise JSONDecodeError('Expecting value', s, missing.value) from None
        return value, pos
