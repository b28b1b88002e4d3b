# pyexpat: the handlers of a parser, their arguments and order, and the event positions, on a
# document with an internal DTD subset, namespaces, CDATA, comments and processing instructions.
import pyexpat
from xml.parsers import expat

DOC = b"""<?xml version="1.0" encoding="utf-8" standalone="no"?>
<!DOCTYPE catalog [
  <!ENTITY company "Acme &amp; Sons">
  <!ENTITY logo SYSTEM "logo.png" NDATA png>
  <!NOTATION png SYSTEM "image/png">
  <!ELEMENT catalog (product+)>
  <!ELEMENT product (name, price?, (tag|label)*)>
  <!ATTLIST product id ID #REQUIRED kind (tool|toy) "tool" note CDATA #IMPLIED>
]>
<catalog xmlns="urn:catalog" xmlns:x="urn:extra">
  <!-- made by &company; -->
  <product id="p1" x:rank="1">
    <name>Hammer &amp; nails &#x263A;</name>
    <price currency="EUR">12.50</price>
    <x:note><![CDATA[<b>bold</b> ]]>text</x:note>
  </product>
  <?render fast?>
  <product id="p2" kind="toy"><name>&company;</name></product>
</catalog>
"""


def make(ns=None, **settings):
    p = pyexpat.ParserCreate(None, ns)
    log = []
    for k, v in settings.items():
        setattr(p, k, v)

    def handler(name):
        def h(*args):
            log.append('%-22s %r @%d:%d:%d' % (name, args, p.CurrentLineNumber,
                                              p.CurrentColumnNumber, p.CurrentByteIndex))
            if name == 'ExternalEntityRef':
                return 1
        return h
    for name in ['StartElement', 'EndElement', 'CharacterData', 'ProcessingInstruction', 'Comment',
                 'StartNamespaceDecl', 'EndNamespaceDecl', 'StartCdataSection', 'EndCdataSection',
                 'XmlDecl', 'StartDoctypeDecl', 'EndDoctypeDecl', 'EntityDecl', 'UnparsedEntityDecl',
                 'NotationDecl', 'ElementDecl', 'AttlistDecl', 'SkippedEntity']:
        setattr(p, name + 'Handler', handler(name))
    return p, log


p, log = make()
print(p.Parse(DOC, True))
print('\n'.join(log))

print('--- namespaces, buffered text, ordered and specified attributes')
p, log = make(' ', buffer_text=True, ordered_attributes=True, specified_attributes=True,
              namespace_prefixes=True)
p.Parse(DOC, True)
print('\n'.join(line for line in log if 'Decl' not in line or 'Namespace' in line))
print(sorted(k for k in p.intern if k))

print('--- default handlers')
for attr in ('DefaultHandler', 'DefaultHandlerExpand'):
    p = expat.ParserCreate()
    out = []
    setattr(p, attr, out.append)
    p.StartElementHandler = lambda name, attrs: out.append(('start', name))
    p.Parse(b'<!DOCTYPE r [<!ENTITY e "E&#33;">]><r a="1">x &e; y<?pi?><!--c--></r>', True)
    print(attr, out)

print('--- attributes of the parser')
p = expat.ParserCreate()
print(p.buffer_text, p.buffer_size, p.buffer_used, p.ordered_attributes, p.namespace_prefixes)
print(p.ErrorCode, p.ErrorLineNumber, p.ErrorColumnNumber, p.ErrorByteIndex, p.CurrentByteIndex)
p.buffer_size = 16
print(p.buffer_text, p.buffer_size)
chunks = []
p.CharacterDataHandler = chunks.append
p.Parse('<a>' + 'abc\n' * 10 + '</a>', True)
print(chunks)
for bad in (0, 'x'):
    try:
        p.buffer_size = bad
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    del p.StartElementHandler
except RuntimeError as e:
    print('RuntimeError', e)
try:
    p.foo = 1
except AttributeError as e:
    print('AttributeError', e)
print(type(p).__name__, type(p).__module__, expat.XMLParserType is type(p))
print(expat.EXPAT_VERSION, expat.version_info, expat.native_encoding)
print(p.intern, expat.ParserCreate(intern=None).intern)
