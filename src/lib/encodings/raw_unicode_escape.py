# The 'raw-unicode-escape' codec for Immortal (codecs.raw_unicode_escape_encode / raw_unicode_escape_decode, in src/lib/_codecs_extra.py).
import codecs
from encodings import _final_classes
globals().update(_final_classes('raw_unicode_escape', 'raw-unicode-escape', codecs.raw_unicode_escape_encode, codecs.raw_unicode_escape_decode))
