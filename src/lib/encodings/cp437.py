# The 'cp437' codec for Immortal (native str.encode / bytes.decode underneath).
from encodings import _text_classes
globals().update(_text_classes('cp437', 'cp437', 'cp437'))
