"""SAX 2 for Python: event-driven XML parsing. parse() and parseString() run a document through
a ContentHandler; make_parser() returns a reader (the expat driver, xml.sax.expatreader).

Modules: handler (the handler interfaces and feature names), saxutils (XMLGenerator, escaping,
filters), xmlreader (the reader interfaces, InputSource, attribute lists), expatreader (the driver).
"""
# Stands for CPython's Lib/xml/sax/__init__.py.

from .xmlreader import InputSource
from .handler import ContentHandler, ErrorHandler
from ._exceptions import (SAXException, SAXNotRecognizedException, SAXParseException,
                          SAXNotSupportedException, SAXReaderNotAvailable)


def parse(source, handler, errorHandler=ErrorHandler()):
    """Parses a file name, URL or file object, reporting to handler (a ContentHandler)."""
    reader = make_parser()
    reader.setContentHandler(handler)
    reader.setErrorHandler(errorHandler)
    reader.parse(source)


def parseString(string, handler, errorHandler=ErrorHandler()):
    """Parses a document held in a str or bytes, reporting to handler."""
    import io
    reader = make_parser()
    reader.setContentHandler(handler)
    reader.setErrorHandler(ErrorHandler() if errorHandler is None else errorHandler)
    source = InputSource()
    if isinstance(string, str):
        source.setCharacterStream(io.StringIO(string))
    else:
        source.setByteStream(io.BytesIO(string))
    reader.parse(source)


# The driver modules make_parser tries, in order (PY_SAX_PARSER can name others).
default_parser_list = ["xml.sax.expatreader"]


def _read_environment():
    import os
    import sys
    global default_parser_list
    if not sys.flags.ignore_environment and "PY_SAX_PARSER" in os.environ:
        default_parser_list = os.environ["PY_SAX_PARSER"].split(",")


_read_environment()
del _read_environment


def make_parser(parser_list=()):
    """A reader from the first driver module (of parser_list, then default_parser_list) that can
    make one: each module must have a create_parser() function."""
    import sys
    for name in list(parser_list) + default_parser_list:
        try:
            return _create_parser(name)
        except ImportError:
            if name in sys.modules:
                raise
        except SAXReaderNotAvailable:
            pass
    raise SAXReaderNotAvailable("No parsers found", None)


def _create_parser(parser_name):
    module = __import__(parser_name, {}, {}, ['create_parser'])
    return module.create_parser()
