"""TOML 1.0 reading (Immortal's own implementation of CPython 3.12's tomllib).

loads() parses a str, load() a binary file; both return plain dicts, lists and scalars (datetime,
date and time for the date kinds). Invalid documents raise TOMLDecodeError, a ValueError whose
message ends in CPython's "(at line L, column C)" or "(at end of document)". The parser lives in
_parser, as CPython's does, so load and loads report that module."""

__all__ = ('loads', 'load', 'TOMLDecodeError')

from ._parser import TOMLDecodeError, load, loads

TOMLDecodeError.__module__ = __name__
