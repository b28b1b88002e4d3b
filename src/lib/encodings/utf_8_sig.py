# The 'utf-8-sig' codec for Immortal: UTF-8 with a byte order mark written first and skipped when read.
import codecs
from encodings import _finish


def encode(input, errors='strict'):
    data, n = codecs.utf_8_encode(input, errors)
    return codecs.BOM_UTF8 + data, n


def decode(input, errors='strict'):
    data = codecs._as_bytes(input, 'utf_8_sig_decode')
    skip = 3 if data[:3] == codecs.BOM_UTF8 else 0
    text, used = codecs.utf_8_decode(data[skip:], errors, True)
    return text, used + skip


class Codec(codecs.Codec):
    def encode(self, input, errors='strict'):
        return encode(input, errors)

    def decode(self, input, errors='strict'):
        return decode(input, errors)


class IncrementalEncoder(codecs.IncrementalEncoder):
    def __init__(self, errors='strict'):
        codecs.IncrementalEncoder.__init__(self, errors)
        self._first = True

    def encode(self, input, final=False):
        data = codecs.utf_8_encode(input, self.errors)[0]
        if self._first:
            self._first = False
            data = codecs.BOM_UTF8 + data
        return data

    def reset(self):
        self._first = True

    def getstate(self):
        return 1 if self._first else 0

    def setstate(self, state):
        self._first = bool(state)


class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
    def __init__(self, errors='strict'):
        codecs.BufferedIncrementalDecoder.__init__(self, errors)
        self._first = True

    def _buffer_decode(self, input, errors, final):
        skip = 0
        if self._first:
            if len(input) < 3 and codecs.BOM_UTF8.startswith(input) and not final:
                return '', 0
            self._first = False
            if input[:3] == codecs.BOM_UTF8:
                skip = 3
        text, used = codecs.utf_8_decode(input[skip:], errors, final)
        return text, used + skip

    def reset(self):
        codecs.BufferedIncrementalDecoder.reset(self)
        self._first = True

    def getstate(self):
        return (self.buffer, 1 if self._first else 0)

    def setstate(self, state):
        self.buffer = state[0]
        self._first = bool(state[1])


class StreamWriter(codecs.StreamWriter):
    _first = True

    def reset(self):
        self._first = True

    def encode(self, input, errors='strict'):
        if self._first:
            self._first = False
            return encode(input, errors)
        return codecs.utf_8_encode(input, errors)


class StreamReader(codecs.StreamReader):
    _first = True

    def reset(self):
        codecs.StreamReader.reset(self)
        self._first = True

    def decode(self, input, errors='strict'):
        skip = 0
        if self._first:
            if len(input) < 3 and codecs.BOM_UTF8.startswith(input):
                return '', 0
            self._first = False
            if input[:3] == codecs.BOM_UTF8:
                skip = 3
        text, used = codecs.utf_8_decode(input[skip:], errors, False)
        return text, used + skip


_entry = _finish('utf_8_sig', 'utf-8-sig', encode, decode, Codec, IncrementalEncoder,
                 IncrementalDecoder, StreamWriter, StreamReader)
getregentry = _entry['getregentry']
