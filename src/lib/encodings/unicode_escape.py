# The 'unicode-escape' codec for Immortal (codecs.unicode_escape_encode / unicode_escape_decode, in src/lib/_codecs_extra.py).
import codecs
from encodings import _final_classes
globals().update(_final_classes('unicode_escape', 'unicode-escape', codecs.unicode_escape_encode, codecs.unicode_escape_decode))
