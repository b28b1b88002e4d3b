"""JSON encoding and decoding (Immortal's own implementation of the json module's documented
behaviour; output and error messages follow CPython 3.12's).

dumps/loads with every option left at its default go through one shared encoder/decoder made at
import; any option makes a fresh one (of cls when given), as CPython does."""

from .decoder import JSONDecoder, JSONDecodeError
from .encoder import JSONEncoder

__version__ = '2.0.9'
__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']

_default_encoder = JSONEncoder()
_default_decoder = JSONDecoder()


def _encoder(cls, skipkeys, ensure_ascii, check_circular, allow_nan, indent, separators, default,
             sort_keys, kw):
    # The shared encoder when nothing differs from JSONEncoder's defaults. The flags are tested for
    # truth in CPython's order (a flag's __bool__ can see it), before cls and the others.
    if (not skipkeys and ensure_ascii and check_circular and allow_nan
            and cls is None and indent is None and separators is None and default is None
            and not sort_keys and not kw):
        return _default_encoder
    return (JSONEncoder if cls is None else cls)(
        skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular, allow_nan=allow_nan,
        indent=indent, separators=separators, default=default, sort_keys=sort_keys, **kw)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
          indent=None, separators=None, default=None, sort_keys=False, **kw):
    """Serialize obj to a JSON formatted str."""
    return _encoder(cls, skipkeys, ensure_ascii, check_circular, allow_nan, indent, separators, default,
                    sort_keys, kw).encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
         indent=None, separators=None, default=None, sort_keys=False, **kw):
    """Serialize obj as JSON to fp, one fp.write() call per chunk the encoder produces."""
    pieces = _encoder(cls, skipkeys, ensure_ascii, check_circular, allow_nan, indent, separators,
                      default, sort_keys, kw).iterencode(obj)
    for piece in pieces:
        fp.write(piece)   # looked up per chunk: an encoding error comes before a missing write


def detect_encoding(b):
    """The codec name for a JSON document given as bytes: a BOM decides, else the pattern of zero
    bytes in the first four (JSON text starts with an ASCII character)."""
    for bom, codec in _BOMS:
        if b.startswith(bom):
            return codec
    n = len(b)
    if n >= 4:
        # 00 xx: big-endian (16 bit when the second byte is set); xx 00: little-endian
        if b[0] == 0:
            return 'utf-16-be' if b[1] else 'utf-32-be'
        if b[1] == 0:
            return 'utf-32-le' if b[2] == 0 and b[3] == 0 else 'utf-16-le'
    elif n == 2:
        if b[0] == 0:
            return 'utf-16-be'
        if b[1] == 0:
            return 'utf-16-le'
    return 'utf-8'


# longest first: the UTF-32 little-endian BOM begins with the UTF-16 one
_BOMS = ((b'\x00\x00\xfe\xff', 'utf-32'), (b'\xff\xfe\x00\x00', 'utf-32'), (b'\xff\xfe', 'utf-16'),
         (b'\xfe\xff', 'utf-16'), (b'\xef\xbb\xbf', 'utf-8-sig'))

_HOOK_NAMES = ('object_hook', 'object_pairs_hook', 'parse_float', 'parse_int', 'parse_constant')


def _document_text(s):
    if isinstance(s, str):
        if s[:1] == '\ufeff':
            raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
        return s
    if not isinstance(s, (bytes, bytearray)):
        raise TypeError(f'the JSON object must be str, bytes or bytearray, not {s.__class__.__name__}')
    codec = detect_encoding(s)
    if codec == 'utf-8-sig':
        return bytes(s[3:]).decode('utf-8', 'surrogatepass')
    return s.decode(codec, 'surrogatepass')


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
          object_pairs_hook=None, **kw):
    """Deserialize s (a str, bytes or bytearray holding one JSON document) to a Python object."""
    text = _document_text(s)
    if (cls is None and not kw
            and object_hook is object_pairs_hook is parse_float is parse_int is parse_constant is None):
        return _default_decoder.decode(text)
    # hooks that were given follow the caller's other keywords
    for name, hook in zip(_HOOK_NAMES, (object_hook, object_pairs_hook, parse_float, parse_int,
                                        parse_constant)):
        if hook is not None:
            kw[name] = hook
    return (JSONDecoder if cls is None else cls)(**kw).decode(text)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
         object_pairs_hook=None, **kw):
    """Deserialize the JSON document fp.read() returns (see loads)."""
    return loads(fp.read(), cls=cls, object_hook=object_hook, parse_float=parse_float,
                 parse_int=parse_int, parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)
