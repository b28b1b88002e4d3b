"""Builds minidom documents straight from expat's events (faster than going through SAX and
pulldom): parse, parseString, parseFragment, parseFragmentString, and the builder classes."""
# Stands for CPython's Lib/xml/dom/expatbuilder.py. Invariants: `curNode` is the node the next
# content goes into; adjacent character data is merged into one text node as it comes; the internal
# DTD subset's text is recovered by a second parse of the first buffer (InternalSubsetExtractor).

from xml.parsers import expat
from xml.dom import Node, minidom, xmlbuilder
from xml.dom import EMPTY_NAMESPACE, EMPTY_PREFIX, XMLNS_NAMESPACE
from xml.dom.NodeFilter import NodeFilter
from xml.dom.minidom import _append_child, _set_attribute_node

TEXT_NODE, CDATA_SECTION_NODE, DOCUMENT_NODE = Node.TEXT_NODE, Node.CDATA_SECTION_NODE, Node.DOCUMENT_NODE

_F = xmlbuilder.DOMBuilderFilter
FILTER_ACCEPT, FILTER_REJECT, FILTER_SKIP, FILTER_INTERRUPT = (
    _F.FILTER_ACCEPT, _F.FILTER_REJECT, _F.FILTER_SKIP, _F.FILTER_INTERRUPT)
del _F

theDOMImplementation = minidom.getDOMImplementation()

# attribute type names of the DTD -> the TypeInfo of attributes so declared
_typeinfo_map = {name: minidom.TypeInfo(None, info) for name, info in [
    ("CDATA", "cdata"), ("ENUM", "enumeration"), ("ENTITY", "entity"), ("ENTITIES", "entities"), ("ID", "id"),
    ("IDREF", "idref"), ("IDREFS", "idrefs"), ("NMTOKEN", "nmtoken"), ("NMTOKENS", "nmtokens")]}


class ElementInfo(object):
    """What the DTD says about an element type: its content model and attribute declarations."""
    __slots__ = '_attr_info', '_model', 'tagName'

    def __init__(self, tagName, model=None):
        self.tagName = tagName
        self._attr_info = []  # [None, name, None, None, default, 0, type, required] per attribute
        self._model = model

    def __getstate__(self):
        """The __getstate__ protocol."""
        return self._attr_info, self._model, self.tagName

    def __setstate__(self, state):
        """The __setstate__ protocol."""
        self._attr_info, self._model, self.tagName = state

    def _declared(self, aname):
        for info in self._attr_info:
            if info[1] == aname:
                return info
        return None

    def getAttributeType(self, aname):
        info = self._declared(aname)
        if info is None:
            return minidom._no_type
        kind = info[-2]
        return _typeinfo_map["ENUM" if kind[0] == "(" else kind]

    def getAttributeTypeNS(self, namespaceURI, localName):
        return minidom._no_type

    def isElementContent(self):
        """Whether the element may hold elements only (so white space in it is not content)."""
        if not self._model:
            return False
        return self._model[0] not in (expat.model.XML_CTYPE_ANY, expat.model.XML_CTYPE_MIXED)

    def isEmpty(self):
        return bool(self._model) and self._model[0] == expat.model.XML_CTYPE_EMPTY

    def isId(self, aname):
        info = self._declared(aname)
        return info is not None and info[-2] == "ID"

    def isIdNS(self, euri, ename, auri, aname):
        return self.isId((auri, aname))


def _intern(builder, s):
    """Intern."""
    return builder._intern_setdefault(s, s)


def _parse_ns_name(builder, name):
    """Parse ns name."""
    # expat's 'uri local [prefix]' -> (uri, localname, prefix, qname), shared through the intern dict
    assert ' ' in name
    parts = name.split(' ')
    intern = builder._intern_setdefault
    if len(parts) == 2:
        uri, localname = parts
        prefix = EMPTY_PREFIX
        qname = localname = intern(localname, localname)
    elif len(parts) == 3:
        uri, localname, prefix = parts
        prefix = intern(prefix, prefix)
        qname = prefix + ":" + localname
        qname = intern(qname, qname)
        localname = intern(localname, localname)
    else:
        raise ValueError("Unsupported syntax: spaces in URIs not supported: %r" % name)
    uri = intern(uri, uri)
    return uri, localname, prefix, qname


class ExpatBuilder:
    """Builds a minidom Document from expat's events (no namespace processing)."""

    def __init__(self, options=None):
        self._options = xmlbuilder.Options() if options is None else options
        if self._options.filter is None:
            self._filter = None
            # without a filter, starting an element needs no further work
            self._finish_start_element = id
        else:
            self._filter = FilterVisibilityController(self._options.filter)
        self._parser = None
        self.reset()

    def createParser(self):
        """A new expat parser."""
        return expat.ParserCreate()

    def getParser(self):
        """The expat parser, made and set up on first use."""
        if not self._parser:
            p = self._parser = self.createParser()
            self._intern_setdefault = p.intern.setdefault
            p.buffer_text = True
            p.ordered_attributes = True
            p.specified_attributes = True
            self.install(p)
        return self._parser

    def reset(self):
        """Starts a new, empty document."""
        self.document = theDOMImplementation.createDocument(EMPTY_NAMESPACE, None, None)
        self.curNode = self.document
        self._cdata = False
        self._elem_info = self.document._elem_info  # what the DTD declares

    def install(self, parser):
        """Connects the builder's handlers to the parser."""
        options = self._options
        parser.StartElementHandler = self.first_element_handler
        parser.EndElementHandler = self.end_element_handler
        parser.StartDoctypeDeclHandler = self.start_doctype_decl_handler
        parser.ProcessingInstructionHandler = self.pi_handler
        if options.entities:
            parser.EntityDeclHandler = self.entity_decl_handler
        parser.NotationDeclHandler = self.notation_decl_handler
        if options.comments:
            parser.CommentHandler = self.comment_handler
        if not options.cdata_sections:
            parser.CharacterDataHandler = self.character_data_handler
        else:
            parser.CharacterDataHandler = self.character_data_handler_cdata
            parser.StartCdataSectionHandler = self.start_cdata_section_handler
            parser.EndCdataSectionHandler = self.end_cdata_section_handler
        for event, method in (('ExternalEntityRef', self.external_entity_ref_handler),
                              ('XmlDecl', self.xml_decl_handler), ('ElementDecl', self.element_decl_handler),
                              ('AttlistDecl', self.attlist_decl_handler)):
            setattr(parser, event + 'Handler', method)

    def _done(self):
        doc = self.document
        self.reset()
        self._parser = None
        return doc

    def parseFile(self, file):
        """The document read from a binary file object."""
        parser = self.getParser()
        first = True
        try:
            while True:
                buffer = file.read(16 * 1024)
                if not buffer:
                    break
                parser.Parse(buffer, False)
                if first and self.document.documentElement:
                    self._setup_subset(buffer)
                first = False
            parser.Parse(b"", True)
        except ParseEscape:
            pass
        return self._done()

    def parseString(self, string):
        """The document held in a str or bytes."""
        parser = self.getParser()
        try:
            parser.Parse(string, True)
            self._setup_subset(string)
        except ParseEscape:
            pass  # a filter ended the parse
        return self._done()

    def _setup_subset(self, buffer):
        # the doctype's internalSubset text, found by parsing the buffer again up to the subset's end
        if self.document.doctype:
            extractor = InternalSubsetExtractor()
            extractor.parseString(buffer)
            self.document.doctype.internalSubset = extractor.getSubset()

    def start_doctype_decl_handler(self, doctypeName, systemId, publicId, has_internal_subset):
        doc = self.document
        doctype = doc.implementation.createDocumentType(doctypeName, publicId, systemId)
        doctype.ownerDocument = doc
        _append_child(doc, doctype)
        doc.doctype = doctype
        if self._filter and self._filter.acceptNode(doctype) == FILTER_REJECT:
            doc.doctype = None
            del doc.childNodes[-1]
            doctype = None
            self._parser.NotationDeclHandler = self._parser.EntityDeclHandler = None
        if has_internal_subset:
            if doctype is not None:
                doctype.notations._seq = []
                doctype.entities._seq = []
            # comments and PIs of the subset do not go into the document
            p = self._parser
            p.CommentHandler = p.ProcessingInstructionHandler = None
            p.EndDoctypeDeclHandler = self.end_doctype_decl_handler

    def end_doctype_decl_handler(self):
        """Expat's end doctype decl event."""
        p = self._parser
        p.ProcessingInstructionHandler = self.pi_handler
        if self._options.comments:
            p.CommentHandler = self.comment_handler
        if not (self._elem_info or self._filter):
            self._finish_end_element = id  # nothing to do at the end of elements

    def pi_handler(self, target, data):
        """Expat's pi event."""
        self._add_filtered(self.document.createProcessingInstruction(target, data))

    def _add_filtered(self, node):
        # adds node to the current node, unless the filter refuses it
        parent = self.curNode
        _append_child(parent, node)
        if self._filter and self._filter.acceptNode(node) == FILTER_REJECT:
            parent.removeChild(node)

    def character_data_handler_cdata(self, data):
        """Character data handler cdata."""
        children = self.curNode.childNodes
        if self._cdata:
            if self._cdata_continue and children[-1].nodeType == CDATA_SECTION_NODE:
                children[-1].appendData(data)
                return
            node = self.document.createCDATASection(data)
            self._cdata_continue = True
        elif children and children[-1].nodeType == TEXT_NODE:
            last = children[-1]
            last.data = last.data + data
            return
        else:
            node = self._text(data)
        _append_child(self.curNode, node)

    def _text(self, data):
        node = minidom.Text()
        node.data = data
        node.ownerDocument = self.document
        return node

    def character_data_handler(self, data):
        """Expat's character data event."""
        children = self.curNode.childNodes
        if children and children[-1].nodeType == TEXT_NODE:
            last = children[-1]
            last.data = last.data + data
            return
        _append_child(self.curNode, self._text(data))

    def entity_decl_handler(self, entityName, is_parameter_entity, value, base, systemId, publicId,
                            notationName):
        if is_parameter_entity or not self._options.entities:
            return
        node = self.document._create_entity(entityName, publicId, systemId, notationName)
        if value is not None:
            node.childNodes.append(self.document.createTextNode(value))
        entities = self.document.doctype.entities._seq
        entities.append(node)
        if self._filter and self._filter.acceptNode(node) == FILTER_REJECT:
            del entities[-1]

    def notation_decl_handler(self, notationName, base, systemId, publicId):
        node = self.document._create_notation(notationName, publicId, systemId)
        notations = self.document.doctype.notations._seq
        notations.append(node)
        # (CPython drops the notation when the filter accepts it; kept as it behaves)
        if self._filter and self._filter.acceptNode(node) == FILTER_ACCEPT:
            del notations[-1]

    def comment_handler(self, data):
        """Expat's comment event."""
        self._add_filtered(self.document.createComment(data))

    def start_cdata_section_handler(self):
        """Expat's start cdata section event."""
        self._cdata = True
        self._cdata_continue = False

    def end_cdata_section_handler(self):
        """Expat's end cdata section event."""
        self._cdata = self._cdata_continue = False

    def external_entity_ref_handler(self, context, base, systemId, publicId):
        """Expat's external entity ref event."""
        return 1

    def first_element_handler(self, name, attributes):
        """Expat's first element event."""
        # the DTD is done: if nothing needs the ends of elements, skip that work from now on
        if self._filter is None and not self._elem_info:
            self._finish_end_element = id
        handler = self.getParser().StartElementHandler = self.start_element_handler
        handler(name, attributes)

    def start_element_handler(self, name, attributes):
        """Expat's start element event."""
        node = self.document.createElement(name)
        _append_child(self.curNode, node)
        self.curNode = node
        for i in range(0, len(attributes), 2):
            attr = minidom.Attr(attributes[i], EMPTY_NAMESPACE, None, EMPTY_PREFIX)
            attr.value = attributes[i + 1]
            attr.ownerDocument = self.document
            _set_attribute_node(node, attr)
        if node is not self.document.documentElement:
            self._finish_start_element(node)

    def _finish_start_element(self, node):
        if self._filter is None or node is self.document.documentElement:
            return
        verdict = self._filter.startContainer(node)
        if verdict == FILTER_REJECT:
            Rejecter(self)
        elif verdict == FILTER_SKIP:
            Skipper(self)
        else:
            return
        self.curNode = node.parentNode
        node.parentNode.removeChild(node)
        node.unlink()

    def end_element_handler(self, name):
        done = self.curNode
        self.curNode = done.parentNode
        self._finish_end_element(done)

    def _finish_end_element(self, curNode):
        """Finish end element."""
        info = self._elem_info.get(curNode.tagName)
        if info:
            self._handle_white_text_nodes(curNode, info)
        if self._filter and curNode is not self.document.documentElement:
            if self._filter.acceptNode(curNode) == FILTER_REJECT:
                curNode.parentNode.removeChild(curNode)
                curNode.unlink()

    def _handle_white_text_nodes(self, node, info):
        """Handle white text nodes."""
        if self._options.whitespace_in_element_content or not info.isElementContent():
            return
        # white space between the elements of element content is not content: drop it
        for child in [c for c in node.childNodes if c.nodeType == TEXT_NODE and not c.data.strip()]:
            node.removeChild(child)

    def element_decl_handler(self, name, model):
        """Expat's element decl event."""
        info = self._elem_info.get(name)
        if info is not None:
            # made by an earlier ATTLIST
            assert info._model is None
            info._model = model
        else:
            self._elem_info[name] = ElementInfo(name, model)

    def attlist_decl_handler(self, elem, name, type, default, required):
        """Expat's attlist decl event."""
        info = self._elem_info.get(elem)
        if info is None:
            info = self._elem_info[elem] = ElementInfo(elem)
        info._attr_info.append([None, name, None, None, default, 0, type, required])

    def xml_decl_handler(self, version, encoding, standalone):
        doc = self.document
        doc.version = version
        doc.encoding = encoding
        # standalone is -1 when the declaration does not say
        if standalone >= 0:
            doc.standalone = bool(standalone)


_ALLOWED_FILTER_RETURNS = (FILTER_ACCEPT, FILTER_REJECT, FILTER_SKIP)


class FilterVisibilityController(object):
    """Applies a DOMBuilderFilter, asking it only about the node types its whatToShow selects."""
    __slots__ = 'filter',

    def __init__(self, filter):
        self.filter = filter

    def _shown(self, node):
        return self.filter.whatToShow & self._nodetype_mask[node.nodeType]

    def startContainer(self, node):
        if not self._shown(node):
            return FILTER_ACCEPT
        val = self.filter.startContainer(node)
        if val == FILTER_INTERRUPT:
            raise ParseEscape  # stop building here
        if val not in _ALLOWED_FILTER_RETURNS:
            raise ValueError("startContainer() returned illegal value: " + repr(val))
        return val

    def acceptNode(self, node):
        if not self._shown(node):
            return FILTER_ACCEPT
        val = self.filter.acceptNode(node)
        if val == FILTER_INTERRUPT:
            raise ParseEscape
        if val == FILTER_SKIP:
            # keep the children in the node's place
            parent = node.parentNode
            for child in node.childNodes[:]:
                parent.appendChild(child)
            return FILTER_REJECT
        if val not in _ALLOWED_FILTER_RETURNS:
            raise ValueError("acceptNode() returned illegal value: " + repr(val))
        return val

    _nodetype_mask = {
        Node.ELEMENT_NODE: NodeFilter.SHOW_ELEMENT, Node.ATTRIBUTE_NODE: NodeFilter.SHOW_ATTRIBUTE,
        Node.TEXT_NODE: NodeFilter.SHOW_TEXT, Node.CDATA_SECTION_NODE: NodeFilter.SHOW_CDATA_SECTION,
        Node.ENTITY_REFERENCE_NODE: NodeFilter.SHOW_ENTITY_REFERENCE, Node.ENTITY_NODE: NodeFilter.SHOW_ENTITY,
        Node.PROCESSING_INSTRUCTION_NODE: NodeFilter.SHOW_PROCESSING_INSTRUCTION,
        Node.COMMENT_NODE: NodeFilter.SHOW_COMMENT, Node.DOCUMENT_NODE: NodeFilter.SHOW_DOCUMENT,
        Node.DOCUMENT_TYPE_NODE: NodeFilter.SHOW_DOCUMENT_TYPE,
        Node.DOCUMENT_FRAGMENT_NODE: NodeFilter.SHOW_DOCUMENT_FRAGMENT, Node.NOTATION_NODE: NodeFilter.SHOW_NOTATION,
    }


class FilterCrutch(object):
    """Takes over the element handlers while an element the filter refused is read."""
    __slots__ = '_builder', '_level', '_old_start', '_old_end'

    def __init__(self, builder):
        """The __init__ protocol."""
        self._level = 0
        self._builder = builder
        parser = builder._parser
        self._old_start, self._old_end = parser.StartElementHandler, parser.EndElementHandler
        parser.StartElementHandler = self.start_element_handler
        parser.EndElementHandler = self.end_element_handler


class Rejecter(FilterCrutch):
    """Drops a refused element and everything in it."""
    __slots__ = ()

    def __init__(self, builder):
        """The __init__ protocol."""
        FilterCrutch.__init__(self, builder)
        parser = builder._parser
        for name in ("ProcessingInstructionHandler", "CommentHandler", "CharacterDataHandler",
                     "StartCdataSectionHandler", "EndCdataSectionHandler", "ExternalEntityRefHandler"):
            setattr(parser, name, None)

    def start_element_handler(self, *args):
        self._level += 1

    def end_element_handler(self, *args):
        if self._level:
            self._level -= 1
            return
        builder = self._builder
        parser = builder._parser
        builder.install(parser)
        parser.StartElementHandler, parser.EndElementHandler = self._old_start, self._old_end


class Skipper(FilterCrutch):
    """Drops a skipped element but keeps what is in it."""
    __slots__ = ()

    def start_element_handler(self, *args):
        before = self._builder.curNode
        self._old_start(*args)
        if self._builder.curNode is not before:
            self._level += 1

    def end_element_handler(self, *args):
        if self._level:
            self._level -= 1
            self._old_end(*args)
            return
        parser = self._builder._parser
        parser.StartElementHandler = self._old_start
        parser.EndElementHandler = self._old_end
        self._builder = None


# The fragment builder parses the fragment as an external entity referenced from a wrapper document
# that declares the context's doctype and namespaces.
_FRAGMENT_BUILDER_INTERNAL_SYSTEM_ID = "http://xml.python.org/entities/fragment-builder/internal"

_FRAGMENT_BUILDER_TEMPLATE = ('<!DOCTYPE wrapper\n  %%s [\n  <!ENTITY fragment-builder-internal\n'
                              '    SYSTEM "%s">\n%%s\n]>\n<wrapper %%s\n>&fragment-builder-internal;</wrapper>'
                              % _FRAGMENT_BUILDER_INTERNAL_SYSTEM_ID)


class FragmentBuilder(ExpatBuilder):
    """Builds a DocumentFragment from text that was cut out of a document, given the node it came
    from (for the doctype and namespaces in force there)."""

    def __init__(self, context, options=None):
        self.context = context
        self.originalDocument = context if context.nodeType == DOCUMENT_NODE else context.ownerDocument
        ExpatBuilder.__init__(self, options)

    def reset(self):
        """Reset."""
        ExpatBuilder.reset(self)
        self.fragment = None

    def parseFile(self, file):
        """The fragment read from a file object."""
        return self.parseString(file.read())

    def parseString(self, string):
        """The fragment held in a string."""
        self._source = string
        parser = self.getParser()
        doctype = self.originalDocument.doctype
        ident = ""
        subset = ""
        if doctype:
            subset = doctype.internalSubset or self._getDeclarations()
            if doctype.publicId:
                ident = 'PUBLIC "%s" "%s"' % (doctype.publicId, doctype.systemId)
            elif doctype.systemId:
                ident = 'SYSTEM "%s"' % doctype.systemId
        wrapper = _FRAGMENT_BUILDER_TEMPLATE % (ident, subset, self._getNSattrs())
        try:
            parser.Parse(wrapper, True)
        except:
            self.reset()
            raise
        fragment = self.fragment
        self.reset()
        return fragment

    def _getDeclarations(self):
        # the internal subset written back from the doctype's notations and entities
        doctype = self.context.ownerDocument.doctype
        decls = []
        if doctype:
            for i in range(doctype.notations.length):
                n = doctype.notations.item(i)
                if n.publicId:
                    decls.append('<!NOTATION %s PUBLIC "%s"\n             "%s">' % (n.nodeName, n.publicId, n.systemId))
                else:
                    decls.append('<!NOTATION %s SYSTEM "%s">' % (n.nodeName, n.systemId))
            for i in range(doctype.entities.length):
                e = doctype.entities.item(i)
                d = "<!ENTITY %s" % e.nodeName
                if e.publicId:
                    d += ' PUBLIC "%s"\n             "%s"' % (e.publicId, e.systemId)
                elif e.systemId:
                    d += ' SYSTEM "%s"' % e.systemId
                else:
                    d += ' "%s"' % e.firstChild.data
                if e.notationName:
                    d += " NOTATION %s" % e.notationName
                decls.append(d + ">")
        return "\n  ".join(decls)

    def _getNSattrs(self):
        return ""

    def external_entity_ref_handler(self, context, base, systemId, publicId):
        if systemId != _FRAGMENT_BUILDER_INTERNAL_SYSTEM_ID:
            return ExpatBuilder.external_entity_ref_handler(self, context, base, systemId, publicId)
        # the fragment itself: parsed into a fragment of the original document
        saved = self.document, self.curNode
        parser = self._parser.ExternalEntityParserCreate(context)
        self.document = self.originalDocument
        self.curNode = self.fragment = self.document.createDocumentFragment()
        try:
            parser.Parse(self._source, True)
        finally:
            self.document, self.curNode = saved
            self._source = None
        return -1


class Namespaces:
    """What builders add for namespaces: expat splits names, xmlns attributes are kept as Attr nodes."""

    def _initNamespaces(self):
        # (prefix, uri) declared on the element about to start
        self._ns_ordered_prefixes = []

    def createParser(self):
        """A new expat parser that processes namespaces."""
        parser = expat.ParserCreate(namespace_separator=" ")
        parser.namespace_prefixes = True  # names come as 'uri local prefix'
        return parser

    def install(self, parser):
        """Install."""
        ExpatBuilder.install(self, parser)
        if self._options.namespace_declarations:
            parser.StartNamespaceDeclHandler = self.start_namespace_decl_handler

    def start_namespace_decl_handler(self, prefix, uri):
        self._ns_ordered_prefixes.append((prefix, uri))

    def start_element_handler(self, name, attributes):
        """Expat's start element event."""
        if ' ' in name:
            uri, localname, prefix, qname = _parse_ns_name(self, name)
        else:
            uri, qname, localname, prefix = EMPTY_NAMESPACE, name, None, EMPTY_PREFIX
        node = minidom.Element(qname, uri, prefix, localname)
        node.ownerDocument = self.document
        parent, self.curNode = self.curNode, node
        _append_child(parent, node)
        # the declarations of this element become its first attributes
        if self._ns_ordered_prefixes:
            for prefix, uri in self._ns_ordered_prefixes:
                if prefix:
                    a = minidom.Attr(_intern(self, 'xmlns:' + prefix), XMLNS_NAMESPACE, prefix, "xmlns")
                else:
                    a = minidom.Attr("xmlns", XMLNS_NAMESPACE, "xmlns", EMPTY_PREFIX)
                a.ownerDocument = self.document
                a.value = uri
                _set_attribute_node(node, a)
            self._ns_ordered_prefixes.clear()
        if attributes:
            node._ensure_attributes()
            by_name, by_ns = node._attrs, node._attrsNS
            for i in range(0, len(attributes), 2):
                aname = attributes[i]
                if ' ' in aname:
                    uri, localname, prefix, qname = _parse_ns_name(self, aname)
                    a = minidom.Attr(qname, uri, localname, prefix)
                    by_name[qname] = a
                    by_ns[(uri, localname)] = a
                else:
                    a = minidom.Attr(aname, EMPTY_NAMESPACE, aname, EMPTY_PREFIX)
                    by_name[aname] = a
                    by_ns[(EMPTY_NAMESPACE, aname)] = a
                a.ownerDocument = self.document
                a.value = attributes[i + 1]
                a.ownerElement = node

    def end_element_handler(self, name):
        done = self.curNode
        if ' ' in name:
            uri, localname, prefix, qname = _parse_ns_name(self, name)
            assert done.namespaceURI == uri and done.localName == localname and done.prefix == prefix, \
                "element stack messed up! (namespace)"
        else:
            assert done.nodeName == name, "element stack messed up - bad nodeName"
            assert done.namespaceURI == EMPTY_NAMESPACE, "element stack messed up - bad namespaceURI"
        self.curNode = done.parentNode
        self._finish_end_element(done)


class ExpatBuilderNS(Namespaces, ExpatBuilder):
    """Document builder with namespaces."""

    def reset(self):
        """Reset."""
        ExpatBuilder.reset(self)
        self._initNamespaces()


class FragmentBuilderNS(Namespaces, FragmentBuilder):
    """Fragment builder with namespaces."""

    def reset(self):
        FragmentBuilder.reset(self)
        self._initNamespaces()

    def _getNSattrs(self):
        # the namespace declarations in force at the context node, as attributes for the wrapper
        found = []
        decls = []
        node = self.context
        while node:
            for prefix, uri in getattr(node, '_ns_prefix_uri', {}).items():
                if prefix in found:
                    continue
                found.append(prefix)
                decls.append("%s='%s'" % ("xmlns:" + prefix if prefix else "xmlns", uri))
            node = node.parentNode
        return (" " + "\n    ".join(decls)) if decls else ""


class ParseEscape(Exception):
    """Stops a parse early (the internal subset extractor, or a filter's FILTER_INTERRUPT)."""


class InternalSubsetExtractor(ExpatBuilder):
    """Parses just far enough to return the text of the internal DTD subset."""
    subset = None

    def getSubset(self):
        """The internal subset's text (None if the doctype has none)."""
        return self.subset

    def parseFile(self, file):
        """Parse file."""
        try:
            ExpatBuilder.parseFile(self, file)
        except ParseEscape:
            pass

    def parseString(self, string):
        """Parse string."""
        try:
            ExpatBuilder.parseString(self, string)
        except ParseEscape:
            pass

    def install(self, parser):
        """Install."""
        parser.StartDoctypeDeclHandler = self.start_doctype_decl_handler
        parser.StartElementHandler = self.start_element_handler

    def start_doctype_decl_handler(self, name, publicId, systemId, has_internal_subset):
        if not has_internal_subset:
            raise ParseEscape()
        parser = self.getParser()
        self.subset = parts = []
        # the subset's text, piece by piece, through the default handler
        parser.DefaultHandler = parts.append
        parser.EndDoctypeDeclHandler = self.end_doctype_decl_handler

    def end_doctype_decl_handler(self):
        self.subset = ''.join(self.subset).replace('\r\n', '\n').replace('\r', '\n')
        raise ParseEscape()

    def start_element_handler(self, name, attrs):
        raise ParseEscape()


def _builder(namespaces, plain, with_ns, *args):
    return (with_ns if namespaces else plain)(*args)


def parse(file, namespaces=True):
    """The document in a file (a name or an open binary file object)."""
    builder = _builder(namespaces, ExpatBuilder, ExpatBuilderNS)
    if isinstance(file, str):
        with open(file, 'rb') as fp:
            return builder.parseFile(fp)
    return builder.parseFile(file)


def parseString(string, namespaces=True):
    """The document held in a str or bytes."""
    return _builder(namespaces, ExpatBuilder, ExpatBuilderNS).parseString(string)


def parseFragment(file, context, namespaces=True):
    """The fragment in a file, given the node (context) whose content it was."""
    builder = _builder(namespaces, FragmentBuilder, FragmentBuilderNS, context)
    if isinstance(file, str):
        with open(file, 'rb') as fp:
            return builder.parseFile(fp)
    return builder.parseFile(file)


def parseFragmentString(string, context, namespaces=True):
    """The fragment held in a string, given the node (context) whose content it was."""
    return _builder(namespaces, FragmentBuilder, FragmentBuilderNS, context).parseString(string)


def makeBuilder(options):
    """A builder for an Options object."""
    return ExpatBuilderNS(options) if options.namespaces else ExpatBuilder(options)
