# The xml.etree package (CPython's Lib/xml/etree/__init__.py): ElementTree and its helpers
# ElementPath, ElementInclude and the old cElementTree alias.
