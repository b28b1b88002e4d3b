"""Python objects -> JSON text (Immortal's own implementation of json.encoder's documented
behaviour: JSONEncoder with CPython's separators, indentation, escaping and error messages).
encode() (and so dumps) uses the native one-shot _json.encode; iterencode() streams from Python."""

import re

# These names' frames are left out of tracebacks: CPython's are C (_json; vm/exc.ts codeFramesHidden).
__immortal_native__ = ('_Encoder',)

# (no __all__: CPython's json.encoder has none)

ESCAPE = _ESCAPE = re.compile(r'[\x00-\x1f\\"\b\f\n\r\t]')
ESCAPE_ASCII = _ESCAPE_ASCII = re.compile(r'([\\"]|[^\ -~])')
HAS_UTF8 = re.compile(b'[\x80-\xff]')
ESCAPE_DCT = _REPLACE = {'\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t'}
for _i in range(0x20):
    _REPLACE.setdefault(chr(_i), '\\u%04x' % _i)
del _i

INFINITY = float('inf')


def py_encode_basestring(s):
    """s as a JSON string literal, non-ASCII characters kept."""
    return '"' + _ESCAPE.sub(lambda m: _REPLACE[m.group(0)], s) + '"'


def _ascii_escape(m):
    c = m.group(0)
    r = _REPLACE.get(c)
    if r is not None:
        return r
    n = ord(c)
    if n < 0x10000:
        return '\\u%04x' % n
    n -= 0x10000
    return '\\u%04x\\u%04x' % (0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff))


def py_encode_basestring_ascii(s):
    """s as a JSON string literal with only ASCII characters (\\uXXXX escapes, surrogate pairs)."""
    return '"' + _ESCAPE_ASCII.sub(_ascii_escape, s) + '"'


try:
    import _json as _c
except ImportError:  # the pure-Python encoder below gives the same text
    _c = None

c_encode_basestring = _c.encode_basestring if _c is not None else None
c_encode_basestring_ascii = _c.encode_basestring_ascii if _c is not None else None
# CPython's is _json.make_encoder, a streaming encoder type; ours streams from Python (_Encoder)
# and encodes in one shot with _json.encode, so it is None, as in a CPython without _json.
c_make_encoder = None
encode_basestring = c_encode_basestring or py_encode_basestring
encode_basestring_ascii = c_encode_basestring_ascii or py_encode_basestring_ascii


class JSONEncoder:
    """Encodes Python objects as JSON; subclass and override default() to support more types."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        # Stored in CPython's order (vars() shows it); separators and default only when given.
        self.skipkeys, self.ensure_ascii = skipkeys, ensure_ascii
        self.check_circular, self.allow_nan = check_circular, allow_nan
        self.sort_keys, self.indent = sort_keys, indent
        if separators is None:
            if indent is not None:
                self.item_separator = ','    # no space at the ends of indented lines
        else:
            self.item_separator, self.key_separator = separators
        if default is not None:
            self.default = default

    def default(self, o):
        """Called for objects the encoder doesn't know; return something it does, or raise TypeError."""
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        """The JSON text for o, as one str."""
        if isinstance(o, str):
            return encode_basestring_ascii(o) if self.ensure_ascii else encode_basestring(o)
        return ''.join(self.iterencode(o, _one_shot=True))

    def iterencode(self, o, _one_shot=False):
        """The JSON text for o, in chunks."""
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        if _one_shot and indent is None and _c is not None:
            # CPython hands these to its C encoder here, which takes only str separators
            for argno, sep in ((5, self.key_separator), (6, self.item_separator)):
                if not isinstance(sep, str):
                    got = 'None' if sep is None else type(sep).__name__
                    raise TypeError(f'make_encoder() argument {argno} must be str, not {got}')
        if (_one_shot and _c is not None and isinstance(self.key_separator, str)
                and isinstance(self.item_separator, str)):
            return [_c.encode(o, bool(self.check_circular), self.default, bool(self.ensure_ascii),
                              bool(self.allow_nan), self.key_separator, self.item_separator,
                              bool(self.sort_keys), bool(self.skipkeys), indent)]
        markers = {} if self.check_circular else None
        enc_str = encode_basestring_ascii if self.ensure_ascii else encode_basestring
        allow_nan = self.allow_nan

        def floatstr(o):
            if o != o:
                text = 'NaN'
            elif o == INFINITY:
                text = 'Infinity'
            elif o == -INFINITY:
                text = '-Infinity'
            else:
                return float.__repr__(o)
            if not allow_nan:
                raise ValueError('Out of range float values are not JSON compliant: ' + repr(o))
            return text

        return _Encoder(markers, self.default, enc_str, indent, floatstr, self.key_separator,
                        self.item_separator, self.sort_keys, self.skipkeys).chunks(o, 0)


class _Encoder:
    def __init__(self, markers, default, enc_str, indent, floatstr, key_sep, item_sep, sort_keys, skipkeys):
        self.markers = markers
        self.default = default
        self.enc_str = enc_str
        self.indent = indent
        self.floatstr = floatstr
        self.key_sep = key_sep
        self.item_sep = item_sep
        self.sort_keys = sort_keys
        self.skipkeys = skipkeys

    def mark(self, o):
        if self.markers is not None:
            k = id(o)
            if k in self.markers:
                raise ValueError('Circular reference detected')
            self.markers[k] = o
            return k
        return None

    def unmark(self, k):
        if k is not None:
            del self.markers[k]

    def scalar(self, o):
        # the whole text of a str, None, bool, int or float; None for anything else
        if isinstance(o, str):
            return self.enc_str(o)
        if o is None:
            return 'null'
        if isinstance(o, int):
            if o is True or o is False:
                return 'true' if o else 'false'
            return int.__repr__(o)
        if isinstance(o, float):
            return self.floatstr(o)
        return None

    def chunks(self, o, level):
        text = self.scalar(o)
        if text is not None:
            yield text
        elif isinstance(o, (list, tuple)):
            yield from self.list_chunks(o, level)
        elif isinstance(o, dict):
            yield from self.dict_chunks(o, level)
        else:
            # default() gives something encodable; o stays marked while that is written
            k = self.mark(o)
            yield from self.chunks(self.default(o), level)
            self.unmark(k)

    def list_chunks(self, lst, level):
        if not lst:
            yield '[]'
            return
        k = self.mark(lst)
        buf = '['
        if self.indent is not None:
            level += 1
            nl = '\n' + self.indent * level
            sep = self.item_sep + nl
            buf += nl
        else:
            nl = None
            sep = self.item_sep
        first = True
        for v in lst:
            if first:
                first = False
            else:
                buf = sep
            text = self.scalar(v)
            if text is not None:
                yield buf + text    # a scalar item shares a chunk with what precedes it
            else:
                yield buf
                yield from self.chunks(v, level)
        if nl is not None:
            yield '\n' + self.indent * (level - 1)
        yield ']'
        self.unmark(k)

    def key_text(self, key):
        # the str a dict key is written as (then quoted); None: leave the item out
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return self.floatstr(key)
        if key is None:
            return 'null'
        if isinstance(key, int):
            if key is True or key is False:
                return 'true' if key else 'false'
            return int.__repr__(key)
        if self.skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, not {key.__class__.__name__}')

    def dict_chunks(self, dct, level):
        if not dct:
            yield '{}'
            return
        k = self.mark(dct)
        if self.indent is not None:
            level += 1
            nl = '\n' + self.indent * level
            sep = self.item_sep + nl
            yield '{'
            yield nl
        else:
            nl = None
            sep = self.item_sep
            yield '{'
        items = sorted(dct.items()) if self.sort_keys else dct.items()
        first = True
        for key, v in items:
            key = self.key_text(key)
            if key is None:
                continue    # skipkeys
            if first:
                first = False
            else:
                yield sep
            yield self.enc_str(key)
            yield self.key_sep
            yield from self.chunks(v, level)
        if nl is not None:
            yield '\n' + self.indent * (level - 1)
        yield '}'
        self.unmark(k)
