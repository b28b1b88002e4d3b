"""MIMENonMultipart (CPython's email.mime.nonmultipart), written for Immortal: a MIME part that
refuses sub-parts."""

from email import errors
from email.mime.base import MIMEBase

__all__ = ['MIMENonMultipart']


class MIMENonMultipart(MIMEBase):
    """A MIME part that is not a multipart."""

    def attach(self, payload):
        raise errors.MultipartConversionError(
            'Cannot attach additional subparts to non-multipart/*')
