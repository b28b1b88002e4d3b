// Token kinds of the Python 3.12 tokenizer, as small integers.
// Mirrors Grammar/Tokens and Include/internal/pycore_token.h, except that hard keywords get
// their own kinds (CPython maps them in the parser) so the parser can dispatch on one number.
// Invariant: operator kinds are contiguous from LPAR to EXCLAMATION; keyword kinds from KW_FALSE on.

export const ENDMARKER = 0;
export const NAME = 1;
export const NUMBER = 2;
export const STRING = 3;
export const NEWLINE = 4;
export const INDENT = 5;
export const DEDENT = 6;
export const FSTRING_START = 7;
export const FSTRING_MIDDLE = 8;
export const FSTRING_END = 9;
/** A tokenizer error: the tokenizer stopped here; its error is thrown when the parser reaches it. */
export const ERRORTOKEN = 10;

export const LPAR = 11;
export const RPAR = 12;
export const LSQB = 13;
export const RSQB = 14;
export const LBRACE = 15;
export const RBRACE = 16;
export const COLON = 17;
export const COMMA = 18;
export const SEMI = 19;
export const PLUS = 20;
export const MINUS = 21;
export const STAR = 22;
export const SLASH = 23;
export const VBAR = 24;
export const AMPER = 25;
export const LESS = 26;
export const GREATER = 27;
export const EQUAL = 28;
export const DOT = 29;
export const PERCENT = 30;
export const EQEQUAL = 31;
export const NOTEQUAL = 32;
export const LESSEQUAL = 33;
export const GREATEREQUAL = 34;
export const TILDE = 35;
export const CIRCUMFLEX = 36;
export const LEFTSHIFT = 37;
export const RIGHTSHIFT = 38;
export const DOUBLESTAR = 39;
export const PLUSEQUAL = 40;
export const MINEQUAL = 41;
export const STAREQUAL = 42;
export const SLASHEQUAL = 43;
export const PERCENTEQUAL = 44;
export const AMPEREQUAL = 45;
export const VBAREQUAL = 46;
export const CIRCUMFLEXEQUAL = 47;
export const LEFTSHIFTEQUAL = 48;
export const RIGHTSHIFTEQUAL = 49;
export const DOUBLESTAREQUAL = 50;
export const DOUBLESLASH = 51;
export const DOUBLESLASHEQUAL = 52;
export const AT = 53;
export const ATEQUAL = 54;
export const RARROW = 55;
export const ELLIPSIS = 56;
export const COLONEQUAL = 57;
export const EXCLAMATION = 58;
/** A character that is no token at all ('$', '?', '`'): the parser fails on it. */
export const OP_OTHER = 59;

export const KW_FALSE = 60;
export const KW_NONE = 61;
export const KW_TRUE = 62;
export const KW_AND = 63;
export const KW_AS = 64;
export const KW_ASSERT = 65;
export const KW_ASYNC = 66;
export const KW_AWAIT = 67;
export const KW_BREAK = 68;
export const KW_CLASS = 69;
export const KW_CONTINUE = 70;
export const KW_DEF = 71;
export const KW_DEL = 72;
export const KW_ELIF = 73;
export const KW_ELSE = 74;
export const KW_EXCEPT = 75;
export const KW_FINALLY = 76;
export const KW_FOR = 77;
export const KW_FROM = 78;
export const KW_GLOBAL = 79;
export const KW_IF = 80;
export const KW_IMPORT = 81;
export const KW_IN = 82;
export const KW_IS = 83;
export const KW_LAMBDA = 84;
export const KW_NONLOCAL = 85;
export const KW_NOT = 86;
export const KW_OR = 87;
export const KW_PASS = 88;
export const KW_RAISE = 89;
export const KW_RETURN = 90;
export const KW_TRY = 91;
export const KW_WHILE = 92;
export const KW_WITH = 93;
export const KW_YIELD = 94;

export const KEYWORDS: ReadonlyMap<string, number> = new Map([
  ['False', KW_FALSE], ['None', KW_NONE], ['True', KW_TRUE], ['and', KW_AND], ['as', KW_AS],
  ['assert', KW_ASSERT], ['async', KW_ASYNC], ['await', KW_AWAIT], ['break', KW_BREAK],
  ['class', KW_CLASS], ['continue', KW_CONTINUE], ['def', KW_DEF], ['del', KW_DEL],
  ['elif', KW_ELIF], ['else', KW_ELSE], ['except', KW_EXCEPT], ['finally', KW_FINALLY],
  ['for', KW_FOR], ['from', KW_FROM], ['global', KW_GLOBAL], ['if', KW_IF], ['import', KW_IMPORT],
  ['in', KW_IN], ['is', KW_IS], ['lambda', KW_LAMBDA], ['nonlocal', KW_NONLOCAL], ['not', KW_NOT],
  ['or', KW_OR], ['pass', KW_PASS], ['raise', KW_RAISE], ['return', KW_RETURN], ['try', KW_TRY],
  ['while', KW_WHILE], ['with', KW_WITH], ['yield', KW_YIELD],
]);

/** Source spelling of each operator and keyword kind, for error messages. */
export const TOKEN_TEXT: readonly string[] = (() => {
  const t: string[] = [];
  t[ENDMARKER] = 'end of file'; t[NAME] = 'name'; t[NUMBER] = 'number'; t[STRING] = 'string';
  t[NEWLINE] = 'newline'; t[INDENT] = 'indent'; t[DEDENT] = 'dedent';
  t[FSTRING_START] = 'f-string'; t[FSTRING_MIDDLE] = 'f-string'; t[FSTRING_END] = 'f-string';
  t[ERRORTOKEN] = 'error';
  const ops = ['(', ')', '[', ']', '{', '}', ':', ',', ';', '+', '-', '*', '/', '|', '&', '<', '>',
    '=', '.', '%', '==', '!=', '<=', '>=', '~', '^', '<<', '>>', '**', '+=', '-=', '*=', '/=', '%=',
    '&=', '|=', '^=', '<<=', '>>=', '**=', '//', '//=', '@', '@=', '->', '...', ':=', '!', '?'];
  for (let i = 0; i < ops.length; i++) t[LPAR + i] = ops[i]!;
  for (const [k, v] of KEYWORDS) t[v] = k;
  return t;
})();
