# The 'rot13' str-to-str codec for Immortal: ASCII letters rotated by 13 places.
from encodings import _bytes_classes

_lower = 'abcdefghijklmnopqrstuvwxyz'
_upper = _lower.upper()
rot13_map = str.maketrans(_lower + _upper, _lower[13:] + _lower[:13] + _upper[13:] + _upper[:13])


def _rotate(text):
    return str.translate(text, rot13_map)


globals().update(_bytes_classes('rot_13', 'rot-13', _rotate, _rotate, str))


def rot13(infile, outfile):
    outfile.write(_rotate(infile.read()))
