"""The JSON value scanner (Immortal's own implementation of json.scanner's documented behaviour).

make_scanner(decoder) returns scan_once(string, idx) -> (value, end), which raises
StopIteration(idx) when no JSON value starts at idx. It is c_make_scanner (the native _json.scan,
with the decoder's settings fixed when it is made) when _json is there, else py_make_scanner, which
calls the decoder's parse_object, parse_array and parse_string (so a subclass can replace them)."""

import re

try:
    import _json as _c
except ImportError:
    _c = None

# These names' frames are left out of tracebacks: CPython's are C (_json; vm/exc.ts codeFramesHidden).
__immortal_native__ = ('Scanner',)

__all__ = ['make_scanner']

NUMBER_RE = re.compile(r'(-?(?:0|[1-9]\d*))(\.\d+)?([eE][-+]?\d+)?', (re.VERBOSE | re.MULTILINE | re.DOTALL))


class Scanner:
    """What CPython's _json.Scanner is: scan_once with the decoder's settings read when it is made."""

    __module__ = '_json'

    def __init__(self, context):
        self.strict = context.strict
        self.object_hook = context.object_hook
        self.object_pairs_hook = context.object_pairs_hook
        self.parse_float = context.parse_float
        self.parse_int = context.parse_int
        self.parse_constant = context.parse_constant
        from json.decoder import JSONDecodeError
        # the native scanner takes None for the plain float() and int()
        self._args = (bool(self.strict), self.object_hook, self.object_pairs_hook,
                      None if self.parse_float is float else self.parse_float,
                      None if self.parse_int is int else self.parse_int,
                      self.parse_constant, JSONDecodeError)

    def __call__(self, string, idx):
        if idx < 0:
            raise ValueError('idx cannot be negative')
        try:
            return _c.scan(string, idx, *self._args)
        except self._args[-1] as err:
            # a missing value (at idx or inside an array or object): CPython's scanner raises
            # StopIteration(where), which raw_decode turns into this error
            if err.msg == 'Expecting value':
                raise StopIteration(err.pos) from None
            raise


c_make_scanner = Scanner if _c is not None else None


# The context attributes py_make_scanner uses, read once, in this order, when it is called.
_CONTEXT_ATTRS = ('parse_object', 'parse_array', 'parse_string', 'strict', 'parse_float', 'parse_int',
                  'parse_constant', 'object_hook', 'object_pairs_hook', 'memo')

# first character -> the keyword it must begin; tried before numbers
_KEYWORDS = {'n': ('null', None), 't': ('true', True), 'f': ('false', False)}
# first character -> the constant's name (handed to parse_constant); tried after numbers
_CONSTANT_NAMES = {'N': 'NaN', 'I': 'Infinity', '-': '-Infinity'}


def py_make_scanner(context):
    """scan_once(string, idx) for the decoder context, in Python."""
    (parse_object, parse_array, parse_string, strict, parse_float, parse_int, parse_constant,
     object_hook, object_pairs_hook, memo) = [getattr(context, a) for a in _CONTEXT_ATTRS]
    number_at = NUMBER_RE.match

    def value_at(s, i):
        # the value starting at s[i] -> (value, end); StopIteration(i) when there is none
        try:
            first = s[i]
        except IndexError:
            raise StopIteration(i) from None
        if first == '"':
            return parse_string(s, i + 1, strict)
        if first == '{':
            return parse_object((s, i + 1), strict, value_at, object_hook, object_pairs_hook, memo)
        if first == '[':
            return parse_array((s, i + 1), value_at)
        keyword = _KEYWORDS.get(first)
        if keyword is not None:
            word, value = keyword
            stop = i + len(word)
            if s[i:stop] == word:
                return value, stop
        m = number_at(s, i)
        if m is not None:
            # all three groups make up the match; a fraction or an exponent means a float
            convert = parse_int if m.end(1) == m.end() else parse_float
            return convert(m.group()), m.end()
        name = _CONSTANT_NAMES.get(first)
        if name is not None and s[i:i + len(name)] == name:
            return parse_constant(name), i + len(name)
        raise StopIteration(i)

    def scan_once(s, i):
        # the key memo lives for one document
        try:
            return value_at(s, i)
        finally:
            memo.clear()

    return scan_once


make_scanner = c_make_scanner or py_make_scanner
