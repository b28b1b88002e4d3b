"""Helpers of minidom: its NodeList types and read-only properties (internal; use minidom)."""
# Stands for CPython's Lib/xml/dom/minicompat.py.

__all__ = ["NodeList", "EmptyNodeList", "StringTypes", "defproperty"]

import xml.dom

StringTypes = (str,)


def _read_only_length(self, value):
    raise xml.dom.NoModificationAllowedErr("attempt to modify read-only attribute 'length'")


class NodeList(list):
    """A list of nodes with the DOM's item() and length."""
    __slots__ = ()

    def item(self, index):
        """The node at index, or None outside the list."""
        return self[index] if 0 <= index < len(self) else None

    def _get_length(self):
        return len(self)

    _set_length = _read_only_length
    length = property(_get_length, _set_length, doc="The number of nodes in the NodeList.")

    def __setstate__(self, state):
        self[:] = [] if state is None else state


class EmptyNodeList(tuple):
    """The (shared, immutable) child list of nodes that have no children."""
    __slots__ = ()

    def __add__(self, other):
        result = NodeList()
        result.extend(other)
        return result

    def __radd__(self, other):
        result = NodeList()
        result.extend(other)
        return result

    def item(self, index):
        return None

    def _get_length(self):
        return 0

    _set_length = _read_only_length
    length = property(_get_length, _set_length, doc="The number of nodes in the NodeList.")


def defproperty(klass, name, doc):
    """Makes klass.name a read-only property over klass._get_<name>."""
    getter = getattr(klass, "_get_" + name)

    def refuse(self, value, name=name):
        raise xml.dom.NoModificationAllowedErr("attempt to modify read-only attribute " + repr(name))
    assert not hasattr(klass, "_set_" + name), "expected not to find _set_" + name
    setattr(klass, name, property(getter, refuse, doc=doc))
