# The stringprep module for Immortal: membership in the tables of RFC 3454 (Preparation of
# Internationalized Strings) and its two mappings, as CPython 3.12's stringprep gives them from the
# Unicode 3.2 database. Written from https://docs.python.org/3.12/library/stringprep.html; the tables
# are data generated from CPython by tools/gen-stringprep.py (src/lib/_stringprep_tables.py), since
# Immortal's unicodedata has no ucd_3_2_0. Each function takes a one-character str.
# Also here: _nfkc_3_2, Unicode 3.2's NFKC as encodings.idna's nameprep needs it.

from bisect import bisect_right as _bisect_right
import unicodedata as _unicodedata

from _stringprep_tables import (
    RANGES as _RANGES, B2 as _B2, B3 as _B3, NFKC_3_2 as _NFKC_3_2, KEEP_3_2 as _KEEP_3_2, b3_exceptions, b1_set,
    c22_specials, c6_set, c7_set, c8_set, c9_set,
)


def _member(table):
    ranges = _RANGES[table]

    def test(code):
        # Inside when the code point falls after an odd number of range bounds.
        return _bisect_right(ranges, ord(code)) % 2 == 1
    return test


_in_a1 = _member('a1')


def in_table_a1(code):
    """Unassigned code point in Unicode 3.2 (table A.1)."""
    return _in_a1(code)


def in_table_b1(code):
    """Commonly mapped to nothing (table B.1)."""
    return ord(code) in b1_set


def map_table_b3(code):
    """Case folding for use with no normalization (table B.3)."""
    return _B3.get(ord(code), code)


def map_table_b2(a):
    """Case folding for use with NFKC (table B.2)."""
    return _B2.get(ord(a), a)


def in_table_c11(code):
    """ASCII space (table C.1.1)."""
    return code == ' '


_in_c12 = _member('c12')
_in_c11_c12 = _member('c11_c12')
_in_c21 = _member('c21')
_in_c22 = _member('c22')
_in_c21_c22 = _member('c21_c22')
_in_c3 = _member('c3')
_in_c4 = _member('c4')
_in_c5 = _member('c5')
_in_d1 = _member('d1')
_in_d2 = _member('d2')


def in_table_c12(code):
    """Non-ASCII space characters (table C.1.2)."""
    return _in_c12(code)


def in_table_c11_c12(code):
    """Space characters (tables C.1.1 and C.1.2)."""
    return _in_c11_c12(code)


def in_table_c21(code):
    """ASCII control characters (table C.2.1)."""
    return _in_c21(code)


def in_table_c22(code):
    """Non-ASCII control characters (table C.2.2)."""
    return _in_c22(code)


def in_table_c21_c22(code):
    """Control characters (tables C.2.1 and C.2.2)."""
    return _in_c21_c22(code)


def in_table_c3(code):
    """Private use (table C.3)."""
    return _in_c3(code)


def in_table_c4(code):
    """Non-character code points (table C.4)."""
    return _in_c4(code)


def in_table_c5(code):
    """Surrogate codes (table C.5)."""
    return _in_c5(code)


def in_table_c6(code):
    """Inappropriate for plain text (table C.6)."""
    return ord(code) in c6_set


def in_table_c7(code):
    """Inappropriate for canonical representation (table C.7)."""
    return ord(code) in c7_set


def in_table_c8(code):
    """Change display properties or are deprecated (table C.8)."""
    return ord(code) in c8_set


def in_table_c9(code):
    """Tagging characters (table C.9)."""
    return ord(code) in c9_set


def in_table_d1(code):
    """Characters with bidirectional property R or AL (table D.1)."""
    return _in_d1(code)


def in_table_d2(code):
    """Characters with bidirectional property L (table D.2)."""
    return _in_d2(code)


def _nfkc_3_2(text):
    """NFKC under Unicode 3.2, from the current database as CPython's ucd_3_2_0 computes it: characters
    unassigned in 3.2 are not decomposed, the few whose decomposition was corrected since take their
    3.2 form, the rest their current compatibility decomposition; then canonical ordering by the
    current combining classes and the current composition (which leaves a character new since 3.2
    that decomposes canonically as it is)."""
    if not any(_in_a1(ch) or ord(ch) in _NFKC_3_2 for ch in text):
        return _unicodedata.normalize('NFKC', text)
    parts = []
    for ch in text:
        if ord(ch) in _NFKC_3_2:
            parts.append(_NFKC_3_2[ord(ch)])
        elif _in_a1(ch):
            parts.append(ch)
        else:
            parts.append(_unicodedata.normalize('NFKD', ch))
    chars = list(''.join(parts))
    combining = _unicodedata.combining
    for i in range(1, len(chars)):
        cc = combining(chars[i])
        j = i
        while j > 0 and cc and combining(chars[j - 1]) > cc:
            chars[j - 1], chars[j] = chars[j], chars[j - 1]
            j -= 1
    out, run = [], []
    for ch in chars:
        if ord(ch) in _KEEP_3_2:
            out.append(_unicodedata.normalize('NFC', ''.join(run)))
            out.append(ch)
            run = []
        else:
            run.append(ch)
    out.append(_unicodedata.normalize('NFC', ''.join(run)))
    return ''.join(out)
