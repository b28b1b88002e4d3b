"""The registry of DOM implementations behind xml.dom.getDOMImplementation (internal)."""
# Stands for CPython's Lib/xml/dom/domreg.py.

import sys

# implementations known by name: name -> module with a getDOMImplementation()
well_known_implementations = {
    'minidom': 'xml.dom.minidom',
    '4DOM': 'xml.dom.DOMImplementation',
}

# implementations registered at run time: name -> factory
registered = {}


def registerDOMImplementation(name, factory):
    """Registers factory (returning a DOMImplementation) under name."""
    registered[name] = factory


def _good_enough(dom, features):
    return all(dom.hasFeature(f, v) for f, v in features)


def getDOMImplementation(name=None, features=()):
    """A DOM implementation: the one called name (well known or registered), else the first with
    the features asked for ((feature, version) pairs or a string like "core 2.0"); ImportError if
    none has them."""
    import os
    module = well_known_implementations.get(name)
    if module:
        module = __import__(module, {}, {}, ['getDOMImplementation'])
        return module.getDOMImplementation()
    if name:
        return registered[name]()
    if not sys.flags.ignore_environment and "PYTHON_DOM" in os.environ:
        return getDOMImplementation(name=os.environ["PYTHON_DOM"])
    if isinstance(features, str):
        features = _parse_feature_string(features)
    for factory in registered.values():
        dom = factory()
        if _good_enough(dom, features):
            return dom
    for known in well_known_implementations:
        try:
            dom = getDOMImplementation(name=known)
        except Exception:
            # usually an implementation that cannot be imported here
            dom = None
        if dom is not None and _good_enough(dom, features):
            return dom
    raise ImportError("no suitable DOM implementation found")


def _parse_feature_string(s):
    # "core 2.0 xml" -> (('core', '2.0'), ('xml', None))
    features = []
    words = s.split()
    i = 0
    while i < len(words):
        feature = words[i]
        if feature[0] in "0123456789":
            raise ValueError("bad feature name: %r" % (feature,))
        i += 1
        version = None
        if i < len(words) and words[i][0] in "0123456789":
            version = words[i]
            i += 1
        features.append((feature, version))
    return tuple(features)
