"""The exceptions of urllib.request, written for Immortal from CPython 3.12's documented behaviour.

URLError (an OSError) carries the reason a URL could not be opened; HTTPError is also a response
(status, headers, body), since an HTTP error answer is still an answer; ContentTooShortError is what
urlretrieve() raises when fewer bytes came than Content-Length promised."""

__all__ = ['URLError', 'HTTPError', 'ContentTooShortError']

import io
import urllib.response


class URLError(OSError):
    # args is just (reason,), whatever OSError would make of it
    def __init__(self, reason, filename=None):
        self.args = (reason,)
        self.reason = reason
        if filename is not None:
            self.filename = filename

    def __str__(self):
        return f'<urlopen error {self.reason}>'


class HTTPError(URLError, urllib.response.addinfourl):
    """An HTTP error status; the exception is also the response that carried it."""

    def __init__(self, url, code, msg, hdrs, fp):
        self.code, self.msg, self.hdrs, self.fp = code, msg, hdrs, fp
        self.filename = url
        # the response part needs a file even when the error came without a body
        body = io.BytesIO() if fp is None else fp
        urllib.response.addinfourl.__init__(self, body, hdrs, url, code)

    def __str__(self):
        return f'HTTP Error {self.code}: {self.msg}'

    def __repr__(self):
        return f'<HTTPError {self.code}: {self.msg!r}>'

    @property
    def reason(self):
        return self.msg

    @property
    def headers(self):
        return self.hdrs

    @headers.setter
    def headers(self, value):
        self.hdrs = value


class ContentTooShortError(URLError):
    """Raised by urlretrieve() when the data is shorter than its Content-Length."""

    def __init__(self, message, content):
        URLError.__init__(self, message)
        self.content = content
