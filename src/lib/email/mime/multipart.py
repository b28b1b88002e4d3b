"""MIMEMultipart (CPython's email.mime.multipart), written for Immortal."""

from email.mime.base import MIMEBase

__all__ = ['MIMEMultipart']


class MIMEMultipart(MIMEBase):
    """A multipart/_subtype message; _subparts are attached, boundary is set when given (else
    the generator makes one up)."""

    def __init__(self, _subtype='mixed', boundary=None, _subparts=None, *, policy=None,
                 **_params):
        MIMEBase.__init__(self, 'multipart', _subtype, policy=policy, **_params)
        # a multipart has a list payload even before its first part
        self._payload = []
        for part in _subparts or ():
            self.attach(part)
        if boundary:
            self.set_boundary(boundary)
