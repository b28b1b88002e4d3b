"""The TOML 1.0 parser behind tomllib (stands for CPython 3.12's tomllib/_parser.py and _re.py).

One _Reader walks the source (CRLF already turned into LF) with an index; each method consumes one
grammar rule and leaves the index after it. Errors are raised at the index CPython's parser reports,
so every TOMLDecodeError message, coordinates included, is the same.
Tables are checked against a tree of _Mark nodes keyed like the document: `declared` marks a table
that a [header], [[header]] or dotted key made (it cannot be declared again), `sealed` marks an
inline table or array (nothing below it may change). Dotted-key containers are only marked declared
when the next header starts (pending), so later dotted keys of the same table may extend them."""

import datetime as _dt
import re

__all__ = ['TOMLDecodeError', 'load', 'loads']


class TOMLDecodeError(ValueError):
    """The document is not valid TOML."""


def load(fp, /, *, parse_float=float):
    """Parse the TOML document in a file opened in binary mode."""
    data = fp.read()
    try:
        text = data.decode()
    except AttributeError:
        raise TypeError("File must be opened in binary mode, e.g. use `open('foo.toml', 'rb')`") from None
    return loads(text, parse_float=parse_float)


def loads(s, /, *, parse_float=float):
    """Parse a TOML document held in a str."""
    src = s.replace('\r\n', '\n')
    if parse_float is not float:
        parse_float = _checked_float(parse_float)
    return _Reader(src, parse_float).document()


def _checked_float(user_float):
    # A parse_float that returns a dict or a list would be taken for a table or an array.
    def parse(text):
        value = user_float(text)
        if isinstance(value, (dict, list)):
            raise ValueError('parse_float must not return dicts or lists')
        return value
    return parse


# Character classes of the grammar.
_SPACE = ' \t'
_SPACE_NL = ' \t\n'
_BARE = frozenset('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')
_HEX = frozenset('0123456789abcdefABCDEF')
_CONTROL = frozenset([chr(c) for c in range(0x20)] + ['\x7f'])
_BAD_IN_LINE = _CONTROL - {'\t'}            # one-line strings, literal strings, comments
_BAD_IN_BLOCK = _CONTROL - {'\t', '\n'}     # multi-line strings
_ESCAPES = {'b': '\b', 't': '\t', 'n': '\n', 'f': '\f', 'r': '\r', '"': '"', '\\': '\\'}

# Scalars that are not strings. A number runs greedily (dates are tried first), then the caller
# decides whether what follows may follow a value.
_TIME = r'([01]\d|2[0-3]):([0-5]\d):([0-5]\d)(?:\.(\d{1,6})\d*)?'
_DATETIME_RE = re.compile(
    r'(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])'
    r'(?:[Tt ]' + _TIME + r'(?:([Zz])|([+-])([01]\d|2[0-3]):([0-5]\d))?)?', re.ASCII)
_TIME_RE = re.compile(_TIME, re.ASCII)
_NUMBER_RE = re.compile(
    r'0x[0-9A-Fa-f](?:_?[0-9A-Fa-f])*|0b[01](?:_?[01])*|0o[0-7](?:_?[0-7])*'
    r'|[+-]?(?:0|[1-9](?:_?\d)*)((?:\.\d(?:_?\d)*)?(?:[eE][+-]?\d(?:_?\d)*)?)', re.ASCII)
_SPECIAL_FLOATS = ('inf', 'nan', '+inf', '+nan', '-inf', '-nan')
_zones = {}


def _zone(sign, hours, minutes):
    key = (sign, hours, minutes)
    zone = _zones.get(key)
    if zone is None:
        delta = _dt.timedelta(hours=int(hours), minutes=int(minutes))
        zone = _zones[key] = _dt.timezone(-delta if sign == '-' else delta)
    return zone


def _micros(digits):
    return int(digits.ljust(6, '0')) if digits else 0


class _Mark:
    __slots__ = ('children', 'declared', 'sealed')

    def __init__(self):
        self.children = {}
        self.declared = False
        self.sealed = False


class _Marks:
    """The declared/sealed tree of one document (or of one inline table)."""

    def __init__(self):
        self.root = _Mark()

    def _find(self, key):
        node = self.root
        for part in key:
            node = node.children.get(part)
            if node is None:
                return None
        return node

    def _make(self, key):
        node = self.root
        for part in key:
            child = node.children.get(part)
            if child is None:
                child = node.children[part] = _Mark()
            node = child
        return node

    def declared(self, key):
        node = self._find(key) if key else None
        return node is not None and node.declared

    def sealed(self, key):
        # A sealed table seals everything below it.
        node = self.root
        for part in key:
            node = node.children.get(part)
            if node is None:
                return False
            if node.sealed:
                return True
        return False

    def declare(self, key):
        self._make(key).declared = True

    def seal(self, key):
        self._make(key).sealed = True

    def forget(self, key):
        # A new [[array]] element: its subtree starts fresh.
        parent = self._find(key[:-1])
        if parent is not None:
            parent.children.pop(key[-1], None)


class _NotATable(Exception):
    pass


def _descend(root, key, into_arrays=True):
    """The dict at key below root, creating empty tables on the way (the last element of an array
    of tables stands for the array)."""
    table = root
    for part in key:
        if part not in table:
            table[part] = {}
        table = table[part]
        if into_arrays and isinstance(table, list):
            table = table[-1]
        if not isinstance(table, dict):
            raise _NotATable
    return table


class _Reader:
    def __init__(self, src, parse_float):
        self.src = src
        self.i = 0
        self.parse_float = parse_float

    # -- errors and small helpers

    def error(self, message, at=None):
        src = self.src
        at = self.i if at is None else at
        if at >= len(src):
            where = 'end of document'
        else:
            line_start = src.rfind('\n', 0, at) + 1
            line = src.count('\n', 0, at) + 1
            where = f'line {line}, column {at - line_start + 1}'
        return TOMLDecodeError(f'{message} (at {where})')

    def peek(self, offset=0):
        j = self.i + offset
        return self.src[j] if j < len(self.src) else ''

    def skip(self, chars):
        src, i, n = self.src, self.i, len(self.src)
        while i < n and src[i] in chars:
            i += 1
        self.i = i

    def scan_to(self, end, forbidden, eof_is_error):
        """The index of the next `end`, checking the characters passed over."""
        src, start = self.src, self.i
        stop = src.find(end, start)
        if stop < 0:
            stop = len(src)
            if eof_is_error:
                raise self.error(f'Expected {end!r}', stop)
        for j in range(start, stop):
            if src[j] in forbidden:
                raise self.error(f'Found invalid character {src[j]!r}', j)
        return stop

    def skip_comment(self):
        if self.peek() == '#':
            self.i += 1
            self.i = self.scan_to('\n', _BAD_IN_LINE, False)

    def skip_blank(self):
        # Inside arrays: spaces, newlines and comments in any number.
        while True:
            before = self.i
            self.skip(_SPACE_NL)
            self.skip_comment()
            if self.i == before:
                return

    # -- the document

    def document(self):
        self.data = {}
        self.marks = _Marks()
        self.pending = []
        table = ()
        src = self.src
        while True:
            self.skip(_SPACE)
            c = self.peek()
            if not c:
                break
            if c == '\n':
                self.i += 1
                continue
            if c in _BARE or c == '"' or c == "'":
                self.assignment(table)
                self.skip(_SPACE)
            elif c == '[':
                for key in self.pending:
                    self.marks.declare(key)
                self.pending.clear()
                table = self.array_header() if self.peek(1) == '[' else self.table_header()
                self.skip(_SPACE)
            elif c != '#':
                raise self.error('Invalid statement')
            self.skip_comment()
            c = self.peek()
            if not c:
                break
            if c != '\n':
                raise self.error('Expected newline or end of document after a statement')
            self.i += 1
        return self.data

    def table_header(self):
        self.i += 1
        self.skip(_SPACE)
        key = self.key()
        marks = self.marks
        if marks.declared(key) or marks.sealed(key):
            raise self.error(f'Cannot declare {key} twice')
        marks.declare(key)
        try:
            _descend(self.data, key)
        except _NotATable:
            raise self.error('Cannot overwrite a value') from None
        if self.peek() != ']':
            raise self.error("Expected ']' at the end of a table declaration")
        self.i += 1
        return key

    def array_header(self):
        self.i += 2
        self.skip(_SPACE)
        key = self.key()
        marks = self.marks
        if marks.sealed(key):
            raise self.error(f'Cannot mutate immutable namespace {key}')
        marks.forget(key)
        marks.declare(key)
        try:
            parent = _descend(self.data, key[:-1])
            last = key[-1]
            if last not in parent:
                parent[last] = [{}]
            elif isinstance(parent[last], list):
                parent[last].append({})
            else:
                raise _NotATable
        except _NotATable:
            raise self.error('Cannot overwrite a value') from None
        if not self.src.startswith(']]', self.i):
            raise self.error("Expected ']]' at the end of an array declaration")
        self.i += 2
        return key

    def assignment(self, table):
        key, value = self.key_value()
        marks = self.marks
        for n in range(1, len(key)):
            container = table + key[:n]
            if marks.declared(container):
                raise self.error(f'Cannot redefine namespace {container}')
            self.pending.append(container)
        parent = table + key[:-1]
        if marks.sealed(parent):
            raise self.error(f'Cannot mutate immutable namespace {parent}')
        try:
            target = _descend(self.data, parent)
        except _NotATable:
            raise self.error('Cannot overwrite a value') from None
        name = key[-1]
        if name in target:
            raise self.error('Cannot overwrite a value')
        if isinstance(value, (dict, list)):
            marks.seal(table + key)
        target[name] = value

    # -- keys

    def key_value(self):
        key = self.key()
        if self.peek() != '=':
            raise self.error("Expected '=' after a key in a key/value pair")
        self.i += 1
        self.skip(_SPACE)
        return key, self.value()

    def key(self):
        parts = [self.key_part()]
        self.skip(_SPACE)
        while self.peek() == '.':
            self.i += 1
            self.skip(_SPACE)
            parts.append(self.key_part())
            self.skip(_SPACE)
        return tuple(parts)

    def key_part(self):
        c = self.peek()
        if c and c in _BARE:
            src, start = self.src, self.i
            self.skip(_BARE)
            return src[start:self.i]
        if c == "'":
            return self.literal_string()
        if c == '"':
            self.i += 1
            return self.basic_string(False)
        raise self.error('Invalid initial character for a key part')

    # -- values

    def value(self):
        src, i = self.src, self.i
        c = self.peek()
        if c == '"':
            if src.startswith('"""', i):
                return self.block_string(False)
            self.i += 1
            return self.basic_string(False)
        if c == "'":
            if src.startswith("'''", i):
                return self.block_string(True)
            return self.literal_string()
        if c == 't' and src.startswith('true', i):
            self.i += 4
            return True
        if c == 'f' and src.startswith('false', i):
            self.i += 5
            return False
        if c == '[':
            return self.array()
        if c == '{':
            return self.inline_table()
        m = _DATETIME_RE.match(src, i)
        if m:
            try:
                result = self.datetime(m)
            except ValueError as exc:
                raise self.error('Invalid date or datetime') from exc
            self.i = m.end()
            return result
        m = _TIME_RE.match(src, i)
        if m:
            self.i = m.end()
            hh, mm, ss, frac = m.groups()
            return _dt.time(int(hh), int(mm), int(ss), _micros(frac))
        m = _NUMBER_RE.match(src, i)
        if m:
            self.i = m.end()
            text = m.group()
            return self.parse_float(text) if m.group(1) else int(text, 0)
        for word in _SPECIAL_FLOATS:
            if src.startswith(word, i):
                self.i += len(word)
                return self.parse_float(word)
        raise self.error('Invalid value')

    @staticmethod
    def datetime(m):
        year, month, day, hh, mm, ss, frac, zulu, sign, off_h, off_m = m.groups()
        if hh is None:
            return _dt.date(int(year), int(month), int(day))
        if sign:
            zone = _zone(sign, off_h, off_m)
        else:
            zone = _dt.timezone.utc if zulu else None
        return _dt.datetime(int(year), int(month), int(day), int(hh), int(mm), int(ss),
                            _micros(frac), tzinfo=zone)

    def array(self):
        self.i += 1
        items = []
        self.skip_blank()
        if self.peek() == ']':
            self.i += 1
            return items
        while True:
            items.append(self.value())
            self.skip_blank()
            c = self.peek()
            if c == ']':
                self.i += 1
                return items
            if c != ',':
                raise self.error('Unclosed array')
            self.i += 1
            self.skip_blank()
            if self.peek() == ']':
                self.i += 1
                return items

    def inline_table(self):
        self.i += 1
        result = {}
        marks = _Marks()
        self.skip(_SPACE)
        if self.peek() == '}':
            self.i += 1
            return result
        while True:
            key, value = self.key_value()
            if marks.sealed(key):
                raise self.error(f'Cannot mutate immutable namespace {key}')
            try:
                target = _descend(result, key[:-1], into_arrays=False)
            except _NotATable:
                raise self.error('Cannot overwrite a value') from None
            name = key[-1]
            if name in target:
                raise self.error(f'Duplicate inline table key {name!r}')
            target[name] = value
            self.skip(_SPACE)
            c = self.peek()
            if c == '}':
                self.i += 1
                return result
            if c != ',':
                raise self.error('Unclosed inline table')
            if isinstance(value, (dict, list)):
                marks.seal(key)
            self.i += 1
            self.skip(_SPACE)

    # -- strings

    def literal_string(self):
        self.i += 1
        start = self.i
        stop = self.scan_to("'", _BAD_IN_LINE, True)
        self.i = stop + 1
        return self.src[start:stop]

    def block_string(self, literal):
        self.i += 3
        if self.peek() == '\n':
            self.i += 1
        if literal:
            quote = "'"
            stop = self.scan_to("'''", _BAD_IN_BLOCK, True)
            text = self.src[self.i:stop]
            self.i = stop + 3
        else:
            quote = '"'
            text = self.basic_string(True)
        # Up to two quotes right before the closing three belong to the string.
        for _ in range(2):
            if self.peek() != quote:
                break
            self.i += 1
            text += quote
        return text

    def basic_string(self, multiline):
        src = self.src
        forbidden = _BAD_IN_BLOCK if multiline else _BAD_IN_LINE
        pieces = []
        start = i = self.i
        n = len(src)
        while True:
            if i >= n:
                raise self.error('Unterminated string', i)
            c = src[i]
            if c == '"':
                if not multiline:
                    pieces.append(src[start:i])
                    self.i = i + 1
                    return ''.join(pieces)
                if src.startswith('"""', i):
                    pieces.append(src[start:i])
                    self.i = i + 3
                    return ''.join(pieces)
                i += 1
            elif c == '\\':
                pieces.append(src[start:i])
                self.i = i
                pieces.append(self.escape(multiline))
                start = i = self.i
            elif c in forbidden:
                raise self.error(f'Illegal character {c!r}', i)
            else:
                i += 1

    def escape(self, multiline):
        # self.i is at the backslash; leaves it after the escape.
        src = self.src
        kind = src[self.i + 1:self.i + 2]
        self.i += 2
        if multiline and kind and kind in _SPACE_NL:
            if kind != '\n':
                # A line-ending backslash may have spaces after it, but nothing else.
                self.skip(_SPACE)
                c = self.peek()
                if not c:
                    return ''
                if c != '\n':
                    raise self.error("Unescaped '\\' in a string")
                self.i += 1
            self.skip(_SPACE_NL)
            return ''
        if kind == 'u':
            return self.hex_char(4)
        if kind == 'U':
            return self.hex_char(8)
        try:
            return _ESCAPES[kind]
        except KeyError:
            raise self.error("Unescaped '\\' in a string") from None

    def hex_char(self, width):
        digits = self.src[self.i:self.i + width]
        if len(digits) != width or not _HEX.issuperset(digits):
            raise self.error('Invalid hex value')
        self.i += width
        code = int(digits, 16)
        if 0xD800 <= code <= 0xDFFF or code > 0x10FFFF:
            raise self.error('Escaped character is not a Unicode scalar value')
        return chr(code)
