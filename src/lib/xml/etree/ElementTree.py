"""ElementTree: an XML document as a tree of Element objects, with a parser (on expat), a tree
builder, serialisation to XML, HTML or text, a subset of XPath (find/findall) and C14N 2.0 output.
"""
# Stands for CPython's Lib/xml/etree/ElementTree.py together with its C accelerator _elementtree:
# Element, SubElement, TreeBuilder and XMLParser behave as the C versions do (their error messages,
# raw character data chunks for custom parser targets, doctype() through expat's doctype event, the
# copy of an element sharing its attrib dict), everything else as the Python module.
# Invariants: an element's children live in its `_children` list and are Elements (checked on every
# way in); serialisers write text through a `write` callable, bytes output going through an
# incremental encoder with xmlcharrefreplace and TextIOWrapper's 8192-byte flushing.

__all__ = ["Comment", "dump", "Element", "ElementTree", "fromstring", "fromstringlist", "indent",
           "iselement", "iterparse", "parse", "ParseError", "PI", "ProcessingInstruction", "QName",
           "SubElement", "tostring", "tostringlist", "TreeBuilder", "VERSION", "XML", "XMLID", "XMLParser",
           "XMLPullParser", "register_namespace", "canonicalize", "C14NWriterTarget"]

import collections
import collections.abc
import contextlib
import io
import re
import sys
import warnings

VERSION = "1.3.0"

from . import ElementPath

# These stand for the C accelerator (_elementtree): no frames of theirs in tracebacks.
__immortal_native__ = ('Element', 'SubElement', 'TreeBuilder', 'XMLParser', '_element_type_error',
                       '_expect_element', '_is_path', '_iter_elements', '_iter_text', '_make_element')


class ParseError(SyntaxError):
    """Raised when a document cannot be parsed; `code` is expat's error code and `position` the
    (line, column) of the error."""


def iselement(element):
    """Whether element looks like an Element (has a tag)."""
    return hasattr(element, 'tag')


def _element_type_error(fname, argpos, obj):
    return TypeError("%s() argument %s must be xml.etree.ElementTree.Element, not %s"
                     % (fname, argpos, type(obj).__name__))


def _expect_element(obj):
    if not isinstance(obj, Element):
        raise TypeError('expected an Element, not "%s"' % type(obj).__name__)


# Paths that Element.find/findall/findtext compare directly with child tags instead of compiling them
# (the C accelerator's shortcut): no path characters outside a {uri} part, and not '{}x' or '{*}x'.
def _is_path(path):
    if not isinstance(path, str):
        return True
    if path[:2] == '{}' or path[:3] == '{*}':
        return True
    in_uri = False
    for ch in path:
        if ch == '{':
            in_uri = True
        elif ch == '}':
            in_uri = False
        elif not in_uri and ch in '/*[@.{}':
            return True
    return False


class Element:
    """An XML element: a tag, an attribute dict, text before the first child, tail text after the
    element's end, and a list of children (len(), indexing and slicing work on the children)."""

    __immortal_tp_name__ = 'xml.etree.ElementTree.Element'
    __slots__ = ('tag', '_attrib', 'text', 'tail', '_children', '__weakref__')

    def __init__(self, *args, **extra):
        if not args:
            raise TypeError("Element() takes at least 1 argument (0 given)")
        if len(args) > 2:
            raise TypeError("Element() takes at most 2 arguments (%d given)" % len(args))
        attrib = args[1] if len(args) > 1 else None
        if attrib is not None and not isinstance(attrib, dict):
            raise TypeError("Element() argument 2 must be dict, not %s" % type(attrib).__name__)
        if attrib is None and 'attrib' in extra:
            attrib = extra.pop('attrib')
            if not isinstance(attrib, dict):
                raise TypeError("attrib must be dict, not %s" % type(attrib).__name__)
        self.tag = args[0]
        if attrib:
            attrib = dict(attrib)
            attrib.update(extra)
        else:
            attrib = dict(extra)
        self._attrib = attrib
        self.text = None
        self.tail = None
        self._children = []

    @property
    def attrib(self):
        return self._attrib

    @attrib.setter
    def attrib(self, value):
        if not isinstance(value, dict):
            raise TypeError("attrib must be dict, not %s" % type(value).__name__)
        self._attrib = value

    def __repr__(self):
        return "<%s %r at %#x>" % (type(self).__name__, self.tag, id(self))

    def makeelement(self, tag, attrib, /):
        """A new element with this tag and a copy of attrib (not added to this one)."""
        return Element(tag, dict(attrib))

    def __copy__(self):
        e = Element(self.tag)
        # the C accelerator's copy shares the attribute dict once the element has one
        e._attrib = self._attrib if self._attrib else {}
        e.text = self.text
        e.tail = self.tail
        e._children = list(self._children)
        return e

    def __deepcopy__(self, memo, /):
        from copy import deepcopy
        e = Element(deepcopy(self.tag, memo))
        e._attrib = deepcopy(self._attrib, memo)
        e.text = deepcopy(self.text, memo)
        e.tail = deepcopy(self.tail, memo)
        e._children = [deepcopy(c, memo) for c in self._children]
        memo[id(self)] = e
        return e

    def __getstate__(self):
        return {'tag': self.tag, '_children': list(self._children), 'attrib': self._attrib,
                'text': self.text, 'tail': self.tail}

    def __setstate__(self, state, /):
        self.tag = state['tag']
        self._attrib = state.get('attrib') or {}
        self.text = state.get('text')
        self.tail = state.get('tail')
        children = state.get('_children') or []
        for c in children:
            _expect_element(c)
        self._children = list(children)

    def __len__(self):
        return len(self._children)

    def __bool__(self):
        warnings.warn(
            "Testing an element's truth value will raise an exception in future versions.  "
            "Use specific 'len(elem)' or 'elem is not None' test instead.",
            DeprecationWarning, stacklevel=2)
        return len(self._children) != 0

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self._children[index]
        if not hasattr(type(index), '__index__'):
            raise TypeError("element indices must be integers")
        try:
            return self._children[index]
        except IndexError:
            raise IndexError("child index out of range") from None

    def __setitem__(self, index, element):
        if isinstance(index, slice):
            if not isinstance(element, (list, tuple)):
                try:
                    element = list(element)
                except TypeError:
                    raise TypeError("expected sequence, not \"%s\"" % type(element).__name__) from None
            for e in element:
                _expect_element(e)
            self._children[index] = element
            return
        if not hasattr(type(index), '__index__'):
            raise TypeError("element indices must be integers")
        _expect_element(element)
        try:
            self._children[index] = element
        except IndexError:
            raise IndexError("child assignment index out of range") from None

    def __delitem__(self, index):
        if isinstance(index, slice):
            del self._children[index]
            return
        if not hasattr(type(index), '__index__'):
            raise TypeError("element indices must be integers")
        try:
            del self._children[index]
        except IndexError:
            raise IndexError("child assignment index out of range") from None

    def append(self, subelement, /):
        """Adds subelement at the end of the children."""
        if not isinstance(subelement, Element):
            raise _element_type_error('append', 1, subelement)
        self._children.append(subelement)

    def extend(self, elements, /):
        """Adds every element of a sequence at the end of the children."""
        try:
            items = list(elements)
        except TypeError:
            raise TypeError("expected sequence, not \"%s\"" % type(elements).__name__) from None
        for e in items:
            _expect_element(e)
        self._children.extend(items)

    def insert(self, index, subelement, /):
        """Inserts subelement at index (as list.insert)."""
        if not isinstance(subelement, Element):
            raise _element_type_error('insert', 2, subelement)
        self._children.insert(index, subelement)

    def remove(self, subelement, /):
        """Removes the first child that is (or equals) subelement; ValueError if none."""
        if not isinstance(subelement, Element):
            raise TypeError("remove() argument must be xml.etree.ElementTree.Element, not %s"
                            % type(subelement).__name__)
        children = self._children
        for i, c in enumerate(children):
            if c is subelement or c == subelement:
                del children[i]
                return
        raise ValueError("list.remove(x): x not in list")

    def find(self, path, namespaces=None):
        """The first child matching path (a tag or an ElementPath expression), or None."""
        if namespaces is None and not _is_path(path):
            for c in self._children:
                if c.tag == path:
                    return c
            return None
        return ElementPath.find(self, path, namespaces)

    def findtext(self, path, default=None, namespaces=None):
        """The text of the first child matching path ('' if it has none), or default."""
        if namespaces is None and not _is_path(path):
            for c in self._children:
                if c.tag == path:
                    return c.text if c.text is not None else ''
            return default
        return ElementPath.findtext(self, path, default, namespaces)

    def findall(self, path, namespaces=None):
        """Every child matching path, in document order (a list)."""
        if namespaces is None and not _is_path(path):
            return [c for c in self._children if c.tag == path]
        return ElementPath.findall(self, path, namespaces)

    def iterfind(self, path, namespaces=None):
        """Every child matching path, in document order (an iterator)."""
        return ElementPath.iterfind(self, path, namespaces)

    def clear(self):
        """Removes the children and attributes, and sets text and tail to None."""
        self._attrib = {}
        self._children = []
        self.text = self.tail = None

    def get(self, key, default=None):
        """The value of attribute key, or default."""
        return self._attrib.get(key, default)

    def set(self, key, value, /):
        """Sets attribute key to value."""
        self._attrib[key] = value

    def keys(self):
        """The attribute names (a list)."""
        return list(self._attrib)

    def items(self):
        """The attributes as (name, value) pairs (a list)."""
        return list(self._attrib.items())

    def iter(self, tag=None):
        """This element and its descendants in document order, only those with `tag` if given
        ('*' or None: all)."""
        if tag == "*":
            tag = None
        return _iter_elements(self, tag)

    def itertext(self):
        """The text of this element and its descendants and their tails, in document order."""
        return _iter_text(self)


def _make_element(tag, attrs):
    # Element(tag, attrs) without the argument checks, for the tree builder
    e = object.__new__(Element)
    e.tag = tag
    e._attrib = attrs if attrs else {}  # the C builder keeps the dict it is given
    e.text = e.tail = None
    e._children = []
    return e


def _iter_elements(root, tag):
    # depth-first, pre-order, without recursion (deep trees are common)
    if tag is None or root.tag == tag:
        yield root
    stack = [iter(root._children)]
    while stack:
        for e in stack[-1]:
            if tag is None or e.tag == tag:
                yield e
            if e._children:
                stack.append(iter(e._children))
            break
        else:
            stack.pop()


def _iter_text(root):
    # the text of every element, the tails of all but the root, in document order (no recursion)
    if root.text:
        yield root.text
    stack = [[root, 0]]
    while stack:
        top = stack[-1]
        children = top[0]._children
        i = top[1]
        if i < len(children):
            top[1] = i + 1
            e = children[i]
            if e.text:
                yield e.text
            stack.append([e, 0])
        else:
            stack.pop()
            if stack and top[0].tail:
                yield top[0].tail


def SubElement(parent, tag, attrib=None, **extra):
    """A new element with tag (and attributes) appended to parent's children."""
    if not isinstance(parent, Element):
        raise _element_type_error('SubElement', 1, parent)
    if attrib is not None and not isinstance(attrib, dict):
        raise TypeError("SubElement() argument 3 must be dict, not %s" % type(attrib).__name__)
    e = Element(tag, attrib or {}, **extra)
    parent._children.append(e)
    return e


def Comment(text=None):
    """A comment element (its tag is this function); serialised as <!--text-->."""
    e = Element(Comment)
    e.text = text
    return e


def ProcessingInstruction(target, text=None):
    """A processing instruction element (its tag is this function); serialised as <?target text?>."""
    e = Element(ProcessingInstruction)
    e.text = target + " " + text if text else target
    return e


PI = ProcessingInstruction


class QName:
    """A qualified name, '{uri}local' (from one string, or a URI and a local name), for tags,
    attribute names and values that the serialiser should write with a namespace prefix."""

    def __init__(self, text_or_uri, tag=None):
        self.text = "{%s}%s" % (text_or_uri, tag) if tag else text_or_uri

    def __str__(self):
        return self.text

    def __repr__(self):
        return '<%s %r>' % (type(self).__name__, self.text)

    def __hash__(self):
        return hash(self.text)

    @staticmethod
    def _key(other):
        return other.text if isinstance(other, QName) else other

    def __eq__(self, other):
        return self.text == QName._key(other)

    def __lt__(self, other):
        return self.text < QName._key(other)

    def __le__(self, other):
        return self.text <= QName._key(other)

    def __gt__(self, other):
        return self.text > QName._key(other)

    def __ge__(self, other):
        return self.text >= QName._key(other)


def _warn_absolute(path):
    if path[:1] == "/":
        path = "." + path
        warnings.warn(
            "This search is broken in 1.3 and earlier, and will be fixed in a future version.  "
            "If you rely on the current behaviour, change it to %r" % path,
            FutureWarning, stacklevel=3)
    return path


class ElementTree:
    """A document: a root element, with parsing from files and serialisation to files."""

    def __init__(self, element=None, file=None):
        self._root = element
        if file:
            self.parse(file)

    def getroot(self):
        """The root element."""
        return self._root

    def _setroot(self, element):
        self._root = element

    def parse(self, source, parser=None):
        """Reads the document from a file name or binary file object; returns the root element."""
        opened = None
        if not hasattr(source, "read"):
            source = opened = open(source, "rb")
        try:
            if parser is None:
                parser = XMLParser()
                if hasattr(parser, '_parse_whole'):
                    self._root = parser._parse_whole(source)
                    return self._root
            while True:
                data = source.read(65536)
                if not data:
                    break
                parser.feed(data)
            self._root = parser.close()
            return self._root
        finally:
            if opened is not None:
                opened.close()

    def iter(self, tag=None):
        """The root's iter()."""
        return self._root.iter(tag)

    def find(self, path, namespaces=None):
        """The root's find(); an absolute path is taken as relative to the root (with a warning)."""
        return self._root.find(_warn_absolute(path), namespaces)

    def findtext(self, path, default=None, namespaces=None):
        """The root's findtext()."""
        return self._root.findtext(_warn_absolute(path), default, namespaces)

    def findall(self, path, namespaces=None):
        """The root's findall()."""
        return self._root.findall(_warn_absolute(path), namespaces)

    def iterfind(self, path, namespaces=None):
        """The root's iterfind()."""
        return self._root.iterfind(_warn_absolute(path), namespaces)

    def write(self, file_or_filename, encoding=None, xml_declaration=None, default_namespace=None,
              method=None, *, short_empty_elements=True):
        """Writes the document to a file name or file object: method 'xml' (default), 'html', 'text'
        or 'c14n', encoding 'us-ascii' by default ('unicode' for text files), with an XML declaration
        when asked or when the encoding is neither UTF-8, US-ASCII nor unicode."""
        method = method or "xml"
        if method not in _serialize:
            raise ValueError("unknown method %r" % method)
        encoding = encoding or ("utf-8" if method == "c14n" else "us-ascii")
        with _get_writer(file_or_filename, encoding) as (write, declared_encoding):
            if method == "xml":
                if xml_declaration is None:
                    xml_declaration = (encoding.lower() != "unicode"
                                       and declared_encoding.lower() not in ("utf-8", "us-ascii"))
                if xml_declaration:
                    write("<?xml version='1.0' encoding='%s'?>\n" % (declared_encoding,))
            if method != "text":
                qnames, namespaces = _namespaces(self._root, default_namespace)
                _serialize[method](write, self._root, qnames, namespaces,
                                   short_empty_elements=short_empty_elements)
            else:
                _serialize_text(write, self._root)

    def write_c14n(self, file):
        """write() with method 'c14n'."""
        return self.write(file, method="c14n")


class _EncodingWriter:
    """Text to an encoded binary stream, buffered and flushed as io.TextIOWrapper does it."""
    CHUNK = 8192

    def __init__(self, write, encoding):
        import codecs
        self._encode = codecs.getincrementalencoder(encoding)('xmlcharrefreplace').encode
        name = codecs.lookup(encoding).name
        self._ascii_safe = name in ('utf-8', 'ascii', 'latin-1', 'iso8859-1', 'cp1252')
        self._out = write
        self._pending = []
        self._count = 0

    def write(self, text):
        # ASCII text is one byte per character in the encodings met in practice: it is kept as text
        # and encoded with its neighbours at the flush (the counts stay those of the bytes)
        if text.isascii() and self._ascii_safe:
            size = len(text)
        else:
            text = self._encode(text)
            size = len(text)
        if self._count + size > self.CHUNK:
            self.flush()
        self._pending.append(text)
        self._count += size
        if self._count >= self.CHUNK:
            self.flush()

    def flush(self):
        if self._pending:
            parts = [p if isinstance(p, bytes) else self._encode(p) for p in self._group()]
            self._pending = []
            self._count = 0
            self._out(b''.join(parts))

    def _group(self):
        # runs of text joined, so that each is encoded once
        run = []
        for p in self._pending:
            if isinstance(p, str):
                run.append(p)
                continue
            if run:
                yield ''.join(run)
                run = []
            yield p
        if run:
            yield ''.join(run)


@contextlib.contextmanager
def _get_writer(file_or_filename, encoding):
    # yields (write, the encoding to declare)
    write = getattr(file_or_filename, 'write', None)
    if write is None:
        if encoding.lower() == "unicode":
            encoding = "utf-8"
        with open(file_or_filename, "w", encoding=encoding, errors="xmlcharrefreplace") as f:
            yield f.write, encoding
        return
    if encoding.lower() == "unicode":
        yield write, getattr(file_or_filename, "encoding", None) or "utf-8"
        return
    w = _EncodingWriter(write, encoding)
    yield w.write, encoding
    w.flush()


def _namespaces(elem, default_namespace=None):
    # Finds every qualified name in the tree: returns {qualified name: prefixed name} and
    # {namespace uri: prefix} for the declarations the root must carry.
    qnames = {None: None}
    namespaces = {}
    if default_namespace:
        namespaces[default_namespace] = ""

    def add(qname):
        try:
            if qname[:1] == "{":
                uri, local = qname[1:].rsplit("}", 1)
                prefix = namespaces.get(uri)
                if prefix is None:
                    # a registered prefix, else a made-up one; 'xml' is never declared
                    prefix = _namespace_map.get(uri, "ns%d" % len(namespaces))
                    if prefix != "xml":
                        namespaces[uri] = prefix
                qnames[qname] = "%s:%s" % (prefix, local) if prefix else local
            else:
                if default_namespace:
                    raise ValueError("cannot use non-qualified names with default_namespace option")
                qnames[qname] = qname
        except TypeError:
            _raise_serialization_error(qname)

    for e in elem.iter():
        tag = e.tag
        if isinstance(tag, QName):
            if tag.text not in qnames:
                add(tag.text)
        elif isinstance(tag, str):
            if tag not in qnames:
                add(tag)
        elif tag is not None and tag is not Comment and tag is not PI:
            _raise_serialization_error(tag)
        for key, value in e.items():
            if isinstance(key, QName):
                key = key.text
            if key not in qnames:
                add(key)
            if isinstance(value, QName) and value.text not in qnames:
                add(value.text)
        text = e.text
        if isinstance(text, QName) and text.text not in qnames:
            add(text.text)
    return qnames, namespaces


def _write_start(write, tag, elem, qnames, namespaces, escape_value):
    write("<" + tag)
    items = elem.items()
    if namespaces:
        for uri, prefix in sorted(namespaces.items(), key=lambda item: item[1]):
            write(' xmlns%s="%s"' % (":" + prefix if prefix else "", _escape_attrib(uri)))
    for key, value in items:
        if isinstance(key, QName):
            key = key.text
        value = qnames[value.text] if isinstance(value, QName) else escape_value(value)
        write(' %s="%s"' % (qnames[key], value))


def _serialize_xml(write, elem, qnames, namespaces, short_empty_elements, **kwargs):
    tag, text = elem.tag, elem.text
    if tag is Comment or tag is ProcessingInstruction:
        write(("<!--%s-->" if tag is Comment else "<?%s?>") % text)
    else:
        tag = qnames[tag]
        if tag is None:
            # no tag of its own: only the text and the children
            if text:
                write(_escape_cdata(text))
            for child in elem:
                _serialize_xml(write, child, qnames, None, short_empty_elements=short_empty_elements)
        else:
            _write_start(write, tag, elem, qnames, namespaces, _escape_attrib)
            if text or len(elem) or not short_empty_elements:
                write(">")
                if text:
                    write(_escape_cdata(text))
                for child in elem:
                    _serialize_xml(write, child, qnames, None, short_empty_elements=short_empty_elements)
                write("</" + tag + ">")
            else:
                write(" />")
    if elem.tail:
        write(_escape_cdata(elem.tail))


HTML_EMPTY = {"area", "base", "basefont", "br", "col", "embed", "frame", "hr", "img", "input",
              "isindex", "link", "meta", "param", "source", "track", "wbr"}


def _serialize_html(write, elem, qnames, namespaces, **kwargs):
    tag, text = elem.tag, elem.text
    if tag is Comment or tag is ProcessingInstruction:
        write(("<!--%s-->" if tag is Comment else "<?%s?>") % _escape_cdata(text))
    else:
        tag = qnames[tag]
        if tag is None:
            if text:
                write(_escape_cdata(text))
            for child in elem:
                _serialize_html(write, child, qnames, None)
        else:
            _write_start(write, tag, elem, qnames, namespaces, _escape_attrib_html)
            write(">")
            lower = tag.lower()
            if text:
                write(text if lower in ("script", "style") else _escape_cdata(text))
            for child in elem:
                _serialize_html(write, child, qnames, None)
            if lower not in HTML_EMPTY:
                write("</" + tag + ">")
    if elem.tail:
        write(_escape_cdata(elem.tail))


def _serialize_text(write, elem):
    for text in elem.itertext():
        write(text)
    tail = elem.tail
    if tail:
        write(tail)


# the serialisers by method name
_serialize = {"xml": _serialize_xml, "html": _serialize_html, "text": _serialize_text}


def register_namespace(prefix, uri):
    """Makes the serialiser write names in namespace uri with prefix (a process-wide registry; a
    previous mapping of the prefix or the uri is removed)."""
    if re.match(r"ns\d+$", prefix):
        raise ValueError("Prefix format reserved for internal use")
    for known_uri, known_prefix in list(_namespace_map.items()):
        if known_uri == uri or known_prefix == prefix:
            del _namespace_map[known_uri]
    _namespace_map[uri] = prefix


# the prefixes ElementTree knows from the start, by namespace
_namespace_map = {"http://www.w3.org/XML/1998/namespace": "xml", "http://www.w3.org/1999/xhtml": "html",
                  "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf", "http://schemas.xmlsoap.org/wsdl/": "wsdl",
                  "http://www.w3.org/2001/XMLSchema": "xs", "http://www.w3.org/2001/XMLSchema-instance": "xsi",
                  "http://purl.org/dc/elements/1.1/": "dc"}
register_namespace._namespace_map = _namespace_map


def _raise_serialization_error(text):
    raise TypeError("cannot serialize %r (type %s)" % (text, type(text).__name__))


def _replacer(pairs):
    # an escaping function: the pairs' replacements in order, after a quick test for any of them
    special = re.compile('[%s]' % re.escape(''.join(old for old, _ in pairs))).search

    def escape(text):
        try:
            if not special(text):
                return text
            for old, new in pairs:
                if old in text:
                    text = text.replace(old, new)
            return text
        except (TypeError, AttributeError):
            _raise_serialization_error(text)
    return escape


_escape_cdata = _replacer((("&", "&amp;"), ("<", "&lt;"), (">", "&gt;")))
_escape_attrib = _replacer((("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;"),
                            ("\r", "&#13;"), ("\n", "&#10;"), ("\t", "&#09;")))
_escape_attrib_html = _replacer((("&", "&amp;"), (">", "&gt;"), ('"', "&quot;")))


def tostring(element, encoding=None, method=None, *, xml_declaration=None, default_namespace=None,
             short_empty_elements=True):
    """The serialised element (and its subtree): a str for encoding 'unicode', else bytes
    (US-ASCII by default, other characters as character references)."""
    stream = io.StringIO() if encoding == 'unicode' else io.BytesIO()
    ElementTree(element).write(stream, encoding, xml_declaration=xml_declaration,
                               default_namespace=default_namespace, method=method,
                               short_empty_elements=short_empty_elements)
    return stream.getvalue()


class _ListDataStream(io.BufferedIOBase):
    """A binary stream that collects what is written into a list."""

    def __init__(self, lst):
        self.lst = lst

    def writable(self):
        return True

    def write(self, b):
        self.lst.append(b)

    def seekable(self):
        return True

    def tell(self):
        return len(self.lst)


def tostringlist(element, encoding=None, method=None, *, xml_declaration=None,
                 default_namespace=None, short_empty_elements=True):
    """tostring() as a list of the pieces written."""
    lst = []
    ElementTree(element).write(_ListDataStream(lst), encoding, xml_declaration=xml_declaration,
                               default_namespace=default_namespace, method=method,
                               short_empty_elements=short_empty_elements)
    return lst


def dump(elem):
    """Writes an element (or tree) to sys.stdout as XML, ending with a newline (for debugging)."""
    tree = elem if isinstance(elem, ElementTree) else ElementTree(elem)
    tree.write(sys.stdout, encoding="unicode")
    tail = tree.getroot().tail
    if not (tail and tail.endswith("\n")):
        sys.stdout.write("\n")


def indent(tree, space="  ", level=0):
    """Indents the subtree in place: whitespace-only text and tails become a newline and `space`
    repeated once per level (starting at `level`)."""
    root = tree.getroot() if isinstance(tree, ElementTree) else tree
    if level < 0:
        raise ValueError(f"Initial indentation level must be >= 0, got {level}")
    if len(root) == 0:
        return
    prefixes = ["\n" + level * space]

    def prefix(depth):
        while len(prefixes) <= depth:
            prefixes.append(prefixes[-1] + space)
        return prefixes[depth]

    def visit(elem, depth):
        inner = prefix(depth + 1)
        if not elem.text or not elem.text.strip():
            elem.text = inner
        last = None
        for child in elem:
            if len(child):
                visit(child, depth + 1)
            if not child.tail or not child.tail.strip():
                child.tail = inner
            last = child
        if not last.tail.strip():
            last.tail = prefix(depth)

    visit(root, 0)


def parse(source, parser=None):
    """Parses a file name or file object into an ElementTree."""
    result = ElementTree()
    result.parse(source, parser)
    return result


def iterparse(source, events=None, parser=None):
    """Parses a file name or file object step by step, yielding (event, element) pairs for the
    events asked for ('start', 'end' (the default), 'start-ns', 'end-ns', 'comment', 'pi'); the
    iterator's root attribute is the root element once the document is done."""
    pull = XMLPullParser(events=events, _parser=parser)

    def generate(source):
        opened = None
        try:
            if not hasattr(source, "read"):
                source = opened = open(source, "rb")
            yield None
            while True:
                yield from pull.read_events()
                data = source.read(16 * 1024)
                if not data:
                    break
                pull.feed(data)
            root = pull._close_and_return_root()
            yield from pull.read_events()
            it.root = root
        finally:
            if opened is not None:
                opened.close()

    class IterParseIterator(collections.abc.Iterator):
        __next__ = generate(source).__next__

    it = IterParseIterator()
    it.root = None
    next(it)
    return it


class XMLPullParser:
    """A parser that is fed data and queues (event, element) pairs to read with read_events()."""

    def __init__(self, events=None, *, _parser=None):
        self._events_queue = collections.deque()
        self._parser = _parser or XMLParser(target=TreeBuilder())
        self._parser._setevents(self._events_queue, ("end",) if events is None else events)

    def feed(self, data):
        """Feeds encoded data (bytes or str) to the parser."""
        if self._parser is None:
            raise ValueError("feed() called after end of stream")
        if not data:
            return
        try:
            self._parser.feed(data)
        except SyntaxError as exc:
            # reported in its turn by read_events()
            self._events_queue.append(exc)

    def _close_and_return_root(self):
        root = self._parser.close()
        self._parser = None
        return root

    def close(self):
        """Ends the input (the events it completes are queued)."""
        self._close_and_return_root()

    def read_events(self):
        """The queued events, each removed as it is read; a parse error is raised in its turn."""
        queue = self._events_queue
        while queue:
            event = queue.popleft()
            if isinstance(event, Exception):
                raise event
            yield event


def XML(text, parser=None):
    """Parses a document from a str or bytes; returns its root element."""
    parser = parser or XMLParser(target=TreeBuilder())
    parser.feed(text)
    return parser.close()


def XMLID(text, parser=None):
    """XML(), with a dict from the values of 'id' attributes to their elements."""
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    tree = parser.close()
    ids = {}
    for e in tree.iter():
        key = e.get("id")
        if key:
            ids[key] = e
    return tree, ids


fromstring = XML


def fromstringlist(sequence, parser=None):
    """Parses a document given as a sequence of pieces."""
    parser = parser or XMLParser(target=TreeBuilder())
    for piece in sequence:
        parser.feed(piece)
    return parser.close()


class TreeBuilder:
    """Builds an element tree from start/data/end (and comment/pi) calls, as a parser target."""

    __immortal_tp_name__ = 'xml.etree.ElementTree.TreeBuilder'

    def __init__(self, element_factory=None, *, comment_factory=None, pi_factory=None,
                 insert_comments=False, insert_pis=False):
        self._factory = element_factory
        self._comment_factory = Comment if comment_factory is None else comment_factory
        self._pi_factory = ProcessingInstruction if pi_factory is None else pi_factory
        self._insert_comments = insert_comments
        self._insert_pis = insert_pis
        self._data = []
        self._stack = []
        self._last = None        # the element the pending data belongs to
        self._in_tail = False    # whether that data is its tail (else its text)
        self._root = None
        self._events = None      # (append, wanted events) when a pull parser reads events

    def close(self):
        """The root element (None if there was none)."""
        return self._root

    def _flush(self):
        if not self._data:
            return
        text = ''.join(self._data) if len(self._data) > 1 else self._data[0]
        self._data = []
        last = self._last
        if last is None:
            return
        if self._in_tail:
            last.tail = text if last.tail is None else last.tail + text
        else:
            last.text = text if last.text is None else last.text + text

    def data(self, data, /):
        """Text for the current element."""
        self._data.append(data)

    def start(self, tag, attrs, /):
        """Opens an element; returns it."""
        if self._data:
            self._flush()
        if self._factory is None:
            elem = _make_element(tag, attrs)
        else:
            elem = self._factory(tag, attrs)
        if self._stack:
            parent = self._stack[-1]
            if isinstance(parent, Element):
                parent._children.append(elem)
            else:
                parent.append(elem)
        elif self._root is None:
            self._root = elem
        else:
            raise ParseError("multiple elements on top level")
        self._stack.append(elem)
        self._last = elem
        self._in_tail = False
        if self._events is not None and 'start' in self._events[1]:
            self._events[0](('start', elem))
        return elem

    def end(self, tag, /):
        """Closes the current element; returns it."""
        if self._data:
            self._flush()
        if not self._stack:
            raise IndexError("pop from empty stack")
        elem = self._last = self._stack.pop()
        self._in_tail = True
        if self._events is not None and 'end' in self._events[1]:
            self._events[0](('end', elem))
        return elem

    def comment(self, text, /):
        """A comment: made with the comment factory, added to the tree if insert_comments."""
        return self._single('comment', self._comment_factory, self._insert_comments, text)

    def pi(self, target, text=None, /):
        """A processing instruction: made with the pi factory, added if insert_pis."""
        return self._single('pi', self._pi_factory, self._insert_pis, target, text)

    def _single(self, event, factory, insert, *args):
        self._flush()
        node = factory(*args)
        if insert and self._stack:
            parent = self._stack[-1]
            parent.append(node)
            self._last = node
            self._in_tail = True
        if self._events is not None and event in self._events[1]:
            self._events[0]((event, node))
        return node

    def _start_ns(self, prefix, uri):
        if self._events is not None and 'start-ns' in self._events[1]:
            self._flush()
            self._events[0](('start-ns', (prefix, uri)))

    def _end_ns(self, prefix):
        if self._events is not None and 'end-ns' in self._events[1]:
            self._events[0](('end-ns', None))


class XMLParser:
    """Parses XML data into a target (a TreeBuilder unless given) with expat; `entity` maps names of
    entities undeclared in the document (such as XHTML's) to their text."""

    __immortal_tp_name__ = 'xml.etree.ElementTree.XMLParser'

    def __init__(self, *, target=None, encoding=None):
        from xml.parsers import expat
        self._expat = expat
        self._parser = p = expat.ParserCreate(encoding, "}")
        if target is None:
            target = TreeBuilder()
        self.target = target
        self.entity = {}
        self.version = "Expat %d.%d.%d" % expat.version_info
        self._names = {}
        builder = type(target) is TreeBuilder
        self._builder = builder
        get = lambda name: getattr(target, name, None)
        self._start_handler = get('start')
        self._end_handler = get('end')
        self._data_handler = get('data')
        p.DefaultHandlerExpand = self._default
        p.StartElementHandler = self._start
        p.EndElementHandler = self._end
        if builder:
            # the tree builder joins text anyway: let expat hand it over in one piece
            p.CharacterDataHandler = target.data
            p.buffer_text = True
        else:
            p.CharacterDataHandler = self._data
        if get('start_ns') is not None or get('end_ns') is not None:
            p.StartNamespaceDeclHandler = self._start_ns
            p.EndNamespaceDeclHandler = self._end_ns
        if get('comment') is not None:
            p.CommentHandler = target.comment
        if get('pi') is not None:
            p.ProcessingInstructionHandler = target.pi
        p.StartDoctypeDeclHandler = self._doctype
        p.ordered_attributes = True

    def _fixname(self, key):
        name = self._names.get(key)
        if name is None:
            name = "{" + key if "}" in key else key
            self._names[key] = name
        return name

    def _start(self, tag, attr_list):
        names = self._names
        fix = self._fixname
        attrib = {}
        for i in range(0, len(attr_list), 2):
            key = attr_list[i]
            attrib[names.get(key) or fix(key)] = attr_list[i + 1]
        tag = names.get(tag) or fix(tag)
        if self._builder:
            return self.target.start(tag, attrib)
        if self._start_handler is not None:
            return self._start_handler(tag, attrib)

    def _end(self, tag):
        if self._builder:
            return self.target.end(tag)
        if self._end_handler is not None:
            return self._end_handler(self._fixname(tag))

    def _data(self, text):
        if self._data_handler is not None:
            self._data_handler(text)

    def _start_ns(self, prefix, uri):
        handler = getattr(self.target, 'start_ns', None)
        if handler is not None:
            handler(prefix or '', uri or '')

    def _end_ns(self, prefix):
        handler = getattr(self.target, 'end_ns', None)
        if handler is not None:
            handler(prefix or '')

    def _doctype(self, name, sysid, pubid, has_internal_subset):
        handler = getattr(self.target, 'doctype', None)
        if handler is not None:
            handler(name, pubid, sysid)
        elif hasattr(self, 'doctype'):
            warnings.warn("The doctype() method of XMLParser is ignored.  "
                          "Define doctype() method on the TreeBuilder target.",
                          RuntimeWarning, stacklevel=2)

    def _default(self, text):
        # expat hands over references to entities it does not know (with a DOCTYPE that has an
        # external subset): take them from self.entity
        if len(text) < 2 or text[0] != "&":
            return
        try:
            value = self.entity[text[1:-1]]
        except KeyError:
            p = self._parser
            err = ParseError("undefined entity %s: line %d, column %d"
                             % (text[:100], p.ErrorLineNumber, p.ErrorColumnNumber))
            err.code = 11
            err.position = p.ErrorLineNumber, p.ErrorColumnNumber
            raise err from None
        if self._builder:
            self.target.data(value)
        elif self._data_handler is not None:
            self._data_handler(value)

    def _setevents(self, events_queue, events_to_report):
        if type(self.target) is not TreeBuilder:
            raise TypeError("event handling only supported for ElementTree.TreeBuilder targets")
        wanted = set()
        p = self._parser
        for event in events_to_report:
            if event in ("start", "end", "comment", "pi"):
                wanted.add(event)
                if event == "comment":
                    p.CommentHandler = self.target.comment
                elif event == "pi":
                    p.ProcessingInstructionHandler = self.target.pi
            elif event in ("start-ns", "end-ns"):
                wanted.add(event)
                p.StartNamespaceDeclHandler = self._builder_start_ns
                p.EndNamespaceDeclHandler = self._builder_end_ns
            else:
                raise ValueError("unknown event '%s'" % event)
        self.target._events = (events_queue.append, wanted)

    def _builder_start_ns(self, prefix, uri):
        self.target._start_ns(prefix or '', uri or '')

    def _builder_end_ns(self, prefix):
        self.target._end_ns(prefix or '')

    def _run(self, data, final):
        try:
            self._parser.Parse(data, final)
        except self._expat.error as v:
            err = ParseError(str(v))
            err.code = v.code
            err.position = v.lineno, v.offset
            raise err from None

    def feed(self, data, /):
        """Feeds data (bytes or str) to the parser."""
        self._run(data, False)

    def close(self):
        """Ends the input; returns what the target's close() returns (the root, for a TreeBuilder)."""
        self._run(b"", True)
        close = getattr(self.target, 'close', None)
        if close is not None:
            return close()
        return None

    def _parse_whole(self, file, /):
        read = file.read
        while True:
            data = read(64 * 1024)
            if not data:
                break
            self._run(data, False)
        return self.close()


def canonicalize(xml_data=None, *, out=None, from_file=None, **options):
    """The C14N 2.0 form of a document given as text (xml_data) or a file (from_file): returned as
    a str, or written to `out` (a text file). The options are those of C14NWriterTarget."""
    if xml_data is None and from_file is None:
        raise ValueError("Either 'xml_data' or 'from_file' must be provided as input")
    buffer = io.StringIO() if out is None else None
    target = C14NWriterTarget((buffer or out).write, **options)
    parser = XMLParser(target=target)
    if xml_data is None:
        parse(from_file, parser=parser)
    else:
        parser.feed(xml_data)
        parser.close()
    return None if buffer is None else buffer.getvalue()


_looks_like_prefix_name = re.compile(r'^\w+:\w+$', re.UNICODE).match


class C14NWriterTarget:
    """A parser target that writes the document in Canonical XML 2.0 through `write` (text).
    Options: with_comments, strip_text, rewrite_prefixes (n0, n1 ...), qname_aware_tags and
    qname_aware_attrs (whose prefixed values are rewritten), exclude_attrs, exclude_tags."""

    def __init__(self, write, *, with_comments=False, strip_text=False, rewrite_prefixes=False,
                 qname_aware_tags=None, qname_aware_attrs=None, exclude_attrs=None,
                 exclude_tags=None):
        self._write = write
        self._data = []
        self._with_comments = with_comments
        self._strip_text = strip_text
        self._rewrite_prefixes = rewrite_prefixes
        self._exclude_attrs = set(exclude_attrs) if exclude_attrs else None
        self._exclude_tags = set(exclude_tags) if exclude_tags else None
        self._qname_aware_tags = set(qname_aware_tags) if qname_aware_tags else None
        self._qname_aware_attrs = set(qname_aware_attrs) if qname_aware_attrs else None
        # (uri, prefix) pairs declared on the output so far, one list per open element
        self._declared = [[("http://www.w3.org/XML/1998/namespace", "xml")]]
        # (uri, prefix) pairs the input declared, one list per open element
        self._in_scope = [] if rewrite_prefixes else [list(_namespace_map.items())]
        self._in_scope.append([])
        self._prefix_map = {}             # uri -> rewritten prefix
        self._preserve_space = [False]    # xml:space="preserve" in force, per open element
        self._pending_start = None
        self._ignored_depth = 0           # depth inside an excluded element
        self._root_seen = self._root_done = False

    @staticmethod
    def _newest_first(stack):
        for level in reversed(stack):
            yield from level

    def _resolve_prefix_name(self, prefixed_name):
        prefix, name = prefixed_name.split(':', 1)
        for uri, p in self._newest_first(self._in_scope):
            if p == prefix:
                return '{%s}%s' % (uri, name)
        raise ValueError(f'Prefix {prefix} of QName "{prefixed_name}" is not declared in scope')

    def _qname(self, qname, uri=None):
        # -> (prefixed name, local name, uri), declaring the namespace on the output when needed
        if uri is None:
            if qname[:1] == '{':
                uri, tag = qname[1:].rsplit('}', 1)
            else:
                uri, tag = '', qname
        else:
            tag = qname
        shadowed = set()
        for u, prefix in self._newest_first(self._declared):
            if u == uri and prefix not in shadowed:
                return (f'{prefix}:{tag}' if prefix else tag), tag, uri
            shadowed.add(prefix)
        if self._rewrite_prefixes:
            prefix = self._prefix_map.get(uri)
            if prefix is None:
                prefix = self._prefix_map[uri] = f'n{len(self._prefix_map)}'
            self._declared[-1].append((uri, prefix))
            return f'{prefix}:{tag}', tag, uri
        if not uri and '' not in shadowed:
            return tag, tag, uri
        for u, prefix in self._newest_first(self._in_scope):
            if u == uri:
                self._declared[-1].append((uri, prefix))
                return (f'{prefix}:{tag}' if prefix else tag), tag, uri
        if not uri:
            return tag, tag, uri
        raise ValueError(f'Namespace "{uri}" is not declared in scope')

    def data(self, data):
        if self._ignored_depth == 0:
            self._data.append(data)

    def _flush(self):
        data = ''.join(self._data)
        self._data.clear()
        if self._strip_text and not self._preserve_space[-1]:
            data = data.strip()
        pending = self._pending_start
        if pending is not None:
            self._pending_start = None
            qname_text = data if data and _looks_like_prefix_name(data) else None
            self._start(*pending, qname_text)
            if qname_text is not None:
                # the text was written as a resolved name
                return
        if self._root_seen and data:
            self._write(_escape_cdata_c14n(data))

    def start_ns(self, prefix, uri):
        if self._ignored_depth > 0:
            return
        if self._data:
            self._flush()
        self._in_scope[-1].append((uri, prefix))

    def start(self, tag, attrs):
        if self._exclude_tags is not None and (self._ignored_depth or tag in self._exclude_tags):
            self._ignored_depth += 1
            return
        if self._data:
            self._flush()
        new_namespaces = []
        self._declared.append(new_namespaces)
        if self._qname_aware_tags is not None and tag in self._qname_aware_tags:
            # the text decides whether a prefix it uses must be declared: wait for it
            self._pending_start = (tag, attrs, new_namespaces)
        else:
            self._start(tag, attrs, new_namespaces)

    def _start(self, tag, attrs, new_namespaces, qname_text=None):
        excluded = self._exclude_attrs
        if excluded is not None and attrs:
            attrs = {k: v for k, v in attrs.items() if k not in excluded}
        names = {tag, *attrs}
        resolved = {}
        if qname_text is not None:
            resolved[qname_text] = self._resolve_prefix_name(qname_text)
            names.add(resolved[qname_text])
        qattrs = None
        if self._qname_aware_attrs is not None and attrs:
            qattrs = self._qname_aware_attrs.intersection(attrs) or None
            if qattrs:
                for attr_name in qattrs:
                    value = attrs[attr_name]
                    if _looks_like_prefix_name(value):
                        resolved[value] = self._resolve_prefix_name(value)
                        names.add(resolved[value])
        # prefixes are given in the order of the URIs (and names) used
        parsed = {n: self._qname(n) for n in sorted(names, key=lambda n: n.split('}', 1))}
        out_attrs = sorted(('xmlns:' + prefix if prefix else 'xmlns', uri)
                           for uri, prefix in new_namespaces)
        for k, v in sorted(attrs.items()):
            if qattrs is not None and k in qattrs and v in resolved:
                v = parsed[resolved[v]][0]
            qualified, local, uri = parsed[k]
            out_attrs.append((qualified if uri else local, v))
        space = attrs.get('{http://www.w3.org/XML/1998/namespace}space')
        self._preserve_space.append(space == 'preserve' if space else self._preserve_space[-1])
        write = self._write
        write('<' + parsed[tag][0])
        if out_attrs:
            write(''.join(f' {k}="{_escape_attrib_c14n(v)}"' for k, v in out_attrs))
        write('>')
        if qname_text is not None:
            write(_escape_cdata_c14n(parsed[resolved[qname_text]][0]))
        self._root_seen = True
        self._in_scope.append([])

    def end(self, tag):
        if self._ignored_depth > 0:
            self._ignored_depth -= 1
            return
        if self._data:
            self._flush()
        self._preserve_space.pop()
        self._write(f'</{self._qname(tag)[0]}>')
        # back at the top: what follows comes after the root element
        self._root_done = len(self._preserve_space) == 1
        self._declared.pop()
        self._in_scope.pop()

    def _before_node(self):
        if self._root_done:
            self._write('\n')
        elif self._root_seen and self._data:
            self._flush()

    def comment(self, text):
        if not self._with_comments or self._ignored_depth:
            return
        self._before_node()
        self._write(f'<!--{_escape_cdata_c14n(text)}-->')
        if not self._root_seen:
            self._write('\n')  # a comment before the root ends its line

    def pi(self, target, data):
        if self._ignored_depth > 0:
            return
        self._before_node()
        self._write(f'<?{target} {_escape_cdata_c14n(data)}?>' if data else f'<?{target}?>')
        if not self._root_seen:
            self._write('\n')


_escape_cdata_c14n = _replacer((('&', '&amp;'), ('<', '&lt;'), ('>', '&gt;'), ('\r', '&#xD;')))
_escape_attrib_c14n = _replacer((('&', '&amp;'), ('<', '&lt;'), ('"', '&quot;'), ('\t', '&#x9;'),
                                 ('\n', '&#xA;'), ('\r', '&#xD;')))

# The Python version of Element, under the name CPython keeps for it.
_Element_Py = Element
