"""MIMEText (CPython's email.mime.text), written for Immortal."""

from email.mime.nonmultipart import MIMENonMultipart

__all__ = ['MIMEText']


class MIMEText(MIMENonMultipart):
    """A text/_subtype part; the charset defaults to us-ascii when the text fits, else utf-8,
    and decides the transfer encoding (utf-8 text is base64-encoded)."""

    def __init__(self, _text, _subtype='plain', _charset=None, *, policy=None):
        if _charset is None:
            _charset = 'us-ascii' if _text.isascii() else 'utf-8'
        MIMENonMultipart.__init__(self, 'text', _subtype, policy=policy, charset=str(_charset))
        self.set_payload(_text, _charset)
