"""A small DOM: Level 1 with the namespace methods and some Level 2 and 3 features.

parse("file.xml") and parseString("<doc/>") build a Document; nodes serialise themselves with
toxml(), toprettyxml() and writexml().
"""
# Stands for CPython's Lib/xml/dom/minidom.py; its output (toxml, toprettyxml, writexml), reprs and
# error messages are CPython's. Invariants: a node's children are in its childNodes list and linked
# through previousSibling/nextSibling, each with parentNode set to it; an element's attributes are
# Attr nodes kept twice, by qualified name (_attrs) and by (namespace, local name) (_attrsNS);
# the document's id cache is emptied by every change that could alter what getElementById finds.

import io
import xml.dom
from xml.dom import domreg
from xml.dom import EMPTY_NAMESPACE, EMPTY_PREFIX, XMLNS_NAMESPACE
from xml.dom.xmlbuilder import DocumentLS, DOMImplementationLS
from xml.dom.minicompat import *

_N = xml.dom.Node
# the node types that can contain elements, and so ids
_nodeTypes_with_children = (_N.ELEMENT_NODE, _N.ENTITY_REFERENCE_NODE)
_TEXTUAL = (_N.TEXT_NODE, _N.CDATA_SECTION_NODE)


def _getters(cls, *names):
    # the DOM's _get_<name> methods over plain attributes
    for name in names:
        getter = (lambda attr: lambda self: getattr(self, attr))(name)
        getter.__name__ = getter.__qualname__ = '_get_' + name
        setattr(cls, getter.__name__, getter)


def _hierarchy_error(child, parent):
    return xml.dom.HierarchyRequestErr("%s cannot be child of %s" % (repr(child), repr(parent)))


def _index_of(children, node):
    try:
        return children.index(node)
    except ValueError:
        raise xml.dom.NotFoundErr()


def _link_at(children, i):
    # makes children[i] and its neighbours point at each other
    node = children[i]
    before = children[i - 1] if i > 0 else None
    after = children[i + 1] if i + 1 < len(children) else None
    node.previousSibling = before
    node.nextSibling = after
    if before is not None:
        before.nextSibling = node
    if after is not None:
        after.previousSibling = node


def _take_out(node):
    # joins node's neighbours to each other and forgets them
    before, after = node.previousSibling, node.nextSibling
    if after is not None:
        after.previousSibling = before
    if before is not None:
        before.nextSibling = after
    node.previousSibling = node.nextSibling = None


class Node(xml.dom.Node):
    """What all nodes share: the tree links and their upkeep, serialisation, user data."""
    namespaceURI = parentNode = ownerDocument = None
    previousSibling = nextSibling = None
    prefix = EMPTY_PREFIX

    def __bool__(self):
        return True

    def toxml(self, encoding=None, standalone=None):
        """The node as XML: a str, or bytes in `encoding` if given."""
        return self.toprettyxml("", "", encoding, standalone)

    def toprettyxml(self, indent="\t", newl="\n", encoding=None, standalone=None):
        """The node as XML with each node on its own line, indented by `indent` per level."""
        out = io.StringIO()
        extra = (encoding, standalone) if self.nodeType == _N.DOCUMENT_NODE else ()
        self.writexml(out, "", indent, newl, *extra)
        text = out.getvalue()
        return text if encoding is None else text.encode(encoding, "xmlcharrefreplace")

    def hasChildNodes(self):
        return len(self.childNodes) > 0

    def _get_childNodes(self):
        return self.childNodes

    def _get_firstChild(self):
        kids = self.childNodes
        return kids[0] if kids else None

    def _get_lastChild(self):
        kids = self.childNodes
        return kids[-1] if kids else None

    def _check_child(self, node):
        if node.nodeType not in self._child_node_types:
            raise _hierarchy_error(node, self)

    def insertBefore(self, newChild, refChild):
        """Inserts newChild before refChild (at the end when refChild is None)."""
        if newChild.nodeType == self.DOCUMENT_FRAGMENT_NODE:
            for c in tuple(newChild.childNodes):
                self.insertBefore(c, refChild)
            return newChild
        self._check_child(newChild)
        old_parent = newChild.parentNode
        if old_parent is not None:
            old_parent.removeChild(newChild)
        if refChild is None:
            self.appendChild(newChild)
            return newChild
        kids = self.childNodes
        at = _index_of(kids, refChild)
        if newChild.nodeType in _nodeTypes_with_children:
            _clear_id_cache(self)
        kids.insert(at, newChild)
        _link_at(kids, at)
        newChild.parentNode = self
        return newChild

    def appendChild(self, node):
        """Adds node (or a fragment's children) at the end of the children."""
        if node.nodeType == self.DOCUMENT_FRAGMENT_NODE:
            for c in tuple(node.childNodes):
                self.appendChild(c)
            return node
        self._check_child(node)
        if node.nodeType in _nodeTypes_with_children:
            _clear_id_cache(self)
        old_parent = node.parentNode
        if old_parent is not None:
            old_parent.removeChild(node)
        _append_child(self, node)
        node.nextSibling = None  # (it may have had one in another tree)
        return node

    def replaceChild(self, newChild, oldChild):
        """Puts newChild where oldChild is; returns oldChild."""
        if newChild.nodeType == self.DOCUMENT_FRAGMENT_NODE:
            after = oldChild.nextSibling
            self.removeChild(oldChild)
            return self.insertBefore(newChild, after)
        self._check_child(newChild)
        if newChild is oldChild:
            return None
        if newChild.parentNode is not None:
            newChild.parentNode.removeChild(newChild)
        kids = self.childNodes
        at = _index_of(kids, oldChild)
        kids[at] = newChild
        newChild.parentNode, oldChild.parentNode = self, None
        if newChild.nodeType in _nodeTypes_with_children or oldChild.nodeType in _nodeTypes_with_children:
            _clear_id_cache(self)
        newChild.previousSibling, newChild.nextSibling = oldChild.previousSibling, oldChild.nextSibling
        oldChild.previousSibling = oldChild.nextSibling = None
        before, after = newChild.previousSibling, newChild.nextSibling
        if before:
            before.nextSibling = newChild
        if after:
            after.previousSibling = newChild
        return oldChild

    def removeChild(self, oldChild):
        """Takes oldChild out of the children; returns it."""
        kids = self.childNodes
        del kids[_index_of(kids, oldChild)]
        _take_out(oldChild)
        oldChild.parentNode = None
        if oldChild.nodeType in _nodeTypes_with_children:
            _clear_id_cache(self)
        return oldChild

    def normalize(self):
        """Joins adjacent text nodes and drops empty ones, in the whole subtree."""
        kept = []
        for child in self.childNodes:
            kind = child.nodeType
            if kind != _N.TEXT_NODE:
                kept.append(child)
                if kind == _N.ELEMENT_NODE:
                    child.normalize()
                continue
            if child.data and not (kept and kept[-1].nodeType == kind):
                kept.append(child)
                continue
            # an empty text node goes; a text node after another is added to it
            after = child.nextSibling
            if child.data:
                into = kept[-1]
                into.data += child.data
                into.nextSibling = after
                if after:
                    after.previousSibling = into
            else:
                if kept:
                    kept[-1].nextSibling = after
                if after:
                    after.previousSibling = child.previousSibling
            child.unlink()
        self.childNodes[:] = kept

    def cloneNode(self, deep):
        """A copy of the node (with copies of its descendants if deep), not in any tree."""
        return _clone_node(self, deep, self.ownerDocument or self)

    def isSupported(self, feature, version):
        """Is supported."""
        return self.ownerDocument.implementation.hasFeature(feature, version)

    def _get_localName(self):
        """The localName attribute."""
        return None

    def isSameNode(self, other):
        return self is other

    def getInterface(self, feature):
        return self if self.isSupported(feature, None) else None

    def getUserData(self, key):
        """The data stored under key (None if none)."""
        entry = getattr(self, '_user_data', {}).get(key)
        return None if entry is None else entry[0]

    def setUserData(self, key, data, handler):
        """Stores data (and a handler told of clones and imports) under key; returns the old data."""
        store = getattr(self, '_user_data', None)
        if store is None:
            store = self._user_data = {}
        old = store[key][0] if key in store else None
        if data is not None:
            store[key] = (data, handler)
        elif old is not None:
            del store[key]
        return old

    def _call_user_data_handler(self, operation, src, dst):
        store = getattr(self, '_user_data', None)
        if store is None:
            return
        for key, (data, handler) in list(store.items()):
            if handler is not None:
                handler.handle(operation, key, data, src, dst)

    def unlink(self):
        """Breaks the node's links to its tree (and its children's), freeing cycles sooner."""
        self.parentNode = self.ownerDocument = None
        kids = self.childNodes
        if kids:
            for child in kids:
                child.unlink()
            self.childNodes = NodeList()
        self.previousSibling = self.nextSibling = None

    def __enter__(self):
        """The __enter__ protocol."""
        return self

    def __exit__(self, et, ev, tb):
        """The __exit__ protocol."""
        self.unlink()


defproperty(Node, "firstChild", doc="First child node, or None.")
defproperty(Node, "lastChild", doc="Last child node, or None.")
defproperty(Node, "localName", doc="Namespace-local name of this node.")


def _append_child(self, node):
    # appends without the checks of appendChild (the builders know the node fits)
    kids = self.childNodes
    kids.append(node)
    if len(kids) > 1:
        last = kids[-2]
        last.nextSibling = node
        node.previousSibling = last
    node.parentNode = self


def _ancestor(node, kind):
    # the nearest proper ancestor of the given node type, or None
    up = node.parentNode
    while up is not None and up.nodeType != kind:
        up = up.parentNode
    return up


def _in_document(node):
    return node.nodeType == _N.DOCUMENT_NODE or _ancestor(node, _N.DOCUMENT_NODE) is not None


def _get_containing_element(node):
    return _ancestor(node, _N.ELEMENT_NODE)


def _get_containing_entref(node):
    return _ancestor(node, _N.ENTITY_REFERENCE_NODE)


_MARKUP = str.maketrans({"&": "&amp;", "<": "&lt;", '"': "&quot;", ">": "&gt;"})


def _write_data(writer, data):
    """Writes text with &, <, " and > escaped."""
    if data:
        writer.write(data.translate(_MARKUP))


def _get_elements_by_tagName_helper(parent, name, rc):
    for node in parent.childNodes:
        if node.nodeType == _N.ELEMENT_NODE and name in ("*", node.tagName):
            rc.append(node)
        _get_elements_by_tagName_helper(node, name, rc)  # (any node may hold elements)
    return rc


def _get_elements_by_tagName_ns_helper(parent, nsURI, localName, rc):
    """The elements_by_tagName_ns_helper attribute."""
    for node in parent.childNodes:
        if node.nodeType != _N.ELEMENT_NODE:
            continue
        if localName in ("*", node.localName) and nsURI in ("*", node.namespaceURI):
            rc.append(node)
        _get_elements_by_tagName_ns_helper(node, nsURI, localName, rc)  # (only elements hold elements)
    return rc


class DocumentFragment(Node):
    """A lightweight container of nodes; inserting it inserts its children."""
    nodeType, nodeName = Node.DOCUMENT_FRAGMENT_NODE, "#document-fragment"
    nodeValue = attributes = parentNode = None
    _child_node_types = (Node.ELEMENT_NODE, Node.TEXT_NODE, Node.CDATA_SECTION_NODE,
                         Node.ENTITY_REFERENCE_NODE, Node.PROCESSING_INSTRUCTION_NODE, Node.COMMENT_NODE,
                         Node.NOTATION_NODE)

    def __init__(self):
        self.childNodes = NodeList()


def _element_info(attr):
    # (document, element, their ElementInfo) of an attribute, or None when any is missing
    doc, elem = attr.ownerDocument, attr.ownerElement
    if doc is None or elem is None:
        return None
    return doc._get_elem_info(elem)


class Attr(Node):
    """An attribute: a name, a value (also held by its single Text child), its element."""
    __slots__ = ('_name', '_value', 'namespaceURI', '_prefix', 'childNodes', '_localName', 'ownerDocument',
                 'ownerElement')
    nodeType, attributes = Node.ATTRIBUTE_NODE, None
    specified = _is_id = False
    _child_node_types = (Node.TEXT_NODE, Node.ENTITY_REFERENCE_NODE)

    def __init__(self, qName, namespaceURI=EMPTY_NAMESPACE, localName=None, prefix=None):
        self._name, self.namespaceURI, self._prefix = qName, namespaceURI, prefix
        self.ownerElement = None
        if localName is not None:
            self._localName = localName
        self.childNodes = NodeList([Text()])

    def _get_localName(self):
        """The localName attribute."""
        local = getattr(self, '_localName', None)
        return self.nodeName.split(":", 1)[-1] if local is None else local

    def _get_specified(self):
        """The specified attribute."""
        return self.specified

    def _owner_changed(self):
        if self.ownerElement is not None:
            _clear_id_cache(self.ownerElement)

    def _get_name(self):
        return self._name

    def _set_name(self, value):
        self._name = value
        self._owner_changed()

    nodeName = name = property(_get_name, _set_name)

    def _get_value(self):
        """The value attribute."""
        return self._value

    def _set_value(self, value):
        """Sets the value attribute."""
        self._value = value
        self.childNodes[0].data = value
        self._owner_changed()

    nodeValue = value = property(_get_value, _set_value)

    def _get_prefix(self):
        """The prefix attribute."""
        return self._prefix

    def _set_prefix(self, prefix):
        """Sets the prefix attribute."""
        if prefix == "xmlns" and self.namespaceURI and self.namespaceURI != XMLNS_NAMESPACE:
            raise xml.dom.NamespaceErr("illegal use of 'xmlns' prefix for the wrong namespace")
        self._prefix = prefix
        local = self.localName
        self._owner_changed()
        self.name = local if prefix is None else prefix + ":" + local

    prefix = property(_get_prefix, _set_prefix)

    def unlink(self):
        owner = self.ownerElement
        if owner is not None:
            del owner._attrs[self.nodeName]
            del owner._attrsNS[(self.namespaceURI, self.localName)]
            if self._is_id:
                self._is_id = False
                owner._magic_id_nodes -= 1
                self.ownerDocument._magic_id_count -= 1
        for kid in self.childNodes:
            kid.unlink()
        self.childNodes.clear()

    def _get_isId(self):
        if self._is_id:
            return True
        info = _element_info(self)
        if info is None:
            return False
        uri = self.namespaceURI
        return info.isIdNS(uri, self.localName) if uri else info.isId(self.nodeName)

    def _get_schemaType(self):
        info = _element_info(self)
        if info is None:
            return _no_type
        uri = self.namespaceURI
        return info.getAttributeTypeNS(uri, self.localName) if uri else info.getAttributeType(self.nodeName)


defproperty(Attr, "isId", doc="True if this attribute is an ID.")
defproperty(Attr, "localName", doc="Namespace-local name of this attribute.")
defproperty(Attr, "schemaType", doc="Schema type for this attribute.")


class NamedNodeMap(object):
    """A live view of an element's attributes (changes here change the element), in the order
    the element got them."""
    __slots__ = ('_attrs', '_attrsNS', '_ownerElement')

    def __init__(self, attrs, attrsNS, ownerElement):
        self._attrs, self._attrsNS, self._ownerElement = attrs, attrsNS, ownerElement

    def _get_length(self):
        return len(self._attrs)

    __len__ = _get_length

    def item(self, index):
        names = list(self._attrs)
        return self[names[index]] if -len(names) <= index < len(names) else None

    def items(self):
        return [(a.nodeName, a.value) for a in self._attrs.values()]

    def itemsNS(self):
        return [((a.namespaceURI, a.localName), a.value) for a in self._attrs.values()]

    def __contains__(self, key):
        table = self._attrs if isinstance(key, str) else self._attrsNS
        return key in table

    def keys(self):
        """The qualified names (a view)."""
        return self._attrs.keys()

    def values(self):
        """The Attr nodes (a view)."""
        return self._attrs.values()

    def keysNS(self):
        """The (namespace, local name) pairs (a view)."""
        return self._attrsNS.keys()

    def get(self, name, value=None):
        return self._attrs.get(name, value)

    def _cmp(self, other):
        if getattr(other, "_attrs", None) is self._attrs:
            return 0
        a, b = id(self), id(other)
        return (a > b) - (a < b)

    __eq__ = lambda self, other: self._cmp(other) == 0
    __lt__ = lambda self, other: self._cmp(other) < 0
    __le__ = lambda self, other: self._cmp(other) <= 0
    __gt__ = lambda self, other: self._cmp(other) > 0
    __ge__ = lambda self, other: self._cmp(other) >= 0

    def __getitem__(self, attname_or_tuple):
        table = self._attrsNS if isinstance(attname_or_tuple, tuple) else self._attrs
        return table[attname_or_tuple]

    def __setitem__(self, attname, value):
        if not isinstance(value, str):
            if not isinstance(value, Attr):
                raise TypeError("value must be a string or Attr object")
            self.setNamedItem(value)
            return
        node = self._attrs.get(attname)
        if node is None:
            node = Attr(attname)
            node.ownerDocument = self._ownerElement.ownerDocument
            self.setNamedItem(node)
        node.value = value  # (a new attribute gets its value once in the map)

    def getNamedItem(self, name):
        return self._attrs.get(name)

    def getNamedItemNS(self, namespaceURI, localName):
        return self._attrsNS.get((namespaceURI, localName))

    def _drop(self, n):
        if n is None:
            raise xml.dom.NotFoundErr()
        _clear_id_cache(self._ownerElement)
        self._attrs.pop(n.nodeName)
        self._attrsNS.pop((n.namespaceURI, n.localName))
        if hasattr(n, 'ownerElement'):
            n.ownerElement = None
        return n

    def removeNamedItem(self, name):
        return self._drop(self.getNamedItem(name))

    def removeNamedItemNS(self, namespaceURI, localName):
        return self._drop(self.getNamedItemNS(namespaceURI, localName))

    def setNamedItem(self, node):
        if not isinstance(node, Attr):
            raise _hierarchy_error(node, self)
        previous = self._attrs.get(node.name)
        if previous:
            previous.unlink()
        owner = self._ownerElement
        self._attrs[node.name] = self._attrsNS[(node.namespaceURI, node.localName)] = node
        node.ownerElement = owner
        _clear_id_cache(owner)
        return previous

    def setNamedItemNS(self, node):
        return self.setNamedItem(node)

    def __delitem__(self, attname_or_tuple):
        attr = self[attname_or_tuple]
        _clear_id_cache(attr.ownerElement)
        attr.unlink()

    def __setstate__(self, state):
        self._attrs, self._attrsNS, self._ownerElement = state

    def __getstate__(self):
        return self._attrs, self._attrsNS, self._ownerElement


defproperty(NamedNodeMap, "length", doc="Number of nodes in the NamedNodeMap.")

AttributeList = NamedNodeMap


class TypeInfo(object):
    """The type of an attribute (from the DTD)."""
    __slots__ = 'namespace', 'name'

    def __init__(self, namespace, name):
        self.namespace, self.name = namespace, name

    def __repr__(self):
        cls = type(self).__name__
        if self.namespace:
            return "<%s %r (from %r)>" % (cls, self.name, self.namespace)
        return "<%s %r>" % (cls, self.name)



_getters(TypeInfo, 'name', 'namespace')
_no_type = TypeInfo(None, None)


class Element(Node):
    """An element: a tag name (and namespace parts), attributes, children."""
    __slots__ = ('ownerDocument', 'parentNode', 'tagName', 'nodeName', 'prefix', 'namespaceURI', '_localName',
                 'childNodes', '_attrs', '_attrsNS', 'nextSibling', 'previousSibling')
    nodeType, nodeValue = Node.ELEMENT_NODE, None
    schemaType = _no_type
    _magic_id_nodes = 0     # how many of its attributes were made IDs by setIdAttribute*
    _child_node_types = (Node.ELEMENT_NODE, Node.PROCESSING_INSTRUCTION_NODE, Node.COMMENT_NODE,
                         Node.TEXT_NODE, Node.CDATA_SECTION_NODE, Node.ENTITY_REFERENCE_NODE)

    def __init__(self, tagName, namespaceURI=EMPTY_NAMESPACE, prefix=None, localName=None):
        self.tagName = self.nodeName = tagName
        self.namespaceURI, self.prefix = namespaceURI, prefix
        self.parentNode = self.previousSibling = self.nextSibling = None
        self.childNodes = NodeList()
        # the attribute dicts are made on first use (most elements have no attributes)
        self._attrs = self._attrsNS = None

    def _ensure_attributes(self):
        if self._attrs is None:
            self._attrs, self._attrsNS = {}, {}

    def _get_localName(self):
        """The localName attribute."""
        local = getattr(self, '_localName', None)
        return self.tagName.split(":", 1)[-1] if local is None else local

    def _get_tagName(self):
        """The tagName attribute."""
        return self.tagName

    def unlink(self):
        """Unlink."""
        if self._attrs is not None:
            for a in list(self._attrs.values()):
                a.unlink()
        self._attrs = self._attrsNS = None
        Node.unlink(self)

    def getAttribute(self, attname):
        """The value of attribute attname, or '' if there is none."""
        node = self.getAttributeNode(attname)
        return "" if node is None else node.value

    def getAttributeNS(self, namespaceURI, localName):
        node = self.getAttributeNodeNS(namespaceURI, localName)
        return "" if node is None else node.value

    def _new_attr(self, attr, value):
        attr.value = value
        attr.ownerDocument = self.ownerDocument
        self.setAttributeNode(attr)

    def _change_value(self, attr, value):
        if value != attr.value:
            attr.value = value
            if attr.isId:
                _clear_id_cache(self)

    def setAttribute(self, attname, value):
        attr = self.getAttributeNode(attname)
        if attr is None:
            self._new_attr(Attr(attname), value)
        else:
            self._change_value(attr, value)

    def setAttributeNS(self, namespaceURI, qualifiedName, value):
        """Set attribute ns."""
        prefix, localname = _nssplit(qualifiedName)
        attr = self.getAttributeNodeNS(namespaceURI, localname)
        if attr is None:
            self._new_attr(Attr(qualifiedName, namespaceURI, localname, prefix), value)
            return
        self._change_value(attr, value)
        if prefix != attr.prefix:
            attr.prefix = prefix
            attr.nodeName = qualifiedName

    def getAttributeNode(self, attrname):
        """Get attribute node."""
        return None if self._attrs is None else self._attrs.get(attrname)

    def getAttributeNodeNS(self, namespaceURI, localName):
        return None if self._attrsNS is None else self._attrsNS.get((namespaceURI, localName))

    def setAttributeNode(self, attr):
        """Set attribute node."""
        if attr.ownerElement not in (None, self):
            raise xml.dom.InuseAttributeErr("attribute node already owned")
        self._ensure_attributes()
        by_name = self._attrs.get(attr.name, None)
        if by_name is not None:
            self.removeAttributeNode(by_name)
        by_ns = self._attrsNS.get((attr.namespaceURI, attr.localName), None)
        if by_ns is not None and by_ns is not by_name:
            self.removeAttributeNode(by_ns)
        _set_attribute_node(self, attr)
        # the attribute it replaced, if any
        if by_name is not attr:
            return by_name
        if by_ns is not attr:
            return by_ns
        return None

    setAttributeNodeNS = setAttributeNode

    def _remove_from(self, table, key):
        if self._attrsNS is None or key not in table:
            raise xml.dom.NotFoundErr()
        self.removeAttributeNode(table[key])

    def removeAttribute(self, name):
        self._remove_from(self._attrs, name)

    def removeAttributeNS(self, namespaceURI, localName):
        self._remove_from(self._attrsNS, (namespaceURI, localName))

    def removeAttributeNode(self, node):
        if node is None or node.name not in self._attrs:
            raise xml.dom.NotFoundErr()
        _clear_id_cache(self)
        node.unlink()
        # unlink() dropped the owner document: an attribute keeps it
        node.ownerDocument = self.ownerDocument
        return node

    removeAttributeNodeNS = removeAttributeNode  # (the node knows its namespace)

    def hasAttribute(self, name):
        """Whether the element has attribute name."""
        return self._attrs is not None and name in self._attrs

    def hasAttributeNS(self, namespaceURI, localName):
        return self._attrsNS is not None and (namespaceURI, localName) in self._attrsNS

    def getElementsByTagName(self, name):
        """Every descendant element called name ('*': all), in document order."""
        return _get_elements_by_tagName_helper(self, name, NodeList())

    def getElementsByTagNameNS(self, namespaceURI, localName):
        return _get_elements_by_tagName_ns_helper(self, namespaceURI, localName, NodeList())

    def __repr__(self):
        return "<DOM Element: %s at %#x>" % (self.tagName, id(self))

    def writexml(self, writer, indent="", addindent="", newl=""):
        """Writes the element as XML to writer; `indent` goes before it, each level of children
        gets `addindent` more, `newl` ends each line. An element whose only child is text keeps
        it on its line."""
        writer.write(indent + "<" + self.tagName)
        for name, attr in self._get_attributes()._attrs.items():
            writer.write(' %s="' % name)
            _write_data(writer, attr.value)
            writer.write('"')
        kids = self.childNodes
        if not kids:
            writer.write("/>" + newl)
            return
        writer.write(">")
        if len(kids) == 1 and kids[0].nodeType in _TEXTUAL:
            kids[0].writexml(writer, '', '', '')
        else:
            writer.write(newl)
            for node in kids:
                node.writexml(writer, indent + addindent, addindent, newl)
            writer.write(indent)
        writer.write("</" + self.tagName + ">" + newl)

    def _get_attributes(self):
        """The attributes attribute."""
        self._ensure_attributes()
        return NamedNodeMap(self._attrs, self._attrsNS, self)

    def hasAttributes(self):
        """Has attributes."""
        return bool(self._attrs)

    def setIdAttribute(self, name):
        self.setIdAttributeNode(self.getAttributeNode(name))

    def setIdAttributeNS(self, namespaceURI, localName):
        self.setIdAttributeNode(self.getAttributeNodeNS(namespaceURI, localName))

    def setIdAttributeNode(self, idAttr):
        """Set id attribute node."""
        if idAttr is None or not self.isSameNode(idAttr.ownerElement):
            raise xml.dom.NotFoundErr()
        if _get_containing_entref(self) is not None:
            # content of an entity reference is read-only
            raise xml.dom.NoModificationAllowedErr()
        if not idAttr._is_id:
            idAttr._is_id = True
            self.ownerDocument._magic_id_count += 1
            self._magic_id_nodes += 1
            _clear_id_cache(self)


defproperty(Element, "attributes", doc="NamedNodeMap of attributes on the element.")
defproperty(Element, "localName", doc="Namespace-local name of this element.")


def _set_attribute_node(element, attr):
    _clear_id_cache(element)
    element._ensure_attributes()
    element._attrsNS[(attr.namespaceURI, attr.localName)] = attr
    element._attrs[attr.name] = attr
    # a cycle attribute <-> element, which Element.unlink() breaks
    attr.ownerElement = element


class Childless:
    """The child methods of nodes that never have children."""
    __slots__ = ()
    attributes = firstChild = lastChild = None
    childNodes = EmptyNodeList()

    def _get_firstChild(self):
        return None

    _get_lastChild = _get_firstChild

    def hasChildNodes(self):
        return False

    def normalize(self):
        pass

    def appendChild(self, node):
        raise xml.dom.HierarchyRequestErr(self.nodeName + " nodes cannot have children")

    def insertBefore(self, newChild, refChild):
        raise xml.dom.HierarchyRequestErr(self.nodeName + " nodes do not have children")

    def replaceChild(self, newChild, oldChild):
        raise xml.dom.HierarchyRequestErr(self.nodeName + " nodes do not have children")

    def removeChild(self, oldChild):
        raise xml.dom.NotFoundErr(self.nodeName + " nodes do not have children")


class ProcessingInstruction(Childless, Node):
    """<?target data?>"""
    nodeType = Node.PROCESSING_INSTRUCTION_NODE
    __slots__ = ('target', 'data')

    def __init__(self, target, data):
        self.target, self.data = target, data

    nodeValue = property(lambda self: self.data, lambda self, value: setattr(self, 'data', value))
    nodeName = property(lambda self: self.target, lambda self, value: setattr(self, 'target', value))

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write("%s<?%s %s?>%s" % (indent, self.target, self.data, newl))


def _check_range(data, offset, count=0):
    if offset < 0:
        raise xml.dom.IndexSizeErr("offset cannot be negative")
    if offset >= len(data):
        raise xml.dom.IndexSizeErr("offset cannot be beyond end of data")
    if count < 0:
        raise xml.dom.IndexSizeErr("count cannot be negative")


class CharacterData(Childless, Node):
    """Nodes that hold text: data, and the DOM's substring operations on it."""
    __slots__ = ('_data', 'ownerDocument', 'parentNode', 'previousSibling', 'nextSibling')

    def __init__(self):
        self._data = ''
        self.ownerDocument = self.parentNode = self.previousSibling = self.nextSibling = None
        Node.__init__(self)

    def _get_length(self):
        """The length attribute."""
        return len(self.data)

    __len__ = _get_length

    def _get_data(self):
        """The data attribute."""
        return self._data

    def _set_data(self, data):
        """Sets the data attribute."""
        self._data = data

    data = nodeValue = property(_get_data, _set_data)

    def __repr__(self):
        """The __repr__ protocol."""
        text = self.data
        more = "..." if len(text) > 10 else ""
        return '<DOM %s node "%r%s">' % (type(self).__name__, text[0:10], more)

    def substringData(self, offset, count):
        _check_range(self.data, offset, count)
        return self.data[offset:offset + count]

    def appendData(self, arg):
        self.data = self.data + arg

    def insertData(self, offset, arg):
        _check_range(self.data, offset)
        if arg:
            text = self.data
            self.data = text[:offset] + arg + text[offset:]

    def deleteData(self, offset, count):
        _check_range(self.data, offset, count)
        if count:
            text = self.data
            self.data = text[:offset] + text[offset + count:]

    def replaceData(self, offset, count, arg):
        _check_range(self.data, offset, count)
        if count:
            text = self.data
            self.data = text[:offset] + arg + text[offset + count:]


defproperty(CharacterData, "length", doc="Length of the string data.")


def _adjacent_text(node, step):
    # the text and CDATA nodes next to node, going by step ('previousSibling' or 'nextSibling')
    found = []
    n = getattr(node, step)
    while n is not None and n.nodeType in _TEXTUAL:
        found.append(n)
        n = getattr(n, step)
    return found


class Text(CharacterData):
    """Character data in an element."""
    __slots__ = ()
    nodeType, nodeName, attributes = Node.TEXT_NODE, "#text", None

    def splitText(self, offset):
        """Cuts the text at offset: this node keeps the start, a new sibling gets the rest."""
        if not 0 <= offset <= len(self.data):
            raise xml.dom.IndexSizeErr("illegal offset value")
        rest = type(self)()
        rest.data = self.data[offset:]
        rest.ownerDocument = self.ownerDocument
        following, parent = self.nextSibling, self.parentNode
        if parent and self in parent.childNodes:
            if following is None:
                parent.appendChild(rest)
            else:
                parent.insertBefore(rest, following)
        self.data = self.data[:offset]
        return rest

    def writexml(self, writer, indent="", addindent="", newl=""):
        _write_data(writer, indent + self.data + newl)

    def _get_wholeText(self):
        before = [n.data for n in reversed(_adjacent_text(self, 'previousSibling'))]
        after = [n.data for n in _adjacent_text(self, 'nextSibling')]
        return ''.join(before + [self.data] + after)

    def replaceWholeText(self, content):
        parent = self.parentNode
        for n in _adjacent_text(self, 'previousSibling'):
            parent.removeChild(n)
        following = _adjacent_text(self, 'nextSibling')
        if not content:
            parent.removeChild(self)
        for n in following:
            parent.removeChild(n)
        if content:
            self.data = content
            return self
        return None

    def _get_isWhitespaceInElementContent(self):
        """The isWhitespaceInElementContent attribute."""
        if self.data.strip():
            return False
        elem = _get_containing_element(self)
        info = None if elem is None else self.ownerDocument._get_elem_info(elem)
        return False if info is None else info.isElementContent()


defproperty(Text, "isWhitespaceInElementContent",
            doc="True iff this text node contains only whitespace and is in element content.")
defproperty(Text, "wholeText", doc="The text of all logically-adjacent text nodes.")


class Comment(CharacterData):
    """<!--data-->"""
    nodeType, nodeName = Node.COMMENT_NODE, "#comment"

    def __init__(self, data):
        """The __init__ protocol."""
        CharacterData.__init__(self)
        self._data = data

    def writexml(self, writer, indent="", addindent="", newl=""):
        """Writexml."""
        if "--" in self.data:
            raise ValueError("'--' is not allowed in a comment node")
        writer.write(f"{indent}<!--{self.data}-->{newl}")


class CDATASection(Text):
    """<![CDATA[data]]>"""
    __slots__ = ()
    nodeType, nodeName = Node.CDATA_SECTION_NODE, "#cdata-section"

    def writexml(self, writer, indent="", addindent="", newl=""):
        if "]]>" in self.data:
            raise ValueError("']]>' not allowed in a CDATA section")
        writer.write(f"<![CDATA[{self.data}]]>")


class ReadOnlySequentialNamedNodeMap(object):
    """A read-only named node map over a sequence (a doctype's entities and notations)."""
    __slots__ = '_seq',

    def __init__(self, seq=()):
        self._seq = seq

    def __len__(self):
        return len(self._seq)

    _get_length = __len__

    def getNamedItem(self, name):
        return next((n for n in self._seq if n.nodeName == name), None)

    def getNamedItemNS(self, namespaceURI, localName):
        return next((n for n in self._seq if n.namespaceURI == namespaceURI and n.localName == localName), None)

    def __getitem__(self, name_or_tuple):
        if isinstance(name_or_tuple, tuple):
            found = self.getNamedItemNS(*name_or_tuple)
        else:
            found = self.getNamedItem(name_or_tuple)
        if found is None:
            raise KeyError(name_or_tuple)
        return found

    def item(self, index):
        return self._seq[index] if 0 <= index < len(self._seq) else None

    def _read_only(self, *args):
        raise xml.dom.NoModificationAllowedErr("NamedNodeMap instance is read-only")

    removeNamedItem = removeNamedItemNS = setNamedItem = setNamedItemNS = _read_only

    def __getstate__(self):
        return [self._seq]

    def __setstate__(self, state):
        self._seq = state[0]


defproperty(ReadOnlySequentialNamedNodeMap, "length", doc="Number of entries in the NamedNodeMap.")


class Identified:
    """The publicId and systemId of doctypes, entities and notations."""
    __slots__ = 'publicId', 'systemId'

    def _identified_mixin_init(self, publicId, systemId):
        self.publicId, self.systemId = publicId, systemId


_getters(Identified, 'publicId', 'systemId')


class DocumentType(Identified, Childless, Node):
    """<!DOCTYPE name ...>: identifiers, the internal subset's text, entities and notations."""
    nodeType = Node.DOCUMENT_TYPE_NODE
    nodeValue = name = publicId = systemId = internalSubset = None

    def __init__(self, qualifiedName):
        """The __init__ protocol."""
        self.entities = ReadOnlySequentialNamedNodeMap()
        self.notations = ReadOnlySequentialNamedNodeMap()
        if qualifiedName:
            self.name = _nssplit(qualifiedName)[1]
        self.nodeName = self.name

    def cloneNode(self, deep):
        """A copy of a doctype not in a document (None for one that is)."""
        if self.ownerDocument is not None:
            return None
        copy = DocumentType(None)
        copy.name = copy.nodeName = self.name
        operation = xml.dom.UserDataHandler.NODE_CLONED
        if deep:
            _copy_declarations(self, copy, operation, None)
        self._call_user_data_handler(operation, self, copy)
        return copy

    def writexml(self, writer, indent="", addindent="", newl=""):
        parts = ["<!DOCTYPE ", self.name]
        if self.publicId:
            parts.append("%s  PUBLIC '%s'%s  '%s'" % (newl, self.publicId, newl, self.systemId))
        elif self.systemId:
            parts.append("%s  SYSTEM '%s'" % (newl, self.systemId))
        if self.internalSubset is not None:
            parts += [" [", self.internalSubset, "]"]
        parts.append(">" + newl)
        for p in parts:
            writer.write(p)


_getters(DocumentType, 'internalSubset')


def _copy_declarations(source, clone, operation, owner):
    # copies a doctype's notations and entities into clone
    clone.notations._seq = []
    clone.entities._seq = []
    for n in source.notations._seq:
        copy = Notation(n.nodeName, n.publicId, n.systemId)
        if owner is not None:
            copy.ownerDocument = owner
        clone.notations._seq.append(copy)
        if hasattr(n, '_call_user_data_handler'):
            n._call_user_data_handler(operation, n, copy)
    for e in source.entities._seq:
        copy = Entity(e.nodeName, e.publicId, e.systemId, e.notationName)
        copy.actualEncoding, copy.encoding, copy.version = e.actualEncoding, e.encoding, e.version
        if owner is not None:
            copy.ownerDocument = owner
        clone.entities._seq.append(copy)
        if hasattr(e, '_call_user_data_handler'):
            e._call_user_data_handler(operation, e, copy)


class Entity(Identified, Node):
    """An entity declared in the DTD (its value, for an internal one, as a Text child)."""
    nodeType = Node.ENTITY_NODE
    attributes = nodeValue = None
    actualEncoding = encoding = version = None

    def __init__(self, name, publicId, systemId, notation):
        self._identified_mixin_init(publicId, systemId)
        self.nodeName, self.notationName = name, notation
        self.childNodes = NodeList()

    def appendChild(self, newChild):
        raise xml.dom.HierarchyRequestErr("cannot append children to an entity node")

    def insertBefore(self, newChild, refChild):
        raise xml.dom.HierarchyRequestErr("cannot insert children below an entity node")

    def removeChild(self, oldChild):
        raise xml.dom.HierarchyRequestErr("cannot remove children from an entity node")

    def replaceChild(self, newChild, oldChild):
        raise xml.dom.HierarchyRequestErr("cannot replace children of an entity node")


_getters(Entity, 'actualEncoding', 'encoding', 'version')


class Notation(Identified, Childless, Node):
    """A notation declared in the DTD."""
    nodeType, nodeValue = Node.NOTATION_NODE, None

    def __init__(self, name, publicId, systemId):
        """The __init__ protocol."""
        self.nodeName = name
        self._identified_mixin_init(publicId, systemId)


class DOMImplementation(DOMImplementationLS):
    """minidom's DOMImplementation: makes documents and doctypes, answers hasFeature."""
    _features = [(feature, version) for feature, versions in [("core", ("1.0", "2.0", None)),
                                                              ("xml", ("1.0", "2.0", None)),
                                                              ("ls-load", ("3.0", None))]
                 for version in versions]

    def hasFeature(self, feature, version):
        """Has feature."""
        return (feature.lower(), None if version == "" else version) in self._features

    def createDocument(self, namespaceURI, qualifiedName, doctype):
        """Create document."""
        if doctype and doctype.parentNode is not None:
            raise xml.dom.WrongDocumentErr("doctype object owned by another DOM tree")
        doc = self._create_document()
        with_root = namespaceURI is not None or qualifiedName is not None or doctype is not None
        if with_root:
            if not qualifiedName:
                raise xml.dom.InvalidCharacterErr("Element with no name")
            prefix, localname = _nssplit(qualifiedName)
            if prefix == "xml" and namespaceURI != "http://www.w3.org/XML/1998/namespace":
                raise xml.dom.NamespaceErr("illegal use of 'xml' prefix")
            if prefix and not namespaceURI:
                raise xml.dom.NamespaceErr("illegal use of prefix without namespaces")
            root = doc.createElementNS(namespaceURI, qualifiedName)
            if doctype:
                doc.appendChild(doctype)
            doc.appendChild(root)
        if doctype:
            doctype.parentNode = doctype.ownerDocument = doc
        doc.doctype, doc.implementation = doctype, self
        return doc

    def createDocumentType(self, qualifiedName, publicId, systemId):
        made = DocumentType(qualifiedName)
        made.publicId, made.systemId = publicId, systemId
        return made

    def getInterface(self, feature):
        return self if self.hasFeature(feature, None) else None

    def _create_document(self):
        return Document()


class ElementInfo(object):
    """Content-model information about an element type (none: builders provide their own)."""
    __slots__ = 'tagName',

    def __init__(self, name):
        self.tagName = name

    def getAttributeType(self, aname):
        """The TypeInfo of an attribute (none known)."""
        return _no_type

    getAttributeTypeNS = lambda self, namespaceURI, localName: _no_type

    def isElementContent(self):
        """Whether only elements may be in the element (unknown: no)."""
        return False

    def isEmpty(self):
        """Whether the element is declared EMPTY."""
        return False

    def isId(self, aname):
        """Whether the named attribute is a DTD-style ID."""
        return False

    def isIdNS(self, namespaceURI, localName):
        """Whether the attribute is a DTD-style ID."""
        return False

    def __setstate__(self, state):
        self.tagName = state

    def __getstate__(self):
        return self.tagName


def _clear_id_cache(node):
    doc = node if node.nodeType == Node.DOCUMENT_NODE else (node.ownerDocument if _in_document(node) else None)
    if doc is not None:
        doc._id_cache.clear()
        doc._id_search_stack = None


def _factory(make):
    # a Document method that makes a node with `make` and gives it the document as owner
    def create(self, *args):
        node = make(*args)
        node.ownerDocument = self
        return node
    return create


def _text_node(cls):
    def make(data):
        if not isinstance(data, str):
            raise TypeError("node contents must be a string")
        node = cls()
        node.data = data
        return node
    return make


def _attr_node(qualified=False):
    def make(*args):
        if qualified:
            namespaceURI, qualifiedName = args
            prefix, localName = _nssplit(qualifiedName)
            node = Attr(qualifiedName, namespaceURI, localName, prefix)
        else:
            node = Attr(*args)
        node.value = ""
        return node
    return make


class Document(Node, DocumentLS):
    """A document: its children (one element at most, and a doctype), the factory methods for
    nodes, getElementById, importNode, renameNode."""
    __slots__ = ('_elem_info', 'doctype', '_id_search_stack', 'childNodes', '_id_cache')
    _child_node_types = (Node.ELEMENT_NODE, Node.PROCESSING_INSTRUCTION_NODE, Node.COMMENT_NODE,
                         Node.DOCUMENT_TYPE_NODE)
    implementation = DOMImplementation()
    nodeType, nodeName = Node.DOCUMENT_NODE, "#document"
    nodeValue = attributes = parentNode = previousSibling = nextSibling = None
    # DOM Level 3 document properties
    actualEncoding = encoding = standalone = version = errorHandler = documentURI = None
    strictErrorChecking = False
    _magic_id_count = 0     # attributes made IDs by setIdAttribute* in the whole document

    def __init__(self):
        self.childNodes = NodeList()
        self.doctype = None
        self._elem_info = {}        # tag name or (uri, local name) -> ElementInfo, from the DTD
        self._id_cache = {}
        self._id_search_stack = None

    def _get_elem_info(self, element):
        uri = element.namespaceURI
        return self._elem_info.get((uri, element.localName) if uri else element.tagName)

    def appendChild(self, node):
        self._check_child(node)
        if node.parentNode is not None:
            # first, so that moving the document element within the document is allowed
            node.parentNode.removeChild(node)
        if node.nodeType == Node.ELEMENT_NODE and self._get_documentElement():
            raise xml.dom.HierarchyRequestErr("two document elements disallowed")
        return Node.appendChild(self, node)

    def removeChild(self, oldChild):
        kids = self.childNodes
        del kids[_index_of(kids, oldChild)]
        oldChild.previousSibling = oldChild.nextSibling = oldChild.parentNode = None
        if oldChild is self.documentElement:
            self.documentElement = None
        return oldChild

    def _get_documentElement(self):
        """The documentElement attribute."""
        return next((n for n in self.childNodes if n.nodeType == Node.ELEMENT_NODE), None)

    def unlink(self):
        doctype = self.doctype
        if doctype is not None:
            doctype.unlink()
            self.doctype = None
        Node.unlink(self)

    def cloneNode(self, deep):
        if not deep:
            return None
        copy = self.implementation.createDocument(None, None, None)
        copy.encoding, copy.standalone, copy.version = self.encoding, self.standalone, self.version
        for n in self.childNodes:
            kid = _clone_node(n, deep, copy)
            assert kid.ownerDocument.isSameNode(copy)
            copy.childNodes.append(kid)
            if kid.nodeType == Node.DOCUMENT_TYPE_NODE:
                assert copy.doctype is None
                copy.doctype = kid
            elif kid.nodeType == Node.DOCUMENT_NODE:
                assert copy.documentElement is None
            kid.parentNode = copy
        self._call_user_data_handler(xml.dom.UserDataHandler.NODE_CLONED, self, copy)
        return copy

    createDocumentFragment = _factory(DocumentFragment)
    createElement = _factory(Element)
    createTextNode = _factory(_text_node(Text))
    createCDATASection = _factory(_text_node(CDATASection))
    createComment = _factory(Comment)
    createProcessingInstruction = _factory(ProcessingInstruction)
    createAttribute = _factory(_attr_node())
    createAttributeNS = _factory(_attr_node(qualified=True))
    _create_entity = _factory(Entity)
    _create_notation = _factory(Notation)

    def createElementNS(self, namespaceURI, qualifiedName):
        e = Element(qualifiedName, namespaceURI, _nssplit(qualifiedName)[0])
        e.ownerDocument = self
        return e

    def _remember_id(self, attr, node, wanted):
        self._id_cache[attr.value] = node
        return attr.value == wanted

    def getElementById(self, id):
        """The element whose ID attribute (declared in the DTD, or set with setIdAttribute) is id."""
        cache = self._id_cache
        if id in cache:
            return cache[id]
        if not self._elem_info and not self._magic_id_count:
            return None  # nothing can be an ID
        stack = self._id_search_stack
        if stack is None:
            # a new search from the top (the search goes on from here next time)
            stack = self._id_search_stack = [self.documentElement]
        elif not stack:
            return None
        found = None
        while stack and found is None:
            node = stack.pop()
            stack.extend(c for c in node.childNodes if c.nodeType in _nodeTypes_with_children)
            info = self._get_elem_info(node)
            magic = node._magic_id_nodes
            if not info:
                if magic:
                    for attr in node.attributes.values():
                        if attr._is_id and self._remember_id(attr, node, id):
                            found = node
                continue
            # every ID attribute of the node goes into the cache before the search stops
            for attr in node.attributes.values():
                if attr.namespaceURI:
                    if not info.isIdNS(attr.namespaceURI, attr.localName):
                        continue
                    last = not magic
                elif info.isId(attr.name):
                    last = not magic
                elif attr._is_id:
                    last = magic == 1
                else:
                    continue
                if self._remember_id(attr, node, id):
                    found = node
                elif last:
                    break
        return found

    def getElementsByTagName(self, name):
        return _get_elements_by_tagName_helper(self, name, NodeList())

    def getElementsByTagNameNS(self, namespaceURI, localName):
        return _get_elements_by_tagName_ns_helper(self, namespaceURI, localName, NodeList())

    def isSupported(self, feature, version):
        return self.implementation.hasFeature(feature, version)

    def importNode(self, node, deep):
        """A copy of a node of another document, owned by this one."""
        kind = node.nodeType
        if kind == Node.DOCUMENT_NODE:
            raise xml.dom.NotSupportedErr("cannot import document nodes")
        if kind == Node.DOCUMENT_TYPE_NODE:
            raise xml.dom.NotSupportedErr("cannot import document type nodes")
        return _clone_node(node, deep, self)

    def writexml(self, writer, indent="", addindent="", newl="", encoding=None, standalone=None):
        """Writes the XML declaration (with encoding and standalone if given), then the children."""
        pseudo = []
        if encoding:
            pseudo.append('encoding="%s"' % encoding)
        if standalone is not None:
            pseudo.append('standalone="%s"' % ("yes" if standalone else "no"))
        writer.write('<?xml version="1.0" ' + " ".join(pseudo) + '?>' + newl)
        for node in self.childNodes:
            node.writexml(writer, indent, addindent, newl)

    def renameNode(self, n, namespaceURI, name):
        """Gives an element or attribute of this document a new name (and namespace)."""
        if n.ownerDocument is not self:
            raise xml.dom.WrongDocumentErr("cannot rename nodes from other documents;\n"
                                           "expected %s,\nfound %s" % (self, n.ownerDocument))
        if n.nodeType not in (Node.ELEMENT_NODE, Node.ATTRIBUTE_NODE):
            raise xml.dom.NotSupportedErr("renameNode() only applies to element and attribute nodes")
        prefix = localName = None
        if namespaceURI != EMPTY_NAMESPACE:
            if ':' in name:
                prefix, localName = name.split(':', 1)
                if prefix == "xmlns" and namespaceURI != xml.dom.XMLNS_NAMESPACE:
                    raise xml.dom.NamespaceErr("illegal use of 'xmlns' prefix")
            else:
                if name == "xmlns" and namespaceURI != xml.dom.XMLNS_NAMESPACE \
                        and n.nodeType == Node.ATTRIBUTE_NODE:
                    raise xml.dom.NamespaceErr("illegal use of the 'xmlns' attribute")
                localName = name
        element = n.ownerElement if n.nodeType == Node.ATTRIBUTE_NODE else None
        if element is not None:
            was_id = n._is_id
            element.removeAttributeNode(n)
        n.prefix, n._localName = prefix, localName
        n.namespaceURI, n.nodeName = namespaceURI, name
        if n.nodeType == Node.ELEMENT_NODE:
            n.tagName = name
            return n
        n.name = name
        if element is not None:
            element.setAttributeNode(n)
            if was_id:
                element.setIdAttributeNode(n)
        return n


_getters(Document, 'actualEncoding', 'doctype', 'documentURI', 'encoding', 'errorHandler', 'standalone',
         'strictErrorChecking', 'version')
defproperty(Document, "documentElement", doc="Top-level element of this document.")


def _clone_children(node, copy, deep, owner):
    if deep:
        for kid in node.childNodes:
            copy.appendChild(_clone_node(kid, deep, owner))


def _clone_node(node, deep, newOwnerDocument):
    """A copy of node (deep: with its descendants) owned by newOwnerDocument (cloneNode, importNode)."""
    same = node.ownerDocument.isSameNode(newOwnerDocument)
    operation = xml.dom.UserDataHandler.NODE_CLONED if same else xml.dom.UserDataHandler.NODE_IMPORTED
    kind = node.nodeType
    owner = newOwnerDocument
    if kind == Node.ELEMENT_NODE:
        copy = owner.createElementNS(node.namespaceURI, node.nodeName)
        for attr in node.attributes.values():
            copy.setAttributeNS(attr.namespaceURI, attr.nodeName, attr.value)
            copy.getAttributeNodeNS(attr.namespaceURI, attr.localName).specified = attr.specified
        _clone_children(node, copy, deep, owner)
    elif kind == Node.DOCUMENT_FRAGMENT_NODE:
        copy = owner.createDocumentFragment()
        _clone_children(node, copy, deep, owner)
    elif kind == Node.TEXT_NODE:
        copy = owner.createTextNode(node.data)
    elif kind == Node.CDATA_SECTION_NODE:
        copy = owner.createCDATASection(node.data)
    elif kind == Node.PROCESSING_INSTRUCTION_NODE:
        copy = owner.createProcessingInstruction(node.target, node.data)
    elif kind == Node.COMMENT_NODE:
        copy = owner.createComment(node.data)
    elif kind == Node.ATTRIBUTE_NODE:
        copy = owner.createAttributeNS(node.namespaceURI, node.nodeName)
        copy.specified = True
        copy.value = node.value
    elif kind == Node.DOCUMENT_TYPE_NODE:
        assert node.ownerDocument is not owner
        operation = xml.dom.UserDataHandler.NODE_IMPORTED
        copy = owner.implementation.createDocumentType(node.name, node.publicId, node.systemId)
        copy.ownerDocument = owner
        if deep:
            _copy_declarations(node, copy, operation, owner)
    else:
        # documents and doctypes of the same document are cloned by their own cloneNode()
        raise xml.dom.NotSupportedErr("Cannot clone node %s" % repr(node))
    if hasattr(node, '_call_user_data_handler'):
        node._call_user_data_handler(operation, node, copy)
    return copy


def _nssplit(qualifiedName):
    prefix, colon, local = qualifiedName.partition(':')
    return [prefix, local] if colon else (None, prefix)


def _do_pulldom_parse(func, args, kwargs):
    # the document from pulldom: its first event is the document, then read it all
    stream = func(*args, **kwargs)
    doc = stream.getEvent()[1]
    stream.expandNode(doc)
    stream.clear()
    return doc


def parse(file, parser=None, bufsize=None):
    """Parses a file name or file object into a Document."""
    if parser is None and not bufsize:
        from xml.dom import expatbuilder
        return expatbuilder.parse(file)
    from xml.dom import pulldom
    return _do_pulldom_parse(pulldom.parse, (file,), {'parser': parser, 'bufsize': bufsize})


def parseString(string, parser=None):
    """Parses a document held in a str or bytes into a Document."""
    if parser is None:
        from xml.dom import expatbuilder
        return expatbuilder.parseString(string)
    from xml.dom import pulldom
    return _do_pulldom_parse(pulldom.parseString, (string,), {'parser': parser})


def getDOMImplementation(features=None):
    """minidom's DOMImplementation, or None when it lacks one of the features asked for."""
    if features:
        if isinstance(features, str):
            features = domreg._parse_feature_string(features)
        if not all(Document.implementation.hasFeature(f, v) for f, v in features):
            return None
    return Document.implementation
