# The 'utf-8' codec for Immortal (native str.encode / bytes.decode underneath).
from encodings import _text_classes
globals().update(_text_classes('utf_8', 'utf-8', 'utf-8'))
