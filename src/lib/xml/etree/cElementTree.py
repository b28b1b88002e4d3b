# Stands for CPython's Lib/xml/etree/cElementTree.py: the deprecated name of ElementTree.
from xml.etree.ElementTree import *
