# xml.dom.minidom: parsing documents (doctype, namespaces, CDATA, comments, PIs, entities) and
# serialising them exactly: toxml, toprettyxml with indents and encodings, writexml.
import io
import os
import tempfile
import xml.dom.minidom as minidom

DOC = '''<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE catalog [
  <!ENTITY publisher "Acme Press">
  <!ELEMENT catalog (book)*>
  <!ATTLIST book id ID #REQUIRED>
]>
<catalog xmlns:x="urn:extra">
  <!-- two books -->
  <book id="b1" lang="en"><title>Python &amp; XML</title><price cur="EUR">9.50</price></book>
  <book id="b2"><title>&publisher; guide</title><![CDATA[<raw> & stuff]]><?render fast?><x:note/></book>
</catalog>'''

doc = minidom.parseString(DOC)
print(doc.toxml())
print(doc.toprettyxml(indent="  "))
print(doc.documentElement.toprettyxml(indent="  ", newl="\n"))
print(doc.toxml(encoding="latin-1"))
print(doc.toprettyxml(indent=" ", encoding="utf-8", standalone=True)[:60])
print(doc.doctype.name, repr(doc.doctype.internalSubset), [e.nodeName for e in doc.doctype.entities._seq],
      doc.doctype.entities.item(0).firstChild.data, doc.doctype.publicId, doc.doctype.systemId)
print(doc.version, doc.encoding, doc.standalone, doc.nodeName, doc.nodeType, doc.documentElement.tagName)

books = doc.getElementsByTagName("book")
print(len(books), books.length, [b.getAttribute("id") for b in books], books.item(5))
b1, b2 = books
print(b1.attributes.items(), b1.attributes.length, b1.hasAttribute("lang"), b1.hasAttributes(),
      b1.getAttribute("missing") == "")
print([(c.nodeType, c.nodeName) for c in b2.childNodes], b2.firstChild.nodeName, b2.lastChild.nodeName)
print(b2.childNodes[1].data, repr(b2.childNodes[2].target), repr(b2.childNodes[2].data))
note = b2.lastChild
print(note.tagName, note.prefix, note.localName, note.namespaceURI)
print(doc.getElementsByTagNameNS("urn:extra", "note")[0].tagName, len(doc.getElementsByTagName("*")))
print([n.nodeType for n in doc.documentElement.childNodes])
root = doc.documentElement
print(root.getAttributeNode("xmlns:x").value, root.getAttributeNodeNS("http://www.w3.org/2000/xmlns/", "x").name)

ns = minidom.parseString('<feed xmlns="http://www.w3.org/2005/Atom" xmlns:m="urn:m">'
                         '<entry m:rank="1"><title type="text">One</title></entry></feed>')
entry = ns.documentElement.firstChild
print(entry.namespaceURI, entry.localName, entry.getAttributeNS("urn:m", "rank"), ns.toxml())
print(minidom.parseString('<a>\n  <b>text</b>\n  <c/>\n</a>').toprettyxml())
print(repr(minidom.parseString('<a><b/>tail</a>').toprettyxml(indent="", newl="")))
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, 'doc.xml')
    with open(path, 'w', encoding='utf-8') as f:
        doc.writexml(f, indent="", addindent="  ", newl="\n", encoding="utf-8")
    with open(path, encoding='utf-8') as f:
        text = f.read()
    print(text[:120])
    again = minidom.parse(path)
    print(again.getElementsByTagName("title")[1].firstChild.data, again.doctype.name)
    with open(path, 'rb') as f:
        print(minidom.parse(f).documentElement.tagName)
out = io.StringIO()
b1.writexml(out, "*", "+", "|")
print(out.getvalue())
print(minidom.parseString(b'<a>caf\xc3\xa9 \xe2\x82\xac</a>').toxml(encoding='ascii'))
print(minidom.parseString('<a/>').toxml(standalone=False))
for bad in ['<a><b></a>', '', '<a x="1" x="2"/>']:
    try:
        minidom.parseString(bad)
    except Exception as e:
        print(type(e).__name__, e)
