"""The numbers of CPython's regular-expression engine (Immortal's counterpart of re/_constants.py):
opcodes, anchors (AT_*), character categories (CATEGORY_*), flags and info bits, as ints that
print as their names. Immortal's _sre compiles and matches by itself and does not use them; they
are here for code that imports them (and for the deprecated sre_constants, sre_compile, sre_parse).
The numbering is CPython 3.12's; MAGIC identifies that version of the engine."""

from _sre import MAXGROUPS, MAXREPEAT as _MAXREPEAT

from re import error

MAGIC = 20221023


class _NamedIntConstant(int):
    """An int that shows its name."""

    def __new__(cls, value, name):
        self = int.__new__(cls, value)
        self.name = name
        return self

    def __repr__(self):
        return self.name

    __reduce__ = None


MAXREPEAT = _NamedIntConstant(_MAXREPEAT, 'MAXREPEAT')


def _numbered(names):
    # consecutive codes from 0, each also a global of its name
    codes = [_NamedIntConstant(value, name) for value, name in enumerate(names.split())]
    globals().update((code.name, code) for code in codes)
    return codes


OPCODES = _numbered('''
    FAILURE SUCCESS ANY ANY_ALL ASSERT ASSERT_NOT AT BRANCH CATEGORY CHARSET BIGCHARSET GROUPREF
    GROUPREF_EXISTS IN INFO JUMP LITERAL MARK MAX_UNTIL MIN_UNTIL NOT_LITERAL NEGATE RANGE REPEAT
    REPEAT_ONE SUBPATTERN MIN_REPEAT_ONE ATOMIC_GROUP POSSESSIVE_REPEAT POSSESSIVE_REPEAT_ONE
    GROUPREF_IGNORE IN_IGNORE LITERAL_IGNORE NOT_LITERAL_IGNORE GROUPREF_LOC_IGNORE IN_LOC_IGNORE
    LITERAL_LOC_IGNORE NOT_LITERAL_LOC_IGNORE GROUPREF_UNI_IGNORE IN_UNI_IGNORE LITERAL_UNI_IGNORE
    NOT_LITERAL_UNI_IGNORE RANGE_UNI_IGNORE MIN_REPEAT MAX_REPEAT''')
# MIN_REPEAT and MAX_REPEAT only appear in parsed patterns, not in compiled code.
OPCODES = OPCODES[:-2]

ATCODES = _numbered('''
    AT_BEGINNING AT_BEGINNING_LINE AT_BEGINNING_STRING AT_BOUNDARY AT_NON_BOUNDARY AT_END
    AT_END_LINE AT_END_STRING AT_LOC_BOUNDARY AT_LOC_NON_BOUNDARY AT_UNI_BOUNDARY AT_UNI_NON_BOUNDARY''')

CHCODES = _numbered('''
    CATEGORY_DIGIT CATEGORY_NOT_DIGIT CATEGORY_SPACE CATEGORY_NOT_SPACE CATEGORY_WORD
    CATEGORY_NOT_WORD CATEGORY_LINEBREAK CATEGORY_NOT_LINEBREAK CATEGORY_LOC_WORD
    CATEGORY_LOC_NOT_WORD CATEGORY_UNI_DIGIT CATEGORY_UNI_NOT_DIGIT CATEGORY_UNI_SPACE
    CATEGORY_UNI_NOT_SPACE CATEGORY_UNI_WORD CATEGORY_UNI_NOT_WORD CATEGORY_UNI_LINEBREAK
    CATEGORY_UNI_NOT_LINEBREAK''')


def _variants(suffix, pairs):
    # {code: the code's variant} for codes named like NAME -> NAME<suffix>
    g = globals()
    return {g[name]: g[name + suffix] for name in pairs.split()}


OP_IGNORE = _variants('_IGNORE', 'LITERAL NOT_LITERAL')
OP_LOCALE_IGNORE = _variants('_LOC_IGNORE', 'LITERAL NOT_LITERAL')
OP_UNICODE_IGNORE = _variants('_UNI_IGNORE', 'LITERAL NOT_LITERAL')

AT_MULTILINE = {AT_BEGINNING: AT_BEGINNING_LINE, AT_END: AT_END_LINE}
AT_LOCALE = {AT_BOUNDARY: AT_LOC_BOUNDARY, AT_NON_BOUNDARY: AT_LOC_NON_BOUNDARY}
AT_UNICODE = {AT_BOUNDARY: AT_UNI_BOUNDARY, AT_NON_BOUNDARY: AT_UNI_NON_BOUNDARY}

# Under LOCALE only the word categories change; under UNICODE all of them.
CH_LOCALE = {code: code for code in CHCODES[:8]}
CH_LOCALE[CATEGORY_WORD] = CATEGORY_LOC_WORD
CH_LOCALE[CATEGORY_NOT_WORD] = CATEGORY_LOC_NOT_WORD
CH_UNICODE = dict(zip(CHCODES[:8], CHCODES[10:]))

SRE_FLAG_TEMPLATE = 1
SRE_FLAG_IGNORECASE = 2
SRE_FLAG_LOCALE = 4
SRE_FLAG_MULTILINE = 8
SRE_FLAG_DOTALL = 16
SRE_FLAG_UNICODE = 32
SRE_FLAG_VERBOSE = 64
SRE_FLAG_DEBUG = 128
SRE_FLAG_ASCII = 256

SRE_INFO_PREFIX = 1
SRE_INFO_LITERAL = 2
SRE_INFO_CHARSET = 4
