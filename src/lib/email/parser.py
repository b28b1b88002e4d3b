"""Parsing whole messages from strings, bytes and files (CPython's email.parser), written for
Immortal: thin wrappers that feed email.feedparser.FeedParser. The bytes parsers decode as ASCII
with surrogate escapes, so non-ASCII bytes survive a parse and a BytesGenerator round trip."""

from io import StringIO, TextIOWrapper

from email._policybase import compat32
from email.feedparser import BytesFeedParser, FeedParser

__all__ = ['Parser', 'HeaderParser', 'BytesParser', 'BytesHeaderParser', 'FeedParser',
           'BytesFeedParser']

_CHUNK = 8192


class Parser:
    """Parse text into a message made by _class (the policy's message_factory by default)."""

    def __init__(self, _class=None, *, policy=compat32):
        self._class = _class
        self.policy = policy

    def parse(self, fp, headersonly=False):
        """Read a text file to its end and return the message; headersonly leaves the body as
        one unparsed str."""
        feeder = FeedParser(self._class, policy=self.policy)
        if headersonly:
            feeder._set_headersonly()
        for chunk in iter(lambda: fp.read(_CHUNK), ''):
            feeder.feed(chunk)
        return feeder.close()

    def parsestr(self, text, headersonly=False):
        """Parse a message from a str."""
        return self.parse(StringIO(text), headersonly=headersonly)


class HeaderParser(Parser):
    """A Parser that only parses the headers."""

    def parse(self, fp, headersonly=True):
        return super().parse(fp, headersonly=True)

    def parsestr(self, text, headersonly=True):
        return super().parsestr(text, headersonly=True)


class BytesParser:
    """Parse bytes into a message; the arguments are Parser's."""

    def __init__(self, *args, **kw):
        self.parser = Parser(*args, **kw)

    def parse(self, fp, headersonly=False):
        """Read a binary file to its end and return the message."""
        text = TextIOWrapper(fp, encoding='ascii', errors='surrogateescape')
        try:
            return self.parser.parse(text, headersonly)
        finally:
            # leave the caller's file open
            text.detach()

    def parsebytes(self, text, headersonly=False):
        """Parse a message from bytes."""
        return self.parser.parsestr(text.decode('ASCII', errors='surrogateescape'), headersonly)


class BytesHeaderParser(BytesParser):
    """A BytesParser that only parses the headers."""

    def parse(self, fp, headersonly=True):
        return super().parse(fp, headersonly=True)

    def parsebytes(self, text, headersonly=True):
        return super().parsebytes(text, headersonly=True)
