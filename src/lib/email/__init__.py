"""The email package (CPython's Lib/email), written for Immortal from the library documentation and
experiments against CPython 3.12.

Messages are parsed by email.feedparser (through email.parser), modelled by email.message.Message
(compat32 policy: headers are plain strings) or EmailMessage (the default policy: headers are
objects from email.headerregistry, parsed by email._header_value_parser), and written back by
email.generator. Output is meant to be identical to CPython's, byte for byte, header folding
included. The four functions here are shortcuts to the parser classes."""

__all__ = ['base64mime', 'charset', 'encoders', 'errors', 'feedparser', 'generator', 'header',
           'iterators', 'message', 'message_from_file', 'message_from_binary_file',
           'message_from_string', 'message_from_bytes', 'mime', 'parser', 'quoprimime', 'utils']


def message_from_string(s, *args, **kws):
    """Parse a message from a str; the arguments are those of email.parser.Parser."""
    from email.parser import Parser
    return Parser(*args, **kws).parsestr(s)


def message_from_bytes(s, *args, **kws):
    """Parse a message from bytes; the arguments are those of email.parser.BytesParser."""
    from email.parser import BytesParser
    return BytesParser(*args, **kws).parsebytes(s)


def message_from_file(fp, *args, **kws):
    """Parse a message from an open text file."""
    from email.parser import Parser
    return Parser(*args, **kws).parse(fp)


def message_from_binary_file(fp, *args, **kws):
    """Parse a message from an open binary file."""
    from email.parser import BytesParser
    return BytesParser(*args, **kws).parse(fp)
