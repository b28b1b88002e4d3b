"""Interfaces to XML parsers: expat."""
# Stands for CPython's Lib/xml/parsers/__init__.py: only the package.
