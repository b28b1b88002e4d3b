# The 'ascii' codec for Immortal (native str.encode / bytes.decode underneath).
from encodings import _text_classes
globals().update(_text_classes('ascii', 'ascii', 'ascii'))
