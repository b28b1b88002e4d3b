"""MIMEBase, the root of the email.mime classes (CPython's email.mime.base), written for Immortal:
a compat32 Message (unless another policy is given) that starts with Content-Type and
MIME-Version headers."""

import email.policy
from email import message

__all__ = ['MIMEBase']


class MIMEBase(message.Message):
    """A MIME part of type _maintype/_subtype; keyword arguments become Content-Type
    parameters."""

    def __init__(self, _maintype, _subtype, *, policy=None, **_params):
        message.Message.__init__(self, policy=email.policy.compat32 if policy is None else policy)
        self.add_header('Content-Type', f'{_maintype}/{_subtype}', **_params)
        self['MIME-Version'] = '1.0'
