# The single-byte codecs of the encodings package (koi8_r, iso8859_15, cp1251, mac_roman, ... and
# 'charmap' itself), built on demand from the decoding tables of encodings._charmaps instead of one module
# per codec as in CPython. Each codec's classes behave as those of CPython's encodings.<name> module and
# carry its module name; the encoding table is codecs.charmap_build of the decoding table.

import codecs
from encodings import _finish

_ASCII = ''.join(map(chr, range(128)))


def _classes(module, name, decoding_table, encoding_table):
    # The Codec, incremental and stream classes of one table-driven codec.

    def encode(input, errors='strict'):
        return codecs.charmap_encode(input, errors, encoding_table)

    def decode(input, errors='strict'):
        return codecs.charmap_decode(input, errors, decoding_table)

    class Codec(codecs.Codec):
        def encode(self, input, errors='strict'):
            return codecs.charmap_encode(input, errors, encoding_table)

        def decode(self, input, errors='strict'):
            return codecs.charmap_decode(input, errors, decoding_table)

    class IncrementalEncoder(codecs.IncrementalEncoder):
        def encode(self, input, final=False):
            return codecs.charmap_encode(input, self.errors, encoding_table)[0]

    class IncrementalDecoder(codecs.IncrementalDecoder):
        def decode(self, input, final=False):
            return codecs.charmap_decode(input, self.errors, decoding_table)[0]

    class StreamWriter(Codec, codecs.StreamWriter):
        pass

    class StreamReader(Codec, codecs.StreamReader):
        pass

    return _finish(module, name, encode, decode, Codec, IncrementalEncoder, IncrementalDecoder,
                   StreamWriter, StreamReader)


def _mapping_classes():
    # encodings.charmap: the codec whose table is an argument (mapping=None is Latin-1).

    def encode(input, errors='strict', mapping=None):
        return codecs.charmap_encode(input, errors, mapping)

    def decode(input, errors='strict', mapping=None):
        return codecs.charmap_decode(input, errors, mapping)

    class Codec(codecs.Codec):
        def encode(self, input, errors='strict', mapping=None):
            return codecs.charmap_encode(input, errors, mapping)

        def decode(self, input, errors='strict', mapping=None):
            return codecs.charmap_decode(input, errors, mapping)

    class IncrementalEncoder(codecs.IncrementalEncoder):
        def __init__(self, errors='strict', mapping=None):
            codecs.IncrementalEncoder.__init__(self, errors)
            self.mapping = mapping

        def encode(self, input, final=False):
            return codecs.charmap_encode(input, self.errors, self.mapping)[0]

    class IncrementalDecoder(codecs.IncrementalDecoder):
        def __init__(self, errors='strict', mapping=None):
            codecs.IncrementalDecoder.__init__(self, errors)
            self.mapping = mapping

        def decode(self, input, final=False):
            return codecs.charmap_decode(input, self.errors, self.mapping)[0]

    class StreamWriter(Codec, codecs.StreamWriter):
        def __init__(self, stream, errors='strict', mapping=None):
            codecs.StreamWriter.__init__(self, stream, errors)
            self.mapping = mapping

        def encode(self, input, errors='strict'):
            return Codec.encode(self, input, errors, self.mapping)

    class StreamReader(Codec, codecs.StreamReader):
        def __init__(self, stream, errors='strict', mapping=None):
            codecs.StreamReader.__init__(self, stream, errors)
            self.mapping = mapping

        def decode(self, input, errors='strict'):
            return Codec.decode(self, input, errors, self.mapping)

    return _finish('charmap', 'charmap', encode, decode, Codec, IncrementalEncoder, IncrementalDecoder,
                   StreamWriter, StreamReader)


def codec_info(module):
    """The CodecInfo of the single-byte codec whose CPython module is encodings.<module>, or None."""
    if module == 'charmap':
        return _mapping_classes()['getregentry']()
    from encodings._charmaps import TABLES
    row = TABLES.get(module)
    if row is None:
        return None
    name, table = row
    if len(table) == 128:
        table = _ASCII + table
    return _classes(module, name, table, codecs.charmap_build(table))['getregentry']()
