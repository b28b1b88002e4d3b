"""Text constants, capwords, the Formatter class and $-substitution Templates.

Immortal's own implementation of the documented behaviour of CPython 3.12's string module
(https://docs.python.org/3/library/string.html). Template scans its text by hand for the default
pattern; a subclass that changes the pattern pieces is compiled with re.
"""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords', 'digits', 'hexdigits',
           'octdigits', 'printable', 'punctuation', 'whitespace', 'Formatter', 'Template']

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = ascii_lowercase.upper()
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = digits[:8]
punctuation = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s on sep, capitalize each word, join with sep (a single space when sep is None)."""
    return (sep or ' ').join(word.capitalize() for word in s.split(sep))


# ---- Template --------------------------------------------------------------------------------------

_ID_START = frozenset('_' + ascii_letters)
_ID_REST = frozenset('_' + ascii_letters + digits)
_DEFAULT_IDPATTERN = r'(?a:[_a-z][_a-z0-9]*)'
_sentinel = object()


class _ReDefault:
    """A class attribute of Template that needs re (its compiled pattern, re.IGNORECASE): computed
    on first use and then stored in Template's dict, so that `import string` doesn't import re.
    CPython computes both at import time; subclasses compute theirs in __init_subclass__, as there."""

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, cls=None):
        global _default_compiled
        import re
        if self.name == 'flags':
            value = re.IGNORECASE
        else:
            # From the class's original attributes, as CPython compiles it when string is imported.
            value = _default_compiled = re.compile(_build_pattern('$', _DEFAULT_IDPATTERN, None),
                                                   re.IGNORECASE | re.VERBOSE)
        if Template.__dict__.get(self.name) is self:
            setattr(Template, self.name, value)
        return value


_default_compiled = None


def _build_pattern(delimiter, idpattern, braceidpattern):
    """The VERBOSE pattern made from a Template class's delimiter, idpattern and braceidpattern."""
    import re
    delim = re.escape(delimiter)
    bident = braceidpattern or idpattern
    return fr"""
            {delim}(?:
              (?P<escaped>{delim}) |
              (?P<named>{idpattern}) |
              {{(?P<braced>{bident})}} |
              (?P<invalid>)
            )
            """


class Template:
    """A string with $-placeholders: $$ is a literal $, $name and ${name} are substituted."""

    delimiter = '$'
    idpattern = _DEFAULT_IDPATTERN
    braceidpattern = None
    flags = _ReDefault()
    pattern = _ReDefault()

    def __init_subclass__(cls):
        super().__init_subclass__()
        import re
        if 'pattern' in cls.__dict__:
            pattern = cls.pattern
        else:
            pattern = _build_pattern(cls.delimiter, cls.idpattern, cls.braceidpattern)
        cls.pattern = re.compile(pattern, cls.flags | re.VERBOSE)

    def __init__(self, template):
        self.template = template

    def _scanned(self):
        """Whether the default pattern applies, which _pieces scans by hand (without importing re)."""
        if type(self) is not Template or 'pattern' in self.__dict__:
            return False
        p = Template.__dict__.get('pattern')
        return p is _default_compiled or isinstance(p, _ReDefault)

    def _pieces(self):
        """For the default pattern: yields (kind, start, end, name), kind 'text', 'escaped', 'named',
        'braced' or 'invalid', as the default pattern's matches would."""
        text = self.template
        n = len(text)
        pos = 0
        while True:
            i = text.find('$', pos)
            if i < 0:
                break
            if i > pos:
                yield 'text', pos, i, None
            j = i + 1
            if j < n and text[j] == '$':
                yield 'escaped', i, j + 1, '$'
                pos = j + 1
                continue
            if j < n and text[j] in _ID_START:
                k = j + 1
                while k < n and text[k] in _ID_REST:
                    k += 1
                yield 'named', i, k, text[j:k]
                pos = k
                continue
            if j < n and text[j] == '{' and j + 1 < n and text[j + 1] in _ID_START:
                k = j + 2
                while k < n and text[k] in _ID_REST:
                    k += 1
                if k < n and text[k] == '}':
                    yield 'braced', i, k + 1, text[j + 1:k]
                    pos = k + 1
                    continue
            yield 'invalid', i, i + 1, ''
            pos = i + 1
        if pos < n:
            yield 'text', pos, n, None

    def _invalid(self, i):
        """Raises the error for an ill-formed placeholder whose 'invalid' group starts at i."""
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno, lineno = 1, 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError(f'Invalid placeholder in string: line {lineno}, col {colno}')

    def _unrecognized(self):
        raise ValueError('Unrecognized named group in pattern', self.pattern)

    def _mapping(self, mapping, kws):
        if mapping is _sentinel:
            return kws
        if kws:
            return _Chain(kws, mapping)
        return mapping

    def substitute(self, mapping=_sentinel, /, **kws):
        mapping = self._mapping(mapping, kws)
        if not self._scanned():
            def convert(m):
                name = m.group('named') or m.group('braced')
                if name is not None:
                    return str(mapping[name])
                if m.group('escaped') is not None:
                    return self.delimiter
                if m.group('invalid') is not None:
                    self._invalid(m.start('invalid'))
                self._unrecognized()
            return self.pattern.sub(convert, self.template)
        out = []
        text = self.template
        for kind, start, end, name in self._pieces():
            if kind == 'text':
                out.append(text[start:end])
            elif kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'invalid':
                self._invalid(start + 1)
            else:
                out.append(str(mapping[name]))
        return ''.join(out)

    def safe_substitute(self, mapping=_sentinel, /, **kws):
        mapping = self._mapping(mapping, kws)
        if not self._scanned():
            def convert(m):
                name = m.group('named') or m.group('braced')
                if name is not None:
                    try:
                        return str(mapping[name])
                    except KeyError:
                        return m.group()
                if m.group('escaped') is not None:
                    return self.delimiter
                if m.group('invalid') is not None:
                    return m.group()
                self._unrecognized()
            return self.pattern.sub(convert, self.template)
        out = []
        text = self.template
        for kind, start, end, name in self._pieces():
            if kind == 'text' or kind == 'invalid':
                out.append(text[start:end])
            elif kind == 'escaped':
                out.append(self.delimiter)
            else:
                try:
                    out.append(str(mapping[name]))
                except KeyError:
                    out.append(text[start:end])
        return ''.join(out)

    def is_valid(self):
        if not self._scanned():
            for m in self.pattern.finditer(self.template):
                if m.group('invalid') is not None:
                    return False
                if m.group('named') is None and m.group('braced') is None and m.group('escaped') is None:
                    self._unrecognized()
            return True
        return all(kind != 'invalid' for kind, _s, _e, _n in self._pieces())

    def get_identifiers(self):
        ids = []
        if not self._scanned():
            for m in self.pattern.finditer(self.template):
                name = m.group('named') or m.group('braced')
                if name is not None:
                    if name not in ids:
                        ids.append(name)
                elif m.group('invalid') is None and m.group('escaped') is None:
                    self._unrecognized()
            return ids
        for kind, _s, _e, name in self._pieces():
            if kind in ('named', 'braced') and name not in ids:
                ids.append(name)
        return ids


class _Chain:
    """Looks a key up in the keyword arguments first, then in the mapping."""

    def __init__(self, first, second):
        self._first = first
        self._second = second

    def __getitem__(self, key):
        try:
            return self._first[key]
        except KeyError:
            return self._second[key]


# ---- Formatter -------------------------------------------------------------------------------------

def _parse_format(s):
    """Splits a format string into (literal, field_name, format_spec, conversion) tuples, as
    _string.formatter_parser does: each tuple holds the text up to the next brace (an escaped brace
    ends a piece and belongs to it) and the field that follows, if any."""
    n = len(s)
    i = 0
    while i < n:
        start = i
        while i < n and s[i] not in '{}':
            i += 1
        if i >= n:
            yield s[start:], None, None, None
            return
        c = s[i]
        i += 1
        if i < n and s[i] == c:
            # An escaped brace: the literal keeps one, and no field follows.
            yield s[start:i], None, None, None
            i += 1
            continue
        if c == '}':
            raise ValueError("Single '}' encountered in format string")
        if i >= n:
            raise ValueError("Single '{' encountered in format string")
        literal = s[start:i - 1]
        # The field name ends at '}', ':' or '!'; an index in brackets may hold any of them.
        name_start = i
        ended = False
        while i < n:
            c = s[i]
            i += 1
            if c == '{':
                raise ValueError("unexpected '{' in field name")
            if c == '[':
                while i < n and s[i] != ']':
                    i += 1
            elif c in '}:!':
                ended = True
                break
        if not ended:
            raise ValueError("expected '}' before end of string")
        name = s[name_start:i - 1]
        conversion = None
        spec = ''
        if c == '!':
            if i >= n:
                raise ValueError('end of string while looking for conversion specifier')
            conversion = s[i]
            i += 1
            if i < n:
                c = s[i]
                i += 1
                if c == '}':
                    yield literal, name, spec, conversion
                    continue
                if c != ':':
                    raise ValueError("expected ':' after conversion specifier")
        if c != '}':
            # The spec runs to the brace that balances the field's; nested fields stay in it.
            spec_start = i
            depth = 1
            while i < n:
                c = s[i]
                i += 1
                if c == '{':
                    depth += 1
                elif c == '}':
                    depth -= 1
                    if depth == 0:
                        break
            if depth:
                raise ValueError("unmatched '{' in format spec")
            spec = s[spec_start:i - 1]
        yield literal, name, spec, conversion


def _split_field_name(name):
    """'a.b[0]' -> ('a', [(True, 'b'), (False, 0)]): the first part, then attribute / index lookups."""
    i = 0
    n = len(name)
    while i < n and name[i] not in '.[':
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        if name[i] == '.':
            j = i + 1
            while j < n and name[j] not in '.[':
                j += 1
            if j == i + 1:
                raise ValueError('Empty attribute in format string')
            rest.append((True, name[i + 1:j]))
            i = j
        elif name[i] == '[':
            j = name.find(']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            if key == '':
                raise ValueError('Empty attribute in format string')
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
            if i < n and name[i] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, rest


_MIXED_NUMBERING = 'cannot switch from manual field specification to automatic field numbering'

# conversion letter -> function, tested in this order with ==
_CONVERSIONS = (('s', str), ('r', repr), ('a', ascii))


def _number_field(name, auto):
    # Numbering of one replacement field: auto is the next automatic number, or False once a field
    # was numbered by hand (CPython refuses to mix the two, in either order). Returns the name
    # to look up and the new auto.
    if name == '':
        if auto is False:
            raise ValueError(_MIXED_NUMBERING)
        return str(auto), auto + 1
    if name.isdigit():
        if auto:
            # (CPython's string.Formatter words this case like the one above.)
            raise ValueError(_MIXED_NUMBERING)
        return name, False
    return name, auto


class Formatter:
    """str.format as a class whose steps can be overridden: parse splits the text, get_field (with
    get_value) finds each value, convert_field applies !s/!r/!a, format_field formats it, and
    check_unused_args sees every argument a field used."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used = set()
        text, _next = self._vformat(format_string, args, kwargs, used, 2)
        self.check_unused_args(used, args, kwargs)
        return text

    def parse(self, format_string):
        # Lazy, as _string.formatter_parser is: a bad field raises when iteration reaches it.
        if not isinstance(format_string, str):
            raise TypeError(f'expected str, got {type(format_string).__name__}')
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            obj = getattr(obj, key) if is_attr else obj[key]
        return obj, first

    def get_value(self, key, args, kwargs):
        # an int indexes the positional arguments; anything else names a keyword argument
        return args[key] if isinstance(key, int) else kwargs[key]

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        for letter, convert in _CONVERSIONS:
            if conversion == letter:
                return convert(value)
        raise ValueError(f'Unknown conversion specifier {conversion!s}')

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def check_unused_args(self, used_args, args, kwargs):
        # accepts anything; override to complain about arguments no field used
        return None

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        # One level of formatting; a field's format spec is formatted one level down (two levels
        # of nesting are allowed). Returns (text, auto_arg_index) so that automatic numbering
        # carries on through nested specs.
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        pieces = []
        for literal, name, spec, conversion in self.parse(format_string):
            if literal:
                pieces.append(literal)
            if name is None:
                continue
            name, auto_arg_index = _number_field(name, auto_arg_index)
            value, key = self.get_field(name, args, kwargs)
            used_args.add(key)
            value = self.convert_field(value, conversion)
            spec, auto_arg_index = self._vformat(spec, args, kwargs, used_args, recursion_depth - 1,
                                                 auto_arg_index=auto_arg_index)
            pieces.append(self.format_field(value, spec))
        return ''.join(pieces), auto_arg_index
