"""Wrapping and filling of plain text: TextWrapper, wrap, fill, shorten, dedent, indent.

Immortal's own implementation of the documented behaviour of CPython 3.12's textwrap module
(https://docs.python.org/3/library/textwrap.html). Text is split into chunks (words, whitespace runs,
hyphenated word parts) by a hand-written scanner with the same rules as CPython's word separator
pattern, then chunks are packed greedily into lines.
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# Only ASCII whitespace counts: a non-breaking space must not become a break.
_whitespace = '\t\n\x0b\x0c\r '
_WS = frozenset(_whitespace)


def _is_word(c):
    return c.isalnum() or c == '_'


def _is_letter(c):
    return _is_word(c) and not c.isdecimal()


def _is_word_punct(c):
    return _is_word(c) or c in '!"\'&.,?'


def _dashes_then_word(text, j):
    """True when text[j:] starts with two or more hyphens followed by a word character."""
    k = j
    n = len(text)
    while k < n and text[k] == '-':
        k += 1
    return k - j >= 2 and k < n and _is_word(text[k])


def _letter_at(text, k):
    return 0 <= k < len(text) and _is_letter(text[k])


def _hyphen_break(text, j):
    """May a word break after the hyphen at text[j]? Letters must surround it: two before (or
    letter-hyphen-letter before), and letter, optional hyphen, letter after."""
    if text[j] != '-':
        return False
    before = ((_letter_at(text, j - 2) and _letter_at(text, j - 1))
              or (_letter_at(text, j - 3) and text[j - 2] == '-' and _letter_at(text, j - 1)))
    if not before or not _letter_at(text, j + 1):
        return False
    return _letter_at(text, j + 2) or (j + 2 < len(text) and text[j + 2] == '-' and _letter_at(text, j + 3))


def _split_hyphenated(text):
    """Chunks of text: whitespace runs, em-dashes between words, words split after their hyphens."""
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        c = text[i]
        if c in _WS:
            j = i + 1
            while j < n and text[j] in _WS:
                j += 1
            chunks.append(text[i:j])
            i = j
            continue
        if c == '-' and i > 0 and _is_word_punct(text[i - 1]) and _dashes_then_word(text, i):
            j = i
            while text[j] == '-':
                j += 1
            chunks.append(text[i:j])
            i = j
            continue
        # The shortest run of non-whitespace ending at a hyphen between letters, at whitespace or the
        # end, or just before an em-dash.
        j = i + 1
        while True:
            if j >= n or text[j] in _WS:
                chunks.append(text[i:j])
                i = j
                break
            if _hyphen_break(text, j):
                chunks.append(text[i:j + 1])
                i = j + 1
                break
            if _is_word_punct(text[j - 1]) and _dashes_then_word(text, j):
                chunks.append(text[i:j])
                i = j
                break
            j += 1
    return chunks


def _split_simple(text):
    """Chunks of text: whitespace runs and the words between them."""
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        ws = text[i] in _WS
        j = i + 1
        while j < n and (text[j] in _WS) == ws:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _ends_sentence(chunk):
    """A lowercase ASCII letter, then '.', '!' or '?', then an optional quote, at the end of chunk."""
    k = len(chunk)
    if k and chunk[k - 1] in '"\'':
        k -= 1
    return k >= 2 and chunk[k - 1] in '.!?' and 'a' <= chunk[k - 2] <= 'z'


# The regular expressions CPython's TextWrapper splits and checks chunks with, as class attributes that
# subclasses may replace. The default ones are compiled only when read (importing re costs more than
# the rest of this module); the scanners above give the same chunks, so while a wrapper's attribute
# is the default one it is never compiled. Each pattern's whitespace is _whitespace.
_WS_CLASS = r'[\t\n\x0b\x0c\r ]'
_NOT_WS_CLASS = r'[^\t\n\x0b\x0c\r ]'
_WORD_PUNCT = r'[\w!"\'&.,?]'
_LETTER = r'[^\d\W]'
_DEFAULT_PATTERNS = {
    'wordsep_re': (
        r"""
        (   %(ws)s+                                       # a run of whitespace
        |   (?<=%(wp)s) -{2,} (?=\w)                     # an em-dash between words
        |   %(nws)s+? (?:                                 # a word, up to and including
                -(?: (?<=%(lt)s{2}-) | (?<=%(lt)s-%(lt)s-))   # a hyphen between letters
                 (?= %(lt)s -? %(lt)s)
            |   (?=%(ws)s|\Z)                            # whitespace or the end
            |   (?<=%(wp)s) (?=-{2,}\w)                  # an em-dash
            )
        )""" % {'ws': _WS_CLASS, 'nws': _NOT_WS_CLASS, 'wp': _WORD_PUNCT, 'lt': _LETTER}, True),
    'wordsep_simple_re': (r'(%s+)' % _WS_CLASS, False),
    'sentence_end_re': (r'[a-z][\.\!\?][\"\']?\Z', False),
}
_default_compiled = {}


class _DefaultRegex:
    """A class attribute holding one of the default patterns, compiled (and then stored in the class's
    dict in place of this object) when first read."""

    def __set_name__(self, owner, name):
        self.owner = owner
        self.name = name

    def __get__(self, obj, cls=None):
        value = _default_compiled.get(self.name)
        if value is None:
            import re
            pattern, verbose = _DEFAULT_PATTERNS[self.name]
            value = _default_compiled[self.name] = re.compile(pattern, re.VERBOSE if verbose else 0)
        if self.owner.__dict__.get(self.name) is self:
            setattr(self.owner, self.name, value)
        return value


def _is_default(obj, name):
    """Whether obj.name would be the default pattern, found without compiling it."""
    d = getattr(obj, '__dict__', None)
    if d is not None and name in d:
        value = d[name]
    else:
        for k in type(obj).__mro__:
            if name in k.__dict__:
                value = k.__dict__[name]
                break
        else:
            return False
    return isinstance(value, _DefaultRegex) or value is _default_compiled.get(name)


class TextWrapper:
    """Wraps paragraphs of text to a width; the keyword arguments become attributes of the same names."""

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))
    wordsep_re = _DefaultRegex()
    wordsep_simple_re = _DefaultRegex()
    sentence_end_re = _DefaultRegex()

    def __init__(self, width=70, initial_indent='', subsequent_indent='', expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        # Every option is a plain attribute, free to change between calls (stored in CPython's
        # order, which vars() shows).
        self.width, self.initial_indent, self.subsequent_indent = width, initial_indent, subsequent_indent
        # how whitespace in the input is treated
        self.expand_tabs, self.replace_whitespace = expand_tabs, replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        # where lines may break, and what happens at the breaks
        self.break_long_words, self.drop_whitespace = break_long_words, drop_whitespace
        self.break_on_hyphens, self.tabsize = break_on_hyphens, tabsize
        # truncation
        self.max_lines, self.placeholder = max_lines, placeholder

    # ---- public

    def wrap(self, text):
        """The lines (no newlines) of text wrapped to self.width."""
        # the steps are separate methods, which subclasses override
        pieces = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(pieces)    # edits the list in place
        return self._wrap_chunks(pieces)

    def fill(self, text):
        """wrap(text) joined into one str with newlines."""
        return '\n'.join(self.wrap(text))

    # ---- the steps

    def _munge_whitespace(self, text):
        # Tabs become spaces first (expand_tabs), then every other whitespace character becomes
        # one space (replace_whitespace).
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        return text.translate(self.unicode_whitespace_trans) if self.replace_whitespace else text

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def _split(self, text):
        name = 'wordsep_re' if self.break_on_hyphens else 'wordsep_simple_re'
        if _is_default(self, name):
            chunks = _split_hyphenated(text) if self.break_on_hyphens else _split_simple(text)
        else:
            chunks = getattr(self, name).split(text)
        return [c for c in chunks if c]

    def _fix_sentence_endings(self, chunks):
        ends = _ends_sentence if _is_default(self, 'sentence_end_re') else self.sentence_end_re.search
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == ' ' and ends(chunks[i]):
                chunks[i + 1] = '  '
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            chunk = reversed_chunks[-1]
            end = space_left
            if self.break_on_hyphens and len(chunk) > space_left:
                # Prefer to break just after the last hyphen that fits, unless only hyphens precede it.
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and chunk[:hyphen].strip('-'):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        if self.width <= 0:
            raise ValueError('invalid width %r (must be > 0)' % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError('placeholder too large for max width')
        lines = []
        pending = chunks[::-1]      # the next chunk is at the end
        while pending:
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and lines and not pending[-1].strip():
                pending.pop()
            line = []
            size = 0
            while pending and size + len(pending[-1]) <= width:
                size += len(pending[-1])
                line.append(pending.pop())
            if pending and len(pending[-1]) > width:
                self._handle_long_word(pending, line, size, width)
                size = sum(len(c) for c in line)
            if self.drop_whitespace and line and not line[-1].strip():
                size -= len(line[-1])
                line.pop()
            if not line:
                continue
            last_allowed = (self.max_lines is None or len(lines) + 1 < self.max_lines)
            rest_is_blank = (not pending or (self.drop_whitespace and len(pending) == 1 and not pending[0].strip()))
            if last_allowed or (rest_is_blank and size <= width):
                lines.append(indent + ''.join(line))
                continue
            # Out of lines: end this one with the placeholder, dropping chunks until it fits.
            while line:
                if line[-1].strip() and size + len(self.placeholder) <= width:
                    line.append(self.placeholder)
                    lines.append(indent + ''.join(line))
                    return lines
                size -= len(line[-1])
                line.pop()
            if lines:
                prev = lines[-1].rstrip()
                if len(prev) + len(self.placeholder) <= self.width:
                    lines[-1] = prev + self.placeholder
                    return lines
            lines.append(indent + self.placeholder.lstrip())
            return lines
        return lines



def wrap(text, width=70, **kwargs):
    """TextWrapper(width=width, **kwargs).wrap(text): a list of lines."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """TextWrapper(width=width, **kwargs).fill(text): one str."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def _leading_blanks(line):
    k = 0
    while k < len(line) and line[k] in ' \t':
        k += 1
    return line[:k]


def dedent(text):
    """Removes the whitespace prefix common to every non-blank line; blank lines become empty."""
    if not isinstance(text, str):
        # The errors of CPython's, which runs str patterns over text.
        try:
            memoryview(text)
        except TypeError:
            raise TypeError('expected string or bytes-like object, got %r' % type(text).__name__) from None
        raise TypeError('cannot use a string pattern on a bytes-like object')
    lines = text.split('\n')
    margin = None
    for idx, line in enumerate(lines):
        lead = _leading_blanks(line)
        if len(lead) == len(line):
            # Spaces and tabs only (or empty): normalized, and no say in the margin.
            lines[idx] = ''
            continue
        if margin is None or lead.startswith(margin):
            margin = lead if margin is None else margin
        elif margin.startswith(lead):
            margin = lead
        else:
            k = 0
            while k < len(margin) and k < len(lead) and margin[k] == lead[k]:
                k += 1
            margin = margin[:k]
    if margin:
        lines = [line[len(margin):] if line.startswith(margin) else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Adds prefix to the lines of text for which predicate(line) is true (default: not blank)."""
    out = []
    for line in text.splitlines(True):
        if (predicate(line) if predicate is not None else line.strip()):
            out.append(prefix + line)
        else:
            out.append(line)
    return ''.join(out)
