"""The Expat XML parser (the pyexpat module under its package name)."""
# Stands for CPython's Lib/xml/parsers/expat.py: the names of the native pyexpat module
# (src/modules/pyexpat.ts), whose errors and model submodules are also importable from here.
import sys

from pyexpat import *

for _sub in (model, errors):
    sys.modules['xml.parsers.expat.' + _sub.__name__.rpartition('.')[2]] = _sub
del _sub
