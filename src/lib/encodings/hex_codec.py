# The 'hex' bytes-to-bytes codec for Immortal: each byte as two lower-case hex digits (binascii).
import binascii
from encodings import _bytes_classes

globals().update(_bytes_classes('hex_codec', 'hex', binascii.b2a_hex, binascii.a2b_hex))
