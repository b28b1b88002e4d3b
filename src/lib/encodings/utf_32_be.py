# The 'utf-32-be' codec for Immortal (native str.encode / bytes.decode underneath).
from encodings import _text_classes
globals().update(_text_classes('utf_32_be', 'utf-32-be', 'utf-32-be'))
