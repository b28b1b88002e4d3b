# xml.sax.saxutils: escaping and quoting, XMLGenerator writing documents (encodings, namespaces,
# short empty elements), an XMLFilterBase pipeline, attribute lists and InputSource.
import io
import os
import tempfile
import xml.sax
from xml.sax import handler, xmlreader
from xml.sax.saxutils import escape, unescape, quoteattr, XMLGenerator, XMLFilterBase, prepare_input_source

print(escape('a < b & c > d'), escape('"quoted"', {'"': '&quot;'}))
print(unescape('&lt;tag&gt; &amp;amp; &quot;', {'&quot;': '"'}))
for value in ['plain', 'say "hi"', "it's", 'both " and \'', 'line\nbreak\ttab\r', 'a<b&c']:
    print(quoteattr(value))

out = io.StringIO()
gen = XMLGenerator(out, encoding='utf-8')
gen.startDocument()
gen.startElement('report', {'title': 'Q3 "final"', 'lang': 'en'})
gen.characters('Sales & returns < 5%\n')
gen.startElement('row', {})
gen.characters('caf\u00e9 \u2603')
gen.endElement('row')
gen.ignorableWhitespace('\n')
gen.processingInstruction('page', 'break')
gen.endElement('report')
gen.endDocument()
print(out.getvalue())

raw = io.BytesIO()
gen = XMLGenerator(raw, encoding='ascii', short_empty_elements=True)
gen.startDocument()
gen.startPrefixMapping(None, 'urn:default')
gen.startPrefixMapping('x', 'urn:x')
gen.startElementNS(('urn:default', 'root'), 'root', {('urn:x', 'id'): '1', (None, 'plain'): '\u00e9'})
gen.startElementNS(('urn:x', 'empty'), 'x:empty', {})
gen.endElementNS(('urn:x', 'empty'), 'x:empty')
gen.startElementNS(('http://www.w3.org/XML/1998/namespace', 'lang'), 'xml:lang', {})
gen.characters('\u20ac')
gen.endElementNS(('http://www.w3.org/XML/1998/namespace', 'lang'), 'xml:lang')
gen.endElementNS(('urn:default', 'root'), 'root')
gen.endPrefixMapping('x')
gen.endPrefixMapping(None)
gen.endDocument()
print(raw.getvalue())


class Upper(XMLFilterBase):
    def characters(self, content):
        super().characters(content.upper())

    def startElement(self, name, attrs):
        super().startElement(name.upper(), attrs)

    def endElement(self, name):
        super().endElement(name.upper())


out = io.StringIO()
pipeline = Upper(xml.sax.make_parser())
pipeline.setContentHandler(XMLGenerator(out))
pipeline.parse(io.StringIO('<greeting to="you">hello <b>world</b></greeting>'))
print(out.getvalue())
print(pipeline.getParent().__class__.__name__, pipeline.getFeature(handler.feature_namespaces))

roundtrip = io.StringIO()
xml.sax.parseString('<doc><a x="1 &amp; 2">t&lt;</a><!-- gone --><b/></doc>',
                    XMLGenerator(roundtrip, 'utf-8', short_empty_elements=True))
print(roundtrip.getvalue())

attrs = xmlreader.AttributesImpl({'id': '7', 'kind': 'x'})
print(len(attrs), attrs.getLength(), attrs['id'], attrs.getValue('kind'), attrs.getType('id'),
      attrs.getNames(), attrs.keys(), attrs.items(), attrs.values(), 'id' in attrs, attrs.get('no', '-'),
      attrs.getNameByQName('id'), attrs.copy().items())
try:
    attrs.getQNameByName('missing')
except KeyError as e:
    print('KeyError', e)
ns = xmlreader.AttributesNSImpl({('urn:a', 'k'): 'v'}, {('urn:a', 'k'): 'a:k'})
print(ns.getValueByQName('a:k'), ns.getNameByQName('a:k'), ns.getQNameByName(('urn:a', 'k')), ns.getQNames(),
      ns.copy().items())

src = xmlreader.InputSource('doc.xml')
src.setPublicId('-//X//Y')
src.setEncoding('latin-1')
print(src.getSystemId(), src.getPublicId(), src.getEncoding(), src.getByteStream(), src.getCharacterStream())
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, 'in.xml')
    with open(path, 'wb') as f:
        f.write('<?xml version="1.0" encoding="iso-8859-1"?><t>caf\xe9</t>'.encode('latin-1'))
    s = prepare_input_source(path)
    print(os.path.basename(s.getSystemId()), s.getByteStream().read())
    s.getByteStream().close()
    texts = []

    class Text(handler.ContentHandler):
        def characters(self, content):
            texts.append(content)
    xml.sax.parse(path, Text())
    with open(path, 'rb') as f:
        xml.sax.parse(f, Text())
    print(texts)
    inp = xmlreader.InputSource()
    inp.setByteStream(io.BytesIO('<t>\xe9</t>'.encode('latin-1')))
    inp.setEncoding('iso-8859-1')
    p = xml.sax.make_parser()
    p.setContentHandler(Text())
    p.parse(inp)
    print(texts[-1])
