"""Message catalogs for internationalization (Immortal's own implementation of CPython 3.12's gettext).

The GNU gettext model: programs mark strings with _(), translations live in binary .mo catalogs
under localedir/<language>/LC_MESSAGES/<domain>.mo, and the language list comes from the
LANGUAGE, LC_ALL, LC_MESSAGES and LANG environment variables. The class-based API (translation(),
NullTranslations, GNUTranslations, install()) and the global domain API (textdomain(),
bindtextdomain(), gettext(), ngettext(), ...) are both here; c2py() compiles a catalog's
Plural-Forms expression.
"""

import os
import re
import sys

__all__ = [
    'NullTranslations', 'GNUTranslations', 'Catalog', 'bindtextdomain', 'find', 'translation',
    'install', 'textdomain', 'dgettext', 'dngettext', 'gettext', 'ngettext', 'pgettext',
    'dpgettext', 'npgettext', 'dnpgettext',
]

_default_localedir = os.path.join(sys.base_prefix, 'share', 'locale')


# ---------------------------------------------------------------------------------------------
# Plural-Forms expressions: a small C expression language over the variable n.

_PLURAL_TOKEN_PATTERN = (r"""
    (?P<space>[ \t]+)
  | (?P<number>[0-9]+\b)
  | (?P<name>n\b)
  | (?P<paren>[()])
  | (?P<op>\|\||&&|==|[<>!]=?|[-+*/%?:])
  | (?P<bad>\w+|.)
""")
_plural_token = None  # compiled on first use (keeps import cheap)

_MAX_NESTING = 20

# Binary operators by binding strength (weakest first); all associate to the left.
_BINARY_LEVELS = (
    ('||',),
    ('&&',),
    ('==', '!='),
    ('<', '>', '<=', '>='),
    ('+', '-'),
    ('*', '/', '%'),
)


def _binary(op, left, right):
    # Python's own operators, as C's appear in catalogs: && and || keep Python's value semantics.
    if op == '||':
        return lambda n: left(n) or right(n)
    if op == '&&':
        return lambda n: left(n) and right(n)
    table = {
        '==': lambda a, b: a == b, '!=': lambda a, b: a != b,
        '<': lambda a, b: a < b, '>': lambda a, b: a > b,
        '<=': lambda a, b: a <= b, '>=': lambda a, b: a >= b,
        '+': lambda a, b: a + b, '-': lambda a, b: a - b,
        '*': lambda a, b: a * b, '/': lambda a, b: a // b, '%': lambda a, b: a % b,
    }
    apply = table[op]
    return lambda n: apply(left(n), right(n))


class _PluralParser:

    def __init__(self, text):
        global _plural_token
        if _plural_token is None:
            _plural_token = re.compile(_PLURAL_TOKEN_PATTERN, re.VERBOSE | re.DOTALL)
        self.tokens = []
        for m in _plural_token.finditer(text):
            kind = m.lastgroup
            if kind == 'space':
                continue
            if kind == 'bad':
                raise ValueError('invalid token in plural form: %s' % m.group())
            self.tokens.append(m.group())
        self.pos = 0
        self.depth = 0

    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else ''

    def take(self):
        tok = self.peek()
        if not tok:
            raise ValueError('unexpected end of plural form')
        self.pos += 1
        return tok

    def whole(self):
        node = self.conditional()
        if self.peek():
            raise ValueError('unexpected token in plural form: %s' % self.peek())
        return node

    def conditional(self):
        test = self.binary(0)
        if self.peek() != '?':
            return test
        self.take()
        if_true = self.conditional()
        if self.take() != ':':
            raise ValueError('unexpected token in plural form: %s' % self.tokens[self.pos - 1])
        if_false = self.conditional()
        return lambda n: if_true(n) if test(n) else if_false(n)

    def binary(self, level):
        if level == len(_BINARY_LEVELS):
            return self.unary()
        node = self.binary(level + 1)
        while self.peek() in _BINARY_LEVELS[level]:
            op = self.take()
            node = _binary(op, node, self.binary(level + 1))
        return node

    def unary(self):
        tok = self.take()
        if tok == '!':
            operand = self.unary()
            return lambda n: not operand(n)
        if tok == '(':
            self.depth += 1
            if self.depth > _MAX_NESTING:
                raise ValueError('plural form expression is too complex')
            inner = self.conditional()
            if self.peek() != ')':
                if not self.peek():
                    raise ValueError('unbalanced parenthesis in plural form')
                raise ValueError('unexpected token in plural form: %s' % self.peek())
            self.take()
            self.depth -= 1
            return inner
        if tok == 'n':
            return lambda n: n
        if tok.isdigit():
            value = int(tok)
            return lambda n: value
        raise ValueError('unexpected token in plural form: %s' % tok)


def _as_int(n):
    try:
        round(n)
    except TypeError:
        raise TypeError('Plural value must be an integer, got %s'
                        % (n.__class__.__name__,)) from None
    import warnings
    warnings.warn('Plural value must be an integer, got %s' % (n.__class__.__name__,),
                  DeprecationWarning, 3)
    return n


def c2py(plural):
    """Compiles a C Plural-Forms expression into a function of n returning the form's index."""
    if len(plural) > 1000:
        raise ValueError('plural form expression is too long')
    evaluate = _PluralParser(plural).whole()

    def func(n):
        if not isinstance(n, int):
            n = _as_int(n)
        return int(evaluate(n))
    return func


# ---------------------------------------------------------------------------------------------
# Locating catalogs

def _expand_lang(loc):
    """Every variant of a locale name to look for, most specific first."""
    try:
        import locale
        loc = locale.normalize(loc)
    except (ImportError, AttributeError):
        pass  # without the locale module, names are used as given (no alias expansion)
    rest, at, modifier = loc.partition('@')
    modifier = at + modifier
    rest, dot, codeset = rest.partition('.')
    codeset = dot + codeset
    language, underscore, territory = rest.partition('_')
    territory = underscore + territory
    # All combinations of the optional parts that are present, longest first: bit 0 codeset,
    # bit 1 territory, bit 2 modifier.
    present = (1 if codeset else 0) | (2 if territory else 0) | (4 if modifier else 0)
    variants = []
    for combo in range(present, -1, -1):
        if combo & ~present:
            continue
        variants.append(language + (territory if combo & 2 else '') +
                        (codeset if combo & 1 else '') + (modifier if combo & 4 else ''))
    return variants


def find(domain, localedir=None, languages=None, all=False):
    """The .mo file for domain (or, with all=True, the list of every matching one)."""
    if localedir is None:
        localedir = _default_localedir
    if languages is None:
        languages = []
        for variable in ('LANGUAGE', 'LC_ALL', 'LC_MESSAGES', 'LANG'):
            value = os.environ.get(variable)
            if value:
                languages = value.split(':')
                break
        if 'C' not in languages:
            languages.append('C')
    candidates = []
    for lang in languages:
        for variant in _expand_lang(lang):
            if variant not in candidates:
                candidates.append(variant)
    found = []
    for lang in candidates:
        if lang == 'C':
            break
        path = os.path.join(localedir, lang, 'LC_MESSAGES', '%s.mo' % domain)
        if os.path.exists(path):
            if not all:
                return path
            found.append(path)
    return found if all else None


# ---------------------------------------------------------------------------------------------
# Translation classes

def _pass_on(translations, method, args, untranslated):
    # Asks the fallback, when there is one, for what this catalog does not have.
    if translations._fallback:
        return getattr(translations._fallback, method)(*args)
    return untranslated


class NullTranslations:
    """Translates nothing; passes requests to a fallback when one was added."""

    def __init__(self, fp=None):
        self._info, self._charset, self._fallback = {}, None, None
        if fp is not None:
            self._parse(fp)

    def _parse(self, fp):
        """Reads a catalog from fp; this class has none to read."""

    def add_fallback(self, fallback):
        """Appends fallback to the end of the chain of fallbacks."""
        if not self._fallback:
            self._fallback = fallback
            return
        self._fallback.add_fallback(fallback)

    def gettext(self, message):
        return _pass_on(self, 'gettext', (message,), message)

    def ngettext(self, msgid1, msgid2, n):
        return _pass_on(self, 'ngettext', (msgid1, msgid2, n), msgid1 if n == 1 else msgid2)

    def pgettext(self, context, message):
        return _pass_on(self, 'pgettext', (context, message), message)

    def npgettext(self, context, msgid1, msgid2, n):
        return _pass_on(self, 'npgettext', (context, msgid1, msgid2, n),
                             msgid1 if n == 1 else msgid2)

    def info(self):
        return self._info

    def charset(self):
        return self._charset

    def install(self, names=None):
        """Makes self.gettext the builtin _ (and, by name, gettext/ngettext/pgettext/npgettext)."""
        import builtins
        builtins.__dict__['_'] = self.gettext
        if names is not None:
            for name in {'gettext', 'ngettext', 'pgettext', 'npgettext'} & set(names):
                builtins.__dict__[name] = getattr(self, name)


class GNUTranslations(NullTranslations):
    """Translations read from a GNU .mo catalog (either byte order)."""

    LE_MAGIC = 0x950412de
    BE_MAGIC = 0xde120495
    CONTEXT = '%s\x04%s'
    VERSIONS = (0, 1)

    def _get_versions(self, version):
        return (version >> 16, version & 0xffff)

    def _parse(self, fp):
        import struct
        filename = getattr(fp, 'name', '')
        self._catalog = catalog = {}
        self.plural = lambda n: int(n != 1)
        data = fp.read()
        size = len(data)
        (magic,) = struct.unpack('<I', data[:4])
        if magic == self.LE_MAGIC:
            order = '<'
        elif magic == self.BE_MAGIC:
            order = '>'
        else:
            raise OSError(0, 'Bad magic number', filename)
        version, count, originals, translations = struct.unpack(order + '4I', data[4:20])
        major, _minor = self._get_versions(version)
        if major not in self.VERSIONS:
            raise OSError(0, 'Bad version number ' + str(major), filename)
        pair = order + 'II'
        for _index in range(count):
            o_len, o_off = struct.unpack(pair, data[originals:originals + 8])
            t_len, t_off = struct.unpack(pair, data[translations:translations + 8])
            originals += 8
            translations += 8
            if not (o_off + o_len < size and t_off + t_len < size):
                raise OSError(0, 'File is corrupt', filename)
            original = data[o_off:o_off + o_len]
            translated = data[t_off:t_off + t_len]
            if o_len == 0:
                self._read_header(translated)
            charset = self._charset or 'ascii'
            if b'\x00' in original:
                singular, _plural = original.split(b'\x00')
                key = str(singular, charset)
                for i, form in enumerate(translated.split(b'\x00')):
                    catalog[(key, i)] = str(form, charset)
            else:
                catalog[str(original, charset)] = str(translated, charset)

    def _read_header(self, header):
        # The metadata entry: 'Key: value' lines, continuation lines appended to the last key.
        last = None
        for raw in header.split(b'\n'):
            line = raw.decode().strip()
            if not line:
                continue
            if line.startswith('#-#-#-#-#') and line.endswith('#-#-#-#-#'):
                continue  # a separator left by msgcat
            if ':' not in line:
                if last:
                    self._info[last] += '\n' + line
                continue
            key, value = line.split(':', 1)
            key = key.strip().lower()
            value = value.strip()
            self._info[key] = value
            last = key
            if key == 'content-type':
                self._charset = value.split('charset=')[1]
            elif key == 'plural-forms':
                expression = value.split(';')[1].split('plural=')[1]
                self.plural = c2py(expression)

    def _lookup(self, key):
        # A singular entry, or else form plural(1) of a plural entry.
        found = self._catalog.get(key)
        if found is None:
            found = self._catalog.get((key, self.plural(1)))
        return found

    def gettext(self, message):
        found = self._lookup(message)
        return _pass_on(self, 'gettext', (message,), message) if found is None else found

    def ngettext(self, msgid1, msgid2, n):
        found = self._catalog.get((msgid1, self.plural(n)))
        if found is None:
            return _pass_on(self, 'ngettext', (msgid1, msgid2, n), msgid1 if n == 1 else msgid2)
        return found

    def pgettext(self, context, message):
        found = self._lookup(self.CONTEXT % (context, message))
        if found is None:
            return _pass_on(self, 'pgettext', (context, message), message)
        return found

    def npgettext(self, context, msgid1, msgid2, n):
        found = self._catalog.get((self.CONTEXT % (context, msgid1), self.plural(n)))
        if found is None:
            return _pass_on(self, 'npgettext', (context, msgid1, msgid2, n),
                                 msgid1 if n == 1 else msgid2)
        return found


# ---------------------------------------------------------------------------------------------
# Opening catalogs

_translations = {}


def translation(domain, localedir=None, languages=None, class_=None, fallback=False):
    """The translations for domain: the first catalog found, the others as its fallbacks."""
    if class_ is None:
        class_ = GNUTranslations
    paths = find(domain, localedir, languages, all=True)
    if not paths:
        if fallback:
            return NullTranslations()
        from errno import ENOENT
        raise FileNotFoundError(ENOENT, 'No translation file found for domain', domain)
    import copy
    result = None
    for path in paths:
        key = (class_, os.path.abspath(path))
        cached = _translations.get(key)
        if cached is None:
            with open(path, 'rb') as fp:
                cached = _translations.setdefault(key, class_(fp))
        # A shallow copy: each result gets its own fallback chain over a shared catalog.
        current = copy.copy(cached)
        if result is None:
            result = current
        else:
            result.add_fallback(current)
    return result


def install(domain, localedir=None, *, names=None):
    translation(domain, localedir, fallback=True).install(names)


Catalog = translation

# The global API: one current domain, each domain bound to a directory.
_localedirs = {}
_current_domain = 'messages'


def textdomain(domain=None):
    """Sets the current global domain when one is given; returns the current domain."""
    global _current_domain
    _current_domain = _current_domain if domain is None else domain
    return _current_domain


def bindtextdomain(domain, localedir=None):
    if localedir is not None:
        _localedirs[domain] = localedir
    return _localedirs.get(domain, _default_localedir)


def _domain_translation(domain):
    try:
        return translation(domain, _localedirs.get(domain, None))
    except OSError:
        return None


def dgettext(domain, message):
    t = _domain_translation(domain)
    return message if t is None else t.gettext(message)


def dngettext(domain, msgid1, msgid2, n):
    t = _domain_translation(domain)
    if t is None:
        return msgid1 if n == 1 else msgid2
    return t.ngettext(msgid1, msgid2, n)


def dpgettext(domain, context, message):
    t = _domain_translation(domain)
    return message if t is None else t.pgettext(context, message)


def dnpgettext(domain, context, msgid1, msgid2, n):
    t = _domain_translation(domain)
    if t is None:
        return msgid1 if n == 1 else msgid2
    return t.npgettext(context, msgid1, msgid2, n)


def gettext(message):
    """Translates message in the current global domain."""
    return dgettext(_current_domain, message)


def ngettext(msgid1, msgid2, n):
    """Translates a message with singular and plural forms in the current global domain."""
    return dngettext(_current_domain, msgid1, msgid2, n)


def pgettext(context, message):
    """Translates message, as used in context, in the current global domain."""
    return dpgettext(_current_domain, context, message)


def npgettext(context, msgid1, msgid2, n):
    """ngettext() with a context, in the current global domain."""
    return dnpgettext(_current_domain, context, msgid1, msgid2, n)
