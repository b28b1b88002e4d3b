# The 'utf-32' codec for Immortal: a byte order mark, then the machine's byte order.
from encodings import _bom_classes
globals().update(_bom_classes('utf_32', 'utf-32', 4))
