# xml.dom.minidom: building and changing documents: node creation, insertion and removal,
# attributes and namespaces, text operations, normalize, cloneNode, importNode, ids, the DOM
# exceptions, and pull parsing with xml.dom.pulldom.
import xml.dom
import xml.dom.minidom as minidom
from xml.dom import pulldom, expatbuilder, Node

impl = minidom.getDOMImplementation()
doctype = impl.createDocumentType("html", "-//W3C//DTD XHTML 1.0 Strict//EN",
                                  "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd")
doc = impl.createDocument("http://www.w3.org/1999/xhtml", "html", doctype)
html = doc.documentElement
head = html.appendChild(doc.createElement("head"))
title = head.appendChild(doc.createElement("title"))
title.appendChild(doc.createTextNode("Report <Q3> & more"))
body = doc.createElement("body")
html.appendChild(body)
ul = doc.createElement("ul")
for i, word in enumerate(["alpha", "beta", "gamma"]):
    li = doc.createElement("li")
    li.setAttribute("class", "item odd" if i % 2 else "item")
    li.setAttribute("data-n", str(i))
    li.appendChild(doc.createTextNode(word))
    ul.appendChild(li)
body.appendChild(ul)
body.insertBefore(doc.createComment(" list follows "), ul)
body.appendChild(doc.createProcessingInstruction("php", "echo 1;"))
p = body.appendChild(doc.createElement("p"))
p.appendChild(doc.createCDATASection("a < b"))
print(doc.toprettyxml(indent="  "))

lis = doc.getElementsByTagName("li")
ul.removeChild(lis[1])
new = doc.createElement("li")
new.appendChild(doc.createTextNode("BETA"))
old = ul.replaceChild(new, lis[0])
print(old.toxml(), ul.toxml(), old.parentNode, ul.firstChild.nextSibling.toxml(), ul.lastChild.previousSibling.toxml())
frag = doc.createDocumentFragment()
for w in ("x", "y"):
    frag.appendChild(doc.createElement(w))
ul.insertBefore(frag, ul.firstChild)
print(ul.toxml(), len(frag.childNodes))
li = ul.lastChild
li.setAttribute("data-n", "9")
li.removeAttribute("class")
li.setAttributeNS("urn:meta", "m:flag", "on")
print(li.toxml(), li.getAttributeNS("urn:meta", "flag"), li.hasAttributeNS("urn:meta", "flag"),
      [a for a in li.attributes.keys()], li.attributes["data-n"].value, li.attributes.get("nope"))
li.attributes["title"] = "T"
print(li.getAttribute("title"), len(li.attributes), "title" in li.attributes, li.attributes.item(0).name)
attr = doc.createAttribute("lang")
attr.value = "en"
li.setAttributeNode(attr)
print(attr.ownerElement.tagName, attr.name, attr.localName, attr.specified, li.removeAttributeNode(attr).value)

text = doc.createTextNode("hello world")
para = doc.createElement("p")
para.appendChild(text)
rest = text.splitText(5)
para.appendChild(doc.createTextNode(""))
para.appendChild(doc.createTextNode("!"))
print(repr(text.data), repr(rest.data), text.wholeText, len(para.childNodes))
para.normalize()
print(len(para.childNodes), repr(para.firstChild.data))
t = para.firstChild
print(t.substringData(0, 5), t.length, len(t))
t.appendData("?")
t.insertData(0, ">> ")
t.deleteData(0, 1)
t.replaceData(0, 2, "[")
print(repr(t.data), repr(t))

copy = ul.cloneNode(True)
shallow = ul.cloneNode(False)
print(copy.toxml() == ul.toxml(), shallow.toxml(), copy.parentNode, copy.ownerDocument is doc)
other = minidom.parseString("<other><item>1</item></other>")
imported = doc.importNode(other.documentElement, True)
body.appendChild(imported)
print(imported.ownerDocument is doc, body.lastChild.toxml(), doc.cloneNode(False))
print(doc.cloneNode(True).toxml() == doc.toxml())

idoc = minidom.parseString('<!DOCTYPE r [<!ATTLIST i key ID #IMPLIED>]><r><i key="a">A</i><i key="b">B</i><j k="c"/></r>')
print(idoc.getElementById("b").firstChild.data, idoc.getElementById("zz"))
j = idoc.getElementsByTagName("j")[0]
j.setIdAttribute("k")
print(idoc.getElementById("c").tagName, j.getAttributeNode("k").isId, idoc.getElementsByTagName("i")[0].getAttributeNode("key").isId)
print(idoc.getElementsByTagName("i")[0].getAttributeNode("key").schemaType)
renamed = idoc.renameNode(j, "urn:z", "z:jay")
print(renamed.tagName, renamed.prefix, renamed.localName, renamed.namespaceURI)

errors = [
    lambda: doc.appendChild(doc.createElement("second")),
    lambda: ul.removeChild(doc.createElement("stranger")),
    lambda: t.substringData(-1, 1),
    lambda: t.substringData(99, 1),
    lambda: t.appendChild(para),
    lambda: doc.createComment("a--b").toxml(),
    lambda: doc.createCDATASection("]]>").toxml(),
    lambda: li.removeAttribute("nothere"),
    lambda: text.splitText(99),
    lambda: doc.createTextNode(5),
    lambda: impl.createDocument(None, "x:y", None),
    lambda: doc.importNode(doc, True),
    lambda: xml.dom.DOMException(),
    lambda: setattr(ul, "firstChild", None),
]
for f in errors:
    try:
        f()
        print("no error")
    except (xml.dom.DOMException, ValueError, TypeError, RuntimeError) as e:
        print(type(e).__name__, getattr(e, "code", None), e)
print(xml.dom.NotFoundErr.code, xml.dom.HierarchyRequestErr.code, Node.ELEMENT_NODE, Node.COMMENT_NODE,
      impl.hasFeature("core", "2.0"), impl.hasFeature("events", None), minidom.getDOMImplementation("core 1.0") is impl)

with minidom.parseString("<a><b/></a>") as tmp_doc:
    print(tmp_doc.documentElement.tagName)
print(tmp_doc.documentElement)

events = pulldom.parseString('<orders><order id="1"><qty>2</qty></order><order id="2"><qty>5</qty></order></orders>')
for event, node in events:
    if event == pulldom.START_ELEMENT and node.tagName == "order":
        events.expandNode(node)
        print(node.toxml())
for event, node in pulldom.parseString('<?go?><r a="1"><!--c--><s>t</s></r>'):
    print(event, node.nodeName)
frag = expatbuilder.parseFragmentString('<item>1</item><item>2</item>tail', idoc.documentElement)
print(frag.nodeName, [n.toxml() for n in frag.childNodes])
print(minidom.parseString('<a/>', parser=__import__('xml.sax').sax.make_parser()).toxml())
