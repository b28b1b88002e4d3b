"""The incremental message parser (CPython's email.feedparser), written for Immortal.

feed() may be given the message in pieces of any size; close() returns the root message. Input goes
into a BufferedSubFile, which hands out complete lines and can pretend to be at its end while a
"end of file" predicate on its stack matches the next line: that is how a multipart's boundary ends
the parse of each part. The parser itself is a generator that yields NeedMoreData whenever it runs
out of lines, and continues where it stopped at the next feed(). What is wrong with the input is
recorded as defects on the message (through the policy) rather than raised."""

import re
from collections import deque

from email import errors
from email._policybase import compat32

__all__ = ['FeedParser', 'BytesFeedParser']

NLCRE = re.compile(r'\r\n|\r|\n')
NLCRE_crack = re.compile(r'(\r\n|\r|\n)')
NLCRE_eol = re.compile(r'(\r\n|\r|\n)\Z')
NLCRE_bol = re.compile(r'(\r\n|\r|\n)')
# A header line: an envelope 'From ', a field name and colon, or a continuation.
headerRE = re.compile(r'^(From |[\041-\071\073-\176]*:|[\t ])')
EMPTYSTRING = ''
NL = '\n'

# Yielded by the parser when it needs more input.
NeedMoreData = object()

# a line with its ending, or the unterminated text at the end
_LINE = re.compile(r'[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+')


class BufferedSubFile(object):
    """Lines for the parser: readline() gives '' at the end (or where an end predicate matches)
    and NeedMoreData when the input so far is used up."""

    def __init__(self):
        self._partial = []          # text after the last complete line
        self._lines = deque()
        self._eofstack = []
        self._closed = False

    def pop_eof_matcher(self):
        """Remove and return the innermost end predicate."""
        return self._eofstack.pop()

    def push_eof_matcher(self, pred):
        """From now on readline() returns '' before a line for which pred is true."""
        self._eofstack.append(pred)

    def close(self):
        """No more input: the unterminated rest becomes the last line."""
        self.pushlines(_LINE.findall(''.join(self._partial)))
        self._partial = []
        self._closed = True

    def readline(self):
        if not self._lines:
            return '' if self._closed else NeedMoreData
        line = self._lines.popleft()
        # an enclosing part's boundary (innermost first) ends this part
        for at_end in reversed(self._eofstack):
            if at_end(line):
                self._lines.appendleft(line)
                return ''
        return line

    def unreadline(self, line):
        assert line is not NeedMoreData
        self._lines.appendleft(line)

    def push(self, data):
        """Add input; complete lines become readable. A line ending in '\\r' waits, since a
        '\\n' may follow in the next piece."""
        self._partial.append(data)
        if '\n' not in data and '\r' not in data:
            return
        lines = _LINE.findall(''.join(self._partial))
        self._partial = [lines.pop()] if not lines[-1].endswith('\n') else []
        self.pushlines(lines)

    def __iter__(self):
        return self

    def pushlines(self, lines):
        """Make these complete lines readable, after those already there."""
        self._lines.extend(lines)

    def __next__(self):
        # iteration stops at the (possibly pretended) end
        line = self.readline()
        if line != '':
            return line
        raise StopIteration


class FeedParser:
    """Parse a message given in pieces: feed(text) as often as needed, then close()."""

    def __init__(self, _factory=None, *, policy=compat32):
        self.policy = policy
        self._old_style_factory = False
        if _factory is not None:
            self._factory = _factory
            try:
                _factory(policy=self.policy)
            except TypeError:
                # a factory that takes no policy argument
                self._old_style_factory = True
        elif policy.message_factory is not None:
            self._factory = policy.message_factory
        else:
            from email.message import Message
            self._factory = Message
        self._input = BufferedSubFile()
        self._msgstack = []
        self._parse = self._parsegen().__next__
        self._cur = self._last = None
        self._headersonly = False

    def _set_headersonly(self):
        self._headersonly = True

    def feed(self, data):
        """Parse some more text."""
        self._input.push(data)
        self._call_parse()

    def _call_parse(self):
        # run the parser until it needs more input (or has finished)
        try:
            self._parse()
        except StopIteration:
            return

    def close(self):
        """Parse what is left and return the root message."""
        self._input.close()
        self._call_parse()
        root = self._pop_message()
        assert not self._msgstack
        if (not self._headersonly and root.get_content_maintype() == 'multipart'
                and not root.is_multipart()):
            self.policy.handle_defect(root, errors.MultipartInvariantViolationDefect())
        return root

    def _new_message(self):
        msg = self._factory() if self._old_style_factory else self._factory(policy=self.policy)
        # (a message without headers is false here, as in CPython)
        if self._cur and self._cur.get_content_type() == 'multipart/digest':
            msg.set_default_type('message/rfc822')
        parent = self._msgstack[-1] if self._msgstack else None
        if parent is not None:
            parent.attach(msg)
        self._msgstack.append(msg)
        self._cur = self._last = msg

    def _pop_message(self):
        msg = self._msgstack.pop()
        self._cur = self._msgstack[-1] if self._msgstack else None
        return msg

    def _line(self):
        # (generator) the next line, waiting for input as long as needed
        while True:
            line = self._input.readline()
            if line is not NeedMoreData:
                return line
            yield NeedMoreData

    def _rest(self):
        # (generator) every remaining line of the current part
        lines = []
        while True:
            line = yield from self._line()
            if line == '':
                return lines
            lines.append(line)

    def _parsegen(self):
        """Parse one message (headers, then a body that depends on its type) onto the stack."""
        self._new_message()
        headers = []
        while True:
            line = yield from self._line()
            if line == '':
                break
            if headerRE.match(line):
                headers.append(line)
                continue
            if not NLCRE.match(line):
                # the header block ended without the blank line
                self.policy.handle_defect(self._cur, errors.MissingHeaderBodySeparatorDefect())
                self._input.unreadline(line)
            break
        self._parse_headers(headers)
        if self._headersonly:
            self._cur.set_payload(EMPTYSTRING.join((yield from self._rest())))
        elif self._cur.get_content_type() == 'message/delivery-status':
            yield from self._parse_delivery_status()
        elif self._cur.get_content_maintype() == 'message':
            yield from self._parsegen()
            self._pop_message()
        elif self._cur.get_content_maintype() == 'multipart':
            yield from self._parse_multipart()
        else:
            self._cur.set_payload(EMPTYSTRING.join((yield from self._rest())))

    def _parse_delivery_status(self):
        # blocks of headers separated by blank lines, each parsed as a message of its own
        while True:
            self._input.push_eof_matcher(NLCRE.match)
            yield from self._parsegen()
            self._pop_message()
            self._input.pop_eof_matcher()
            yield from self._line()           # the blank line that ended the block
            line = yield from self._line()
            if line == '':
                return
            self._input.unreadline(line)

    def _parse_multipart(self):
        msg = self._cur
        boundary = msg.get_boundary()
        if boundary is None:
            self.policy.handle_defect(msg, errors.NoBoundaryInMultipartDefect())
            msg.set_payload(EMPTYSTRING.join((yield from self._rest())))
            return
        cte = str(msg.get('content-transfer-encoding', '8bit')).lower()
        if cte not in ('7bit', '8bit', 'binary'):
            self.policy.handle_defect(msg, errors.InvalidMultipartContentTransferEncodingDefect())
        boundaryre = re.compile('(?P<sep>' + re.escape('--' + boundary) +
                                r')(?P<end>--)?(?P<ws>[ \t]*)(?P<linesep>\r\n|\r|\n)?$')
        preamble = []         # the lines before the first boundary
        seen_start = False    # whether the first boundary was seen
        closed_by = None      # the match of the closing boundary, once seen
        while True:
            line = yield from self._line()
            if line == '':
                break
            mo = boundaryre.match(line)
            if mo is None:
                # (after the first boundary the sub-parts consume every other line)
                assert not seen_start
                preamble.append(line)
            elif mo.group('end'):
                closed_by = mo
                break
            elif seen_start:
                yield from self._parse_subpart(boundaryre)
            else:
                seen_start = True
                if preamble:
                    preamble[-1] = _strip_eol(preamble[-1])
                    msg.preamble = EMPTYSTRING.join(preamble)
                self._input.unreadline(line)
        if not seen_start:
            self.policy.handle_defect(msg, errors.StartBoundaryNotFoundDefect())
            msg.set_payload(EMPTYSTRING.join(preamble))
            yield from self._rest()       # the rest is lost, as in CPython
            msg.epilogue = ''
            return
        if closed_by is None:
            self.policy.handle_defect(msg, errors.CloseBoundaryNotFoundDefect())
            return
        epilogue = yield from self._rest()
        if closed_by.group('linesep'):
            msg.epilogue = EMPTYSTRING.join(epilogue)
            return
        if epilogue:
            # the closing boundary had no line end: the epilogue's first one belongs to it
            bol = NLCRE_bol.match(epilogue[0])
            if bol:
                epilogue[0] = epilogue[0][len(bol.group(0)):]
        msg.epilogue = EMPTYSTRING.join(epilogue)

    def _parse_subpart(self, boundaryre):
        # boundary lines that follow each other delimit empty nothing: skip them
        while True:
            line = yield from self._line()
            if not boundaryre.match(line):
                self._input.unreadline(line)
                break
        self._input.push_eof_matcher(boundaryre.match)
        yield from self._parsegen()
        # the line end before a boundary belongs to the boundary, not to the part
        last = self._last
        if last.get_content_maintype() == 'multipart':
            if last.epilogue == '':
                last.epilogue = None
            elif last.epilogue is not None:
                last.epilogue = _strip_eol(last.epilogue)
        elif isinstance(last._payload, str):
            last._payload = _strip_eol(last._payload)
        self._input.pop_eof_matcher()
        self._pop_message()
        self._last = self._cur

    def _parse_headers(self, lines):
        name = ''
        pending = []

        def store():
            self._cur.set_raw(*self.policy.header_source_parse(pending))

        for lineno, line in enumerate(lines):
            if line[0] in ' \t':
                if name:
                    pending.append(line)
                else:
                    self.policy.handle_defect(
                        self._cur, errors.FirstHeaderLineIsContinuationDefect(line))
                continue
            if name:
                store()
                name, pending = '', []
            if line.startswith('From '):
                if lineno == 0:
                    self._cur.set_unixfrom(_strip_eol(line))
                elif lineno == len(lines) - 1:
                    # most likely the first line of a body that has no blank line before it
                    self._input.unreadline(line)
                    return
                else:
                    self._cur.defects.append(errors.MisplacedEnvelopeHeaderDefect(line))
                continue
            colon = line.find(':')
            if colon == 0:
                self._cur.defects.append(errors.InvalidHeaderDefect("Missing header name."))
                continue
            assert colon > 0, "_parse_headers fed line with no : and no leading WS"
            name = line[:colon]
            pending = [line]
        if name:
            store()


def _strip_eol(text):
    mo = NLCRE_eol.search(text)
    return text[:-len(mo.group(0))] if mo else text


class BytesFeedParser(FeedParser):
    """A FeedParser fed bytes; bytes that are not ASCII are kept as surrogate escapes."""

    def feed(self, data):
        super().feed(data.decode('ascii', 'surrogateescape'))
