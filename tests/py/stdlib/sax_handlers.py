# xml.sax: parsing with content, lexical and DTD handlers, with and without namespaces, locators,
# fed in pieces, and SAXParseException for malformed documents.
import io
import xml.sax
from xml.sax import handler, xmlreader

DOC = b"""<?xml version="1.0"?>
<!DOCTYPE orders SYSTEM "orders.dtd" [
  <!ENTITY shop "Corner Shop">
  <!NOTATION jpeg SYSTEM "image/jpeg">
  <!ENTITY photo SYSTEM "p.jpg" NDATA jpeg>
]>
<orders xmlns:m="urn:money">
  <!-- two orders -->
  <order id="7" status="open"><item qty="2">Tea &amp; cake</item><m:total cur="EUR">9.50</m:total></order>
  <order id="8"><item qty="1"><![CDATA[<fragile>]]></item><from>&shop;</from><note>&unknown;</note></order>
  <?audit on?>
</orders>"""


class Recorder(handler.ContentHandler, handler.DTDHandler, handler.LexicalHandler):
    def __init__(self):
        super().__init__()
        self.log = []

    def pos(self):
        return '@%s:%s' % (self._locator.getLineNumber(), self._locator.getColumnNumber())

    def startDocument(self):
        self.log.append('startDocument ' + self.pos())

    def endDocument(self):
        self.log.append('endDocument')

    def startElement(self, name, attrs):
        self.log.append('start %s %s %s' % (name, attrs.items(), self.pos()))

    def endElement(self, name):
        self.log.append('end ' + name)

    def startElementNS(self, name, qname, attrs):
        self.log.append('startNS %s %s %s' % (name, sorted(attrs.items()), sorted(attrs.getQNames())))

    def endElementNS(self, name, qname):
        self.log.append('endNS %s' % (name,))

    def startPrefixMapping(self, prefix, uri):
        self.log.append('prefix %s=%s' % (prefix, uri))

    def endPrefixMapping(self, prefix):
        self.log.append('end prefix %s' % prefix)

    def characters(self, content):
        self.log.append('chars %r' % content)

    def processingInstruction(self, target, data):
        self.log.append('pi %s %s' % (target, data))

    def skippedEntity(self, name):
        self.log.append('skipped ' + name)

    def notationDecl(self, name, publicId, systemId):
        self.log.append('notation %s %s %s' % (name, publicId, systemId))

    def unparsedEntityDecl(self, name, publicId, systemId, ndata):
        self.log.append('unparsed %s %s %s %s' % (name, publicId, systemId, ndata))

    def comment(self, content):
        self.log.append('comment %r' % content)

    def startDTD(self, name, public_id, system_id):
        self.log.append('startDTD %s %s %s' % (name, public_id, system_id))

    def endDTD(self):
        self.log.append('endDTD')

    def startCDATA(self):
        self.log.append('startCDATA')

    def endCDATA(self):
        self.log.append('endCDATA')


for namespaces in (False, True):
    r = Recorder()
    parser = xml.sax.make_parser()
    parser.setFeature(handler.feature_namespaces, namespaces)
    parser.setContentHandler(r)
    parser.setDTDHandler(r)
    parser.setProperty(handler.property_lexical_handler, r)
    parser.parse(io.BytesIO(DOC))
    print('\n'.join(r.log))
    print('---')


class Totals(handler.ContentHandler):
    def __init__(self):
        super().__init__()
        self.current = None
        self.totals = {}

    def startElement(self, name, attrs):
        if name == 'order':
            self.current = attrs.get('id')
            self.totals[self.current] = 0
        elif name == 'item':
            self.totals[self.current] += int(attrs['qty'])


t = Totals()
xml.sax.parseString(DOC, t)
print(t.totals)
t = Totals()
xml.sax.parseString(DOC.decode(), t)
print(t.totals)

print('--- feeding pieces')
r = Recorder()
r._locator = xmlreader.Locator()
p = xml.sax.make_parser()
p.setContentHandler(r)
for piece in [b'<log><e n="1">a', b'bc</e><e n="2"', b'/></lo', b'g>']:
    p.feed(piece)
p.close()
print(r.log)

print('--- errors')
for bad in [b'<a><b></a>', b'<a>', b'', b'<a x="1" x="2"/>', b'<a>\n  <b>&bad;</b>\n</a>']:
    try:
        xml.sax.parseString(bad, handler.ContentHandler())
    except xml.sax.SAXParseException as e:
        print(repr(bad), '->', e, '|', e.getMessage(), e.getLineNumber(), e.getColumnNumber(),
              e.getSystemId(), type(e.getException()).__name__)


class Collect(handler.ErrorHandler):
    def fatalError(self, exception):
        print('fatal:', exception.getMessage())


xml.sax.parseString(b'<a></b>', handler.ContentHandler(), Collect())
p = xml.sax.make_parser()
for name in [handler.feature_namespaces, handler.feature_validation, handler.feature_external_ges,
             handler.feature_string_interning, 'urn:unknown']:
    try:
        print(name.rsplit('/', 1)[-1], p.getFeature(name))
    except xml.sax.SAXNotRecognizedException as e:
        print('SAXNotRecognizedException', e)
for name, value in [(handler.feature_validation, True), ('urn:bar', 1),
                    (handler.feature_namespace_prefixes, 1), (handler.feature_external_pes, 1)]:
    try:
        p.setFeature(name, value)
    except (xml.sax.SAXNotSupportedException, xml.sax.SAXNotRecognizedException) as e:
        print(type(e).__name__, e)
for f in [lambda: p.setLocale('fr'), lambda: p.getProperty(handler.property_xml_string),
          lambda: p.getProperty('urn:nope'), lambda: p.setProperty(handler.property_xml_string, 1)]:
    try:
        f()
    except xml.sax.SAXException as e:
        print(type(e).__name__, e)
print(xml.sax.make_parser(['no.such.module']).__class__.__name__)
