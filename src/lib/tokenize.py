# The tokenize module for Immortal: a tokenizer for Python source written in Python, producing the
# token stream of CPython 3.12's tokenize (COMMENT and NL tokens, INDENT/DEDENT, f-strings split into
# FSTRING_START / FSTRING_MIDDLE / FSTRING_END around their replacement fields), plus detect_encoding,
# untokenize, open and the command line (python -m tokenize). Written from
# https://docs.python.org/3.12/library/tokenize.html and comparisons with CPython 3.12's output.

import sys
from token import *
from token import EXACT_TOKEN_TYPES
import token as _token_module

__all__ = _token_module.__all__ + ['tokenize', 'generate_tokens', 'detect_encoding', 'untokenize',
                                   'TokenInfo', 'open', 'TokenError']

_BaseTokenInfo = None


def _make_base():
    import collections
    return collections.namedtuple('TokenInfo', 'type string start end line')


class TokenInfo(_make_base()):
    __slots__ = ()

    def __repr__(self):
        return (f'TokenInfo(type={self.type} ({tok_name[self.type]}), string={self.string!r}, '
                f'start={self.start!r}, end={self.end!r}, line={self.line!r})')

    @property
    def exact_type(self):
        """The operator's own token type (LPAR, PLUS ...) for OP tokens; the type otherwise."""
        return EXACT_TOKEN_TYPES.get(self.string, OP) if self.type == OP else self.type


class TokenError(Exception):
    pass


class StopTokenizing(Exception):
    pass


# ---- encoding detection ----

_cookie_re = None
_blank_re = None


def _get_normal_name(orig_enc):
    # 'utf_8', 'UTF-8-unix', 'Latin_1' ... -> the codec names the tokenizer reports.
    enc = orig_enc[:12].lower().replace('_', '-')
    if enc == 'utf-8' or enc.startswith('utf-8-'):
        return 'utf-8'
    for latin in ('latin-1', 'iso-8859-1', 'iso-latin-1'):
        if enc == latin or enc.startswith(latin + '-'):
            return 'iso-8859-1'
    return orig_enc


def _cookie_patterns():
    global _cookie_re, _blank_re
    if _cookie_re is None:
        import re
        _cookie_re = re.compile(r'^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)', re.ASCII)
        _blank_re = re.compile(br'^[ \t\f]*(?:[#\r\n]|$)', re.ASCII)
    return _cookie_re, _blank_re


def _cookie_of(line, filename, after_bom):
    # The encoding a coding cookie on `line` names (checked against the codec registry), or None.
    cookie_re, _ = _cookie_patterns()
    where = '' if filename is None else f' for {filename!r}'
    try:
        text = line.decode('utf-8')
    except UnicodeDecodeError:
        raise SyntaxError(f'invalid or missing encoding declaration{where}') from None
    found = cookie_re.match(text)
    if found is None:
        return None
    name = _get_normal_name(found.group(1))
    import codecs
    try:
        codecs.lookup(name)
    except LookupError:
        raise SyntaxError(f'unknown encoding{where}: {name}' if filename is None
                          else f'unknown encoding for {filename!r}: {name}') from None
    if not after_bom:
        return name
    if name != 'utf-8':
        raise SyntaxError(f'encoding problem{where}: utf-8')
    return 'utf-8-sig'


def detect_encoding(readline):
    """(encoding, [the lines read]) from a BOM or a coding cookie in the first two lines."""
    _, blank_re = _cookie_patterns()
    filename = getattr(getattr(readline, '__self__', None), 'name', None)
    consumed = []
    bom = False
    for attempt in range(2):
        try:
            line = readline()
        except StopIteration:
            line = b''
        if attempt == 0 and line[:3] == b'\xef\xbb\xbf':
            bom = True
            line = line[3:]
        if not line:
            break
        consumed.append(line)
        name = _cookie_of(line, filename, bom)
        if name is not None:
            return name, consumed
        if not blank_re.match(line):
            break   # a cookie only counts on the first line or after a blank / comment line
    return ('utf-8-sig' if bom else 'utf-8'), consumed


def open(filename):
    """Open a Python source file read-only as text, in the encoding detect_encoding finds."""
    import builtins
    import io
    buffer = builtins.open(filename, 'rb')
    try:
        encoding, _ = detect_encoding(buffer.readline)
        buffer.seek(0)
        text = io.TextIOWrapper(buffer, encoding, line_buffering=True)
        text.mode = 'r'
        return text
    except:
        buffer.close()
        raise


# ---- the tokenizer ----

_PREFIXES = frozenset(''.join(p) for p in (
    'r u f b br rb fr rf'.split()))


def _is_string_prefix(name):
    return name.lower() in _PREFIXES


_number_re = None


def _number_pattern():
    global _number_re
    if _number_re is None:
        import re
        digits = r'[0-9](?:_?[0-9])*'
        exponent = r'[eE][-+]?' + digits
        point = r'(?:%s\.(?:%s)?|\.%s)(?:%s)?' % (digits, digits, digits, exponent)
        expfloat = digits + exponent
        floating = '(?:%s|%s)' % (point, expfloat)
        imag = r'(?:%s|%s)[jJ]' % (floating, digits)
        integer = (r'(?:0[xX](?:_?[0-9a-fA-F])+|0[bB](?:_?[01])+|0[oO](?:_?[0-7])+'
                   r'|[0-9](?:_?[0-9])*)')
        _number_re = re.compile('|'.join((imag, floating, integer)))
    return _number_re


_OPERATORS_BY_LENGTH = None


def _operator_at(text, pos):
    global _OPERATORS_BY_LENGTH
    if _OPERATORS_BY_LENGTH is None:
        _OPERATORS_BY_LENGTH = [frozenset(op for op in EXACT_TOKEN_TYPES if len(op) == n) for n in (3, 2, 1)]
    for n, ops in zip((3, 2, 1), _OPERATORS_BY_LENGTH):
        if text[pos:pos + n] in ops:
            return text[pos:pos + n]
    return None


def _is_name_start(c):
    return c == '_' or c.isalpha() or (c >= '\x80' and c.isidentifier())


def _is_name_char(c):
    return c == '_' or c.isalnum() or (c >= '\x80' and ('a' + c).isidentifier())


class _Source:
    # The whole input as one string, with the offsets where its lines start (positions are computed
    # from offsets: row numbers count from 1, columns from 0).

    def __init__(self, lines):
        self.lines = lines
        self.text = ''.join(lines)
        starts = []
        offset = 0
        for line in lines:
            starts.append(offset)
            offset += len(line)
        self.starts = starts
        self.row = 0  # index of the line holding the last looked-up offset (a search hint)

    def position(self, offset):
        starts = self.starts
        if not starts:
            return 1, 0
        r = self.row
        if not (starts[r] <= offset and (r + 1 == len(starts) or offset < starts[r + 1])):
            lo, hi = 0, len(starts) - 1
            while lo < hi:
                mid = (lo + hi + 1) // 2
                if starts[mid] <= offset:
                    lo = mid
                else:
                    hi = mid - 1
            r = lo
            self.row = r
        return r + 1, offset - starts[r]

    def lines_between(self, first_row, last_row):
        return ''.join(self.lines[first_row - 1:last_row])


class _FString:
    # One f-string being read: its quote, whether it is raw, and the stack of what is open inside it
    # ('expr' for a replacement field's expression, with its bracket depth; 'spec' for a format spec).
    __slots__ = ('quote', 'raw', 'fields')

    def __init__(self, quote, raw):
        self.quote = quote
        self.raw = raw
        self.fields = []


def _tokens(lines):
    src = _Source(lines)
    text = src.text
    n = len(text)
    pos = 0
    indents = [0]
    depth = 0           # open brackets outside f-strings, plus inside the current replacement field
    brackets = []       # open bracket stack (for positions in errors)
    fstrings = []       # stack of _FString
    at_line_start = True
    continued = False   # the previous line ended with a backslash
    line_has_tokens = False

    def tok(type, string, start, end):
        r1, c1 = src.position(start)
        if end > start:
            r2, c2 = src.position(end - 1)
            c2 += 1
        else:
            r2, c2 = r1, c1
        return TokenInfo(type, string, (r1, c1), (r2, c2), src.lines_between(r1, r2))

    def line_of(offset):
        r, _ = src.position(offset)
        return src.lines[r - 1]

    while True:
        if not fstrings and at_line_start and not continued and depth == 0:
            # Measure the indentation of a new logical line.
            col = 0
            p = pos
            while p < n:
                c = text[p]
                if c == ' ':
                    col += 1
                elif c == '\t':
                    col = (col // 8 + 1) * 8
                elif c == '\f':
                    col = 0
                else:
                    break
                p += 1
            if p >= n:
                pos = p
                break
            c = text[p]
            if c == '#' or c == '\n' or c == '\r':
                # Blank or comment-only line: no indentation change.
                if c == '#':
                    e = p
                    while e < n and text[e] not in '\r\n':
                        e += 1
                    yield tok(COMMENT, text[p:e], p, e)
                    p = e
                if p >= n:
                    pos = p
                    break
                e = p + (2 if text.startswith('\r\n', p) else 1)
                yield tok(NL, text[p:e], p, e)
                pos = e
                continue
            if col > indents[-1]:
                indents.append(col)
                yield tok(INDENT, text[pos:p], pos, p)
            elif col < indents[-1]:
                r, c0 = src.position(p)
                if col not in indents:
                    bare = src.lines[r - 1].rstrip('\r\n')
                    raise IndentationError('unindent does not match any outer indentation level',
                                           ('<string>', r, len(bare) + 1, bare, None, None))
                while col < indents[-1]:
                    indents.pop()
                    yield TokenInfo(DEDENT, '', (r, c0), (r, c0), src.lines[r - 1])
            pos = p
            at_line_start = False
            line_has_tokens = False
        at_line_start = False
        continued = False

        if fstrings and fstrings[-1].fields == [] or (fstrings and fstrings[-1].fields[-1][0] == 'spec'):
            pos = yield from _fstring_literal(src, text, pos, fstrings, tok)
            continue

        if pos >= n:
            break
        c = text[pos]
        if c == ' ' or c == '\t' or c == '\f':
            pos += 1
            continue
        if c == '#':
            e = pos
            while e < n and text[e] not in '\r\n':
                e += 1
            yield tok(COMMENT, text[pos:e], pos, e)
            pos = e
            continue
        if c == '\n' or c == '\r':
            e = pos + (2 if text.startswith('\r\n', pos) else 1)
            if depth > 0 or fstrings:
                yield tok(NL, text[pos:e], pos, e)
            else:
                yield tok(NEWLINE, text[pos:e], pos, e)
            line_has_tokens = False
            pos = e
            at_line_start = True
            continue
        if c == '\\':
            if text.startswith('\\\n', pos) or text.startswith('\\\r\n', pos):
                pos += 2 if text[pos + 1] == '\n' else 3
                if pos >= n:
                    r, _ = src.position(pos - 1)
                    raise TokenError('unexpected EOF in multi-line statement', (r, len(src.lines[r - 1])))
                continued = True
                at_line_start = True
                continue
            r, c0 = src.position(pos)
            raise TokenError('unexpected character after line continuation character', (r, c0 + 1))
        line_has_tokens = True
        if _is_name_start(c):
            e = pos + 1
            while e < n and _is_name_char(text[e]):
                e += 1
            name = text[pos:e]
            if e < n and text[e] in '\'"' and _is_string_prefix(name):
                pos = yield from _string(src, text, pos, e, name, fstrings, tok)
                continue
            yield tok(NAME, name, pos, e)
            pos = e
            continue
        if c.isdigit() or (c == '.' and pos + 1 < n and text[pos + 1].isdigit()):
            m = _number_pattern().match(text, pos)
            e = m.end() if m else pos + 1
            _check_number_end(src, text, pos, e)
            yield tok(NUMBER, text[pos:e], pos, e)
            pos = e
            continue
        if c == '"' or c == "'":
            pos = yield from _string(src, text, pos, pos, '', fstrings, tok)
            continue
        # Operators, with what an open f-string replacement field makes of '!', ':', '}' and '='.
        field = fstrings[-1].fields[-1] if fstrings and fstrings[-1].fields else None
        if field is not None and field[1] == 0:
            if c == '}':
                yield tok(OP, '}', pos, pos + 1)
                pos += 1
                fstrings[-1].fields.pop()
                continue
            if c == ':':
                yield tok(OP, ':', pos, pos + 1)
                pos += 1
                fstrings[-1].fields.append(['spec', 0, pos, False])
                continue
            if c == '!' and not text.startswith('!=', pos):
                yield tok(OP, '!', pos, pos + 1)
                pos += 1
                continue
        op = _operator_at(text, pos) or c
        if op in '([{':
            depth += 1
            brackets.append(pos)
            if field is not None:
                field[1] += 1
        elif op in ')]}':
            if depth:
                depth -= 1
                brackets.pop()
            if field is not None and field[1] > 0:
                field[1] -= 1
        yield tok(OP, op, pos, pos + len(op))
        pos += len(op)

    # End of input.
    if fstrings:
        r, c0 = src.position(n)
        raise TokenError("f-string: expecting '}'", (r, c0))
    last = src.lines[-1] if src.lines else ''
    if last and not last.endswith(('\n', '\r')):
        # The input lacks its final newline: CPython's tokenizer supplies one.
        r = len(src.lines)
        kind = NEWLINE if line_has_tokens and depth == 0 else NL
        yield TokenInfo(kind, '', (r, len(last)), (r, len(last) + 1), last)
    if depth > 0:
        r = len(src.lines)
        raise TokenError('unexpected EOF in multi-line statement', (r, 0))
    end_row = len(src.lines) + 1 if src.lines else 1
    for _ in indents[1:]:
        yield TokenInfo(DEDENT, '', (end_row, 0), (end_row, 0), '')
    yield TokenInfo(ENDMARKER, '', (end_row, 0), (end_row, 0), '')


def _check_number_end(src, text, start, end):
    # The errors CPython's tokenizer reports for digits a literal cannot hold.
    number = text[start:end]
    nxt = text[end:end + 1]
    if not nxt.isdigit():
        return
    r, c0 = src.position(end)
    if number[:2].lower() == '0b':
        raise TokenError("invalid digit '%s' in binary literal" % nxt, (r, c0 + 1))
    if number[:2].lower() == '0o':
        raise TokenError("invalid digit '%s' in octal literal" % nxt, (r, c0 + 1))


def _string(src, text, start, qpos, prefix, fstrings, tok):
    # A string literal (or the start of an f-string) whose prefix starts at `start`, quote at qpos.
    n = len(text)
    q = text[qpos]
    triple = text.startswith(q * 3, qpos)
    quote = q * 3 if triple else q
    body = qpos + len(quote)
    if 'f' in prefix.lower():
        fstrings.append(_FString(quote, 'r' in prefix.lower()))
        yield tok(FSTRING_START, text[start:body], start, body)
        return body
    p = body
    while True:
        if p >= n:
            r, c0 = src.position(start)
            if triple:
                raise TokenError('EOF in multi-line string', (r, c0 + 1))
            raise TokenError('unterminated string literal (detected at line %d)' % len(src.lines), (r, c0 + 1))
        c = text[p]
        if c == '\\':
            p += 2
            continue
        if not triple and (c == '\n' or c == '\r'):
            r, c0 = src.position(start)
            if fstrings:
                raise TokenError("f-string: expecting '}'", (r, c0 + 1))
            raise TokenError('unterminated string literal (detected at line %d)' % r, (r, c0 + 1))
        if text.startswith(quote, p):
            p += len(quote)
            break
        p += 1
    yield tok(STRING, text[start:p], start, p)
    return p


def _fstring_literal(src, text, pos, fstrings, tok):
    # The literal part of the innermost f-string (its body, or a format spec): FSTRING_MIDDLE pieces
    # up to a replacement field, the end of the spec, or the closing quote. Returns the new offset.
    fs = fstrings[-1]
    in_spec = bool(fs.fields)
    n = len(text)
    piece = []
    piece_start = pos
    p = pos

    def middle(string, begin):
        r1, c1 = src.position(begin)
        r2, c2 = r1, c1
        for ch in string:
            if ch == '\n':
                r2, c2 = r2 + 1, 0
            else:
                c2 += 1
        return TokenInfo(FSTRING_MIDDLE, string, (r1, c1), (r2, c2), src.lines_between(r1, r2))

    while True:
        if p >= n:
            r, c0 = src.position(n)
            if len(fs.quote) == 3:
                raise TokenError('unterminated triple-quoted f-string literal (detected at line %d)'
                                 % len(src.lines), src.position(piece_start))
            raise TokenError("f-string: expecting '}'" if in_spec else
                             'unterminated f-string literal (detected at line %d)' % r, (r, c0))
        c = text[p]
        if not in_spec and text.startswith(fs.quote, p):
            if piece:
                yield middle(''.join(piece), piece_start)
            e = p + len(fs.quote)
            yield tok(FSTRING_END, fs.quote, p, e)
            fstrings.pop()
            return e
        if in_spec and text.startswith(fs.quote, p):
            r, c0 = src.position(p)
            raise TokenError("f-string: expecting '}'", (r, c0 + 1))
        if (c == '\n' or c == '\r') and len(fs.quote) == 1:
            r, c0 = src.position(piece_start)
            raise TokenError('unterminated f-string literal (detected at line %d)' % r, (r, c0))
        if c == '\\' and not fs.raw:
            if text.startswith('\\N{', p):
                # A named escape ends the piece (CPython's tokenizer splits there).
                e = text.find('}', p)
                e = n if e < 0 else e + 1
                piece.append(text[p:e])
                yield middle(''.join(piece), piece_start)
                piece = []
                p = piece_start = e
                continue
            if text[p + 1:p + 2] in ('{', '}'):
                piece.append('\\')   # the brace still opens or closes a field
                p += 1
                continue
            piece.append(text[p:p + 2])
            p += 2
            continue
        if c == '{':
            if not in_spec and text.startswith('{{', p):
                piece.append('{')
                yield middle(''.join(piece), piece_start)
                piece = []
                p += 2
                piece_start = p
                continue
            if piece:
                yield middle(''.join(piece), piece_start)
            yield tok(OP, '{', p, p + 1)
            fs.fields.append(['expr', 0])
            return p + 1
        if c == '}':
            if in_spec:
                yield middle(''.join(piece), piece_start)
                yield tok(OP, '}', p, p + 1)
                fs.fields.pop()   # the spec
                fs.fields.pop()   # the field it belongs to
                return p + 1
            if text.startswith('}}', p):
                piece.append('}')
                yield middle(''.join(piece), piece_start)
                piece = []
                p += 2
                piece_start = p
                continue
            yield middle(''.join(piece), piece_start)
            r, c0 = src.position(p)
            raise TokenError("f-string: single '}' is not allowed", (r, c0 + 1))
        piece.append(c)
        p += 1


def _read_lines(readline):
    lines = []
    while True:
        try:
            line = readline()
        except StopIteration:
            break
        if not line:
            break
        lines.append(line)
    return lines


def generate_tokens(readline):
    """Tokenize the str lines readline returns (no ENCODING token)."""
    lines = _read_lines(readline)
    for line in lines:
        if not isinstance(line, str):
            raise TypeError(f'readline() returned a non-string object')
    yield from _tokens(lines)


def tokenize(readline):
    """Tokenize the bytes lines readline returns: an ENCODING token first, then the tokens."""
    encoding, consumed = detect_encoding(readline)
    raw = b''.join(consumed + _read_lines(readline))
    if encoding == 'utf-8-sig':
        # The byte order mark is gone already (detect_encoding strips it from the first line).
        encoding = 'utf-8'
        raw = raw[3:] if raw[:3] == b'\xef\xbb\xbf' else raw
    yield TokenInfo(ENCODING, encoding, (0, 0), (0, 0), '')
    import codecs
    yield from _tokens(_split_lines(codecs.decode(raw, encoding)))


def _split_lines(text):
    # Lines ending in '\n', '\r\n' or '\r' (str.splitlines would also split at form feeds and others).
    lines = []
    start = 0
    n = len(text)
    i = 0
    while i < n:
        c = text[i]
        if c == '\n' or c == '\r':
            i += 2 if text.startswith('\r\n', i) else 1
            lines.append(text[start:i])
            start = i
        else:
            i += 1
    if start < n:
        lines.append(text[start:])
    return lines


def _generate_tokens_from_c_tokenizer(source, encoding=None, extra_tokens=False):
    raise NotImplementedError('tokenize._generate_tokens_from_c_tokenizer: Immortal has no C tokenizer')


# ---- untokenize ----

def _double_braces(text):
    return text.replace('{', '{{').replace('}', '}}')


class Untokenizer:
    """Turns a token sequence back into source text (see untokenize)."""

    def __init__(self):
        self.tokens = []
        self.prev_row = 1
        self.prev_col = 0
        self.prev_type = None
        self.prev_line = ''
        self.encoding = None

    def add_whitespace(self, start):
        # Move the output cursor to `start`: backslash continuations for rows, spaces for columns.
        row, col = start
        behind = (row, col) < (self.prev_row, self.prev_col)
        if behind:
            raise ValueError(f'start ({row},{col}) precedes previous end ({self.prev_row},{self.prev_col})')
        rows = row - self.prev_row
        if rows:
            self.tokens.append('\\\n' * rows)
            self.prev_col = 0
        spaces = col - self.prev_col
        if spaces > 0:
            self.tokens.append(' ' * spaces)

    def untokenize(self, iterable):
        it = iter(iterable)
        for first in it:
            if len(first) == 2:
                self.compat(first, it)
            else:
                self._full(first, it)
            break
        return ''.join(self.tokens)

    def _full(self, first, rest):
        # 5-tuples: positions say where each token goes.
        levels = []
        line_start = False
        out = self.tokens
        for kind, string, start, end, line in _chain_one(first, rest):
            if kind == ENDMARKER:
                return
            if kind == ENCODING:
                self.encoding = string
            elif kind == INDENT:
                levels.append(string)
            elif kind == DEDENT:
                levels.pop()
                self.prev_row, self.prev_col = end
            else:
                if kind == NEWLINE or kind == NL:
                    line_start = True
                elif line_start:
                    line_start = False
                    if levels and start[1] >= len(levels[-1]):
                        out.append(levels[-1])
                        self.prev_col = len(levels[-1])
                elif kind == FSTRING_MIDDLE:
                    doubled = _double_braces(string)
                    end = (end[0], end[1] + len(doubled) - len(string))
                    string = doubled
                self.add_whitespace(start)
                out.append(string)
                self.prev_row, self.prev_col = end
                if kind == NEWLINE or kind == NL:
                    self.prev_row, self.prev_col = end[0] + 1, 0
                self.prev_type, self.prev_line = kind, line

    def compat(self, token, iterable):
        # (type, string) pairs: no positions, so spacing is approximated from the token kinds.
        levels = []
        line_start = token[0] in (NEWLINE, NL)
        after_string = False
        out = self.tokens
        for item in _chain_one(token, iterable):
            kind, string = item[0], item[1]
            if kind == ENCODING:
                self.encoding = string
                continue
            if kind == INDENT:
                levels.append(string)
                continue
            if kind == DEDENT:
                levels.pop()
                continue
            if kind in (NAME, NUMBER):
                string += ' '
            elif kind == FSTRING_MIDDLE:
                string = _double_braces(string)
            elif kind == STRING and after_string:
                string = ' ' + string
            after_string = kind == STRING
            if kind in (NEWLINE, NL):
                line_start = True
            elif line_start:
                if levels:
                    out.append(levels[-1])
                line_start = False
            out.append(string)


def _chain_one(first, rest):
    yield first
    yield from rest


def untokenize(iterable):
    """Source text (bytes when the tokens start with ENCODING) that tokenizes back to the same tokens."""
    u = Untokenizer()
    text = u.untokenize(iterable)
    return text if u.encoding is None else text.encode(u.encoding)


# ---- command line: python -m tokenize [-e] [filename.py] ----

_USAGE = 'usage: python -m tokenize [-h] [-e] [filename.py]'


def main(args=None):
    argv = sys.argv[1:] if args is None else list(args)
    exact = False
    names = []
    for arg in argv:
        if arg in ('-h', '--help'):
            print(_USAGE)
            print('\npositional arguments:\n  filename.py  the file to tokenize; defaults to stdin\n')
            print('options:\n  -h, --help   show this help message and exit\n'
                  '  -e, --exact  display token names using the exact type')
            return
        if arg in ('-e', '--exact'):
            exact = True
        elif arg.startswith('-') and arg != '-':
            sys.stderr.write(f'{_USAGE}\npython -m tokenize: error: unrecognized arguments: {arg}\n')
            sys.exit(2)
        else:
            names.append(arg)
    if len(names) > 1:
        sys.stderr.write(f'{_USAGE}\npython -m tokenize: error: unrecognized arguments: {" ".join(names[1:])}\n')
        sys.exit(2)
    filename = names[0] if names else '<stdin>'

    def fail(message, where=None):
        prefix = f'{filename}:{where[0]}:{where[1]}: ' if where else (f'{filename}: ' if names else '')
        sys.stderr.write(f'{prefix}error: {message}\n')
        sys.exit(1)

    try:
        if names:
            import builtins
            with builtins.open(filename, 'rb') as f:
                found = list(tokenize(f.readline))
        else:
            found = list(generate_tokens(sys.stdin.readline))
    except IndentationError as err:
        fail(err.args[0], err.args[1][1:3])
    except TokenError as err:
        fail(err.args[0], err.args[1])
    except SyntaxError as err:
        fail(err)
    except OSError as err:
        filename = '<stdin>' if not names else filename
        names = []
        fail(err)
    except KeyboardInterrupt:
        print('interrupted\n')
        return
    for t in found:
        span = '%d,%d-%d,%d:' % (*t.start, *t.end)
        name = tok_name[t.exact_type if exact else t.type]
        print(f'{span:<20}{name:<15}{t.string!r:<15}')


if __name__ == '__main__':
    main()
