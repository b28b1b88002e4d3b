# The 'utf-16-be' codec for Immortal (native str.encode / bytes.decode underneath).
from encodings import _text_classes
globals().update(_text_classes('utf_16_be', 'utf-16-be', 'utf-16-be'))
