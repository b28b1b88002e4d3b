"""HTML helpers for Immortal, written from the documented behaviour of CPython 3.12's html package:
escape() and unescape(). unescape follows HTML 5's rules for character references (section 13.2.5.72
and after): numeric references to invalid code points, windows-1252 replacements for C1 controls,
named references with or without ';' and, for names without ';', the longest known prefix."""

__all__ = ['escape', 'unescape']

import re as _re
from html.entities import html5 as _html5


def escape(s, quote=True):
    """Replace '&', '<' and '>' in s by HTML-safe references; with quote (the default) also '"' and
    "'"."""
    s = s.replace("&", "&amp;")     # first, so the '&'s added below stay
    s = s.replace("<", "&lt;").replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;").replace("'", "&#x27;")
    return s


def _numeric_replacements():
    # What a numeric reference to these code points gives instead of the code point: NUL is
    # U+FFFD, CR stays, and 0x80-0x9F are read as windows-1252 bytes (the five bytes that code
    # page leaves undefined give the C1 control itself).
    table = {0x00: '\ufffd', 0x0d: '\r'}
    for code in range(0x80, 0xa0):
        try:
            table[code] = bytes([code]).decode('cp1252')
        except UnicodeDecodeError:
            table[code] = chr(code)
    return table


def _dropped_code_points():
    # Code points a numeric reference may not produce (controls, noncharacters): they vanish.
    dropped = set(range(0x01, 0x09)) | {0x0b} | set(range(0x0e, 0x20)) | set(range(0x7f, 0xa0))
    dropped |= set(range(0xfdd0, 0xfdf0))
    for plane in range(17):
        dropped |= {plane << 16 | 0xfffe, plane << 16 | 0xffff}
    return frozenset(dropped)


_invalid_charrefs = _numeric_replacements()
_invalid_codepoints = _dropped_code_points()


def _replace_charref(match):
    ref = match.group(1)
    if ref[0] == '#':
        digits = ref[1:].rstrip(';')
        if digits[0] in 'xX':
            code = int(digits[1:], 16)
        else:
            code = int(digits)
        if code in _invalid_charrefs:
            return _invalid_charrefs[code]
        if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
            return '\uFFFD'
        return '' if code in _invalid_codepoints else chr(code)
    if ref in _html5:
        return _html5[ref]
    # a name without ';' may be a known name followed by other text: the longest one wins
    for end in range(len(ref) - 1, 1, -1):
        if ref[:end] in _html5:
            return _html5[ref[:end]] + ref[end:]
    return '&' + ref


# '&' then a decimal or hex number, or up to 32 characters of a name; each with an optional ';'
_charref = _re.compile(r'&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)')


def unescape(s):
    """Replace the named and numeric character references in s (&gt;, &#62;, &#x3e;) by the
    characters they stand for, by HTML 5's rules (invalid references included) and its list of
    names (html.entities.html5)."""
    if '&' not in s:
        return s
    return _charref.sub(_replace_charref, s)
