# The 'utf-7' codec for Immortal (codecs.utf_7_encode / utf_7_decode, in src/lib/_codecs_extra.py).
import codecs
from encodings import _final_classes
globals().update(_final_classes('utf_7', 'utf-7', codecs.utf_7_encode, codecs.utf_7_decode))
