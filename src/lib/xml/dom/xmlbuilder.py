"""The 'LS-Load' part of DOM Level 3 for minidom: DOMBuilder with its features, input sources,
entity resolution, builder filters, and the load/save mixins of documents and implementations."""
# Stands for CPython's Lib/xml/dom/xmlbuilder.py. Loading from URLs needs urllib.request, which
# Immortal does not have (NotImplementedError).

__all__ = ["DOMBuilder", "DOMEntityResolver", "DOMInputSource"]

import copy
import xml.dom

from xml.dom.NodeFilter import NodeFilter


class Options:
    """The settings a DOMBuilder hands to the builder (one attribute per feature)."""
    errorHandler = None
    filter = None


# the features and their default values, in the order the DOM lists them
for _name, _value in [('namespaces', 1), ('namespace_declarations', True), ('validation', False),
                      ('external_parameter_entities', True), ('external_general_entities', True),
                      ('external_dtd_subset', True), ('validate_if_schema', False), ('validate', False),
                      ('datatype_normalization', False), ('create_entity_ref_nodes', True), ('entities', True),
                      ('whitespace_in_element_content', True), ('cdata_sections', True), ('comments', True),
                      ('charset_overrides_xml_encoding', True), ('infoset', False),
                      ('supported_mediatypes_only', False)]:
    setattr(Options, _name, _value)
del _name, _value


def _settings_table():
    # (feature, state) -> the option assignments that setting it makes
    table = {}
    for name in ("namespace_declarations", "external_general_entities", "external_parameter_entities",
                 "create_entity_ref_nodes", "whitespace_in_element_content", "cdata_sections", "comments",
                 "charset_overrides_xml_encoding", "namespaces"):
        table[(name, 0)] = [(name, 0)]
        table[(name, 1)] = [(name, 1)]
    for name in ("validation", "validate_if_schema", "supported_mediatypes_only"):
        table[(name, 0)] = [(name, 0)]
    table[("entities", 0)] = [("create_entity_ref_nodes", 0), ("entities", 0)]
    table[("entities", 1)] = [("entities", 1)]
    table[("infoset", 0)] = []
    table[("infoset", 1)] = [("namespace_declarations", 0), ("validate_if_schema", 0),
                             ("create_entity_ref_nodes", 0), ("entities", 0), ("cdata_sections", 0),
                             ("datatype_normalization", 1), ("whitespace_in_element_content", 1),
                             ("comments", 1), ("charset_overrides_xml_encoding", 1)]
    return table


def _accessors(cls, names):
    # the DOM's _get_<name> / _set_<name> methods over plain attributes
    for name in names:
        def getter(self, name=name):
            return getattr(self, name)

        def setter(self, value, name=name):
            setattr(self, name, value)
        getter.__name__ = '_get_' + name
        setter.__name__ = '_set_' + name
        setattr(cls, getter.__name__, getter)
        setattr(cls, setter.__name__, setter)


class DOMBuilder:
    """Builds documents from DOMInputSources, with features set by name."""
    entityResolver = errorHandler = filter = None

    # what parseWithContext does with the result
    ACTION_REPLACE, ACTION_APPEND_AS_CHILDREN, ACTION_INSERT_AFTER, ACTION_INSERT_BEFORE = 1, 2, 3, 4
    _legal_actions = (ACTION_REPLACE, ACTION_APPEND_AS_CHILDREN, ACTION_INSERT_AFTER, ACTION_INSERT_BEFORE)

    _settings = _settings_table()

    def __init__(self):
        self._options = Options()

    def supportsFeature(self, name):
        return hasattr(self._options, _name_xform(name))

    def canSetFeature(self, name, state):
        return (_name_xform(name), 1 if state else 0) in self._settings

    def setFeature(self, name, state):
        if not self.supportsFeature(name):
            raise xml.dom.NotFoundErr("unknown feature: " + repr(name))
        settings = self._settings.get((_name_xform(name), 1 if state else 0))
        if settings is None:
            raise xml.dom.NotSupportedErr("unsupported feature: %r" % (name,))
        for option, value in settings:
            setattr(self._options, option, value)

    def getFeature(self, name):
        options = self._options
        try:
            return getattr(options, _name_xform(name))
        except AttributeError:
            pass
        if name == "infoset":
            return (options.datatype_normalization and options.whitespace_in_element_content
                    and options.comments and options.charset_overrides_xml_encoding
                    and not (options.namespace_declarations or options.validate_if_schema
                             or options.create_entity_ref_nodes or options.entities or options.cdata_sections))
        raise xml.dom.NotFoundErr("feature %s not known" % repr(name))

    def parseURI(self, uri):
        resolver = self.entityResolver or DOMEntityResolver()
        return self.parse(resolver.resolveEntity(None, uri))

    def parse(self, input):
        """The document read from a DOMInputSource's byte stream."""
        options = copy.copy(self._options)
        options.errorHandler = self.errorHandler
        options.filter = self.filter
        stream = input.byteStream
        if stream is None and options.systemId:
            raise NotImplementedError("DOMBuilder: reading a system identifier needs urllib.request")
        return self._parse_bytestream(stream, options)

    def parseWithContext(self, input, cnode, action):
        if action in self._legal_actions:
            raise NotImplementedError("Haven't written this yet...")
        raise ValueError("not a legal action")

    def _parse_bytestream(self, stream, options):
        from xml.dom import expatbuilder
        return expatbuilder.makeBuilder(options).parseFile(stream)


_accessors(DOMBuilder, ('entityResolver', 'errorHandler', 'filter'))


def _name_xform(name):
    return name.lower().replace('-', '_')


class DOMEntityResolver(object):
    """Opens entities by URL (needs urllib.request: NotImplementedError here)."""
    __slots__ = '_opener',

    def resolveEntity(self, publicId, systemId):
        assert systemId is not None
        raise NotImplementedError("DOMEntityResolver needs urllib.request, which Immortal does not have")


class DOMInputSource(object):
    """Where a DOMBuilder reads from."""
    __slots__ = ('byteStream', 'characterStream', 'stringData', 'encoding', 'publicId', 'systemId', 'baseURI')

    def __init__(self):
        for name in self.__slots__:
            setattr(self, name, None)


_accessors(DOMInputSource, DOMInputSource.__slots__)


class DOMBuilderFilter:
    """Decides, node by node, what a builder keeps (FILTER_* answers, whatToShow node types)."""
    FILTER_ACCEPT, FILTER_REJECT, FILTER_SKIP, FILTER_INTERRUPT = 1, 2, 3, 4

    whatToShow = NodeFilter.SHOW_ALL

    def _get_whatToShow(self):
        return self.whatToShow

    def startContainer(self, element):
        return self.FILTER_ACCEPT

    def acceptNode(self, element):
        return self.FILTER_ACCEPT


del NodeFilter


class DocumentLS:
    """The load/save methods of a document."""
    async_ = False

    def _get_async(self):
        return False

    def _set_async(self, flag):
        if flag:
            raise xml.dom.NotSupportedErr("asynchronous document loading is not supported")

    def abort(self):
        raise NotImplementedError("haven't figured out what this means yet")

    def loadXML(self, source):
        raise NotImplementedError("haven't written this yet")

    def load(self, uri):
        raise NotImplementedError("haven't written this yet")

    def saveXML(self, snode):
        """The node (the whole document for None) as XML."""
        if snode is not None and snode.ownerDocument is not self:
            raise xml.dom.WrongDocumentErr()
        return (self if snode is None else snode).toxml()


class DOMImplementationLS:
    """The load/save methods of a DOM implementation."""
    MODE_SYNCHRONOUS, MODE_ASYNCHRONOUS = 1, 2

    def createDOMBuilder(self, mode, schemaType):
        if schemaType is not None:
            raise xml.dom.NotSupportedErr("schemaType not yet supported")
        if mode == self.MODE_ASYNCHRONOUS:
            raise xml.dom.NotSupportedErr("asynchronous builders are not supported")
        if mode == self.MODE_SYNCHRONOUS:
            return DOMBuilder()
        raise ValueError("unknown value for mode")

    def createDOMInputSource(self):
        return DOMInputSource()

    def createDOMWriter(self):
        raise NotImplementedError("the writer interface hasn't been written yet!")
