# The 'base64' bytes-to-bytes codec for Immortal: MIME base64 with a newline every 76 characters.
import base64
from encodings import _bytes_classes

globals().update(_bytes_classes('base64_codec', 'base64', base64.encodebytes, base64.decodebytes))
