# The 'utf-32-le' codec for Immortal (native str.encode / bytes.decode underneath).
from encodings import _text_classes
globals().update(_text_classes('utf_32_le', 'utf-32-le', 'utf-32-le'))
