"""The exceptions of SAX."""
# Stands for CPython's Lib/xml/sax/_exceptions.py.


class SAXException(Exception):
    """An XML error or warning: a message, and the exception that caused it (or None)."""

    def __init__(self, msg, exception=None):
        self._msg = msg
        self._exception = exception
        Exception.__init__(self, msg)

    def getMessage(self):
        """The message."""
        return self._msg

    def getException(self):
        """The exception wrapped, or None."""
        return self._exception

    def __str__(self):
        return self._msg

    def __getitem__(self, ix):
        # indexing an exception is a mistake: say so plainly
        raise AttributeError("__getitem__")


class SAXParseException(SAXException):
    """An error at a place in a document: the locator's system id, line and column are kept."""

    def __init__(self, msg, exception, locator):
        SAXException.__init__(self, msg, exception)
        self._locator = locator
        self._systemId = locator.getSystemId()
        self._colnum = locator.getColumnNumber()
        self._linenum = locator.getLineNumber()

    def getColumnNumber(self):
        """The column of the error."""
        return self._colnum

    def getLineNumber(self):
        """The line of the error."""
        return self._linenum

    def getPublicId(self):
        """The public identifier of the entity with the error."""
        return self._locator.getPublicId()

    def getSystemId(self):
        """The system identifier of the entity with the error."""
        return self._systemId

    def __str__(self):
        sysid = self.getSystemId()
        line = self.getLineNumber()
        col = self.getColumnNumber()
        return "%s:%s:%s: %s" % ("<unknown>" if sysid is None else sysid, "?" if line is None else line,
                                 "?" if col is None else col, self._msg)


class SAXNotRecognizedException(SAXException):
    """A feature or property name the reader does not know."""


class SAXNotSupportedException(SAXException):
    """A feature, property or operation the reader cannot provide."""


class SAXReaderNotAvailable(SAXNotSupportedException):
    """A driver that cannot work here (its parser is missing)."""
