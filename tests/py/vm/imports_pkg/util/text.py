print("imports_pkg.util.text running")
from ..shapes import Square
from .. import VERSION as PARENT_VERSION
from . import numbers


def slugify(text):
    words = []
    for word in text.lower().split():
        cleaned = "".join(c for c in word if c.isalnum())
        if cleaned:
            words.append(cleaned)
    return "-".join(words)


def describe(side):
    return f"{Square(side)!r} v{PARENT_VERSION} {numbers.ordinal(side)}"
