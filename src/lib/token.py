# Token type constants of Python's tokenizer, as the token module of CPython 3.12 defines them.
# Written for Immortal from the documentation (https://docs.python.org/3.12/library/token.html);
# the numbering follows CPython 3.12's Grammar/Tokens order.

_ORDERED = (
    'ENDMARKER NAME NUMBER STRING NEWLINE INDENT DEDENT LPAR RPAR LSQB RSQB COLON COMMA SEMI PLUS MINUS '
    'STAR SLASH VBAR AMPER LESS GREATER EQUAL DOT PERCENT LBRACE RBRACE EQEQUAL NOTEQUAL LESSEQUAL '
    'GREATEREQUAL TILDE CIRCUMFLEX LEFTSHIFT RIGHTSHIFT DOUBLESTAR PLUSEQUAL MINEQUAL STAREQUAL '
    'SLASHEQUAL PERCENTEQUAL AMPEREQUAL VBAREQUAL CIRCUMFLEXEQUAL LEFTSHIFTEQUAL RIGHTSHIFTEQUAL '
    'DOUBLESTAREQUAL DOUBLESLASH DOUBLESLASHEQUAL AT ATEQUAL RARROW ELLIPSIS COLONEQUAL EXCLAMATION OP '
    'AWAIT ASYNC TYPE_IGNORE TYPE_COMMENT SOFT_KEYWORD FSTRING_START FSTRING_MIDDLE FSTRING_END '
    'COMMENT NL ERRORTOKEN ENCODING N_TOKENS'
).split()

tok_name = {}
for _value, _name in enumerate(_ORDERED):
    globals()[_name] = _value
    tok_name[_value] = _name
NT_OFFSET = 256
tok_name[NT_OFFSET] = 'NT_OFFSET'
del _value, _name

__all__ = ['tok_name', 'ISTERMINAL', 'ISNONTERMINAL', 'ISEOF'] + _ORDERED + ['NT_OFFSET']

# The operator strings and the exact token type each one has.
_OPERATORS = (
    '! != % %= & &= ( ) * ** **= *= + += , - -= -> . ... / // //= /= : := ; < << <<= <= = == > >= >> '
    '>>= @ @= [ ] ^ ^= { | |= } ~'
).split()
_OP_NAMES = (
    'EXCLAMATION NOTEQUAL PERCENT PERCENTEQUAL AMPER AMPEREQUAL LPAR RPAR STAR DOUBLESTAR DOUBLESTAREQUAL '
    'STAREQUAL PLUS PLUSEQUAL COMMA MINUS MINEQUAL RARROW DOT ELLIPSIS SLASH DOUBLESLASH DOUBLESLASHEQUAL '
    'SLASHEQUAL COLON COLONEQUAL SEMI LESS LEFTSHIFT LEFTSHIFTEQUAL LESSEQUAL EQUAL EQEQUAL GREATER '
    'GREATEREQUAL RIGHTSHIFT RIGHTSHIFTEQUAL AT ATEQUAL LSQB RSQB CIRCUMFLEX CIRCUMFLEXEQUAL LBRACE VBAR '
    'VBAREQUAL RBRACE TILDE'
).split()
EXACT_TOKEN_TYPES = {op: globals()[name] for op, name in zip(_OPERATORS, _OP_NAMES)}
del _ORDERED, _OPERATORS, _OP_NAMES


def ISEOF(x):
    """True for the end-of-input token type."""
    return x == ENDMARKER


def ISTERMINAL(x):
    """True for token types (terminals), false for grammar symbols."""
    return x < NT_OFFSET


def ISNONTERMINAL(x):
    """True for grammar symbol numbers (NT_OFFSET and above)."""
    return x >= NT_OFFSET
