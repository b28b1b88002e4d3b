"""Regular expressions with Python's syntax and semantics (Immortal's own implementation of the re
module's documented behaviour). Patterns are parsed, compiled and matched by the native _sre module
(src/modules/_sre.ts and src/modules/re/), which also runs the findall/finditer/sub/split loops and
creates the Match objects (a native type that re.Match extends). This file holds Pattern, the pattern
cache, replacement-template parsing, the flags (RegexFlag, an enum.IntFlag as in CPython), escape() and
Scanner; re.DEBUG's printout comes from _debug.py, imported only when that flag is used."""

import _sre
import enum
import sys as _sys

__all__ = [
    'match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall', 'finditer', 'compile', 'purge',
    'template', 'escape', 'error', 'Pattern', 'Match', 'A', 'I', 'L', 'M', 'S', 'X', 'U', 'ASCII',
    'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL', 'VERBOSE', 'UNICODE', 'NOFLAG', 'RegexFlag',
]

__version__ = '2.2.1'


class RegexFlag(enum.IntFlag, boundary=enum.KEEP):
    """The flags of re: an enum.IntFlag whose members are also the module's globals (re.I ...)."""
    NOFLAG = 0
    ASCII = A = 256        # ASCII-only \w, \d, \s ... (str patterns match Unicode by default)
    IGNORECASE = I = 2
    LOCALE = L = 4
    UNICODE = U = 32
    MULTILINE = M = 8
    DOTALL = S = 16
    VERBOSE = X = 64
    TEMPLATE = T = 1       # deprecated, undocumented
    DEBUG = 128            # print the parsed pattern and its program when compiling
    __str__ = object.__str__
    _numeric_repr_ = hex


# global_enum: reprs like re.IGNORECASE|re.MULTILINE, and the members become module globals.
RegexFlag = enum.global_enum(RegexFlag)

# Names in the order Pattern.__repr__ lists them.
_REPR_FLAGS = [
    ('re.TEMPLATE', 1), ('re.IGNORECASE', 2), ('re.LOCALE', 4), ('re.MULTILINE', 8), ('re.DOTALL', 16),
    ('re.UNICODE', 32), ('re.VERBOSE', 64), ('re.DEBUG', 128), ('re.ASCII', 256),
]


class error(Exception):
    """A pattern that can't be compiled (or a bad replacement template).

    msg is the bare message, pattern the pattern, pos the index in it (or None), and lineno/colno
    the line and column of pos."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            text = '%s at position %d' % (msg, pos)
            nl = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = pattern.count(nl, 0, pos) + 1
            self.colno = pos - pattern.rfind(nl, 0, pos)
            if nl in pattern:
                text = '%s (line %d, column %d)' % (text, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
            text = msg
        super().__init__(text)


error.__module__ = 're'

try:
    _mappingproxy = type(type.__dict__)
except Exception:  # pragma: no cover
    _mappingproxy = dict


def _subject(string):
    """The object the engine reads: str and bytes as they are, other bytes-like objects copied."""
    if isinstance(string, (str, bytes)):
        return string
    try:
        return bytes(string) if isinstance(string, (bytearray,)) else bytes(memoryview(string))
    except (TypeError, NameError):
        raise TypeError("expected string or bytes-like object, got %r" % type(string).__name__) from None


class _Attr:
    """A read-only attribute of Pattern or Match with CPython's errors on assignment and deletion:
    'readonly attribute' for its members (Pattern.pattern), 'attribute ... is not writable' for its
    getters (Pattern.groupindex). The private names hold the values."""

    __slots__ = ('fget', 'message')

    def __init__(self, fget, message):
        self.fget = fget
        self.message = message

    def __get__(self, obj, cls=None):
        return self if obj is None else self.fget(obj)

    def __set__(self, obj, value):
        raise AttributeError(self.message)

    def __delete__(self, obj):
        raise AttributeError(self.message)


def _no_subclass(name):
    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '%s' is not an acceptable base type" % name)
    return classmethod(__init_subclass__)


def _public_dir(self):
    # dir() without the private names of this implementation (CPython's types have none).
    return [n for n in object.__dir__(self) if not n.startswith('_') or n.startswith('__')]


class Pattern:
    """A compiled regular expression (re.compile's result)."""
    __immortal_tp_name__ = 're.Pattern'  # CPython's C type name, for messages

    __slots__ = ('_pattern', '_flags', '_groups', '_groupindex', '_handle', '_ptype', '__weakref__')

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    __init_subclass__ = _no_subclass('re.Pattern')
    __dir__ = _public_dir

    pattern = _Attr(lambda self: self._pattern, 'readonly attribute')
    flags = _Attr(lambda self: self._flags, 'readonly attribute')
    groups = _Attr(lambda self: self._groups, 'readonly attribute')

    def _get_groupindex(self):
        # A view of the names when there are some; a new empty dict when there are none.
        return _mappingproxy(self._groupindex) if self._groupindex else {}

    groupindex = _Attr(_get_groupindex, "attribute 'groupindex' of 're.Pattern' objects is not writable")
    del _get_groupindex

    def __sizeof__(self):
        # CPython's struct and the 4-byte words of its sre program, whose length _debug computes (the
        # program our engine runs is another one).
        from . import _debug
        return object.__sizeof__(self) + 4 * _debug.codesize(self._pattern, self._flags)

    def match(self, string, pos=0, endpos=_sys.maxsize):
        """Match at the start of string[pos:endpos] (None if no match)."""
        m = _sre.match(self._handle, self._pattern, self._flags, self, string, string, pos, endpos, 0, Match)
        if m is NotImplemented:
            m = _sre.match(self._handle, self._pattern, self._flags, self, string, _subject(string), pos, endpos,
                           0, Match)
        return m

    def fullmatch(self, string, pos=0, endpos=_sys.maxsize):
        """Match the whole of string[pos:endpos] (None if no match)."""
        m = _sre.match(self._handle, self._pattern, self._flags, self, string, string, pos, endpos, 1, Match)
        if m is NotImplemented:
            m = _sre.match(self._handle, self._pattern, self._flags, self, string, _subject(string), pos, endpos,
                           1, Match)
        return m

    def search(self, string, pos=0, endpos=_sys.maxsize):
        """The first match anywhere in string[pos:endpos] (None if no match)."""
        m = _sre.match(self._handle, self._pattern, self._flags, self, string, string, pos, endpos, 2, Match)
        if m is NotImplemented:
            m = _sre.match(self._handle, self._pattern, self._flags, self, string, _subject(string), pos, endpos,
                           2, Match)
        return m

    def finditer(self, string, pos=0, endpos=_sys.maxsize):
        """An iterator over all non-overlapping matches, as Match objects."""
        return _finditer(self, string, _subject(string), pos, endpos)

    def findall(self, string, pos=0, endpos=_sys.maxsize):
        """All non-overlapping matches: strings if the pattern has no groups or one, else tuples."""
        return _sre.findall(self._handle, self._pattern, self._flags, _subject(string), pos, endpos)

    def split(self, string, maxsplit=0):
        """Split string by the occurrences of the pattern; groups in the pattern are kept."""
        return _sre.split(self._handle, self._pattern, self._flags, _subject(string), maxsplit)

    def _subx(self, repl, string, count):
        subj = _subject(string)
        if not callable(repl):
            tmpl = _compile_template(self, repl)
            if isinstance(tmpl[0], str) == isinstance(subj, str):
                return _sre.subx(self._handle, self._pattern, self._flags, subj, tmpl, count)
            # Mismatched types: the join below raises CPython's "sequence item N" error.
            lit = repl if len(tmpl) == 1 else None
            repl = (lambda m: lit) if lit is not None else (lambda m: _expand(m, tmpl))
        pieces, n = _sre.subcall(self._handle, self._pattern, self._flags, self, string, subj, repl, count, Match)
        return subj[:0].join(pieces), n

    def sub(self, repl, string, count=0):
        """string with the matches replaced by repl (a template or a function of the Match)."""
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        """(new string, number of replacements made)."""
        return self._subx(repl, string, count)

    def scanner(self, string, pos=0, endpos=_sys.maxsize):
        """An object whose match()/search() return the successive matches (None once one fails)."""
        return _Scanner(self, string, pos, endpos)

    def __repr__(self):
        flags = self._flags
        if isinstance(self._pattern, str):
            flags &= ~32
        r = repr(self._pattern)[:200]
        if not flags:
            return 're.compile(%s)' % r
        names = []
        for n, v in _REPR_FLAGS:
            if flags & v:
                names.append(n)
                flags &= ~v
        if flags:
            names.append(hex(flags))
        return 're.compile(%s, %s)' % (r, '|'.join(names))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self._flags == other._flags and type(self._pattern) is type(other._pattern)
                and self._pattern == other._pattern)

    def __hash__(self):
        return hash((self._pattern, self._flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (compile, (self._pattern, self._flags))

    __class_getitem__ = classmethod(type(list[int]))


Pattern.__module__ = 're'


def _new_pattern(pattern, flags):
    r = _sre.compile(pattern, flags)
    if len(r) < 5:
        if len(r) == 3:
            _warn(r[2])
        raise error(r[0], pattern if r[1] is not None else None, r[1])
    p = object.__new__(Pattern)
    p._handle, p._flags, p._groups, p._groupindex, warns = r
    p._pattern = pattern
    if warns:
        _warn(warns)
    return p


def _warn(messages):
    import warnings
    for msg in messages:
        # stacklevel 5: the caller of re.compile / re.match / ... (through _compile and _new_pattern).
        warnings.warn(msg, FutureWarning, stacklevel=5)


class Match(_sre.Match):
    """The result of a successful match (spans, groups and groupdict are answered by the native base)."""
    __immortal_tp_name__ = 're.Match'  # CPython's C type name, for messages

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Match' instances")

    __init_subclass__ = _no_subclass('re.Match')

    def _get_lastgroup(self):
        li = self.lastindex
        if li is None:
            return None
        for name, i in self.re._groupindex.items():
            if i == li:
                return name
        return None

    lastgroup = _Attr(_get_lastgroup, "attribute 'lastgroup' of 're.Match' objects is not writable")
    del _get_lastgroup
    __dir__ = _public_dir

    def expand(self, template):
        """template with its group references filled in from this match."""
        return _expand(self, _compile_template(self.re, template))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    __class_getitem__ = classmethod(type(list[int]))


Match.__module__ = 're'


class _Scanner:
    # What Pattern.scanner returns (CPython's SRE_Scanner): each call starts where the last match
    # ended, an empty match forbids another empty one at the same place, a failure ends it.
    __slots__ = ('pattern', '_string', '_subj', '_pos', '_endpos', '_start', '_must')

    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        self._subj = _subject(string)
        n = len(self._subj)
        pos = pos.__index__()
        endpos = endpos.__index__()
        self._pos = min(max(pos, 0), n)
        self._endpos = min(max(endpos, 0), n)
        self._start = self._pos
        self._must = 0

    def _next(self, mode):
        if self._start < 0:
            return None
        p = self.pattern
        m = _sre.match(p._handle, p._pattern, p._flags, p, self._string, self._subj, self._pos, self._endpos, mode,
                       Match, self._start, self._must)
        if m is None:
            self._start = -1
        else:
            s, e = m.span()
            self._must = 1 if e == s else 0
            self._start = e
        return m

    def match(self):
        return self._next(0)

    def search(self):
        return self._next(2)


class _FindIter:
    # finditer's state: called for the next match (None at the end), so that finditer can return
    # iter(state, None), a callable_iterator as CPython's is. The matches are found in batches
    # (small first, so an early break costs little).
    __slots__ = ('pattern', 'string', 'subj', 'pos', 'endpos', 'start', 'must', 'batch', 'ms', 'i')

    def __init__(self, pattern, string, subj, pos, endpos):
        self.pattern = pattern
        self.string = string
        self.subj = subj
        self.pos = pos
        self.endpos = endpos
        self.start = -1
        self.must = 0
        self.batch = 16
        self.ms = ()
        self.i = 0

    def __call__(self):
        i = self.i
        ms = self.ms
        if i < len(ms):
            self.i = i + 1
            return ms[i]
        if self.batch == 0:
            return None
        p = self.pattern
        batch = self.batch
        ms = self.ms = _sre.matches(p._handle, p._pattern, p._flags, p, self.string, self.subj, self.pos,
                                    self.endpos, self.start, self.must, batch, Match)
        if len(ms) < batch:
            self.batch = 0          # the last batch
            if not ms:
                self.string = self.subj = None
                return None
        else:
            s, self.start = ms[-1].span()
            self.must = 1 if s == self.start else 0
            if batch < 4096:
                self.batch = batch * 4
        self.i = 1
        return ms[0]


def _finditer(pattern, string, subj, pos, endpos):
    return iter(_FindIter(pattern, string, subj, pos, endpos), None)


# Replacement templates: a list alternating literal pieces (str/bytes) and group numbers (ints),
# starting and ending with a literal.
_template_cache = {}


def _compile_template(pattern, repl):
    key = (pattern._handle, type(repl), repl if isinstance(repl, (str, bytes)) else bytes(repl))
    t = _template_cache.get(key)
    if t is not None:
        return t
    t = _parse_template(pattern, repl)
    if len(_template_cache) >= 512:
        _template_cache.clear()
    _template_cache[key] = t
    return t


_ESCAPE_CHARS = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v', '\\': '\\'}
_OCT = '01234567'
_DIG = '0123456789'


def _parse_template(pattern, repl):
    if isinstance(repl, str):
        text = repl
        is_text = True
    else:
        try:
            text = bytes(memoryview(repl)).decode('latin-1')
        except TypeError:
            raise TypeError('decoding to str: need a bytes-like object, %s found' % type(repl).__name__) from None
        is_text = False
    # A template of the other type than the pattern is parsed as its own type; joining its pieces
    # with the subject's then fails as CPython's does (Pattern._subx, Match.expand).
    if '\\' not in text:
        return [repl if isinstance(repl, (str, bytes)) else bytes(repl)]
    parts = []
    lit = []
    n = len(text)
    i = 0

    def err(msg, at):
        if not is_text:
            msg = msg.encode('ascii', 'backslashreplace').decode('ascii')
        return error(msg, repl, at)

    def flush():
        s = ''.join(lit)
        parts.append(s if is_text else s.encode('latin-1'))
        lit.clear()

    def group(index, at):
        if index > pattern._groups:
            raise err('invalid group reference %d' % index, at)
        flush()
        parts.append(index)

    while i < n:
        c = text[i]
        if c != '\\':
            lit.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise err('bad escape (end of pattern)', n - 1)
        c = text[i + 1]
        start = i
        i += 2
        if c == 'g':
            if i >= n or text[i] != '<':
                raise err('missing <', i)
            j = text.find('>', i + 1)
            if j < 0:
                name = text[i + 1:]
                if not name:
                    raise err('missing group name', n)
                raise err('missing >, unterminated name', i + 1)
            name = text[i + 1:j]
            if not name:
                raise err('missing group name', i + 1)
            if name.isdecimal() and name.isascii():
                index = int(name)
                if index >= _sre.MAXGROUPS:
                    raise err('invalid group reference %d' % index, i + 1)
            else:
                if not name.isidentifier() or (not is_text and not name.isascii()):
                    raise err('bad character in group name %s' % (repr(name) if is_text else ascii(name)), i + 1)
                index = pattern._groupindex.get(name)
                if index is None:
                    raise IndexError('unknown group name %r' % name)
            i = j + 1
            group(index, j - len(name))
        elif c == '0':
            k = i
            while k < n and k < i + 2 and text[k] in _OCT:
                k += 1
            lit.append(chr(int(text[i - 1:k], 8) & 0xff))
            i = k
        elif c in _DIG:
            if i < n and text[i] in _DIG:
                if c in _OCT and text[i] in _OCT and i + 1 < n and text[i + 1] in _OCT:
                    v = int(text[i - 1:i + 2], 8)
                    if v > 0o377:
                        raise err('octal escape value %s outside of range 0-0o377' % text[start:i + 2], start)
                    lit.append(chr(v))
                    i += 2
                    continue
                i += 1
            group(int(text[start + 1:i]), start + 1)
        elif c in _ESCAPE_CHARS:
            lit.append(_ESCAPE_CHARS[c])
        elif ('a' <= c <= 'z') or ('A' <= c <= 'Z'):
            raise err('bad escape \\%s' % c, start)
        else:
            lit.append('\\' + c)
    flush()
    return parts


def _expand(m, tmpl):
    if len(tmpl) == 1:
        return tmpl[0]
    out = []
    for k, piece in enumerate(tmpl):
        if k & 1:
            v = m.group(piece)
            if v is not None:
                out.append(v)
        elif piece or k == 0:
            out.append(piece)
    return tmpl[0][:0].join(out)


# Module-level functions, with a cache of compiled patterns.
_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = flags.value
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is not None:
        return p
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError('first argument must be string or compiled pattern')
    if flags & TEMPLATE:       # (a RegexFlag operand: its TypeError for bad flags is CPython's)
        import warnings
        warnings.warn("The re.TEMPLATE/re.T flag is deprecated as it is an undocumented flag without an "
                      "obvious purpose. Don't use it.", DeprecationWarning)
    p = _new_pattern(pattern, flags)
    if flags & 128:
        # print the parse tree and the program as CPython does; such patterns are not cached
        from . import _debug
        _debug.dump(pattern, flags)
        return p
    if len(_cache) >= _MAXCACHE:
        try:
            del _cache[next(iter(_cache))]
        except (StopIteration, RuntimeError, KeyError):
            pass
    _cache[key] = p
    return p


def compile(pattern, flags=0):
    """Compile a pattern into a Pattern object."""
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    """Match the pattern at the start of string; a Match or None."""
    p = _cache.get((type(pattern), pattern, flags))
    return (p or _compile(pattern, flags)).match(string)


def fullmatch(pattern, string, flags=0):
    """Match the pattern against all of string; a Match or None."""
    p = _cache.get((type(pattern), pattern, flags))
    return (p or _compile(pattern, flags)).fullmatch(string)


def search(pattern, string, flags=0):
    """The first match of the pattern anywhere in string; a Match or None."""
    p = _cache.get((type(pattern), pattern, flags))
    return (p or _compile(pattern, flags)).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """string with the (first count) matches of pattern replaced by repl."""
    p = _cache.get((type(pattern), pattern, flags))
    return (p or _compile(pattern, flags)).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """(new string, number of substitutions) as sub() computes them."""
    p = _cache.get((type(pattern), pattern, flags))
    return (p or _compile(pattern, flags)).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """string split by the occurrences of pattern (groups included in the result)."""
    p = _cache.get((type(pattern), pattern, flags))
    return (p or _compile(pattern, flags)).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """All non-overlapping matches of pattern in string."""
    p = _cache.get((type(pattern), pattern, flags))
    return (p or _compile(pattern, flags)).findall(string)


def finditer(pattern, string, flags=0):
    """An iterator of Match objects over the non-overlapping matches."""
    p = _cache.get((type(pattern), pattern, flags))
    return (p or _compile(pattern, flags)).finditer(string)


def purge():
    """Clear the pattern and template caches."""
    _cache.clear()
    _template_cache.clear()


def template(pattern, flags=0):
    """Compile a pattern with the TEMPLATE flag (deprecated: use compile())."""
    import warnings
    warnings.warn('The re.template() function is deprecated as it is an undocumented function without '
                  'an obvious purpose. Use re.compile() instead.', DeprecationWarning)
    with warnings.catch_warnings():
        warnings.simplefilter('ignore', DeprecationWarning)  # the flag's own warning: once is enough
        return _compile(pattern, flags | TEMPLATE)


# Each special character maps to itself backslashed (a str.translate table).
_SPECIAL = {ord(c): '\\' + c for c in '()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}


def escape(pattern):
    """pattern with every character that is special in a regular expression backslashed."""
    if isinstance(pattern, str):
        return pattern.translate(_SPECIAL)
    # Any other bytes-like object, through latin-1 (whose errors are CPython's: str(3, 'latin1')).
    return str(pattern, 'latin1').translate(_SPECIAL).encode('latin1')


class Scanner:
    """An undocumented helper of CPython's re: scan(string) splits string into tokens with a lexicon
    of (pattern, action) pairs tried in order; an action is a callable (called with the scanner and
    the token text, its result kept), a value (kept as it is) or None (the token is dropped).
    The phrases run as one pattern of alternatives, each inside a group of its own."""

    def __init__(self, lexicon, flags=0):
        if isinstance(flags, RegexFlag):
            flags = flags.value
        self.lexicon = lexicon
        parts = []
        self._phrase_of = {}
        gid = 1
        for k, (phrase, action) in enumerate(lexicon):
            self._phrase_of[gid] = k
            parts.append('(' + phrase + ')' if isinstance(phrase, str) else b'(' + phrase + b')')
            gid += 1 + _compile(phrase, flags).groups
        joined = '|'.join(parts) if not parts or isinstance(parts[0], str) else b'|'.join(parts)
        self.scanner = _compile(joined, flags)

    def scan(self, string):
        # Tokens from the start of string for as long as a phrase matches (a match that does not
        # advance also stops it). Returns (the values kept, the text left unscanned).
        kept = []
        next_match = self.scanner.scanner(string).match
        pos = 0
        m = next_match()
        while m and m.end() != pos:
            action = self.lexicon[self._phrase_of[m.lastindex]][1]
            if callable(action):
                self.match = m      # for the action to look at
                value = action(self, m.group())
            else:
                value = action
            if value is not None:
                kept.append(value)
            pos = m.end()
            m = next_match()
        return kept, string[pos:]
