# The 'iso8859-1' codec for Immortal (native str.encode / bytes.decode underneath).
from encodings import _text_classes
globals().update(_text_classes('latin_1', 'iso8859-1', 'latin-1'))
