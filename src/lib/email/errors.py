"""The email package's exceptions and parsing defects (CPython's email.errors), written for Immortal.

Exceptions are raised; defects are instances that parsers attach to a message's or a header's
`defects` list instead of raising (unless the policy says raise_on_defect). Every defect derives
from MessageDefect, itself a ValueError, so a strict policy raises something catchable as such."""


class MessageError(Exception):
    """Root of the email package's exceptions."""


class MessageParseError(MessageError):
    """A message could not be parsed."""


class HeaderParseError(MessageParseError):
    """A header could not be parsed."""


class BoundaryError(MessageParseError):
    """The closing multipart boundary was missing."""


class MultipartConversionError(MessageError, TypeError):
    """A message cannot be turned into a multipart."""


class CharsetError(MessageError):
    """The character set name is not acceptable."""


class MessageDefect(ValueError):
    """Something wrong in a parsed message that the parser worked around."""

    def __init__(self, line=None):
        # the args stay empty when no offending line is given, as in CPython
        args = () if line is None else (line,)
        super().__init__(*args)
        self.line = line


class NoBoundaryInMultipartDefect(MessageDefect):
    """multipart/* without a boundary parameter."""


class StartBoundaryNotFoundDefect(MessageDefect):
    """The first boundary line of a multipart never came."""


class CloseBoundaryNotFoundDefect(MessageDefect):
    """A multipart started but its closing boundary never came."""


class FirstHeaderLineIsContinuationDefect(MessageDefect):
    """The header block began with a folded (indented) line."""


class MisplacedEnvelopeHeaderDefect(MessageDefect):
    """A 'From ' line inside the header block."""


class MissingHeaderBodySeparatorDefect(MessageDefect):
    """A line that is neither a header nor blank ended the header block."""


MalformedHeaderDefect = MissingHeaderBodySeparatorDefect


class MultipartInvariantViolationDefect(MessageDefect):
    """A multipart content type whose body held no parts."""


class InvalidMultipartContentTransferEncodingDefect(MessageDefect):
    """A multipart declared a transfer encoding other than 7bit, 8bit or binary."""


class UndecodableBytesDefect(MessageDefect):
    """Bytes in a header that the declared charset cannot decode."""


class InvalidBase64PaddingDefect(MessageDefect):
    """Base64 data whose padding was wrong."""


class InvalidBase64CharactersDefect(MessageDefect):
    """Base64 data with characters outside the alphabet."""


class InvalidBase64LengthDefect(MessageDefect):
    """Base64 data of a length that no padding can fix (1 mod 4)."""


class HeaderDefect(MessageDefect):
    """Root of the defects found while parsing a header value."""

    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)


class InvalidHeaderDefect(HeaderDefect):
    """A header value is invalid; the message says how."""


class HeaderMissingRequiredValue(HeaderDefect):
    """A header that needs a value has none."""


class NonPrintableDefect(HeaderDefect):
    """Control characters (ASCII non-printables) inside a header value."""

    def __init__(self, non_printables):
        self.non_printables = non_printables
        super().__init__(non_printables)

    def __str__(self):
        return f"the following ASCII non-printables found in header: {self.non_printables}"


class ObsoleteHeaderDefect(HeaderDefect):
    """Syntax that RFC 5322 calls obsolete."""


class NonASCIILocalPartDefect(HeaderDefect):
    """Non-ASCII characters in the local part of an address."""


class InvalidDateDefect(HeaderDefect):
    """A date header that could not be parsed."""
