# The 'utf-16-le' codec for Immortal (native str.encode / bytes.decode underneath).
from encodings import _text_classes
globals().update(_text_classes('utf_16_le', 'utf-16-le', 'utf-16-le'))
