"""Helpers for SAX applications: escape/unescape/quoteattr for text, XMLGenerator (a handler that
writes the events back out as XML), XMLFilterBase (a reader between a reader and its handlers),
and prepare_input_source."""
# Stands for CPython's Lib/xml/sax/saxutils.py. Sources that are URLs (not local files) would need
# urllib.request, which Immortal does not have: opening one raises NotImplementedError.

import os
import io
import codecs

from . import handler
from . import xmlreader


def _replace_all(s, replacements):
    for old, new in replacements.items():
        s = s.replace(old, new)
    return s


def escape(data, entities={}):
    """Replaces &, < and > (and the keys of entities, by their values) in data."""
    data = data.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")
    return _replace_all(data, entities) if entities else data


def unescape(data, entities={}):
    """Replaces &lt;, &gt; and &amp; (and the keys of entities) by the characters they stand for."""
    data = data.replace("&lt;", "<").replace("&gt;", ">")
    if entities:
        data = _replace_all(data, entities)
    return data.replace("&amp;", "&")


def quoteattr(data, entities={}):
    """data escaped and quoted for an attribute value (line ends and tabs as character references;
    single quotes when the value holds double quotes but no single ones)."""
    data = escape(data, {**entities, '\n': '&#10;', '\r': '&#13;', '\t': '&#9;'})
    if '"' not in data:
        return '"%s"' % data
    if "'" not in data:
        return "'%s'" % data
    return '"%s"' % data.replace('"', "&quot;")


def _gettextwriter(out, encoding):
    # a text stream over `out` (a text stream as it is; a binary one wrapped with the encoding)
    if out is None:
        import sys
        return sys.stdout
    if isinstance(out, io.TextIOBase):
        return out
    if isinstance(out, (codecs.StreamWriter, codecs.StreamReaderWriter)):
        return out
    if isinstance(out, io.RawIOBase):
        class _Unclosable:
            __class__ = out.__class__

            def __getattr__(self, name):
                return getattr(out, name)
        buffer = _Unclosable()
        buffer.close = lambda: None
    else:
        buffer = io.BufferedIOBase()
        buffer.writable = lambda: True
        buffer.write = out.write
        try:
            buffer.seekable = out.seekable
            buffer.tell = out.tell
        except AttributeError:
            pass
    return io.TextIOWrapper(buffer, encoding=encoding, errors='xmlcharrefreplace', newline='\n',
                            write_through=True)


class XMLGenerator(handler.ContentHandler):
    """A content handler that writes the document it receives to out (sys.stdout by default) in
    `encoding`, characters the encoding lacks as character references."""

    def __init__(self, out=None, encoding="iso-8859-1", short_empty_elements=False):
        handler.ContentHandler.__init__(self)
        stream = _gettextwriter(out, encoding)
        self._write, self._flush = stream.write, stream.flush
        self._encoding = encoding
        self._short_empty_elements = short_empty_elements
        self._pending_start_element = False   # an open start tag still waiting for its '>'
        self._ns_contexts = [{}]              # one {uri: prefix} per open prefix mapping
        self._current_context = self._ns_contexts[-1]
        self._undeclared_ns_maps = []         # (prefix, uri) to declare on the next element

    def _qname(self, name):
        uri, local = name
        if uri:
            if uri == 'http://www.w3.org/XML/1998/namespace':
                return 'xml:' + local
            prefix = self._current_context[uri]
            if prefix:
                return prefix + ":" + local
        return local

    def _finish_pending_start_element(self, endElement=False):
        if self._pending_start_element:
            self._write('>')
            self._pending_start_element = False

    def startDocument(self):
        self._write('<?xml version="1.0" encoding="%s"?>\n' % self._encoding)

    def endDocument(self):
        self._flush()

    def startPrefixMapping(self, prefix, uri):
        contexts = self._ns_contexts
        contexts.append(self._current_context.copy())
        self._current_context[uri] = prefix
        self._undeclared_ns_maps.append((prefix, uri))

    def endPrefixMapping(self, prefix):
        self._current_context = self._ns_contexts.pop()

    def _open(self, qname, attrs, attr_name):
        self._finish_pending_start_element()
        self._write('<' + qname)
        if attr_name is not None:
            for prefix, uri in self._undeclared_ns_maps:
                self._write(' xmlns:%s="%s"' % (prefix, uri) if prefix else ' xmlns="%s"' % uri)
            self._undeclared_ns_maps = []
        for name, value in attrs.items():
            self._write(' %s=%s' % (name if attr_name is None else attr_name(name), quoteattr(value)))
        if self._short_empty_elements:
            self._pending_start_element = True
        else:
            self._write(">")

    def _close(self, qname):
        if self._pending_start_element:
            self._write('/>')
            self._pending_start_element = False
        else:
            self._write('</%s>' % qname)

    def startElement(self, name, attrs):
        self._open(name, attrs, None)

    def endElement(self, name):
        self._close(name)

    def startElementNS(self, name, qname, attrs):
        self._open(self._qname(name), attrs, self._qname)

    def endElementNS(self, name, qname):
        self._close(self._qname(name))

    def _text(self, content, escaped):
        if not content:
            return
        self._finish_pending_start_element()
        if not isinstance(content, str):
            # bytes are taken to be in the output encoding
            content = str(content, self._encoding)
        self._write(escape(content) if escaped else content)

    def characters(self, content):
        self._text(content, True)

    def ignorableWhitespace(self, content):
        self._text(content, False)

    def processingInstruction(self, target, data):
        self._finish_pending_start_element()
        self._write('<?{} {}?>'.format(target, data))


class XMLFilterBase(xmlreader.XMLReader):
    """A reader that sits between a parent reader and the application's handlers, passing every
    request up and every event down unchanged; subclasses change what they need."""

    def __init__(self, parent=None):
        xmlreader.XMLReader.__init__(self)
        self._parent = parent

    def parse(self, source):
        parent = self._parent
        # this filter is every handler of the parent
        for setter in (parent.setContentHandler, parent.setErrorHandler, parent.setEntityResolver,
                       parent.setDTDHandler):
            setter(self)
        parent.parse(source)

    def getParent(self):
        return self._parent

    def setParent(self, parent):
        self._parent = parent


def _forwarder(holder, name, returns):
    # a method that calls the same method of the object in attribute `holder`
    if returns:
        def method(self, *args):
            return getattr(getattr(self, holder), name)(*args)
    else:
        def method(self, *args):
            getattr(getattr(self, holder), name)(*args)
    method.__name__ = method.__qualname__ = name
    method.__qualname__ = 'XMLFilterBase.' + name
    return method


for _holder, _names in [
        ('_err_handler', 'error fatalError warning'),
        ('_cont_handler', 'setDocumentLocator startDocument endDocument startPrefixMapping endPrefixMapping '
                          'startElement endElement startElementNS endElementNS characters ignorableWhitespace '
                          'processingInstruction skippedEntity'),
        ('_dtd_handler', 'notationDecl unparsedEntityDecl'),
        ('_ent_handler', 'resolveEntity'),
        ('_parent', 'setLocale getFeature setFeature getProperty setProperty')]:
    for _name in _names.split():
        setattr(XMLFilterBase, _name, _forwarder(_holder, _name, _name in ('resolveEntity', 'getFeature',
                                                                               'getProperty')))
del _holder, _names, _name


def prepare_input_source(source, base=""):
    """An InputSource ready to read, from a path, a file object or an InputSource (a file named
    by its system identifier, relative to base, is opened)."""
    if isinstance(source, os.PathLike):
        source = os.fspath(source)
    if isinstance(source, str):
        # a file name or URL
        source = xmlreader.InputSource(source)
    elif hasattr(source, "read"):
        stream = source
        source = xmlreader.InputSource()
        # a text stream or a binary one: read(0) tells which
        if isinstance(stream.read(0), str):
            source.setCharacterStream(stream)
        else:
            source.setByteStream(stream)
        name = getattr(stream, "name", None)
        if isinstance(name, str):
            source.setSystemId(name)
    if source.getByteStream() is None and source.getCharacterStream() is None:
        sysid = source.getSystemId()
        path = os.path.join(os.path.dirname(os.path.normpath(base)), sysid)
        if os.path.isfile(path):
            source.setSystemId(path)
            f = open(path, "rb")
        else:
            try:
                import urllib.parse
                import urllib.request
            except ImportError:
                raise NotImplementedError(
                    "xml.sax: reading %r needs urllib.request, which Immortal does not have" % (sysid,))
            url = urllib.parse.urljoin(base, sysid)
            source.setSystemId(url)
            f = urllib.request.urlopen(url)
        source.setByteStream(f)
    return source
