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


def py_make_scanner(context):
    """scan_once(string, idx) for the decoder context, in Python."""
    parse_object = context.parse_object
    parse_array = context.parse_array
    parse_string = context.parse_string
    match_number = NUMBER_RE.match
    strict = context.strict
    parse_float = context.parse_float
    parse_int = context.parse_int
    parse_constant = context.parse_constant
    object_hook = context.object_hook
    object_pairs_hook = context.object_pairs_hook
    memo = context.memo

    def _scan_once(string, idx):
        try:
            nextchar = string[idx]
        except IndexError:
            raise StopIteration(idx) from None
        if nextchar == '"':
            return parse_string(string, idx + 1, strict)
        if nextchar == '{':
            return parse_object((string, idx + 1), strict, _scan_once, object_hook, object_pairs_hook, memo)
        if nextchar == '[':
            return parse_array((string, idx + 1), _scan_once)
        if nextchar == 'n' and string[idx:idx + 4] == 'null':
            return None, idx + 4
        if nextchar == 't' and string[idx:idx + 4] == 'true':
            return True, idx + 4
        if nextchar == 'f' and string[idx:idx + 5] == 'false':
            return False, idx + 5
        m = match_number(string, idx)
        if m is not None:
            integer, frac, exp = m.groups()
            if frac or exp:
                res = parse_float(integer + (frac or '') + (exp or ''))
            else:
                res = parse_int(integer)
            return res, m.end()
        if nextchar == 'N' and string[idx:idx + 3] == 'NaN':
            return parse_constant('NaN'), idx + 3
        if nextchar == 'I' and string[idx:idx + 8] == 'Infinity':
            return parse_constant('Infinity'), idx + 8
        if nextchar == '-' and string[idx:idx + 9] == '-Infinity':
            return parse_constant('-Infinity'), idx + 9
        raise StopIteration(idx)

    def scan_once(string, idx):
        try:
            return _scan_once(string, idx)
        finally:
            memo.clear()

    return scan_once


make_scanner = c_make_scanner or py_make_scanner
