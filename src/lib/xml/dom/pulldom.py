"""Pull parsing into minidom: a stream of (event, node) pairs from SAX events, where any element
can be expanded into a full DOM subtree (expandNode)."""
# Stands for CPython's Lib/xml/dom/pulldom.py. Invariants: the events wait in a singly linked list
# of [event, next] cells, from firstEvent (a head cell) to lastEvent; comments and PIs seen before
# the root element wait in pending_events until the document exists.

import xml.sax
import xml.sax.handler

# the event kinds (each is its own name)
START_DOCUMENT, END_DOCUMENT = "START_DOCUMENT", "END_DOCUMENT"
START_ELEMENT, END_ELEMENT = "START_ELEMENT", "END_ELEMENT"
COMMENT, PROCESSING_INSTRUCTION = "COMMENT", "PROCESSING_INSTRUCTION"
CHARACTERS, IGNORABLE_WHITESPACE = "CHARACTERS", "IGNORABLE_WHITESPACE"

_XMLNS_URI = 'http://www.w3.org/2000/xmlns/'


class PullDOM(xml.sax.ContentHandler):
    """A SAX content handler that turns events into minidom nodes, queued as (event, node)."""
    _locator = None
    document = None

    def __init__(self, documentFactory=None):
        """The __init__ protocol."""
        from xml.dom import XML_NAMESPACE
        self.documentFactory = documentFactory
        self.lastEvent = self.firstEvent = [None, None]
        self.elementStack = []
        self.push = self.elementStack.append
        self.pop = self.elementStack.pop
        self._ns_contexts = [{XML_NAMESPACE: 'xml'}]   # uri -> prefix, one dict per open mapping
        self._current_context = self._ns_contexts[-1]
        self.pending_events = []

    def _queue(self, event):
        cell = [event, None]
        self.lastEvent[1] = cell
        self.lastEvent = cell

    def setDocumentLocator(self, locator):
        """Set document locator."""
        self._locator = locator

    def startPrefixMapping(self, prefix, uri):
        """Start prefix mapping."""
        pending = getattr(self, '_xmlns_attrs', None)
        if pending is None:
            pending = self._xmlns_attrs = []
        pending.append((prefix or 'xmlns', uri))
        self._ns_contexts.append(self._current_context.copy())
        self._current_context[uri] = prefix or None

    def endPrefixMapping(self, prefix):
        """End prefix mapping."""
        self._current_context = self._ns_contexts.pop()

    def _qualified(self, uri, local):
        prefix = self._current_context[uri]
        return prefix + ":" + local if prefix else local

    def startElementNS(self, name, tagName, attrs):
        pending = getattr(self, '_xmlns_attrs', None)
        if pending is not None:
            # the namespace declarations become xmlns attributes of the element
            for aname, value in pending:
                attrs._attrs[(_XMLNS_URI, aname)] = value
            self._xmlns_attrs = []
        uri, localname = name
        if uri:
            if tagName is None:
                tagName = self._qualified(uri, localname)
            node = self.document.createElementNS(uri, tagName) if self.document else self.buildDocument(uri, tagName)
        else:
            node = self.document.createElement(localname) if self.document else self.buildDocument(None, localname)
        for (a_uri, a_local), value in attrs.items():
            if a_uri == _XMLNS_URI:
                attr = self.document.createAttributeNS(a_uri, a_local if a_local == 'xmlns' else 'xmlns:' + a_local)
                node.setAttributeNodeNS(attr)
            elif a_uri:
                attr = self.document.createAttributeNS(a_uri, self._qualified(a_uri, a_local))
                node.setAttributeNodeNS(attr)
            else:
                attr = self.document.createAttribute(a_local)
                node.setAttributeNode(attr)
            attr.value = value
        self._queue((START_ELEMENT, node))
        self.push(node)

    def endElementNS(self, name, tagName):
        self._queue((END_ELEMENT, self.pop()))

    def startElement(self, name, attrs):
        node = self.document.createElement(name) if self.document else self.buildDocument(None, name)
        for aname, value in attrs.items():
            attr = self.document.createAttribute(aname)
            attr.value = value
            node.setAttributeNode(attr)
        self._queue((START_ELEMENT, node))
        self.push(node)

    def endElement(self, name):
        self._queue((END_ELEMENT, self.pop()))

    def comment(self, s):
        if self.document:
            self._queue((COMMENT, self.document.createComment(s)))
        else:
            self.pending_events.append([(COMMENT, s), None])

    def processingInstruction(self, target, data):
        if self.document:
            self._queue((PROCESSING_INSTRUCTION, self.document.createProcessingInstruction(target, data)))
        else:
            self.pending_events.append([(PROCESSING_INSTRUCTION, target, data), None])

    def ignorableWhitespace(self, chars):
        self._queue((IGNORABLE_WHITESPACE, self.document.createTextNode(chars)))

    def characters(self, chars):
        self._queue((CHARACTERS, self.document.createTextNode(chars)))

    def startDocument(self):
        """Start document."""
        if self.documentFactory is None:
            from xml.dom.minidom import Document
            self.documentFactory = Document.implementation

    def buildDocument(self, uri, tagname):
        """Makes the document (on the root element's start) and returns its root element."""
        node = self.documentFactory.createDocument(uri, tagname, None)
        self.document = node
        self._queue((START_DOCUMENT, node))
        self.push(node)
        # the comments and PIs that came before the root, as nodes now
        for cell in self.pending_events:
            kind = cell[0][0]
            if kind == PROCESSING_INSTRUCTION:
                cell[0] = (kind, self.document.createProcessingInstruction(cell[0][1], cell[0][2]))
            elif kind == COMMENT:
                cell[0] = (kind, self.document.createComment(cell[0][1]))
            else:
                raise AssertionError("Unknown pending event ", kind)
            self.lastEvent[1] = cell
            self.lastEvent = cell
        self.pending_events = None
        return node.firstChild

    def endDocument(self):
        """End document."""
        self.lastEvent[1] = [(END_DOCUMENT, self.document), None]
        self.pop()

    def clear(self):
        """Drops the document (releases what parsing built)."""
        self.document = None


class ErrorHandler:
    """Raises errors, prints warnings."""

    def warning(self, exception):
        """Warning."""
        print(exception)

    def error(self, exception):
        """Error."""
        raise exception

    def fatalError(self, exception):
        """Fatal error."""
        raise exception


class DOMEventStream:
    """Iterates over the (event, node) pairs of a document read from a stream with a SAX parser."""

    def __init__(self, stream, parser, bufsize):
        """The __init__ protocol."""
        self.stream, self.parser, self.bufsize = stream, parser, bufsize
        if not hasattr(parser, 'feed'):
            self.getEvent = self._slurp
        self.reset()

    def reset(self):
        """Reset."""
        self.pulldom = PullDOM()
        # namespace handling is needed for the pulldom handler to work right
        self.parser.setFeature(xml.sax.handler.feature_namespaces, 1)
        self.parser.setContentHandler(self.pulldom)

    def __next__(self):
        event = self.getEvent()
        if event:
            return event
        raise StopIteration

    def __iter__(self):
        return self

    def expandNode(self, node):
        """Reads on until node (just started) ends, building its subtree."""
        event = self.getEvent()
        parents = [node]
        while event:
            token, current = event
            if current is node:
                return
            if token != END_ELEMENT:
                parents[-1].appendChild(current)
            if token == START_ELEMENT:
                parents.append(current)
            elif token == END_ELEMENT:
                parents.pop()
            event = self.getEvent()

    def getEvent(self):
        """The next (event, node) pair, reading more of the stream when none is queued; None at the end."""
        head = self.pulldom.firstEvent
        if not head[1]:
            self.pulldom.lastEvent = head
        while not head[1]:
            data = self.stream.read(self.bufsize)
            if not data:
                self.parser.close()
                return None
            self.parser.feed(data)
        event = head[1][0]
        head[1] = head[1][1]
        return event

    def _slurp(self):
        # for SAX parsers that cannot be fed: parse it all, then hand out the events
        self.parser.parse(self.stream)
        self.getEvent = self._emit
        return self._emit()

    def _emit(self):
        head = self.pulldom.firstEvent
        event = head[1][0]
        head[1] = head[1][1]
        return event

    def clear(self):
        """Drops the parser, stream and document."""
        self.pulldom.clear()
        del self.pulldom
        self.parser = None
        self.stream = None


class SAX2DOM(PullDOM):
    """A PullDOM that also builds the whole tree as the events come."""

    def _attach_new(self):
        stack = self.elementStack
        stack[-2].appendChild(stack[-1])

    def _attach_last(self):
        self.elementStack[-1].appendChild(self.lastEvent[0][1])

    def startElementNS(self, name, tagName, attrs):
        PullDOM.startElementNS(self, name, tagName, attrs)
        self._attach_new()

    def startElement(self, name, attrs):
        PullDOM.startElement(self, name, attrs)
        self._attach_new()

    def processingInstruction(self, target, data):
        PullDOM.processingInstruction(self, target, data)
        self._attach_last()

    def ignorableWhitespace(self, chars):
        PullDOM.ignorableWhitespace(self, chars)
        self._attach_last()

    def characters(self, chars):
        PullDOM.characters(self, chars)
        self._attach_last()


default_bufsize = (2 ** 14) - 20


def parse(stream_or_string, parser=None, bufsize=None):
    """A DOMEventStream over a file (a name or a file object)."""
    stream = open(stream_or_string, 'rb') if isinstance(stream_or_string, str) else stream_or_string
    return DOMEventStream(stream, parser or xml.sax.make_parser(),
                          default_bufsize if bufsize is None else bufsize)


def parseString(string, parser=None):
    """A DOMEventStream over a document held in a str."""
    from io import StringIO
    return DOMEventStream(StringIO(string), parser or xml.sax.make_parser(), len(string))
