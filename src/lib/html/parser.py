"""An HTML (and XHTML) tokenizer for Immortal, written from the documented behaviour of CPython
3.12's html.parser: HTMLParser reads text fed to it in any pieces and calls a handler method for
each start tag, end tag, run of text, character or entity reference, comment, declaration and
processing instruction, in the order and with the arguments CPython's gives on well-formed and
broken markup alike.

Invariants: self.rawdata holds the text not yet handled (feed() appends, goahead() consumes as
much as can be decided); the content of <script> and <style> is text up to the matching end tag
(cdata_elem); with convert_charrefs, references in text are converted and text is never handed out
while a reference might still be cut at the end of the data."""

import re
import _markupbase

from html import unescape

__all__ = ['HTMLParser']

# where text ends: markup or a reference
interesting_normal = re.compile('[&<]')
# a reference, followed by a character that ends it
entityref = re.compile('&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]')
charref = re.compile('&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]')
# the start of a reference that the data may have cut
incomplete = re.compile('&[a-zA-Z#]')
starttagopen = re.compile('<[a-zA-Z]')
commentclose = re.compile(r'--\s*>')
piclose = re.compile('>')
endendtag = re.compile('>')
# HTML 5 allows no blanks between '</' and the name; this tolerates them
endtagfind = re.compile(r'</\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>')

# The tag name (HTML 5 tag name state), then the attributes one at a time: a name, and perhaps
# '=' and a value in single quotes, double quotes or none. locatestarttagend_tolerant finds where
# the whole tag ends with the same rules; the three must stay in step.
tagfind_tolerant = re.compile(r'([a-zA-Z][^\t\n\r\f />\x00]*)(?:\s|/(?!>))*')
attrfind_tolerant = re.compile(
    r'((?<=[\'"\s/])[^\s/>][^\s/=>]*)'                        # name (group 1)
    r'(\s*=+\s*(\'[^\']*\'|"[^"]*"|(?![\'"])[^>\s]*))?'      # '=' value (groups 2, 3)
    r'(?:\s|/(?!>))*')
locatestarttagend_tolerant = re.compile(
    r'<[a-zA-Z][^\t\n\r\f />\x00]*'                     # the name
    r'(?:[\s/]*'
    r'(?:(?<=[\'"\s/])[^\s/>][^\s/=>]*'                 # an attribute's name
    r'(?:\s*=+\s*(?:\'[^\']*\'|"[^"]*"|(?![\'"])[^>\s]*)\s*)?'   # its value
    r'(?:\s|/(?!>))*'
    r')*'
    r')?'
    r'\s*')

# characters after which a '&' near the end of the data cannot start a cut reference
_ref_stop = re.compile(r'[\s;]')


class HTMLParser(_markupbase.ParserBase):
    """Find tags and other markup and call a handler method for each.

        p = HTMLParser()
        p.feed(data)    # as often as wanted, with pieces of any size
        p.close()

    Subclasses override handle_starttag(tag, attrs), handle_startendtag (for '<tag/>'),
    handle_endtag(tag), handle_data(text), handle_comment, handle_decl, handle_pi and
    unknown_decl. Tag and attribute names are lowercased; attrs is a list of (name, value)
    pairs, value None for an attribute without '='. With convert_charrefs (the default) character
    references in text and attribute values are converted and handle_data gets whole runs of text;
    without it, references in text go to handle_charref and handle_entityref."""

    CDATA_CONTENT_ELEMENTS = ("script", "style")

    def __init__(self, *, convert_charrefs=True):
        """A parser, reset; convert_charrefs: see the class."""
        super().__init__()
        self.convert_charrefs = convert_charrefs
        self.reset()

    def reset(self):
        """Forget all unprocessed data and state."""
        self.rawdata = ''
        self.cdata_elem = None
        self.interesting = interesting_normal
        self.lasttag = '???'
        super().reset()

    def feed(self, data):
        """Add data to the text to parse, and handle as much of it as can be decided."""
        self.rawdata = self.rawdata + data
        self.goahead(0)

    def close(self):
        """Handle everything left, as if the text ended here."""
        self.goahead(1)

    __starttag_text = None

    def get_starttag_text(self):
        """The source text of the last start tag handled, '<...>'."""
        return self.__starttag_text

    def set_cdata_mode(self, elem):
        # the element's content is text up to its end tag
        self.cdata_elem = elem.lower()
        self.interesting = re.compile(r'</\s*%s\s*>' % self.cdata_elem, re.I)

    def clear_cdata_mode(self):
        self.cdata_elem = None
        self.interesting = interesting_normal

    def _converting(self):
        return self.convert_charrefs and not self.cdata_elem

    def _text(self, text):
        # hand over a run of text, converting its references when that is on
        self.handle_data(unescape(text) if self._converting() else text)

    def _next_markup(self, text, i):
        # Index of the next '<' (or '&', or the end tag of a CDATA element) at or after i; len(text)
        # when the rest is plain text; -1 when the rest must wait for more data.
        n = len(text)
        if self._converting():
            j = text.find('<', i)
            if j >= 0:
                return j
            # a reference may be cut at the end of the data: keep the text until it is complete
            amp = text.rfind('&', max(i, n - 34))
            if amp >= 0 and not _ref_stop.search(text, amp):
                return -1
            return n
        m = self.interesting.search(text, i)
        if m:
            return m.start()
        return -1 if self.cdata_elem else n

    def goahead(self, end):
        # Handle rawdata as far as it can be decided; with end true, everything, as if the text
        # ended here. What is left stays in rawdata for the next feed().
        text = self.rawdata
        i, n = 0, len(text)
        while i < n:
            j = self._next_markup(text, i)
            if j < 0:
                break
            if i < j:
                self._text(text[i:j])
            i = self.updatepos(i, j)
            if i == n:
                break
            if text.startswith('<', i):
                k = self._markup_at(text, i, n)
                if k is None:
                    break
                if k < 0:
                    if not end:
                        break
                    # never completed: the text up to the next '>' (or '<') is just text
                    k = text.find('>', i + 1)
                    if k >= 0:
                        k += 1
                    else:
                        k = text.find('<', i + 1)
                        if k < 0:
                            k = i + 1
                    self._text(text[i:k])
                i = self.updatepos(i, k)
            elif text.startswith('&#', i):
                k = self._charref_at(text, i)
                if k < 0:
                    # not a valid reference: consume '&#' only if the reference has ended
                    if ";" in text[i:]:
                        self.handle_data(text[i:i + 2])
                        i = self.updatepos(i, i + 2)
                    break
                i = self.updatepos(i, k)
            elif text.startswith('&', i):
                k = self._entityref_at(text, i)
                if k >= 0:
                    i = self.updatepos(i, k)
                    continue
                m = incomplete.match(text, i)
                if m:
                    # '&name' cut by the end of the data; at the very end only '&' is consumed
                    if end and m.group() == text[i:]:
                        i = self.updatepos(i, i + 1)
                    break
                if i + 1 >= n:
                    break
                self.handle_data("&")
                i = self.updatepos(i, i + 1)
            else:
                raise AssertionError("interesting.search() lied")
        if end and i < n and not self.cdata_elem:
            self._text(text[i:n])
            i = self.updatepos(i, n)
        self.rawdata = text[i:]

    def _markup_at(self, text, i, n):
        # the scanner for the markup starting with '<' at i: its end, -1 if incomplete, None when
        # a lone '<' ends the data
        if starttagopen.match(text, i):
            return self.parse_starttag(i)
        if text.startswith("</", i):
            return self.parse_endtag(i)
        if text.startswith("<!--", i):
            return self.parse_comment(i)
        if text.startswith("<?", i):
            return self.parse_pi(i)
        if text.startswith("<!", i):
            return self.parse_html_declaration(i)
        if i + 1 < n:
            self.handle_data("<")
            return i + 1
        return None

    def _charref_at(self, text, i):
        # '&#...' at i: handle_charref and the end of the reference ('; ' consumed, any other
        # following character not), or -1
        m = charref.match(text, i)
        if m is None:
            return -1
        self.handle_charref(m.group()[2:-1])
        stop = m.end()
        return stop if text[stop - 1] == ';' else stop - 1

    def _entityref_at(self, text, i):
        # '&name' at i, followed by a character that ends the name: handle_entityref, or -1
        m = entityref.match(text, i)
        if m is None:
            return -1
        self.handle_entityref(m.group(1))
        stop = m.end()
        return stop if text[stop - 1] == ';' else stop - 1

    def parse_html_declaration(self, i):
        # '<!': a comment, a marked section, a DOCTYPE, or else a bogus comment (HTML 5's markup
        # declaration open state)
        text = self.rawdata
        assert text[i:i + 2] == '<!', 'unexpected call to parse_html_declaration()'
        if text.startswith('<!--', i):
            return self.parse_comment(i)
        if text.startswith('<![', i):
            return self.parse_marked_section(i)
        if text[i:i + 9].lower() == '<!doctype':
            gt = text.find('>', i + 9)
            if gt < 0:
                return -1
            self.handle_decl(text[i + 2:gt])
            return gt + 1
        return self.parse_bogus_comment(i)

    def parse_bogus_comment(self, i, report=1):
        # '<!...>' or '</...>' that is nothing else: a comment up to the first '>'
        text = self.rawdata
        assert text[i:i + 2] in ('<!', '</'), 'unexpected call to parse_comment()'
        gt = text.find('>', i + 2)
        if gt < 0:
            return -1
        if report:
            self.handle_comment(text[i + 2:gt])
        return gt + 1

    def parse_pi(self, i):
        # '<?...>': a processing instruction, up to the first '>'
        text = self.rawdata
        assert text[i:i + 2] == '<?', 'unexpected call to parse_pi()'
        m = piclose.search(text, i + 2)
        if m is None:
            return -1
        self.handle_pi(text[i + 2:m.start()])
        return m.end()

    def parse_starttag(self, i):
        # '<name attrs...>' or '<name .../>': handle_starttag / handle_startendtag
        self.__starttag_text = None
        stop = self.check_for_whole_start_tag(i)
        if stop < 0:
            return stop
        text = self.rawdata
        self.__starttag_text = text[i:stop]

        m = tagfind_tolerant.match(text, i + 1)
        assert m, 'unexpected call to parse_starttag()'
        tag = self.lasttag = m.group(1).lower()
        attrs = []
        k = m.end()
        while k < stop:
            m = attrfind_tolerant.match(text, k)
            if m is None:
                break
            name, has_value, value = m.group(1, 2, 3)
            if not has_value:
                value = None
            elif len(value) >= 1 and value[0] == value[-1] and value[0] in '\'"':
                value = value[1:-1]
            if value:
                value = unescape(value)
            attrs.append((name.lower(), value))
            k = m.end()

        closing = text[k:stop].strip()
        if closing not in (">", "/>"):
            # not a tag after all: its text is data
            self.handle_data(text[i:stop])
            return stop
        if closing.endswith('/>'):
            self.handle_startendtag(tag, attrs)     # XHTML's empty element
        else:
            self.handle_starttag(tag, attrs)
            if tag in self.CDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(tag)
        return stop

    def check_for_whole_start_tag(self, i):
        # the end of the start tag at i, or -1 when the data may end inside it
        text = self.rawdata
        m = locatestarttagend_tolerant.match(text, i)
        if not m:
            raise AssertionError("we should not get here!")
        j = m.end()
        after = text[j:j + 1]
        if after == ">":
            return j + 1
        if after == "/":
            # '/>' ends the tag; a '/' at the end of the data may be the start of one
            return j + 2 if text.startswith("/>", j) else -1
        if after == "" or after == "=" or (after.isascii() and after.isalpha()):
            # the data ends in the tag, or in or before an attribute value
            return -1
        return j if j > i else i + 1

    def parse_endtag(self, i):
        # '</name>': handle_endtag; in a CDATA element only its own end tag counts
        text = self.rawdata
        assert text[i:i + 2] == "</", "unexpected call to parse_endtag"
        m = endendtag.search(text, i + 1)
        if m is None:
            return -1
        gt_end = m.end()
        m = endtagfind.match(text, i)
        if m:
            elem = m.group(1).lower()
            if self.cdata_elem is not None and elem != self.cdata_elem:
                self.handle_data(text[i:gt_end])
                return gt_end
            self.handle_endtag(elem)
            self.clear_cdata_mode()
            return gt_end
        if self.cdata_elem is not None:
            self.handle_data(text[i:gt_end])
            return gt_end
        # a tolerant reading (HTML 5's tag name state): the name, then anything up to '>'
        m = tagfind_tolerant.match(text, i + 2)
        if m is None:
            if text.startswith('</>', i):
                return i + 3        # '</>' is dropped
            return self.parse_bogus_comment(i)
        self.handle_endtag(m.group(1).lower())
        return text.find('>', m.end()) + 1

    # Handlers, for subclasses to override.

    def handle_startendtag(self, tag, attrs):
        # '<tag .../>': a start tag and its end tag
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_starttag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        pass

    def handle_charref(self, name):
        pass

    def handle_entityref(self, name):
        pass

    def handle_data(self, data):
        pass

    def handle_comment(self, data):
        pass

    def handle_decl(self, decl):
        pass

    def handle_pi(self, data):
        pass

    def unknown_decl(self, data):
        pass
