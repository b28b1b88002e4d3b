"""MIMEMessage (CPython's email.mime.message), written for Immortal."""

from email import message
from email.mime.nonmultipart import MIMENonMultipart

__all__ = ['MIMEMessage']


class MIMEMessage(MIMENonMultipart):
    """A message/_subtype part enclosing the Message _msg."""

    def __init__(self, _msg, _subtype='rfc822', *, policy=None):
        MIMENonMultipart.__init__(self, 'message', _subtype, policy=policy)
        if not isinstance(_msg, message.Message):
            raise TypeError('Argument is not an instance of Message')
        # (MIMENonMultipart refuses attach; the enclosed message is the payload list)
        message.Message.attach(self, _msg)
        self.set_default_type('message/rfc822')
