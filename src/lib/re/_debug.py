"""re.DEBUG output (Immortal's own implementation of what CPython 3.12 prints for the flag): the pattern
parsed into the tree re._parser builds (with its parse-time rewrites: common branch prefixes taken out,
branches of single characters and one-item classes folded), printed as SubPattern.dump prints it; then
the program re._compiler makes of it (info block with literal prefix or charset, case-folded opcodes,
charsets as ranges, bitmaps or chunked big charsets), printed as re._compiler.dis prints it. Matching
never uses this: _sre (src/modules/re/) has its own parser and engine and has already checked the
pattern (errors and warnings) before dump() runs, so this module assumes a valid pattern. The program's
length is also what re.Pattern.__sizeof__ reports, as CPython's counts its code words (codesize())."""

import sys

MAXREPEAT = 4294967295
MAXCODE = 4294967295
MAXWIDTH = 1 << 64
CODESIZE = 4

# flags (the values of re.RegexFlag)
F_TEMPLATE, F_IGNORECASE, F_LOCALE, F_MULTILINE, F_DOTALL = 1, 2, 4, 8, 16
F_UNICODE, F_VERBOSE, F_DEBUG, F_ASCII = 32, 64, 128, 256
TYPE_FLAGS = F_ASCII | F_LOCALE | F_UNICODE
INFO_PREFIX, INFO_LITERAL, INFO_CHARSET = 1, 2, 4


class _Named(int):
    """An int that prints as its name (opcodes, anchors, categories, MAXREPEAT)."""

    def __new__(cls, value, name):
        self = int.__new__(cls, value)
        self.name = name
        return self

    def __str__(self):
        return self.name

    __repr__ = __str__


def _names(start, text):
    out = {}
    for i, n in enumerate(text.split()):
        out[n] = _Named(start + i, n)
    return out


_OPS = _names(0, """FAILURE SUCCESS ANY ANY_ALL ASSERT ASSERT_NOT AT BRANCH CATEGORY CHARSET BIGCHARSET
    GROUPREF GROUPREF_EXISTS IN INFO JUMP LITERAL MARK MAX_UNTIL MIN_UNTIL NOT_LITERAL NEGATE RANGE REPEAT
    REPEAT_ONE SUBPATTERN MIN_REPEAT_ONE ATOMIC_GROUP POSSESSIVE_REPEAT POSSESSIVE_REPEAT_ONE
    GROUPREF_IGNORE IN_IGNORE LITERAL_IGNORE NOT_LITERAL_IGNORE GROUPREF_LOC_IGNORE IN_LOC_IGNORE
    LITERAL_LOC_IGNORE NOT_LITERAL_LOC_IGNORE GROUPREF_UNI_IGNORE IN_UNI_IGNORE LITERAL_UNI_IGNORE
    NOT_LITERAL_UNI_IGNORE RANGE_UNI_IGNORE MIN_REPEAT MAX_REPEAT""")
globals().update(_OPS)
_AT = _names(100, """AT_BEGINNING AT_BEGINNING_LINE AT_BEGINNING_STRING AT_BOUNDARY AT_NON_BOUNDARY AT_END
    AT_END_LINE AT_END_STRING AT_LOC_BOUNDARY AT_LOC_NON_BOUNDARY AT_UNI_BOUNDARY AT_UNI_NON_BOUNDARY""")
globals().update(_AT)
_CH = _names(200, """CATEGORY_DIGIT CATEGORY_NOT_DIGIT CATEGORY_SPACE CATEGORY_NOT_SPACE CATEGORY_WORD
    CATEGORY_NOT_WORD CATEGORY_LINEBREAK CATEGORY_NOT_LINEBREAK CATEGORY_LOC_WORD CATEGORY_LOC_NOT_WORD
    CATEGORY_UNI_DIGIT CATEGORY_UNI_NOT_DIGIT CATEGORY_UNI_SPACE CATEGORY_UNI_NOT_SPACE CATEGORY_UNI_WORD
    CATEGORY_UNI_NOT_WORD CATEGORY_UNI_LINEBREAK CATEGORY_UNI_NOT_LINEBREAK""")
globals().update(_CH)
_MAXREPEAT = _Named(MAXREPEAT, 'MAXREPEAT')

_REPEATS = (MIN_REPEAT, MAX_REPEAT, POSSESSIVE_REPEAT)
_UNITS = (ANY, RANGE, IN, LITERAL, NOT_LITERAL, CATEGORY)

# escapes outside classes that are not literals
_CATEGORY_ESCAPES = {
    'A': (AT, AT_BEGINNING_STRING), 'Z': (AT, AT_END_STRING), 'b': (AT, AT_BOUNDARY), 'B': (AT, AT_NON_BOUNDARY),
    'd': (IN, [(CATEGORY, CATEGORY_DIGIT)]), 'D': (IN, [(CATEGORY, CATEGORY_NOT_DIGIT)]),
    's': (IN, [(CATEGORY, CATEGORY_SPACE)]), 'S': (IN, [(CATEGORY, CATEGORY_NOT_SPACE)]),
    'w': (IN, [(CATEGORY, CATEGORY_WORD)]), 'W': (IN, [(CATEGORY, CATEGORY_NOT_WORD)]),
}
_CLASS_CATEGORIES = {k: v[1][0] for k, v in _CATEGORY_ESCAPES.items() if v[0] is IN}
_SIMPLE_ESCAPES = {'a': 7, 'f': 12, 'n': 10, 'r': 13, 't': 9, 'v': 11, '\\': 92}
_FLAG_LETTERS = {'i': F_IGNORECASE, 'L': F_LOCALE, 'm': F_MULTILINE, 's': F_DOTALL, 'x': F_VERBOSE,
                 'a': F_ASCII, 't': F_TEMPLATE, 'u': F_UNICODE}
_AT_MULTILINE = {AT_BEGINNING: AT_BEGINNING_LINE, AT_END: AT_END_LINE}
_AT_LOCALE = {AT_BOUNDARY: AT_LOC_BOUNDARY, AT_NON_BOUNDARY: AT_LOC_NON_BOUNDARY}
_AT_UNICODE = {AT_BOUNDARY: AT_UNI_BOUNDARY, AT_NON_BOUNDARY: AT_UNI_NON_BOUNDARY}
_CH_LOCALE = {CATEGORY_WORD: CATEGORY_LOC_WORD, CATEGORY_NOT_WORD: CATEGORY_LOC_NOT_WORD}
_CH_UNICODE = {
    CATEGORY_DIGIT: CATEGORY_UNI_DIGIT, CATEGORY_NOT_DIGIT: CATEGORY_UNI_NOT_DIGIT,
    CATEGORY_SPACE: CATEGORY_UNI_SPACE, CATEGORY_NOT_SPACE: CATEGORY_UNI_NOT_SPACE,
    CATEGORY_WORD: CATEGORY_UNI_WORD, CATEGORY_NOT_WORD: CATEGORY_UNI_NOT_WORD,
    CATEGORY_LINEBREAK: CATEGORY_UNI_LINEBREAK, CATEGORY_NOT_LINEBREAK: CATEGORY_UNI_NOT_LINEBREAK,
}
_IGNORE = {LITERAL: LITERAL_IGNORE, NOT_LITERAL: NOT_LITERAL_IGNORE}
_LOC_IGNORE = {LITERAL: LITERAL_LOC_IGNORE, NOT_LITERAL: NOT_LITERAL_LOC_IGNORE}
_UNI_IGNORE = {LITERAL: LITERAL_UNI_IGNORE, NOT_LITERAL: NOT_LITERAL_UNI_IGNORE}
_REPEAT_CODES = {
    MIN_REPEAT: (REPEAT, MIN_UNTIL, MIN_REPEAT_ONE),
    MAX_REPEAT: (REPEAT, MAX_UNTIL, REPEAT_ONE),
    POSSESSIVE_REPEAT: (POSSESSIVE_REPEAT, SUCCESS, POSSESSIVE_REPEAT_ONE),
}

# Lowercase letters that IGNORECASE also matches with other lowercase letters (the classes Unicode's
# case folding joins although their lowercase forms differ; src/modules/re/unicode.ts has the same).
_EXTRA_CLASSES = [
    (0x69, 0x131), (0x73, 0x17f), (0xb5, 0x3bc), (0x345, 0x3b9, 0x1fbe), (0x390, 0x1fd3), (0x3b0, 0x1fe3),
    (0x3b2, 0x3d0), (0x3b5, 0x3f5), (0x3b8, 0x3d1), (0x3ba, 0x3f0), (0x3c0, 0x3d6), (0x3c1, 0x3f1),
    (0x3c2, 0x3c3), (0x3c6, 0x3d5), (0x432, 0x1c80), (0x434, 0x1c81), (0x43e, 0x1c82), (0x441, 0x1c83),
    (0x442, 0x1c84, 0x1c85), (0x44a, 0x1c86), (0x463, 0x1c87), (0x1c88, 0xa64b), (0x1e61, 0x1e9b),
    (0xfb05, 0xfb06),
]
_EXTRA_CASES = {}
for _cls in _EXTRA_CLASSES:
    for _c in _cls:
        _EXTRA_CASES[_c] = tuple(k for k in _cls if k != _c)


def _uni_lower(c):
    # the simple mapping (Py_UNICODE_TOLOWER) is the first character of the full one
    return ord(chr(c).lower()[0])


def _uni_upper(c):
    return ord(chr(c).upper()[0])


def _uni_iscased(c):
    return c != _uni_lower(c) or c != _uni_upper(c)


def _ascii_lower(c):
    return c + 32 if 65 <= c <= 90 else c


def _ascii_iscased(c):
    return c < 128 and (65 <= c <= 90 or 97 <= c <= 122)


# ---- the parse tree ------------------------------------------------------------------------------

class _State:
    def __init__(self, flags):
        self.flags = flags
        self.groupdict = {}
        self.groupwidths = [None]

    def opengroup(self, name):
        gid = len(self.groupwidths)
        self.groupwidths.append(None)
        if name is not None:
            self.groupdict[name] = gid
        return gid


class _Sub:
    """A subpattern: a list of (op, argument) items (re._parser.SubPattern)."""

    def __init__(self, state, data=None):
        self.state = state
        self.data = [] if data is None else data
        self.width = None

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return _Sub(self.state, self.data[i])
        return self.data[i]

    def getwidth(self):
        """(min, max) number of characters the subpattern matches."""
        if self.width is not None:
            return self.width
        lo = hi = 0
        for op, av in self.data:
            if op is BRANCH:
                ws = [p.getwidth() for p in av[1]]
                lo += min([w[0] for w in ws] + [MAXWIDTH])
                hi += max([w[1] for w in ws] + [0])
            elif op is ATOMIC_GROUP:
                i, j = av.getwidth()
                lo, hi = lo + i, hi + j
            elif op is SUBPATTERN:
                i, j = av[-1].getwidth()
                lo, hi = lo + i, hi + j
            elif op in _REPEATS:
                i, j = av[2].getwidth()
                lo += i * av[0]
                hi = MAXWIDTH if (av[1] == MAXREPEAT and j) else hi + j * av[1]
            elif op in _UNITS:
                lo, hi = lo + 1, hi + 1
            elif op is GROUPREF:
                i, j = self.state.groupwidths[av]
                lo, hi = lo + i, hi + j
            elif op is GROUPREF_EXISTS:
                i, j = av[1].getwidth()
                if av[2] is not None:
                    k, m = av[2].getwidth()
                    i, j = min(i, k), max(j, m)
                else:
                    i = 0
                lo, hi = lo + i, hi + j
            elif op is SUCCESS:
                break
        self.width = min(lo, MAXWIDTH), min(hi, MAXWIDTH)
        return self.width

    def dump(self, level=0):
        for op, av in self.data:
            line = level * '  ' + str(op)
            if op is IN:
                print(line)
                for op2, a in av:
                    print((level + 1) * '  ' + str(op2), a)
            elif op is BRANCH:
                print(line)
                for i, alt in enumerate(av[1]):
                    if i:
                        print(level * '  ' + 'OR')
                    alt.dump(level + 1)
            elif op is GROUPREF_EXISTS:
                print(line, av[0])
                av[1].dump(level + 1)
                if av[2]:
                    print(level * '  ' + 'ELSE')
                    av[2].dump(level + 1)
            elif isinstance(av, _Sub):
                print(line)
                av.dump(level + 1)
            elif isinstance(av, tuple):
                # scalars on the line, a subpattern below it
                text = line
                for a in av:
                    if isinstance(a, _Sub):
                        print(text)
                        text = None
                        a.dump(level + 1)
                    else:
                        text = (text if text is not None else '') + ' ' + str(a)
                if text is not None:
                    print(text)
            else:
                print(line, av)


class _Source:
    """The pattern as characters (bytes decoded as Latin-1), read one token at a time: a character,
    or a backslash with the character after it."""

    def __init__(self, pattern):
        self.istext = isinstance(pattern, str)
        self.text = pattern if self.istext else str(pattern, 'latin1')
        self.pos = 0
        self.next = None
        self._advance()

    def _advance(self):
        i = self.pos
        if i >= len(self.text):
            self.next = None
            return
        c = self.text[i]
        if c == '\\' and i + 1 < len(self.text):
            c += self.text[i + 1]
        self.pos = i + len(c)
        self.next = c

    def get(self):
        c = self.next
        self._advance()
        return c

    def match(self, c):
        if self.next == c:
            self._advance()
            return True
        return False

    def getwhile(self, n, chars):
        out = ''
        for _ in range(n):
            c = self.next
            if c is None or c not in chars:
                break
            out += c
            self._advance()
        return out

    def getuntil(self, end):
        out = ''
        while self.next != end:
            out += self.get()
        self.get()
        return out


_HEX = '0123456789abcdefABCDEF'
_OCT = '01234567'
_DIGITS = '0123456789'


def _escape(src, esc, state, in_class):
    """The item of an escape (esc is the backslash token; more may be read from src)."""
    c = esc[1]
    if in_class:
        if c == 'b':
            return LITERAL, 8
        if c in _CLASS_CATEGORIES:
            return _CLASS_CATEGORIES[c]
    elif c in _CATEGORY_ESCAPES:
        return _CATEGORY_ESCAPES[c]
    if c in _SIMPLE_ESCAPES:
        return LITERAL, _SIMPLE_ESCAPES[c]
    if c == 'x':
        return LITERAL, int(src.getwhile(2, _HEX), 16)
    if c == 'u' and src.istext:
        return LITERAL, int(src.getwhile(4, _HEX), 16)
    if c == 'U' and src.istext:
        return LITERAL, int(src.getwhile(8, _HEX), 16)
    if c == 'N' and src.istext:
        import unicodedata
        src.match('{')
        return LITERAL, ord(unicodedata.lookup(src.getuntil('}')))
    if c == '0':
        return LITERAL, int(c + src.getwhile(2, _OCT), 8)
    if c in _DIGITS:
        if in_class:
            return LITERAL, int(c + src.getwhile(2, _OCT), 8)
        digits = c
        if src.next is not None and src.next in _DIGITS:
            digits += src.get()
            if digits[0] in _OCT and digits[1] in _OCT and src.next is not None and src.next in _OCT:
                return LITERAL, int(digits + src.get(), 8)
        return GROUPREF, int(digits)
    return LITERAL, ord(c)


def _parse_alternation(src, state, verbose, nested):
    """a|b|c (_parse_sub): one subpattern, or the common prefix and a BRANCH or IN of the rest."""
    items = []
    while True:
        items.append(_parse_sequence(src, state, verbose, nested + 1))
        if not src.match('|'):
            break
        if not nested:
            verbose = state.flags & F_VERBOSE
    if len(items) == 1:
        return items[0]
    sub = _Sub(state)
    # items that all start with the same item: take it out of the branch
    while all(items) and all(item.data[0] == items[0].data[0] for item in items[1:]):
        prefix = items[0].data[0]
        for item in items:
            del item.data[0]
        sub.data.append(prefix)
    # items of one character each: a class instead of a branch
    chars = []
    for item in items:
        if len(item) != 1:
            break
        op, av = item.data[0]
        if op is LITERAL:
            chars.append((op, av))
        elif op is IN and av[0][0] is not NEGATE:
            chars.extend(av)
        else:
            break
    else:
        sub.data.append((IN, list(dict.fromkeys(chars))))
        return sub
    sub.data.append((BRANCH, (None, items)))
    return sub


def _parse_class(src, state):
    """[...] after the bracket: LITERAL, NOT_LITERAL or IN."""
    items = []
    negate = src.match('^')
    while True:
        this = src.get()
        if this == ']' and items:
            break
        code1 = _escape(src, this, state, True) if this[0] == '\\' else (LITERAL, ord(this))
        if src.match('-'):
            that = src.get()
            if that == ']':
                items.append(code1)
                items.append((LITERAL, 45))
                break
            code2 = _escape(src, that, state, True) if that[0] == '\\' else (LITERAL, ord(that))
            items.append((RANGE, (code1[1], code2[1])))
        else:
            items.append(code1)
    items = list(dict.fromkeys(items))
    if len(items) == 1 and items[0][0] is LITERAL:
        return (NOT_LITERAL, items[0][1]) if negate else items[0]
    if negate:
        items.insert(0, (NEGATE, None))
    return IN, items


def _parse_flags(src, char):
    """(add, delete, is_global) of (?flags) or (?flags-flags:...), after the first flag letter."""
    add = dele = 0
    while char not in (':', ')', '-'):
        add |= _FLAG_LETTERS[char]
        char = src.get()
    if char == ')':
        return add, 0, True
    if char == '-':
        char = src.get()
        while char != ':':
            dele |= _FLAG_LETTERS[char]
            char = src.get()
    return add, dele, False


def _parse_sequence(src, state, verbose, nested):
    """The items up to the next '|' or ')' (_parse)."""
    sub = _Sub(state)
    data = sub.data
    while True:
        this = src.next
        if this is None or this in '|)':
            break
        src.get()
        if verbose:
            if this in ' \t\n\r\v\f':
                continue
            if this == '#':
                while True:
                    this = src.get()
                    if this is None or this == '\n':
                        break
                continue
        if this[0] == '\\':
            data.append(_escape(src, this, state, False))
        elif this not in '.\\[{()*+?^$|':
            data.append((LITERAL, ord(this)))
        elif this == '[':
            data.append(_parse_class(src, state))
        elif this in '*+?{':
            if this == '?':
                lo, hi = 0, 1
            elif this == '*':
                lo, hi = 0, _MAXREPEAT
            elif this == '+':
                lo, hi = 1, _MAXREPEAT
            else:
                if src.next == '}':
                    data.append((LITERAL, ord(this)))
                    continue
                save = (src.pos, src.next)
                a = src.getwhile(1 << 30, _DIGITS)
                b = a
                if src.match(','):
                    b = src.getwhile(1 << 30, _DIGITS)
                if not src.match('}'):
                    data.append((LITERAL, ord(this)))
                    src.pos, src.next = save
                    continue
                lo = int(a) if a else 0
                hi = int(b) if b else _MAXREPEAT
            item = sub[-1:]
            if item.data[0][0] is SUBPATTERN:
                group, add, dele, p = item.data[0][1]
                if group is None and not add and not dele:
                    item = p
            if src.match('?'):
                data[-1] = (MIN_REPEAT, (lo, hi, item))
            elif src.match('+'):
                data[-1] = (POSSESSIVE_REPEAT, (lo, hi, item))
            else:
                data[-1] = (MAX_REPEAT, (lo, hi, item))
        elif this == '.':
            data.append((ANY, None))
        elif this == '(':
            group_item = _parse_group(src, state, verbose, nested)
            if group_item == 'global':
                verbose = state.flags & F_VERBOSE
            elif group_item is not None:
                data.append(group_item)
        elif this == '^':
            data.append((AT, AT_BEGINNING))
        elif this == '$':
            data.append((AT, AT_END))
    # groups that neither capture nor change flags dissolve into the sequence
    for i in range(len(data) - 1, -1, -1):
        op, av = data[i]
        if op is SUBPATTERN and av[0] is None and not av[1] and not av[2]:
            data[i:i + 1] = av[3].data
    return sub


def _parse_group(src, state, verbose, nested):
    """The item of a parenthesized construct ('(' read), None for a comment, 'global' for flags."""
    capture, atomic, name, add, dele = True, False, None, 0, 0
    if src.match('?'):
        char = src.get()
        if char in '=!<':
            direction = 1
            if char == '<':
                char = src.get()
                direction = -1
            p = _parse_alternation(src, state, verbose, nested + 1)
            src.match(')')
            return (ASSERT if char == '=' else ASSERT_NOT), (direction, p)
        if char == '(':
            condname = src.getuntil(')')
            if condname.isdecimal() and condname.isascii():
                cond = int(condname)
            else:
                cond = state.groupdict[condname]
            yes = _parse_sequence(src, state, verbose, nested + 1)
            no = _parse_sequence(src, state, verbose, nested + 1) if src.match('|') else None
            src.match(')')
            return GROUPREF_EXISTS, (cond, yes, no)
        if char == '>':
            capture, atomic = False, True
        elif char == 'P':
            if src.match('<'):
                name = src.getuntil('>')
            else:
                src.match('=')
                return GROUPREF, state.groupdict[src.getuntil(')')]
        elif char == ':':
            capture = False
        elif char == '#':
            while src.get() != ')':
                pass
            return None
        else:
            add, dele, is_global = _parse_flags(src, char)
            if is_global:
                state.flags |= add
                return 'global'
            capture = False
    group = state.opengroup(name) if capture else None
    sub_verbose = (verbose or (add & F_VERBOSE)) and not (dele & F_VERBOSE)
    p = _parse_alternation(src, state, sub_verbose, nested + 1)
    src.match(')')
    if group is not None:
        state.groupwidths[group] = p.getwidth()
    if atomic:
        return ATOMIC_GROUP, p
    return SUBPATTERN, (group, add, dele, p)


def parse(pattern, flags):
    """The tree re._parser.parse builds for a valid pattern (global flags end up in its state)."""
    state = _State(flags)
    src = _Source(pattern)
    p = _parse_alternation(src, state, state.flags & F_VERBOSE, 0)
    if isinstance(pattern, str) and not state.flags & F_ASCII:
        state.flags |= F_UNICODE
    return p


# ---- the program -----------------------------------------------------------------------------------

def _combine(flags, add, dele):
    if add & TYPE_FLAGS:
        flags &= ~TYPE_FLAGS
    return (flags | add) & ~dele


def _case_funcs(flags):
    if flags & F_IGNORECASE and not flags & F_LOCALE:
        if flags & F_UNICODE:
            return _uni_iscased, _uni_lower, _EXTRA_CASES
        return _ascii_iscased, _ascii_lower, None
    return None, None, None


def _compile(code, items, flags):
    iscased, lower, fixes = _case_funcs(flags)
    for op, av in items:
        if op is LITERAL or op is NOT_LITERAL:
            if not flags & F_IGNORECASE:
                code += [op, av]
            elif flags & F_LOCALE:
                code += [_LOC_IGNORE[op], av]
            elif not iscased(av):
                code += [op, av]
            else:
                lo = lower(av)
                if not fixes:
                    code += [_IGNORE[op], lo]
                elif lo not in fixes:
                    code += [_UNI_IGNORE[op], lo]
                else:
                    code.append(IN_UNI_IGNORE)
                    skip = len(code)
                    code.append(0)
                    if op is NOT_LITERAL:
                        code.append(NEGATE)
                    for k in (lo,) + fixes[lo]:
                        code += [LITERAL, k]
                    code.append(FAILURE)
                    code[skip] = len(code) - skip
        elif op is IN:
            charset, hascased = _optimize_charset(av, iscased, lower, fixes)
            if flags & F_IGNORECASE and flags & F_LOCALE:
                code.append(IN_LOC_IGNORE)
            elif not hascased:
                code.append(IN)
            elif not fixes:
                code.append(IN_IGNORE)
            else:
                code.append(IN_UNI_IGNORE)
            skip = len(code)
            code.append(0)
            _compile_charset(charset, flags, code)
            code[skip] = len(code) - skip
        elif op is ANY:
            code.append(ANY_ALL if flags & F_DOTALL else ANY)
        elif op in _REPEATS:
            start_op, end_op, single_op = _REPEAT_CODES[op]
            simple = _simple(av[2])
            code.append(single_op if simple else start_op)
            skip = len(code)
            code += [0, av[0], av[1]]
            _compile(code, av[2].data, flags)
            if simple:
                code.append(SUCCESS)
                code[skip] = len(code) - skip
            else:
                code[skip] = len(code) - skip
                code.append(end_op)
        elif op is SUBPATTERN:
            group, add, dele, p = av
            if group:
                code += [MARK, (group - 1) * 2]
            _compile(code, p.data, _combine(flags, add, dele))
            if group:
                code += [MARK, (group - 1) * 2 + 1]
        elif op is ATOMIC_GROUP:
            code.append(ATOMIC_GROUP)
            skip = len(code)
            code.append(0)
            _compile(code, av.data, flags)
            code.append(SUCCESS)
            code[skip] = len(code) - skip
        elif op is SUCCESS or op is FAILURE:
            code.append(op)
        elif op is ASSERT or op is ASSERT_NOT:
            code.append(op)
            skip = len(code)
            code.append(0)
            code.append(0 if av[0] >= 0 else av[1].getwidth()[0])
            _compile(code, av[1].data, flags)
            code.append(SUCCESS)
            code[skip] = len(code) - skip
        elif op is AT:
            if flags & F_MULTILINE:
                av = _AT_MULTILINE.get(av, av)
            if flags & F_LOCALE:
                av = _AT_LOCALE.get(av, av)
            elif flags & F_UNICODE:
                av = _AT_UNICODE.get(av, av)
            code += [AT, av]
        elif op is BRANCH:
            code.append(BRANCH)
            tails = []
            for alt in av[1]:
                skip = len(code)
                code.append(0)
                _compile(code, alt.data, flags)
                code.append(JUMP)
                tails.append(len(code))
                code.append(0)
                code[skip] = len(code) - skip
            code.append(FAILURE)
            for t in tails:
                code[t] = len(code) - t
        elif op is GROUPREF:
            if not flags & F_IGNORECASE:
                code.append(GROUPREF)
            elif flags & F_LOCALE:
                code.append(GROUPREF_LOC_IGNORE)
            elif not fixes:
                code.append(GROUPREF_IGNORE)
            else:
                code.append(GROUPREF_UNI_IGNORE)
            code.append(av - 1)
        elif op is GROUPREF_EXISTS:
            code += [GROUPREF_EXISTS, av[0] - 1]
            skipyes = len(code)
            code.append(0)
            _compile(code, av[1].data, flags)
            if av[2]:
                code.append(JUMP)
                skipno = len(code)
                code.append(0)
                code[skipyes] = len(code) - skipyes + 1
                _compile(code, av[2].data, flags)
                code[skipno] = len(code) - skipno
            else:
                code[skipyes] = len(code) - skipyes + 1


def _compile_charset(charset, flags, code):
    for op, av in charset:
        code.append(op)
        if op is LITERAL:
            code.append(av)
        elif op is RANGE or op is RANGE_UNI_IGNORE:
            code += [av[0], av[1]]
        elif op is CHARSET or op is BIGCHARSET:
            code.extend(av)
        elif op is CATEGORY:
            if flags & F_LOCALE:
                code.append(_CH_LOCALE.get(av, av))
            elif flags & F_UNICODE:
                code.append(_CH_UNICODE[av])
            else:
                code.append(av)
    code.append(FAILURE)


def _optimize_charset(charset, iscased=None, fixup=None, fixes=None):
    """(items, whether any is cased): the characters as at most two runs (LITERAL/RANGE), else as a
    bitmap of 256 characters, else as a chunked map of the BMP; characters beyond the map, categories
    and NEGATE stay items. The map grows to the BMP when an item needs it (_optimize_charset)."""
    out = []
    tail = []
    charmap = bytearray(256)
    hascased = False
    for op, av in charset:
        if op is NEGATE:
            out.append((op, av))
            continue
        if op is not LITERAL and op is not RANGE:
            tail.append((op, av))
            continue
        while True:
            if _mark(charmap, op, av, fixup, fixes):
                if fixup and not hascased:
                    hascased = iscased(av) if op is LITERAL else any(map(iscased, range(av[0], av[1] + 1)))
                break
            if len(charmap) == 256:
                charmap += bytes(0xff00)
                continue
            # beyond the BMP: the item stays (the BMP part of a range is in the map already)
            if fixup:
                hascased = True
                if op is RANGE:
                    op = RANGE_UNI_IGNORE
            tail.append((op, av))
            break
    runs = []
    q = 0
    while True:
        p = charmap.find(1, q)
        if p < 0:
            break
        if len(runs) >= 2:
            runs = None
            break
        q = charmap.find(0, p)
        if q < 0:
            runs.append((p, len(charmap)))
            break
        runs.append((p, q))
    if runs is not None:
        for p, q in runs:
            out.append((LITERAL, p) if q - p == 1 else (RANGE, (p, q - 1)))
        out += tail
        if hascased or len(out) < len(charset):
            return out, hascased
        return charset, hascased
    if len(charmap) == 256:
        out.append((CHARSET, _bitmap(charmap)))
        out += tail
        return out, hascased
    # big charset: the map cut into 256 chunks of 256 characters, identical chunks stored once
    chunk_ids = {}
    mapping = bytearray(256)
    chunks = bytearray()
    for i in range(256):
        chunk = bytes(charmap[i * 256:(i + 1) * 256])
        if chunk not in chunk_ids:
            chunk_ids[chunk] = len(chunk_ids)
            chunks += chunk
        mapping[i] = chunk_ids[chunk]
    out.append((BIGCHARSET, [len(chunk_ids)] + _bytes_to_words(mapping) + _bitmap(chunks)))
    out += tail
    return out, hascased


def _mark(charmap, op, av, fixup, fixes):
    """Marks the characters of a LITERAL or RANGE item in charmap (case-folded with fixup); False
    when one falls beyond the map (those before it stay marked)."""
    chars = (av,) if op is LITERAL else range(av[0], av[1] + 1)
    n = len(charmap)
    for c in chars:
        if fixup:
            c = fixup(c)
            if c >= n:
                return False
            charmap[c] = 1
            if fixes and c in fixes:
                for k in fixes[c]:
                    if k >= n:
                        return False
                    charmap[k] = 1
        else:
            if c >= n:
                return False
            charmap[c] = 1
    return True


def _bitmap(bits):
    """The 32-bit words of a map of 0/1 bytes (character k is bit k % 32 of word k // 32)."""
    words = []
    for base in range(0, len(bits), 32):
        w = 0
        for k in range(32):
            if bits[base + k]:
                w |= 1 << k
        words.append(w)
    return words


def _bytes_to_words(b):
    little = sys.byteorder == 'little'
    out = []
    for i in range(0, len(b), 4):
        w = b[i:i + 4]
        if little:
            out.append(w[0] | w[1] << 8 | w[2] << 16 | w[3] << 24)
        else:
            out.append(w[3] | w[2] << 8 | w[1] << 16 | w[0] << 24)
    return out


def _simple(p):
    if len(p) != 1:
        return False
    op, av = p.data[0]
    if op is SUBPATTERN:
        return av[0] is None and _simple(av[-1])
    return op in (LITERAL, NOT_LITERAL, ANY, IN)


def _overlap_table(prefix):
    table = [0] * len(prefix)
    for i in range(1, len(prefix)):
        k = table[i - 1]
        while prefix[i] != prefix[k]:
            if k == 0:
                break
            k = table[k - 1]
        else:
            table[i] = k + 1
    return table


def _iscased_for(flags):
    if not flags & F_IGNORECASE:
        return None
    return _uni_iscased if flags & F_UNICODE else _ascii_iscased


def _literal_prefix(p, flags):
    """(prefix characters, prefix_skip or None, whether the whole pattern is that literal)."""
    prefix = []
    skip = None
    iscased = _iscased_for(flags)
    for op, av in p.data:
        if op is LITERAL:
            if iscased and iscased(av):
                return prefix, skip, False
            prefix.append(av)
        elif op is SUBPATTERN:
            group, add, dele, sub = av
            f1 = _combine(flags, add, dele)
            if f1 & F_IGNORECASE and f1 & F_LOCALE:
                return prefix, skip, False
            pre1, skip1, whole = _literal_prefix(sub, f1)
            if skip is None:
                if group is not None:
                    skip = len(prefix)
                elif skip1 is not None:
                    skip = len(prefix) + skip1
            prefix.extend(pre1)
            if not whole:
                return prefix, skip, False
        else:
            return prefix, skip, False
    return prefix, skip, True


def _charset_prefix(p, flags):
    while True:
        if not p.data:
            return None
        op, av = p.data[0]
        if op is not SUBPATTERN:
            break
        group, add, dele, p = av
        flags = _combine(flags, add, dele)
        if flags & F_IGNORECASE and flags & F_LOCALE:
            return None
    iscased = _iscased_for(flags)
    if op is LITERAL:
        return None if iscased and iscased(av) else [(op, av)]
    if op is BRANCH:
        out = []
        for alt in av[1]:
            if not alt:
                return None
            op2, av2 = alt.data[0]
            if op2 is LITERAL and not (iscased and iscased(av2)):
                out.append((op2, av2))
            else:
                return None
        return out
    if op is IN:
        if iscased:
            for op2, av2 in av:
                if op2 is LITERAL and iscased(av2):
                    return None
                if op2 is RANGE:
                    if av2[1] > 0xffff or any(iscased(c) for c in range(av2[0], av2[1] + 1)):
                        return None
        return av
    return None


def _compile_info(code, p, flags):
    lo, hi = p.getwidth()
    hi = min(hi, MAXCODE)
    if lo == 0:
        code += [INFO, 4, 0, lo, hi]
        return
    prefix, skip, whole, charset = [], 0, False, None
    if not (flags & F_IGNORECASE and flags & F_LOCALE):
        prefix, skip, whole = _literal_prefix(p, flags)
        if not prefix:
            charset = _charset_prefix(p, flags)
    code.append(INFO)
    at = len(code)
    code.append(0)
    mask = 0
    if prefix:
        mask = INFO_PREFIX | (INFO_LITERAL if skip is None and whole else 0)
    elif charset:
        mask = INFO_CHARSET
    code.append(mask)
    if lo < MAXCODE:
        code.append(lo)
    else:
        code.append(MAXCODE)
        prefix = prefix[:MAXCODE]
    code.append(hi)
    if prefix:
        code += [len(prefix), len(prefix) if skip is None else skip]
        code += prefix
        code += _overlap_table(prefix)
    elif charset:
        charset, _ = _optimize_charset(charset)
        _compile_charset(charset, flags, code)
    code[at] = len(code) - at


def program(p, flags):
    """The sre program of a parsed pattern (re._compiler._code)."""
    flags = p.state.flags | flags
    code = []
    _compile_info(code, p, flags)
    _compile(code, p.data, flags)
    code.append(SUCCESS)
    return code


def _hex_words(words):
    return '[%s]' % ', '.join('%#0*x' % (CODESIZE * 2 + 2, w) for w in words)


def dis(code):
    """Prints a program as re._compiler.dis does (offsets, ':' on jump targets, nested bodies)."""
    _Dis(code).walk(0, len(code))


class _Dis:
    # (a class rather than nested functions: no reference cycle per call)
    def __init__(self, code):
        self.code = code
        self.labels = set()
        self.width = len(str(len(code) - 1))
        self.level = 0

    def emit(self, start, *args, to=None):
        if to is not None:
            self.labels.add(to)
            args += ('(to %d)' % to,)
        print('%*d%s ' % (self.width, start, ':' if start in self.labels else '.'), end='  ' * (self.level - 1))
        print(*args)

    def emit2(self, *args):
        print(end=' ' * (self.width + 2 * self.level))
        print(*args)

    def walk(self, start, end):
        code, emit, emit2 = self.code, self.emit, self.emit2
        self.level += 1
        i = start
        while i < end:
            start = i
            op = code[i]
            i += 1
            if op in (SUCCESS, FAILURE, ANY, ANY_ALL, MAX_UNTIL, MIN_UNTIL, NEGATE):
                emit(start, op)
            elif op in (LITERAL, NOT_LITERAL, LITERAL_IGNORE, NOT_LITERAL_IGNORE, LITERAL_UNI_IGNORE,
                        NOT_LITERAL_UNI_IGNORE, LITERAL_LOC_IGNORE, NOT_LITERAL_LOC_IGNORE):
                arg = code[i]
                i += 1
                emit(start, op, '%#02x (%r)' % (arg, chr(arg)))
            elif op is AT:
                emit(start, op, str(code[i])[3:])
                i += 1
            elif op is CATEGORY:
                emit(start, op, str(code[i])[9:])
                i += 1
            elif op in (IN, IN_IGNORE, IN_UNI_IGNORE, IN_LOC_IGNORE):
                skip = code[i]
                emit(start, op, skip, to=i + skip)
                self.walk(i + 1, i + skip)
                i += skip
            elif op is RANGE or op is RANGE_UNI_IGNORE:
                a, b = code[i], code[i + 1]
                i += 2
                emit(start, op, '%#02x %#02x (%r-%r)' % (a, b, chr(a), chr(b)))
            elif op is CHARSET:
                emit(start, op, _hex_words(code[i:i + 8]))
                i += 8
            elif op is BIGCHARSET:
                n = code[i]
                i += 1
                mapping = []
                for w in code[i:i + 64]:
                    mapping += list(w.to_bytes(4, sys.byteorder))
                emit(start, op, n, mapping)
                i += 64
                self.level += 1
                for _ in range(n):
                    emit2(_hex_words(code[i:i + 8]))
                    i += 8
                self.level -= 1
            elif op in (MARK, GROUPREF, GROUPREF_IGNORE, GROUPREF_UNI_IGNORE, GROUPREF_LOC_IGNORE):
                emit(start, op, code[i])
                i += 1
            elif op is JUMP:
                skip = code[i]
                emit(start, op, skip, to=i + skip)
                i += 1
            elif op is BRANCH:
                skip = code[i]
                emit(start, op, skip, to=i + skip)
                while skip:
                    self.walk(i + 1, i + skip)
                    i += skip
                    start = i
                    skip = code[i]
                    if skip:
                        emit(start, 'branch', skip, to=i + skip)
                    else:
                        emit(start, FAILURE)
                i += 1
            elif op in (REPEAT, REPEAT_ONE, MIN_REPEAT_ONE, POSSESSIVE_REPEAT, POSSESSIVE_REPEAT_ONE):
                skip, lo, hi = code[i:i + 3]
                emit(start, op, skip, lo, 'MAXREPEAT' if hi == MAXREPEAT else hi, to=i + skip)
                self.walk(i + 3, i + skip)
                i += skip
            elif op is GROUPREF_EXISTS:
                arg, skip = code[i:i + 2]
                emit(start, op, arg, skip, to=i + skip)
                i += 2
            elif op is ASSERT or op is ASSERT_NOT:
                skip, arg = code[i:i + 2]
                emit(start, op, skip, arg, to=i + skip)
                self.walk(i + 2, i + skip)
                i += skip
            elif op is ATOMIC_GROUP:
                skip = code[i]
                emit(start, op, skip, to=i + skip)
                self.walk(i + 1, i + skip)
                i += skip
            elif op is INFO:
                skip, mask, lo, hi = code[i:i + 4]
                emit(start, op, skip, bin(mask), lo, 'MAXREPEAT' if hi == MAXREPEAT else hi, to=i + skip)
                at = i + 4
                if mask & INFO_PREFIX:
                    plen, pskip = code[i + 4:i + 6]
                    emit2('  prefix_skip', pskip)
                    at = i + 6
                    prefix = code[at:at + plen]
                    emit2('  prefix', '[%s]' % ', '.join('%#02x' % x for x in prefix),
                          '(%r)' % ''.join(map(chr, prefix)))
                    at += plen
                    emit2('  overlap', code[at:at + plen])
                    at += plen
                if mask & INFO_CHARSET:
                    self.level += 1
                    emit2('in')
                    self.walk(at, i + skip)
                    self.level -= 1
                i += skip
        self.level -= 1


def codesize(pattern, flags):
    """The length of the sre program CPython compiles a valid pattern to (re.Pattern.__sizeof__ counts it)."""
    return len(program(parse(pattern, flags), flags))


def dump(pattern, flags):
    """What compiling pattern with re.DEBUG prints: the parse tree, a blank line, the program."""
    p = parse(pattern, flags)
    p.dump()
    print()
    dis(program(p, flags))
