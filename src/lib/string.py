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


_compiled = {}


class Template:
    """A string with $-placeholders: $$ is a literal $, $name and ${name} are substituted."""

    delimiter = '$'
    idpattern = _DEFAULT_IDPATTERN
    braceidpattern = None
    flags = None

    def __init__(self, template):
        self.template = template

    # The default delimiter and patterns are scanned by hand; anything else goes through re.
    @classmethod
    def _custom(cls):
        return (cls.delimiter != '$' or cls.idpattern != _DEFAULT_IDPATTERN
                or cls.braceidpattern is not None or cls.flags is not None
                or any('pattern' in k.__dict__ for k in cls.__mro__ if k is not Template))

    @classmethod
    def _regex(cls):
        if cls not in _compiled:
            import re
            pattern = None
            for k in cls.__mro__:
                if 'pattern' in k.__dict__:
                    pattern = k.__dict__['pattern']
                    break
            flags = re.IGNORECASE if cls.flags is None else cls.flags
            if pattern is None:
                delim = re.escape(cls.delimiter)
                ident = cls.idpattern
                bident = cls.braceidpattern or cls.idpattern
                pattern = (f'{delim}(?:(?P<escaped>{delim})|(?P<named>{ident})|'
                           f'{{(?P<braced>{bident})}}|(?P<invalid>))')
                _compiled[cls] = re.compile(pattern, flags | re.VERBOSE)
            elif isinstance(pattern, str):
                _compiled[cls] = re.compile(pattern, flags | re.VERBOSE)
            else:
                _compiled[cls] = pattern
        return _compiled[cls]

    def _pieces(self):
        """Yields (kind, start, end, name): kind is 'text', 'escaped', 'named', 'braced' or 'invalid'."""
        text = self.template
        if self._custom():
            pos = 0
            for m in self._regex().finditer(text):
                if m.start() > pos:
                    yield 'text', pos, m.start(), None
                for kind in ('escaped', 'named', 'braced', 'invalid'):
                    value = m.group(kind)
                    if value is not None:
                        yield kind, m.start(), m.end(), value
                        break
                else:
                    raise ValueError('Unrecognized named group in pattern', self._regex().pattern)
                pos = m.end()
            if pos < len(text):
                yield 'text', pos, len(text), None
            return
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

    def _invalid(self, start):
        lines = self.template[:start].splitlines(keepends=True)
        if not lines:
            colno, lineno = 1, 1
        else:
            colno = start - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError(f'Invalid placeholder in string: line {lineno}, col {colno}')

    def _mapping(self, mapping, kws):
        if mapping is _sentinel:
            return kws
        if kws:
            return _Chain(kws, mapping)
        return mapping

    def substitute(self, mapping=_sentinel, /, **kws):
        mapping = self._mapping(mapping, kws)
        out = []
        text = self.template
        for kind, start, end, name in self._pieces():
            if kind == 'text':
                out.append(text[start:end])
            elif kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'invalid':
                self._invalid(start + len(self.delimiter))
            else:
                out.append(str(mapping[name]))
        return ''.join(out)

    def safe_substitute(self, mapping=_sentinel, /, **kws):
        mapping = self._mapping(mapping, kws)
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
        return all(kind != 'invalid' for kind, _s, _e, _n in self._pieces())

    def get_identifiers(self):
        ids = []
        for kind, start, _e, name in self._pieces():
            if kind in ('named', 'braced') and name not in ids:
                ids.append(name)
            elif kind == 'invalid' and self._custom():
                raise ValueError('Unrecognized named group in pattern', self._regex().pattern)
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
    """Splits a format string into (literal, field_name, format_spec, conversion) tuples."""
    n = len(s)
    i = 0
    literal = []
    while i < n:
        c = s[i]
        if c == '}':
            if i + 1 < n and s[i + 1] == '}':
                # An escaped brace ends the literal piece (as _string.formatter_parser does).
                yield ''.join(literal) + '}', None, None, None
                literal = []
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        if c != '{':
            literal.append(c)
            i += 1
            continue
        if i + 1 < n and s[i + 1] == '{':
            yield ''.join(literal) + '{', None, None, None
            literal = []
            i += 2
            continue
        # A replacement field: find its closing brace (nested braces belong to the spec; the character
        # after '!' is the conversion, whatever it is).
        depth = 1
        j = i + 1
        in_spec = False
        bracket = False
        while j < n:
            c = s[j]
            if not in_spec and c == '[':
                bracket = True
            elif not in_spec and c == ']':
                bracket = False
            elif not in_spec and not bracket and c == '!':
                if j + 1 >= n:
                    raise ValueError('end of string while looking for conversion specifier')
                in_spec = True
                j += 2
                if j < n and s[j] not in ':}':
                    raise ValueError("expected ':' after conversion specifier")
                continue
            elif not in_spec and not bracket and c == ':':
                in_spec = True
            elif c == '{':
                depth += 1
            elif c == '}':
                depth -= 1
                if depth == 0:
                    break
            j += 1
        if j >= n:
            if i + 1 >= n:
                raise ValueError("Single '{' encountered in format string")
            if in_spec:
                raise ValueError("unmatched '{' in format spec")
            raise ValueError("expected '}' before end of string")
        field = s[i + 1:j]
        k = 0
        while k < len(field) and field[k] not in '!:':
            if field[k] == '[':
                while k < len(field) and field[k] != ']':
                    k += 1
            k += 1
        name = field[:k]
        conversion = None
        spec = ''
        rest = field[k:]
        if rest.startswith('!'):
            if len(rest) < 2:
                raise ValueError('end of string while looking for conversion specifier')
            conversion = rest[1]
            rest = rest[2:]
            if rest and rest[0] != ':':
                raise ValueError("expected ':' after conversion specifier")
        if rest.startswith(':'):
            spec = rest[1:]
        yield ''.join(literal), name, spec, conversion
        literal = []
        i = j + 1
    if literal:
        yield ''.join(literal), None, None, None


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


class Formatter:
    """str.format as a class whose steps (parse, get_field, format_field ...) can be overridden."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field specification to automatic field numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from automatic field numbering to manual field specification')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(format_spec, args, kwargs, used_args,
                                                        recursion_depth - 1, auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError(f'Unknown conversion specifier {conversion!s}')

    def parse(self, format_string):
        return list(_parse_format(format_string))

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            obj = getattr(obj, key) if is_attr else obj[key]
        return obj, first
