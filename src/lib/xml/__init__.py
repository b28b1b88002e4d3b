# The xml package (CPython's Lib/xml/__init__.py): a namespace for the XML modules, dom, parsers,
# sax and etree. Holds nothing itself but the list of its subpackages.
__all__ = ["dom", "parsers", "sax", "etree"]
