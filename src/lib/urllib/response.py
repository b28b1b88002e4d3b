"""The response objects of urllib.request, written for Immortal from CPython 3.12's documented
behaviour: a file-like wrapper (addbase, a tempfile._TemporaryFileWrapper that never deletes
anything) plus a close hook (addclosehook), headers (addinfo: info()) and the URL and status
(addinfourl: geturl(), getcode(), url, status)."""

import tempfile

__all__ = ['addbase', 'addclosehook', 'addinfo', 'addinfourl']


class addbase(tempfile._TemporaryFileWrapper):
    """A file object with the wrapper's forwarding of attributes; base of the response classes."""

    def __init__(self, fp):
        super().__init__(fp, '<urllib response>', delete=False)
        self.fp = fp

    def __repr__(self):
        return f'<{type(self).__name__} at {id(self)!r} whose fp = {self.file!r}>'

    def __exit__(self, type, value, traceback):
        self.close()

    def __enter__(self):
        # unlike a file's, entering a closed response is an error
        if self.fp.closed:
            raise ValueError("I/O operation on closed file")
        return self


class addclosehook(addbase):
    """Calls closehook(*hookargs) once, when the response is closed."""

    def __init__(self, fp, closehook, *hookargs):
        super().__init__(fp)
        self.closehook = closehook
        self.hookargs = hookargs

    def close(self):
        hook, args = self.closehook, self.hookargs
        try:
            if hook:
                self.closehook = self.hookargs = None
                hook(*args)
        finally:
            super().close()


class addinfo(addbase):
    """Adds info(): the response's headers."""

    def __init__(self, fp, headers):
        super().__init__(fp)
        self.headers = headers

    def info(self):
        return self.headers


class addinfourl(addinfo):
    """Adds the URL (geturl(), url) and the status code (getcode(), code, status)."""

    def __init__(self, fp, headers, url, code=None):
        super().__init__(fp, headers)
        self.url = url
        self.code = code

    def geturl(self):
        return self.url

    def getcode(self):
        return self.code

    status = property(getcode, doc='The status code of the response (None for file: and data:).')
