"""The SAX 2 reader interfaces (XMLReader, IncrementalParser, Locator), InputSource, and the
attribute lists handed to startElement (AttributesImpl) and startElementNS (AttributesNSImpl)."""
# Stands for CPython's Lib/xml/sax/xmlreader.py.

from . import handler
from ._exceptions import SAXNotSupportedException, SAXNotRecognizedException


class XMLReader:
    """A SAX parser: handlers to report to, features and properties, parse()."""

    def __init__(self):
        # handlers that do nothing (errors are raised) until the application sets its own
        self._cont_handler = handler.ContentHandler()
        self._err_handler = handler.ErrorHandler()
        self._dtd_handler = handler.DTDHandler()
        self._ent_handler = handler.EntityResolver()

    def parse(self, source):
        """Parses a document from a system identifier or an InputSource."""
        raise NotImplementedError("This method must be implemented!")

    def getContentHandler(self):
        return self._cont_handler

    def setContentHandler(self, handler):
        self._cont_handler = handler

    def getDTDHandler(self):
        return self._dtd_handler

    def setDTDHandler(self, handler):
        self._dtd_handler = handler

    def getEntityResolver(self):
        return self._ent_handler

    def setEntityResolver(self, resolver):
        self._ent_handler = resolver

    def getErrorHandler(self):
        return self._err_handler

    def setErrorHandler(self, handler):
        self._err_handler = handler

    def setLocale(self, locale):
        """Readers here report in English only."""
        raise SAXNotSupportedException("Locale support not implemented")

    def getFeature(self, name):
        raise SAXNotRecognizedException("Feature '%s' not recognized" % name)

    def setFeature(self, name, state):
        raise SAXNotRecognizedException("Feature '%s' not recognized" % name)

    def getProperty(self, name):
        raise SAXNotRecognizedException("Property '%s' not recognized" % name)

    def setProperty(self, name, value):
        raise SAXNotRecognizedException("Property '%s' not recognized" % name)


class IncrementalParser(XMLReader):
    """A reader that can also be fed data piece by piece (feed, close, reset); its parse() reads
    the source in pieces of bufsize and feeds them."""

    def __init__(self, bufsize=2**16):
        XMLReader.__init__(self)
        self._bufsize = bufsize

    def parse(self, source):
        from .saxutils import prepare_input_source
        source = prepare_input_source(source)
        self.prepareParser(source)
        stream = source.getCharacterStream()
        if stream is None:
            stream = source.getByteStream()
        while True:
            data = stream.read(self._bufsize)
            if not data:
                break
            self.feed(data)
        self.close()

    def feed(self, data):
        """Parses a piece of the document."""
        raise NotImplementedError("This method must be implemented!")

    def prepareParser(self, source):
        """Called by parse() before the first piece."""
        raise NotImplementedError("prepareParser must be overridden!")

    def close(self):
        """Ends the document."""
        raise NotImplementedError("This method must be implemented!")

    def reset(self):
        """Makes the parser ready for another document after close()."""
        raise NotImplementedError("This method must be implemented!")


class Locator:
    """Where the current event is in its document (only meaningful during an event)."""

    def getColumnNumber(self):
        return -1

    def getLineNumber(self):
        return -1

    def getPublicId(self):
        return None

    def getSystemId(self):
        return None


class InputSource:
    """What a reader needs to read an entity: identifiers, an encoding, and a byte or character
    stream."""

    def __init__(self, system_id=None):
        self.__system_id = system_id
        self.__public_id = None
        self.__encoding = None
        self.__bytefile = None
        self.__charfile = None

    def setPublicId(self, public_id):
        self.__public_id = public_id

    def getPublicId(self):
        return self.__public_id

    def setSystemId(self, system_id):
        self.__system_id = system_id

    def getSystemId(self):
        return self.__system_id

    def setEncoding(self, encoding):
        """The encoding of the byte stream, overriding the document's own declaration."""
        self.__encoding = encoding

    def getEncoding(self):
        return self.__encoding

    def setByteStream(self, bytefile):
        self.__bytefile = bytefile

    def getByteStream(self):
        return self.__bytefile

    def setCharacterStream(self, charfile):
        """A text stream (used in preference to the byte stream)."""
        self.__charfile = charfile

    def getCharacterStream(self):
        return self.__charfile


class AttributesImpl:
    """The attributes of an element, from {name: value}; every attribute's type is CDATA."""

    def __init__(self, attrs):
        self._attrs = attrs

    def __len__(self):
        return len(self._attrs)

    getLength = __len__

    def __getitem__(self, name):
        return self._attrs[name]

    getValue = getValueByQName = __getitem__

    def __contains__(self, name):
        return name in self._attrs

    def getType(self, name):
        """Always 'CDATA' (expat does not report declared types here)."""
        return "CDATA"

    def _known(self, name):
        if name in self._attrs:
            return name
        raise KeyError(name)

    def getNameByQName(self, name):
        """The name itself, if the element has it."""
        return self._known(name)

    def getQNameByName(self, name):
        """The qualified name itself, if the element has it."""
        return self._known(name)

    def keys(self):
        return list(self._attrs)

    getNames = getQNames = keys

    def get(self, name, alternative=None):
        return self._attrs.get(name, alternative)

    def items(self):
        return list(self._attrs.items())

    def values(self):
        return list(self._attrs.values())

    def copy(self):
        return self.__class__(self._attrs)


class AttributesNSImpl(AttributesImpl):
    """Attributes with namespaces: {(uri, localname): value} and {(uri, localname): qname}."""

    def __init__(self, attrs, qnames):
        self._attrs = attrs
        self._qnames = qnames

    def getNameByQName(self, name):
        """The (uri, localname) pair of a qualified name."""
        for pair, qname in self._qnames.items():
            if qname == name:
                return pair
        raise KeyError(name)

    def getValueByQName(self, name):
        return self._attrs[self.getNameByQName(name)]

    def getQNameByName(self, name):
        """The qualified name of a (uri, localname) pair."""
        return self._qnames[name]

    def copy(self):
        return self.__class__(self._attrs, self._qnames)

    def getQNames(self):
        return list(self._qnames.values())
