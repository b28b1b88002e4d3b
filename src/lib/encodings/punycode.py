# The 'punycode' codec for Immortal: RFC 3492 (Bootstring with the Punycode parameters), written from
# the RFC; decoding errors and their messages are CPython 3.12's (strict raises UnicodeError, replace
# and ignore return what was decoded before the bad part).

import codecs
from encodings import _finish

_BASE, _TMIN, _TMAX, _SKEW, _DAMP = 36, 1, 26, 38, 700
_INITIAL_BIAS, _INITIAL_N = 72, 0x80
_DIGITS = b'abcdefghijklmnopqrstuvwxyz0123456789'


def _threshold(k, bias):
    return min(max(k - bias, _TMIN), _TMAX)


def _adapt(delta, first, points):
    delta = delta // _DAMP if first else delta // 2
    delta += delta // points
    k = 0
    while delta > ((_BASE - _TMIN) * _TMAX) // 2:
        delta //= _BASE - _TMIN
        k += _BASE
    return k + (_BASE - _TMIN + 1) * delta // (delta + _SKEW)


def punycode_encode(text):
    """The Punycode form of text (bytes): its ASCII characters, '-', then the insertions."""
    basic = bytes(ord(ch) for ch in text if ord(ch) < 0x80)
    out = bytearray(basic)
    if basic:
        out.append(0x2d)
    code_points = [ord(ch) for ch in text]
    n, delta, bias = _INITIAL_N, 0, _INITIAL_BIAS
    handled = len(basic)
    for m in sorted(set(cp for cp in code_points if cp >= 0x80)):
        delta += (m - n) * (handled + 1)
        n = m
        for cp in code_points:
            if cp < n:
                delta += 1
            elif cp == n:
                # delta as a generalized variable-length integer.
                q = delta
                k = _BASE
                while True:
                    t = _threshold(k, bias)
                    if q < t:
                        break
                    out.append(_DIGITS[t + (q - t) % (_BASE - t)])
                    q = (q - t) // (_BASE - t)
                    k += _BASE
                out.append(_DIGITS[q])
                bias = _adapt(delta, handled == len(basic), handled + 1)
                delta = 0
                handled += 1
        delta += 1
        n += 1
    return bytes(out)


def _read_integer(extended, pos, bias, errors):
    # (position after, value) of the generalized integer at extended[pos]; value None when it is bad.
    value, weight, k = 0, 1, _BASE
    while True:
        if pos >= len(extended):
            if errors == 'strict':
                raise UnicodeError('incomplete punicode string')
            return pos + 1, None
        ch = extended[pos]
        pos += 1
        if 'A' <= ch <= 'Z':
            digit = ord(ch) - 0x41
        elif '0' <= ch <= '9':
            digit = ord(ch) - 22
        elif errors == 'strict':
            raise UnicodeError("Invalid extended code point '%s'" % ch)
        else:
            return pos, None
        t = _threshold(k, bias)
        value += digit * weight
        if digit < t:
            return pos, value
        weight *= _BASE - t
        k += _BASE


def punycode_decode(text, errors):
    """Decode Punycode (bytes or str); see the module comment for errors."""
    if isinstance(text, str):
        text = text.encode('ascii')
    if isinstance(text, memoryview):
        text = bytes(text)
    dash = text.rfind(b'-')
    if dash < 0:
        chars, extended = [], str(text, 'ascii').upper()
    else:
        chars = list(str(text[:dash], 'ascii', errors))
        extended = str(text[dash + 1:], 'ascii').upper()
    n, index, bias = _INITIAL_N, -1, _INITIAL_BIAS
    pos = 0
    while pos < len(extended):
        after, delta = _read_integer(extended, pos, bias, errors)
        if delta is None:
            break  # nothing after a bad integer can be placed
        index += delta + 1
        n += index // (len(chars) + 1)
        if n > 0x10ffff:
            if errors == 'strict':
                raise UnicodeError('Invalid character U+%x' % n)
            n = ord('?')
        index %= len(chars) + 1
        chars.insert(index, chr(n))
        bias = _adapt(delta, pos == 0, len(chars))
        pos = after
    return ''.join(chars)


def _check_errors(errors):
    if errors not in ('strict', 'replace', 'ignore'):
        raise UnicodeError('Unsupported error handling ' + errors)


def encode(input, errors='strict'):
    return punycode_encode(input), len(input)


def decode(input, errors='strict'):
    _check_errors(errors)
    return punycode_decode(input, errors), len(input)


class Codec(codecs.Codec):
    def encode(self, input, errors='strict'):
        return encode(input, errors)

    def decode(self, input, errors='strict'):
        return decode(input, errors)


# Punycode has no state between pieces: each piece is a whole label.
class IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        return encode(input, self.errors)[0]


class IncrementalDecoder(codecs.IncrementalDecoder):
    def decode(self, input, final=False):
        return decode(input, self.errors)[0]


class StreamWriter(Codec, codecs.StreamWriter):
    pass


class StreamReader(Codec, codecs.StreamReader):
    pass


getregentry = _finish('punycode', 'punycode', encode, decode, Codec, IncrementalEncoder,
                      IncrementalDecoder, StreamWriter, StreamReader)['getregentry']
