"""CSV parsing and writing: the engine under the csv module.

Written for Immortal from the documented interface and observed behaviour of CPython 3.12's _csv
(its C accelerator), including its error messages.
"""

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE, QUOTE_STRINGS, QUOTE_NOTNULL = range(6)

__doc__ = """CSV parsing and writing.

This module provides classes that assist in the reading and writing of Comma Separated Value (CSV)
files: reader() and writer() work on rows (lists of fields), following a dialect (a set of
formatting parameters: delimiter, quotechar, escapechar, doublequote, skipinitialspace,
lineterminator, quoting, strict) that can be named, registered and looked up.
"""


class Error(Exception):
    pass


Error.__module__ = "_csv"

_dialects = {}
_field_limit = 128 * 1024

_NO_VALUE = object()   # an attribute neither passed nor found on the dialect object
_PARAMS = ("delimiter", "doublequote", "escapechar", "lineterminator", "quotechar",
           "quoting", "skipinitialspace", "strict")


def _char(name, value, default, none_ok):
    if value is _NO_VALUE:
        return default
    if value is None and none_ok:
        return None
    if not isinstance(value, str):
        also = " or None" if none_ok else ""
        raise TypeError('"%s" must be string%s, not %.200s' % (name, also, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


def _flag(value, default):
    return default if value is _NO_VALUE else bool(value)


class _Param:
    """A read-only attribute kept in a slot of another name."""

    def __init__(self, slot, message):
        self._slot = slot
        self._message = message

    def __set_name__(self, owner, name):
        self._name = name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self._slot)

    def __set__(self, obj, value):
        raise AttributeError(self._message.replace("%s", self._name))

    def __delete__(self, obj):
        raise AttributeError(self._message.replace("%s", self._name))


class Dialect:
    """CSV dialect

The Dialect type records CSV parsing and generation options.
"""
    __immortal_tp_name__ = '_csv.Dialect'  # CPython's C type name, for messages
    __slots__ = ("_delimiter", "_doublequote", "_escapechar", "_lineterminator", "_quotechar",
                 "_quoting", "_skipinitialspace", "_strict")

    def __new__(cls, *args, **kwargs):
        if len(args) > 1 + len(_PARAMS):
            raise TypeError("Dialect() takes at most 9 arguments (%d given)" % len(args))
        given = dict.fromkeys(_PARAMS, _NO_VALUE)
        dialect = None
        for name, value in zip(("dialect",) + _PARAMS, args):
            if name == "dialect":
                dialect = value
            else:
                given[name] = value
        for name, value in kwargs.items():
            if name == "dialect":
                dialect = value
            elif name in given:
                given[name] = value
            else:
                raise TypeError("'%s' is an invalid keyword argument for this function" % name)
        if dialect is not None and isinstance(dialect, str):
            dialect = get_dialect(dialect)
        nothing_given = all(v is _NO_VALUE for v in given.values())
        # An existing Dialect used as is stays the same object.
        if type(dialect) is Dialect and cls is Dialect and nothing_given:
            return dialect
        if dialect is not None:
            for name in _PARAMS:
                if given[name] is _NO_VALUE:
                    try:
                        given[name] = getattr(dialect, name)
                    except Exception:
                        pass
        self = object.__new__(cls)
        self._delimiter = _char("delimiter", given["delimiter"], ",", False)
        self._doublequote = _flag(given["doublequote"], True)
        self._escapechar = _char("escapechar", given["escapechar"], None, True)
        term = given["lineterminator"]
        if term is _NO_VALUE:
            term = "\r\n"
        elif term is not None and not isinstance(term, str):
            raise TypeError('"lineterminator" must be a string')
        self._lineterminator = term
        qc = given["quotechar"]
        self._quotechar = _char("quotechar", qc, '"', True)
        q = given["quoting"]
        if q is _NO_VALUE:
            # An explicit quotechar=None without a quoting mode means "no quoting".
            q = QUOTE_NONE if qc is None else QUOTE_MINIMAL
        elif type(q) is not int:
            raise TypeError('"quoting" must be an integer')
        self._quoting = q
        self._skipinitialspace = _flag(given["skipinitialspace"], False)
        self._strict = _flag(given["strict"], False)
        if not 0 <= q <= QUOTE_NOTNULL:
            raise TypeError('bad "quoting" value')
        if q != QUOTE_NONE and self._quotechar is None:
            raise TypeError("quotechar must be set if quoting enabled")
        if term is None:
            raise TypeError("lineterminator must be set")
        return self


for _name in _PARAMS:
    setattr(Dialect, _name, _Param("_" + _name,
                                   "attribute '%s' of '_csv.Dialect' objects is not writable"))
    Dialect.__dict__[_name].__set_name__(Dialect, _name)
del _name
Dialect.__module__ = "_csv"


def _call_args(args, kwargs, names, min_count):
    # The argument checks of reader(), writer() and register_dialect(): (first, dialect, kwargs).
    if len(args) > 2:
        raise TypeError(" expected at most 2 arguments, got %d" % len(args))
    if len(args) < min_count:
        raise TypeError(" expected at least 1 argument, got %d" % len(args))
    return (args[0] if args else None), (args[1] if len(args) > 1 else None)


def _make_dialect(dialect, kwargs):
    if dialect is None:
        return Dialect(**kwargs)
    return Dialect(dialect, **kwargs)


# Parser states.
(_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD, _ESCAPE_IN_QUOTED_FIELD,
 _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL, _AFTER_ESCAPED_CRNL) = range(9)

_NEWLINE_IN_FIELD = ("new-line character seen in unquoted field - "
                     "do you need to open the file in universal-newline mode?")


class _Reader:
    __slots__ = ("_input", "_dialect", "_line_num", "_fields", "_field", "_field_len", "_state",
                 "_unquoted", "__weakref__")

    dialect = _Param("_dialect", "readonly attribute")
    line_num = _Param("_line_num", "readonly attribute")

    def __iter__(self):
        return self

    def _add(self, text):
        n = self._field_len + len(text)
        if n > _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        self._field.append(text)
        self._field_len = n

    def _save(self):
        text = "".join(self._field)
        if self._unquoted and self._dialect._quoting == QUOTE_NONNUMERIC and text:
            self._fields.append(float(text))
        else:
            self._fields.append(text)
        self._field = []
        self._field_len = 0
        self._unquoted = True

    def __next__(self):
        self._fields = []
        self._field = []
        self._field_len = 0
        self._state = _START_RECORD
        self._unquoted = True
        d = self._dialect
        while True:
            try:
                line = next(self._input)
            except StopIteration:
                if self._field_len != 0 or self._state == _IN_QUOTED_FIELD:
                    if d._strict:
                        raise Error("unexpected end of data") from None
                    self._save()
                    break
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %.200s "
                            "(the file should be opened in text mode)" % type(line).__name__)
            self._line_num += 1
            if not (self._state == _START_RECORD and self._simple_line(line, d)):
                self._parse_line(line, d)
            if self._state == _START_RECORD:
                break
        fields = self._fields
        self._fields = None
        return fields

    def _simple_line(self, line, d):
        # A whole record without quotes or escapes: split it at once. False when it needs the
        # character-by-character parser.
        if d._skipinitialspace or d._delimiter in "\r\n":
            return False
        if d._escapechar is not None and d._escapechar in line:
            return False
        if d._quoting != QUOTE_NONE and d._quotechar in line:
            return False
        end = len(line)
        for i, c in enumerate(line):
            if c == "\r" or c == "\n":
                end = i
                break
        body = line[:end]
        if body:
            for text in body.split(d._delimiter):
                self._add(text)
                self._save()
        if line[end:].strip("\r\n"):
            raise Error(_NEWLINE_IN_FIELD)
        return True

    def _parse_line(self, line, d):
        delim = d._delimiter
        quote = d._quotechar if d._quoting != QUOTE_NONE else None
        esc = d._escapechar
        n = len(line)
        i = 0
        state = self._state
        while i <= n:
            if i == n:
                c = ""       # end of the line
            else:
                c = line[i]
            i += 1
            if state == _START_RECORD:
                if not c:
                    break
                if c == "\n" or c == "\r":
                    state = _EAT_CRNL
                    continue
                state = _START_FIELD
            if state == _START_FIELD:
                if not c or c == "\n" or c == "\r":
                    self._save()
                    state = _START_RECORD if not c else _EAT_CRNL
                elif c == quote:
                    self._unquoted = False
                    state = _IN_QUOTED_FIELD
                elif c == esc:
                    # A field opening with an escape is never converted by QUOTE_NONNUMERIC.
                    self._unquoted = False
                    state = _ESCAPED_CHAR
                elif c == " " and d._skipinitialspace:
                    pass
                elif c == delim:
                    self._save()
                else:
                    self._add(c)
                    state = _IN_FIELD
                continue
            if state == _ESCAPED_CHAR:
                if c == "\n" or c == "\r":
                    self._add(c)
                    state = _AFTER_ESCAPED_CRNL
                    continue
                self._add(c or "\n")
                state = _IN_FIELD
                continue
            if state == _AFTER_ESCAPED_CRNL and not c:
                continue
            if state == _IN_FIELD or state == _AFTER_ESCAPED_CRNL:
                # After an escaped line break, ordinary characters leave the state as it is:
                # the end of that line does not end the record.
                if not c or c == "\n" or c == "\r":
                    self._save()
                    state = _START_RECORD if not c else _EAT_CRNL
                elif c == esc:
                    state = _ESCAPED_CHAR
                elif c == delim:
                    self._save()
                    state = _START_FIELD
                else:
                    # Take the run of ordinary characters at once.
                    j = i
                    while j < n:
                        x = line[j]
                        if x == delim or x == esc or x == "\n" or x == "\r":
                            break
                        j += 1
                    self._add(line[i - 1:j])
                    i = j
                continue
            if state == _IN_QUOTED_FIELD:
                if not c:
                    pass
                elif c == esc:
                    state = _ESCAPE_IN_QUOTED_FIELD
                elif c == quote:
                    state = _QUOTE_IN_QUOTED_FIELD if d._doublequote else _IN_FIELD
                else:
                    j = i
                    while j < n:
                        x = line[j]
                        if x == quote or x == esc:
                            break
                        j += 1
                    self._add(line[i - 1:j])
                    i = j
                continue
            if state == _ESCAPE_IN_QUOTED_FIELD:
                self._add(c or "\n")
                state = _IN_QUOTED_FIELD
                continue
            if state == _QUOTE_IN_QUOTED_FIELD:
                if c == quote:
                    self._add(c)
                    state = _IN_QUOTED_FIELD
                elif c == delim:
                    self._save()
                    state = _START_FIELD
                elif not c or c == "\n" or c == "\r":
                    self._save()
                    state = _START_RECORD if not c else _EAT_CRNL
                elif not d._strict:
                    self._add(c)
                    state = _IN_FIELD
                else:
                    raise Error("'%s' expected after '%s'" % (delim, quote))
                continue
            # _EAT_CRNL
            if not c:
                state = _START_RECORD
            elif c != "\n" and c != "\r":
                raise Error(_NEWLINE_IN_FIELD)
        self._state = state


_Reader.__name__ = _Reader.__qualname__ = "reader"
_Reader.__module__ = "_csv"


def _is_number(value):
    if isinstance(value, (int, float, complex)):
        return True
    kind = type(value)
    return (hasattr(kind, "__index__") or hasattr(kind, "__int__")
            or hasattr(kind, "__float__"))


class _Writer:
    __slots__ = ("_write", "_dialect", "_special", "__weakref__")

    dialect = _Param("_dialect", "readonly attribute")

    def writerow(self, *args, **kwargs):
        if kwargs:
            raise TypeError("writer.writerow() takes no keyword arguments")
        if len(args) != 1:
            raise TypeError("writer.writerow() takes exactly one argument (%d given)" % len(args))
        row = args[0]
        try:
            fields = iter(row)
        except TypeError:
            raise Error("iterable expected, not %.200s" % type(row).__name__) from None
        d = self._dialect
        mode = d._quoting
        parts = []
        count = 0
        for field in fields:
            if mode == QUOTE_ALL:
                quoted = True
            elif mode == QUOTE_NONNUMERIC:
                quoted = not _is_number(field)
            elif mode == QUOTE_STRINGS:
                quoted = isinstance(field, str)
            elif mode == QUOTE_NOTNULL:
                quoted = field is not None
            else:
                quoted = False
            if field is None:
                text = ""
            elif isinstance(field, str):
                text = field
            else:
                text = str(field)
            parts.append(self._field(text, quoted, False))
            count += 1
        if count == 1 and parts[0] == "":
            # A lone empty field would read back as an empty row.
            if mode == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            parts[0] = self._field("", True, True)
        return self._write(d._delimiter.join(parts) + d._lineterminator)

    def _field(self, text, quoted, quote_empty):
        d = self._dialect
        special = self._special
        if not any(c in special for c in text):
            if quoted or (quote_empty and not text):
                return d._quotechar + text + d._quotechar
            return text
        out = []
        none_mode = d._quoting == QUOTE_NONE
        for c in text:
            if c in special:
                escape = False
                if none_mode:
                    escape = True
                else:
                    if c == d._quotechar:
                        if d._doublequote:
                            out.append(c)
                        else:
                            escape = True
                    elif c == d._escapechar:
                        escape = True
                    if not escape:
                        quoted = True
                if escape:
                    if d._escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    out.append(d._escapechar)
            out.append(c)
        text = "".join(out)
        if quoted:
            return d._quotechar + text + d._quotechar
        return text

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)
        return None


_Writer.__name__ = _Writer.__qualname__ = "writer"
_Writer.__module__ = "_csv"


def reader(*args, **kwargs):
    """reader(iterable, dialect='excel', **fmtparams) -> iterator over the rows of iterable."""
    source, dialect = _call_args(args, kwargs, ("csvfile", "dialect"), 1)
    self = object.__new__(_Reader)
    self._input = iter(source)
    self._dialect = _make_dialect(dialect, kwargs)
    self._line_num = 0
    self._fields = None
    return self


def writer(*args, **kwargs):
    """writer(fileobj, dialect='excel', **fmtparams) -> object whose writerow() writes to fileobj."""
    target, dialect = _call_args(args, kwargs, ("fileobj", "dialect"), 1)
    self = object.__new__(_Writer)
    try:
        self._write = target.write
    except AttributeError:
        raise TypeError('argument 1 must have a "write" method') from None
    d = self._dialect = _make_dialect(dialect, kwargs)
    special = {d._delimiter}
    special.update(d._lineterminator)
    if d._quotechar is not None:
        special.add(d._quotechar)
    if d._escapechar is not None:
        special.add(d._escapechar)
    self._special = frozenset(special)
    return self


def register_dialect(*args, **kwargs):
    """register_dialect(name, dialect=None, **fmtparams): make a dialect known by name."""
    name, dialect = _call_args(args, kwargs, ("name", "dialect"), 1)
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _make_dialect(dialect, kwargs)


def unregister_dialect(name):
    """Forget the dialect registered as name."""
    try:
        del _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def get_dialect(name):
    """The Dialect registered as name."""
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    """The names of the registered dialects."""
    return list(_dialects)


def field_size_limit(*args, **kwargs):
    """field_size_limit([new_limit]) -> the old limit; sets the largest field the parser accepts."""
    global _field_limit
    if "new_limit" in kwargs:
        args = args + (kwargs.pop("new_limit"),)
    if kwargs:
        name = next(iter(kwargs))
        raise TypeError("'%s' is an invalid keyword argument for field_size_limit()" % name)
    if len(args) > 1:
        raise TypeError("field_size_limit() takes at most 1 argument (%d given)" % len(args))
    old = _field_limit
    if args:
        limit = args[0]
        if type(limit) is not int:
            raise TypeError("limit must be an integer")
        if not -(1 << 63) <= limit < (1 << 63):
            raise OverflowError("Python int too large to convert to C long")
        _field_limit = limit
    return old
