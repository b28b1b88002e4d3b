# Package imported by the imports_* programs; re-exports names from its submodules.
print("imports_pkg/__init__ running, __name__ =", __name__)
from .shapes import Square, area_total
from . import util

VERSION = "1.0"
__all__ = ["Square", "area_total"]
