"""The base of html.parser.HTMLParser, written for Immortal from the behaviour of CPython 3.12's
_markupbase: line/offset bookkeeping (getpos, updatepos) and the scanners for SGML declarations,
marked sections (<![CDATA[...]]>, MS Office's <![if ...]>) and comments.

Invariants: self.rawdata is the unparsed text; the scanners take the index where a construct
starts and return the index just after it, or -1 when the text ends before it does (the caller
waits for more). Malformed declarations raise AssertionError, as CPython's do."""

import re

# a name and the blanks after it
_declname_match = re.compile(r'[a-zA-Z][-_.a-zA-Z0-9]*\s*').match
# a quoted literal and the blanks after it
_declstringlit_match = re.compile(r'(\'[^\']*\'|"[^"]*")\s*').match
# the ends of a comment, a marked section and MS Office's <![if ...]> ... <![endif]>
_commentclose = re.compile(r'--\s*>')
_msmarkedsectionclose = re.compile(r']\s*>')
_markedsectionclose = re.compile(r']\s*]\s*>')

del re

_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
_STANDARD_SECTIONS = {"temp", "cdata", "ignore", "include", "rcdata"}
_MS_SECTIONS = {"if", "else", "endif"}
_SUBSET_DECLARATIONS = {"attlist", "element", "entity", "notation"}


class ParserBase:
    """Position tracking and declaration scanning shared by the markup parsers."""

    def __init__(self):
        if type(self) is ParserBase:
            raise RuntimeError("_markupbase.ParserBase must be subclassed")

    def reset(self):
        self.lineno = 1
        self.offset = 0

    def getpos(self):
        """(line number, offset in the line) of the parser's position."""
        return self.lineno, self.offset

    def updatepos(self, i, j):
        # Move the position over rawdata[i:j]; each piece of the input must pass through here
        # once, in order. Returns j.
        if i < j:
            text = self.rawdata
            newlines = text.count("\n", i, j)
            if newlines:
                self.lineno += newlines
                self.offset = j - (text.rindex("\n", i, j) + 1)
            else:
                self.offset += j - i
        return j

    _decl_otherchars = ''

    def parse_declaration(self, i):
        """Scan the SGML declaration at rawdata[i] ('<!...>'): a DOCTYPE goes to handle_decl,
        others to unknown_decl; comments and marked sections to their own scanners."""
        text = self.rawdata
        j = i + 2
        assert text[i:j] == "<!", "unexpected call to parse_declaration"
        first = text[j:j + 1]
        if first == ">":
            return j + 1        # '<!>', the empty comment
        if first in ("-", ""):
            return -1           # a comment or the declaration cut by the end of the text
        if text[j:j + 2] == '--':
            return self.parse_comment(i)
        if first == '[':
            return self.parse_marked_section(i)
        decltype, j = self._scan_name(j, i)
        if j < 0:
            return j
        if decltype == "doctype":
            # (a subclass may have widened the characters a declaration may hold)
            self._decl_otherchars = ''
        n = len(text)
        while j < n:
            c = text[j]
            if c == ">":
                body = text[i + 2:j]
                if decltype == "doctype":
                    self.handle_decl(body)
                else:
                    # HTML 5 would make it a comment; unknown_decl lets a subclass choose
                    self.unknown_decl(body)
                return j + 1
            if c in "\"'":
                m = _declstringlit_match(text, j)
                if m is None:
                    return -1
                j = m.end()
            elif c in _LETTERS:
                _, j = self._scan_name(j, i)
            elif c in self._decl_otherchars:
                j += 1
            elif c == "[":
                if decltype == "doctype":
                    j = self._parse_doctype_subset(j + 1, i)
                elif decltype not in {"attlist", "linktype", "link", "element"}:
                    raise AssertionError("unexpected '[' char in declaration")
                else:
                    raise AssertionError("unsupported '[' char in %s declaration" % decltype)
            else:
                raise AssertionError("unexpected %r char in declaration" % text[j])
            if j < 0:
                return j
        return -1

    def parse_marked_section(self, i, report=1):
        """Scan '<![keyword ... ]]>' (or MS Office's '<![if ...]>'); unknown_decl gets what is
        between '<![' and the closing brackets."""
        text = self.rawdata
        assert text[i:i + 3] == '<![', "unexpected call to parse_marked_section()"
        keyword, j = self._scan_name(i + 3, i)
        if j < 0:
            return j
        if keyword in _STANDARD_SECTIONS:
            close = _markedsectionclose.search(text, i + 3)
        elif keyword in _MS_SECTIONS:
            close = _msmarkedsectionclose.search(text, i + 3)
        else:
            raise AssertionError('unknown status keyword %r in marked section' % text[i + 3:j])
        if close is None:
            return -1
        if report:
            self.unknown_decl(text[i + 3:close.start(0)])
        return close.end(0)

    def parse_comment(self, i, report=1):
        """Scan '<!--...-->' ('--' then blanks then '>' ends it); handle_comment gets the
        inside."""
        text = self.rawdata
        if not text.startswith('<!--', i):
            raise AssertionError('unexpected call to parse_comment()')
        close = _commentclose.search(text, i + 4)
        if close is None:
            return -1
        if report:
            self.handle_comment(text[i + 4:close.start(0)])
        return close.end(0)

    def _parse_doctype_subset(self, i, declstartpos):
        # Skip the internal subset of a DOCTYPE (after its '['); returns the index of the '>'
        # that follows the closing ']' and blanks.
        text = self.rawdata
        n = len(text)
        j = i
        while j < n:
            c = text[j]
            if c.isspace():
                j += 1
            elif c == "<":
                two = text[j:j + 2]
                if two == "<":
                    return -1
                if two != "<!":
                    self.updatepos(declstartpos, j + 1)
                    raise AssertionError("unexpected char in internal subset (in %r)" % two)
                if j + 4 > n:
                    return -1
                if text[j:j + 4] == "<!--":
                    j = self.parse_comment(j, report=0)
                else:
                    name, j = self._scan_name(j + 2, declstartpos)
                    if j == -1:
                        return -1
                    if name not in _SUBSET_DECLARATIONS:
                        self.updatepos(declstartpos, j + 2)
                        raise AssertionError("unknown declaration %r in internal subset" % name)
                    j = getattr(self, "_parse_doctype_" + name)(j, declstartpos)
                if j < 0:
                    return j
            elif c == "%":
                # a parameter entity reference, %name;
                if j + 1 == n:
                    return -1
                _, j = self._scan_name(j + 1, declstartpos)
                if j < 0:
                    return j
                if text[j] == ";":
                    j += 1
            elif c == "]":
                j += 1
                while j < n and text[j].isspace():
                    j += 1
                if j >= n:
                    return -1
                if text[j] != ">":
                    self.updatepos(declstartpos, j)
                    raise AssertionError("unexpected char after internal subset")
                return j
            else:
                self.updatepos(declstartpos, j)
                raise AssertionError("unexpected char %r in internal subset" % c)
        return -1

    def _parse_doctype_element(self, i, declstartpos):
        # <!ELEMENT name ...>: the content model is skipped up to '>'
        _, j = self._scan_name(i, declstartpos)
        if j == -1:
            return -1
        close = self.rawdata.find(">", j)
        return -1 if close < 0 else close + 1

    def _parse_doctype_attlist(self, i, declstartpos):
        # <!ATTLIST element (name type [default])* >
        text = self.rawdata
        _, j = self._scan_name(i, declstartpos)
        c = text[j:j + 1]
        if c == "":
            return -1
        if c == ">":
            return j + 1
        while True:
            _, j = self._scan_name(j, declstartpos)     # the attribute's name
            if j < 0:
                return j
            c = text[j:j + 1]
            if c == "":
                return -1
            if c == "(":
                # an enumerated type, up to ')'
                close = text.find(")", j)
                if close < 0:
                    return -1
                j = close + 1
                while text[j:j + 1].isspace():
                    j += 1
                if j >= len(text):
                    return -1
            else:
                _, j = self._scan_name(j, declstartpos)  # the type
            c = text[j:j + 1]
            if not c:
                return -1
            if c in "'\"":
                m = _declstringlit_match(text, j)
                if m is None:
                    return -1
                j = m.end()
                c = text[j:j + 1]
                if not c:
                    return -1
            if c == "#":
                # #REQUIRED, #IMPLIED, #FIXED
                if text[j:] == "#":
                    return -1
                _, j = self._scan_name(j + 1, declstartpos)
                if j < 0:
                    return j
                c = text[j:j + 1]
                if not c:
                    return -1
            if c == '>':
                return j + 1

    def _parse_doctype_notation(self, i, declstartpos):
        # <!NOTATION name (names and literals)* >
        _, j = self._scan_name(i, declstartpos)
        if j < 0:
            return j
        text = self.rawdata
        while True:
            c = text[j:j + 1]
            if not c:
                return -1
            if c == '>':
                return j + 1
            if c in "'\"":
                m = _declstringlit_match(text, j)
                if m is None:
                    return -1
                j = m.end()
            else:
                _, j = self._scan_name(j, declstartpos)
                if j < 0:
                    return j

    def _parse_doctype_entity(self, i, declstartpos):
        # <!ENTITY [%] name (names and literals)* >
        text = self.rawdata
        j = i
        if text[i:i + 1] == "%":
            j = i + 1
            while True:
                c = text[j:j + 1]
                if not c:
                    return -1
                if not c.isspace():
                    break
                j += 1
        _, j = self._scan_name(j, declstartpos)
        if j < 0:
            return j
        while True:
            c = self.rawdata[j:j + 1]
            if not c:
                return -1
            if c == ">":
                return j + 1
            if c in "'\"":
                m = _declstringlit_match(text, j)
                if m is None:
                    return -1
                j = m.end()
            else:
                _, j = self._scan_name(j, declstartpos)
                if j < 0:
                    return j

    def _scan_name(self, i, declstartpos):
        # (lowercased name, index after it and its blanks), or (None, -1) when the text ends
        # in or right after the name
        text = self.rawdata
        n = len(text)
        if i == n:
            return None, -1
        m = _declname_match(text, i)
        if m is None:
            self.updatepos(declstartpos, i)
            raise AssertionError(
                "expected name token at %r" % text[declstartpos:declstartpos + 20])
        if m.end() == n:
            return None, -1
        return m.group().strip().lower(), m.end()

    def unknown_decl(self, data):
        # for subclasses: a declaration other than DOCTYPE, or a marked section
        pass
