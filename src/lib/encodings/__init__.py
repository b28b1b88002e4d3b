# The encodings package for Immortal: the search function that codecs.lookup consults, which maps a
# normalized name through encodings.aliases to a codec module of this package and asks it for its
# CodecInfo (getregentry). Written from https://docs.python.org/3.12/library/codecs.html; codec names
# Immortal does not implement raise NotImplementedError rather than pretend.

import codecs
import sys
from . import aliases as _aliases_module

_aliases = _aliases_module.aliases
_cache = {}
_unknown = object()

__all__ = ['normalize_encoding', 'search_function', 'CodecRegistryError']


class CodecRegistryError(LookupError, SystemError):
    pass


def normalize_encoding(encoding):
    """Replace each run of characters other than ASCII alphanumerics and '.' by one '_' (none at the ends)."""
    if isinstance(encoding, bytes):
        encoding = str(encoding, 'ascii')
    words = []
    word = []
    for c in encoding:
        if (c.isalnum() and c.isascii()) or c == '.':
            word.append(c)
        elif word:
            words.append(''.join(word))
            word = []
    if word:
        words.append(''.join(word))
    return '_'.join(words)


# The codec modules of this package, and those CPython has that Immortal lacks.
_IMPLEMENTED = frozenset((
    'ascii', 'latin_1', 'utf_8', 'utf_8_sig', 'utf_16', 'utf_16_le', 'utf_16_be', 'utf_32',
    'utf_32_le', 'utf_32_be', 'cp1252', 'cp437', 'hex_codec', 'base64_codec', 'rot_13',
    'unicode_escape', 'raw_unicode_escape', 'utf_7', 'punycode', 'idna',
))


def search_function(encoding):
    entry = _cache.get(encoding, _unknown)
    if entry is not _unknown:
        return entry
    norm = normalize_encoding(encoding)
    modname = _aliases.get(norm) or _aliases.get(norm.replace('.', '_')) or norm
    modname = modname.lower()
    if modname in _IMPLEMENTED:
        mod = __import__('encodings.' + modname, fromlist=['getregentry'])
        entry = mod.getregentry()
        if not isinstance(entry, codecs.CodecInfo):
            raise CodecRegistryError(f'module "{mod.__name__}" ({mod.__file__}) failed to register')
    elif modname in _aliases_module._missing:
        raise NotImplementedError(f"the '{encoding}' codec is not supported by Immortal yet")
    else:
        # The single-byte codecs are built from tables (encodings/_charmap_codec.py).
        from . import _charmap_codec
        entry = _charmap_codec.codec_info(modname)
    _cache[encoding] = entry
    return entry


codecs.register(search_function)


# ---- shared building blocks of the codec modules ----

def _text_classes(module, name, native):
    """Codec, incremental and stream classes plus getregentry() for a native text codec."""

    class Codec(codecs.Codec):
        def encode(self, input, errors='strict'):
            return _encode(input, errors)

        def decode(self, input, errors='strict'):
            return _decode(input, errors, True)

    class IncrementalEncoder(codecs.IncrementalEncoder):
        def encode(self, input, final=False):
            return _encode(input, self.errors)[0]

    class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
        def _buffer_decode(self, input, errors, final):
            return _decode(input, errors, final)

    class StreamWriter(Codec, codecs.StreamWriter):
        pass

    class StreamReader(Codec, codecs.StreamReader):
        def decode(self, input, errors='strict'):
            return _decode(input, errors, False)

    charmap = module.startswith('cp')
    fname = 'charmap' if charmap else module
    errname = 'charmap' if charmap else native
    _encode = codecs._make_encoder(native, fname + '_encode', errname)
    _decoder = codecs._make_decoder(native, fname + '_decode', errname)

    def _decode(input, errors, final):
        return _decoder(input, errors, final)

    def encode(input, errors='strict'):
        return _encode(input, errors)

    def decode(input, errors='strict'):
        return _decode(input, errors, True)

    return _finish(module, name, encode, decode, Codec, IncrementalEncoder, IncrementalDecoder,
                   StreamWriter, StreamReader)


def _final_classes(module, name, enc_fn, dec_fn):
    """The classes of a codec from enc_fn(input, errors) and dec_fn(input, errors, final), both giving
    (output, consumed): whole-input decoding is final, incremental and stream decoding are not."""

    def encode(input, errors='strict'):
        return enc_fn(input, errors)

    def decode(input, errors='strict'):
        return dec_fn(input, errors, True)

    class Codec(codecs.Codec):
        def encode(self, input, errors='strict'):
            return enc_fn(input, errors)

        def decode(self, input, errors='strict'):
            return dec_fn(input, errors, True)

    class IncrementalEncoder(codecs.IncrementalEncoder):
        def encode(self, input, final=False):
            return enc_fn(input, self.errors)[0]

    class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
        def _buffer_decode(self, input, errors, final):
            return dec_fn(input, errors, final)

    class StreamWriter(Codec, codecs.StreamWriter):
        pass

    class StreamReader(Codec, codecs.StreamReader):
        def decode(self, input, errors='strict'):
            return dec_fn(input, errors, False)

    return _finish(module, name, encode, decode, Codec, IncrementalEncoder, IncrementalDecoder,
                   StreamWriter, StreamReader)


def _finish(module, name, encode, decode, Codec, IncrementalEncoder, IncrementalDecoder,
            StreamWriter, StreamReader, text=None):
    full = 'encodings.' + module
    for cls in (Codec, IncrementalEncoder, IncrementalDecoder, StreamWriter, StreamReader):
        if cls is not None:
            cls.__module__ = full
            cls.__qualname__ = cls.__name__
    encode.__module__ = decode.__module__ = full
    encode.__name__ = encode.__qualname__ = 'encode'
    decode.__name__ = decode.__qualname__ = 'decode'

    def getregentry():
        return codecs.CodecInfo(name=name, encode=encode, decode=decode,
                                incrementalencoder=IncrementalEncoder,
                                incrementaldecoder=IncrementalDecoder,
                                streamwriter=StreamWriter, streamreader=StreamReader,
                                _is_text_encoding=text)
    getregentry.__module__ = full
    return {'Codec': Codec, 'IncrementalEncoder': IncrementalEncoder,
            'IncrementalDecoder': IncrementalDecoder, 'StreamWriter': StreamWriter,
            'StreamReader': StreamReader, 'encode': encode, 'decode': decode,
            'getregentry': getregentry}


def _bom_classes(module, name, width):
    """The utf-16 / utf-32 codecs: a byte order mark first, then native order; decoding obeys the mark."""
    enc_fn = codecs.utf_16_encode if width == 2 else codecs.utf_32_encode
    ex_decode = codecs.utf_16_ex_decode if width == 2 else codecs.utf_32_ex_decode

    def encode(input, errors='strict'):
        return enc_fn(input, errors)

    def decode(input, errors='strict'):
        return ex_decode(input, errors, 0, True)[:2]

    class Codec(codecs.Codec):
        def encode(self, input, errors='strict'):
            return enc_fn(input, errors)

        def decode(self, input, errors='strict'):
            return ex_decode(input, errors, 0, True)[:2]

    class IncrementalEncoder(codecs.IncrementalEncoder):
        def __init__(self, errors='strict'):
            codecs.IncrementalEncoder.__init__(self, errors)
            self._order = 0

        def encode(self, input, final=False):
            if self._order == 0:
                out = enc_fn(input, self.errors)[0]
                self._order = -1 if sys.byteorder == 'little' else 1
                return out
            return enc_fn(input, self.errors, self._order)[0]

        def reset(self):
            self._order = 0

        def getstate(self):
            return 2 if self._order == 0 else 0

        def setstate(self, state):
            self._order = 0 if state else (-1 if sys.byteorder == 'little' else 1)

    class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
        def __init__(self, errors='strict'):
            codecs.BufferedIncrementalDecoder.__init__(self, errors)
            self._order = 0

        def _buffer_decode(self, input, errors, final):
            text, used, order = ex_decode(input, errors, self._order, final)
            if order != 0:
                self._order = order
            elif used >= width:
                self._order = -1 if sys.byteorder == 'little' else 1
            return text, used

        def reset(self):
            codecs.BufferedIncrementalDecoder.reset(self)
            self._order = 0

        def getstate(self):
            return (self.buffer, 2 if self._order == 0 else 0)

        def setstate(self, state):
            self.buffer = state[0]
            self._order = 0 if state[1] else (-1 if sys.byteorder == 'little' else 1)

    class StreamWriter(codecs.StreamWriter):
        def __init__(self, stream, errors='strict'):
            codecs.StreamWriter.__init__(self, stream, errors)
            self._order = 0

        def reset(self):
            self._order = 0

        def encode(self, input, errors='strict'):
            if self._order == 0:
                self._order = -1 if sys.byteorder == 'little' else 1
                return enc_fn(input, errors)
            return enc_fn(input, errors, self._order)

    class StreamReader(codecs.StreamReader):
        _order = 0

        def reset(self):
            codecs.StreamReader.reset(self)
            self._order = 0

        def decode(self, input, errors='strict'):
            text, used, order = ex_decode(input, errors, self._order, False)
            if order != 0:
                self._order = order
            elif used >= width:
                self._order = -1 if sys.byteorder == 'little' else 1
            return text, used

    return _finish(module, name, encode, decode, Codec, IncrementalEncoder, IncrementalDecoder,
                   StreamWriter, StreamReader)


def _bytes_classes(module, name, enc_fn, dec_fn, input_type=bytes):
    """A stateless bytes-to-bytes (or str-to-str) codec from two whole-input functions."""

    def encode(input, errors='strict'):
        return enc_fn(input), len(input)

    def decode(input, errors='strict'):
        return dec_fn(input), len(input)

    class Codec(codecs.Codec):
        def encode(self, input, errors='strict'):
            return encode(input, errors)

        def decode(self, input, errors='strict'):
            return decode(input, errors)

    class IncrementalEncoder(codecs.IncrementalEncoder):
        def encode(self, input, final=False):
            return enc_fn(input)

    class IncrementalDecoder(codecs.IncrementalDecoder):
        def decode(self, input, final=False):
            return dec_fn(input)

    class StreamWriter(Codec, codecs.StreamWriter):
        charbuffertype = input_type

    class StreamReader(Codec, codecs.StreamReader):
        charbuffertype = input_type

    return _finish(module, name, encode, decode, Codec, IncrementalEncoder, IncrementalDecoder,
                   StreamWriter, StreamReader, text=False)
