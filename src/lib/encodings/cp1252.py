# The 'cp1252' codec for Immortal (native str.encode / bytes.decode underneath).
from encodings import _text_classes
globals().update(_text_classes('cp1252', 'cp1252', 'cp1252'))
