"""The SAX driver for the expat parser (pyexpat): ExpatParser, created by create_parser()."""
# Stands for CPython's Lib/xml/sax/expatreader.py. Invariants: a new expat parser is made for each
# document (reset()); character data reaches the content handler in expat's own pieces; while an
# external entity is read, the outer parser and source wait on _entity_stack.

version = "0.20"

import weakref

from xml.sax._exceptions import *
from xml.sax.handler import (feature_validation, feature_namespaces, feature_namespace_prefixes,
                             feature_external_ges, feature_external_pes, feature_string_interning,
                             property_xml_string, property_interning_dict)

try:
    from xml.parsers import expat
except ImportError:
    expat = None
if expat is None or not hasattr(expat, "ParserCreate"):
    raise SAXReaderNotAvailable("expat not supported", None)

from xml.sax import handler, saxutils, xmlreader

AttributesImpl, AttributesNSImpl = xmlreader.AttributesImpl, xmlreader.AttributesNSImpl


class _ClosedParser:
    # stands in for the expat parser after close(), keeping the last position
    pass


class ExpatLocator(xmlreader.Locator):
    """The locator of an ExpatParser (holding it weakly, so that handlers keeping the locator do
    not keep the parser alive)."""

    def __init__(self, parser):
        self._ref = weakref.proxy(parser)

    def getColumnNumber(self):
        parser = self._ref
        return None if parser._parser is None else parser._parser.ErrorColumnNumber

    def getLineNumber(self):
        parser = self._ref
        return 1 if parser._parser is None else parser._parser.ErrorLineNumber

    def getPublicId(self):
        parser = self._ref
        return None if parser is None else parser._source.getPublicId()

    def getSystemId(self):
        parser = self._ref
        return None if parser is None else parser._source.getSystemId()


def _split_name(name):
    # expat's 'uri local [prefix]' -> (uri, local); an unqualified name -> (None, name)
    parts = name.split()
    if len(parts) == 1:
        return (None, name)
    if len(parts) == 3:
        return (parts[0], parts[1])
    return tuple(parts)


class ExpatParser(xmlreader.IncrementalParser, xmlreader.Locator):
    """A SAX reader on expat."""

    def __init__(self, namespaceHandling=0, bufsize=2**16 - 20):
        xmlreader.IncrementalParser.__init__(self, bufsize)
        self._namespaces = namespaceHandling
        self._source = xmlreader.InputSource()
        self._parser = None            # the expat parser of the document being read
        self._parsing = False
        self._entity_stack = []        # (parser, source) of the documents whose entity is being read
        self._lex_handler_prop = None
        self._interning = None
        self._external_ges = 0

    # XMLReader

    def parse(self, source):
        """Parses a document from a system identifier, a file object or an InputSource."""
        self._source = source = saxutils.prepare_input_source(source)
        try:
            self.reset()
            locator = ExpatLocator(self)
            self._cont_handler.setDocumentLocator(locator)
            xmlreader.IncrementalParser.parse(self, source)
        except:
            self._close_source()
            raise

    def prepareParser(self, source):
        base = source.getSystemId()
        if base is not None:
            self._parser.SetBase(base)

    def setContentHandler(self, handler):
        xmlreader.IncrementalParser.setContentHandler(self, handler)
        if self._parsing:
            # the expat parser calls the handler's methods directly
            self._reset_cont_handler()

    def getFeature(self, name):
        if name == feature_string_interning:
            return self._interning is not None
        if name == feature_namespaces:
            return self._namespaces
        if name == feature_external_ges:
            return self._external_ges
        if name in (feature_validation, feature_external_pes, feature_namespace_prefixes):
            return 0  # expat cannot do these
        raise SAXNotRecognizedException("Feature '%s' not recognized" % name)

    def setFeature(self, name, state):
        """Sets a feature (only between documents)."""
        if self._parsing:
            raise SAXNotSupportedException("Cannot set features while parsing")
        if name == feature_external_ges:
            self._external_ges = state
        elif name == feature_namespaces:
            self._namespaces = state
        elif name == feature_string_interning:
            # interning shares one str per name through a dict handed to expat
            if not state:
                self._interning = None
            elif self._interning is None:
                self._interning = {}
        elif name == feature_validation:
            if state:
                raise SAXNotSupportedException("expat does not support validation")
        elif name == feature_external_pes:
            if state:
                raise SAXNotSupportedException("expat does not read external parameter entities")
        elif name == feature_namespace_prefixes:
            if state:
                raise SAXNotSupportedException("expat does not report namespace prefixes")
        else:
            raise SAXNotRecognizedException("Feature '%s' not recognized" % name)

    def getProperty(self, name):
        if name == handler.property_lexical_handler:
            return self._lex_handler_prop
        if name == property_interning_dict:
            return self._interning
        if name == property_xml_string:
            if self._parser:
                return self._parser.GetInputContext()
            raise SAXNotSupportedException("XML string cannot be returned when not parsing")
        raise SAXNotRecognizedException("Property '%s' not recognized" % name)

    def setProperty(self, name, value):
        if name == property_interning_dict:
            self._interning = value
        elif name == handler.property_lexical_handler:
            self._lex_handler_prop = value
            if self._parsing:
                self._reset_lex_handler_prop()
        elif name == property_xml_string:
            raise SAXNotSupportedException("Property '%s' cannot be set" % name)
        else:
            raise SAXNotRecognizedException("Property '%s' not recognized" % name)

    # IncrementalParser

    def feed(self, data, isFinal=False):
        """Parses a piece of the document (bytes or str)."""
        if not self._parsing:
            self.reset()
            self._parsing = True
            self._cont_handler.startDocument()
        try:
            self._parser.Parse(data, isFinal)
        except expat.error as e:
            self._err_handler.fatalError(SAXParseException(expat.ErrorString(e.code), e, self))

    def _close_source(self):
        source = self._source
        try:
            f = source.getCharacterStream()
            if f is not None:
                f.close()
        finally:
            f = source.getByteStream()
            if f is not None:
                f.close()

    def close(self):
        """Ends the document (reports endDocument)."""
        if self._entity_stack or self._parser is None or isinstance(self._parser, _ClosedParser):
            return
        try:
            self.feed(b"", isFinal=True)
            self._cont_handler.endDocument()
            self._parsing = False
            self._parser = None
        finally:
            self._parsing = False
            if self._parser is not None:
                closed = _ClosedParser()
                closed.ErrorColumnNumber = self._parser.ErrorColumnNumber
                closed.ErrorLineNumber = self._parser.ErrorLineNumber
                self._parser = closed
            self._close_source()

    def _reset_cont_handler(self):
        self._parser.ProcessingInstructionHandler = self._cont_handler.processingInstruction
        self._parser.CharacterDataHandler = self._cont_handler.characters

    def _reset_lex_handler_prop(self):
        lex = self._lex_handler_prop
        p = self._parser
        if lex is None:
            p.CommentHandler = None
            p.StartCdataSectionHandler = None
            p.EndCdataSectionHandler = None
            p.StartDoctypeDeclHandler = None
            p.EndDoctypeDeclHandler = None
        else:
            p.CommentHandler = lex.comment
            p.StartCdataSectionHandler = lex.startCDATA
            p.EndCdataSectionHandler = lex.endCDATA
            p.StartDoctypeDeclHandler = self.start_doctype_decl
            p.EndDoctypeDeclHandler = lex.endDTD

    def reset(self):
        """A fresh expat parser for the next document."""
        if self._namespaces:
            p = expat.ParserCreate(self._source.getEncoding(), " ", intern=self._interning)
            p.namespace_prefixes = 1
            p.StartElementHandler = self.start_element_ns
            p.EndElementHandler = self.end_element_ns
        else:
            p = expat.ParserCreate(self._source.getEncoding(), intern=self._interning)
            p.StartElementHandler = self.start_element
            p.EndElementHandler = self.end_element
        self._parser = p
        self._reset_cont_handler()
        p.UnparsedEntityDeclHandler = self.unparsed_entity_decl
        p.NotationDeclHandler = self.notation_decl
        p.StartNamespaceDeclHandler = self.start_namespace_decl
        p.EndNamespaceDeclHandler = self.end_namespace_decl
        self._decl_handler_prop = None
        if self._lex_handler_prop:
            self._reset_lex_handler_prop()
        p.ExternalEntityRefHandler = self.external_entity_ref
        p.SkippedEntityHandler = self.skipped_entity_handler
        p.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE)
        self._parsing = False
        self._entity_stack = []

    # Locator

    def getColumnNumber(self):
        return None if self._parser is None else self._parser.ErrorColumnNumber

    def getLineNumber(self):
        return 1 if self._parser is None else self._parser.ErrorLineNumber

    def getSystemId(self):
        return self._source.getSystemId()

    def getPublicId(self):
        return self._source.getPublicId()

    # expat's events

    def end_element(self, name):
        self._cont_handler.endElement(name)

    def start_element(self, name, attrs):
        self._cont_handler.startElement(name, AttributesImpl(attrs))

    def start_element_ns(self, name, attrs):
        values = {}
        qnames = {}
        for aname, value in attrs.items():
            parts = aname.split()
            if len(parts) == 1:
                key, qname = (None, aname), aname
            elif len(parts) == 3:
                key, qname = (parts[0], parts[1]), "%s:%s" % (parts[2], parts[1])
            else:
                key, qname = tuple(parts), parts[1]
            values[key] = value
            qnames[key] = qname
        self._cont_handler.startElementNS(_split_name(name), None, AttributesNSImpl(values, qnames))

    def end_element_ns(self, name):
        self._cont_handler.endElementNS(_split_name(name), None)

    def processing_instruction(self, target, data):
        self._cont_handler.processingInstruction(target, data)

    def start_namespace_decl(self, prefix, uri):
        self._cont_handler.startPrefixMapping(prefix, uri)

    def character_data(self, data):
        self._cont_handler.characters(data)

    def end_namespace_decl(self, prefix):
        self._cont_handler.endPrefixMapping(prefix)

    def start_doctype_decl(self, name, sysid, pubid, has_internal_subset):
        # SAX's order: public identifier, then system identifier
        self._lex_handler_prop.startDTD(name, pubid, sysid)

    def notation_decl(self, name, base, sysid, pubid):
        self._dtd_handler.notationDecl(name, pubid, sysid)

    def unparsed_entity_decl(self, name, base, sysid, pubid, notation_name):
        self._dtd_handler.unparsedEntityDecl(name, pubid, sysid, notation_name)

    def external_entity_ref(self, context, base, sysid, pubid):
        if not self._external_ges:
            return 1  # not read, but no error either
        source = saxutils.prepare_input_source(self._ent_handler.resolveEntity(pubid, sysid),
                                               self._source.getSystemId() or "")
        outer = self._parser
        self._entity_stack.append((outer, self._source))
        self._parser = outer.ExternalEntityParserCreate(context)
        self._source = source
        try:
            xmlreader.IncrementalParser.parse(self, source)
        except:
            return 0
        self._parser, self._source = self._entity_stack.pop()
        return 1

    def skipped_entity_handler(self, name, is_pe):
        self._cont_handler.skippedEntity('%' + name if is_pe else name)


def create_parser(*args, **kwargs):
    """A new ExpatParser."""
    return ExpatParser(*args, **kwargs)
