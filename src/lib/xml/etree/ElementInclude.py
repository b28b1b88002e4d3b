"""XInclude for ElementTree: include() replaces <xi:include href=... parse="xml|text"/> elements of
a tree with the documents (or the text) they name, read through a loader."""
# Stands for CPython's Lib/xml/etree/ElementInclude.py. Invariants: an included tree is a copy of
# what the loader returned; the hrefs being included (the chain from the top) are in `active`, so a
# document that includes itself, directly or not, is an error rather than a loop.

import copy

from . import ElementTree

try:
    from urllib.parse import urljoin
except ImportError:
    import posixpath

    def urljoin(base, url):
        # enough for file paths: a relative reference is taken from base's folder
        if not base or not url or '://' in url or url.startswith('/'):
            return url or base
        return posixpath.normpath(posixpath.join(posixpath.dirname(base), url))

XINCLUDE = "{http://www.w3.org/2001/XInclude}"
XINCLUDE_INCLUDE = XINCLUDE + "include"
XINCLUDE_FALLBACK = XINCLUDE + "fallback"

# how deeply includes may nest by default (None: no limit)
DEFAULT_MAX_INCLUSION_DEPTH = 6


class FatalIncludeError(SyntaxError):
    """An include that cannot be done (a missing or unknown resource, a misplaced fallback)."""


class LimitedRecursiveIncludeError(FatalIncludeError):
    """Includes nested deeper than max_depth."""


def default_loader(href, parse, encoding=None):
    """Reads href: its root element for parse='xml', its text (UTF-8 unless encoding) for 'text'."""
    if parse == "xml":
        with open(href, 'rb') as f:
            return ElementTree.parse(f).getroot()
    with open(href, 'r', encoding=encoding or 'UTF-8') as f:
        return f.read()


def include(elem, loader=None, base_url=None, max_depth=DEFAULT_MAX_INCLUSION_DEPTH):
    """Expands the xi:include elements of elem (an Element or ElementTree) in place."""
    if max_depth is not None and max_depth < 0:
        raise ValueError("expected non-negative depth or None for 'max_depth', got %r" % max_depth)
    root = elem.getroot() if hasattr(elem, 'getroot') else elem
    # a depth of -1 never reaches 0: no limit
    _include(root, loader or default_loader, base_url, -1 if max_depth is None else max_depth, set())


def _include(elem, loader, base_url, max_depth, _parent_hrefs):
    active = _parent_hrefs
    i = 0
    while i < len(elem):
        child = elem[i]
        if child.tag == XINCLUDE_FALLBACK:
            raise FatalIncludeError("xi:fallback tag must be child of xi:include (%r)" % child.tag)
        if child.tag != XINCLUDE_INCLUDE:
            _include(child, loader, base_url, max_depth, active)
            i += 1
            continue
        href = child.get("href")
        if base_url:
            href = urljoin(base_url, href)
        how = child.get("parse", "xml")
        if how == "xml":
            if href in active:
                raise FatalIncludeError("recursive include of %s" % href)
            if max_depth == 0:
                raise LimitedRecursiveIncludeError("maximum xinclude depth reached when including file %s" % href)
            active.add(href)
            loaded = loader(href, how)
            if loaded is None:
                raise FatalIncludeError("cannot load %r as %r" % (href, how))
            loaded = copy.copy(loaded)
            _include(loaded, loader, href, max_depth - 1, active)
            active.remove(href)
            if child.tail:
                loaded.tail = (loaded.tail or "") + child.tail
            elem[i] = loaded
            i += 1
        elif how == "text":
            text = loader(href, how, child.get("encoding"))
            if text is None:
                raise FatalIncludeError("cannot load %r as %r" % (href, how))
            if child.tail:
                text += child.tail
            # the text joins what comes before the include: the previous tail, or the parent's text
            if i > 0:
                before = elem[i - 1]
                before.tail = (before.tail or "") + text
            else:
                elem.text = (elem.text or "") + text
            del elem[i]
        else:
            raise FatalIncludeError("unknown parse type in xi:include tag (%r)" % how)
