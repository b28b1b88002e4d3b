# The 'idna' codec for Immortal: internationalized domain names by RFC 3490 (IDNA 2003, with
# AllowUnassigned and without UseSTD3ASCIIRules, as CPython's codec) and RFC 3491 (Nameprep), written
# from the RFCs and CPython 3.12's behaviour (its messages, its label rules, its incremental codec
# keeping an unfinished last label). Nameprep's tables and Unicode 3.2 normalization come from
# stringprep (src/lib/stringprep.py). Only errors='strict' is allowed, as in CPython.

# ASCII names, the usual case, need neither re nor stringprep (whose tables are large): both are
# imported on first use, and `dots` is made when it is first asked for.

import codecs
from encodings import _finish

ace_prefix = b'xn--'
sace_prefix = 'xn--'


def __getattr__(name):
    if name == 'dots':
        return _dots()
    raise AttributeError(f'module {__name__!r} has no attribute {name!r}')


def _dots():
    # The label separators of RFC 3490 section 3.1: full stop, ideographic, fullwidth and halfwidth.
    global dots
    import re
    dots = re.compile('[.\u3002\uff0e\uff61]')
    return dots


def nameprep(label):
    """RFC 3491: map (B.1 to nothing, B.2 case folding), NFKC, refuse the prohibited characters, and
    check the bidirectional rules."""
    import stringprep
    prohibited = (
        stringprep.in_table_c12, stringprep.in_table_c22, stringprep.in_table_c3,
        stringprep.in_table_c4, stringprep.in_table_c5, stringprep.in_table_c6,
        stringprep.in_table_c7, stringprep.in_table_c8, stringprep.in_table_c9,
    )
    mapped = ''.join(stringprep.map_table_b2(c) for c in label if not stringprep.in_table_b1(c))
    label = stringprep._nfkc_3_2(mapped)
    for c in label:
        for test in prohibited:
            if test(c):
                raise UnicodeError('Invalid character %r' % c)
    right_to_left = [stringprep.in_table_d1(c) for c in label]
    if any(right_to_left):
        # A label with right-to-left characters has no left-to-right ones, and starts and ends
        # with a right-to-left character.
        if any(stringprep.in_table_d2(c) for c in label):
            raise UnicodeError('Violation of BIDI requirement 2')
        if not (right_to_left[0] and right_to_left[-1]):
            raise UnicodeError('Violation of BIDI requirement 3')
    return label


def _sized(label):
    if 0 < len(label) < 64:
        return label
    raise UnicodeError('label empty or too long')


def ToASCII(label):
    """RFC 3490's ToASCII of one label: bytes."""
    try:
        return _sized(label.encode('ascii'))
    except UnicodeEncodeError:
        pass
    label = nameprep(label)
    try:
        return _sized(label.encode('ascii'))
    except UnicodeEncodeError:
        pass
    if label.startswith(sace_prefix):
        raise UnicodeError('Label starts with ACE prefix')
    return _sized(ace_prefix + label.encode('punycode'))


def ToUnicode(label):
    """RFC 3490's ToUnicode of one label (bytes or str): str."""
    if len(label) > 1024:
        # Nameprep of a huge label is slow, and it could never make a valid label of 63 bytes.
        raise UnicodeError('label way too long')
    if not isinstance(label, bytes):
        try:
            label = label.encode('ascii')
            ascii_only = True
        except UnicodeEncodeError:
            ascii_only = False
        if not ascii_only:
            label = nameprep(label)
            try:
                label = label.encode('ascii')
            except UnicodeEncodeError:
                raise UnicodeError('Invalid character in IDN label')
    if not label.startswith(ace_prefix):
        return str(label, 'ascii')
    result = label[len(ace_prefix):].decode('punycode')
    again = ToASCII(result)
    if str(label, 'ascii').lower() != str(again, 'ascii'):
        raise UnicodeError('IDNA does not round-trip', label, again)
    return result


def _split_dots(text):
    return (globals().get('dots') or _dots()).split(text)


def _check_encode_errors(errors):
    if errors != 'strict':
        raise UnicodeError('unsupported error handling ' + errors)


def _check_decode_errors(errors):
    if errors != 'strict':
        raise UnicodeError('Unsupported error handling ' + errors)


def _split_trailing_dot(labels, dot, final=True):
    # (labels, trailing dot): an empty last label is a trailing dot; with final false the last label
    # may be unfinished and waits for more input.
    if labels and not labels[-1]:
        return labels[:-1], dot
    if labels and not final:
        labels = labels[:-1]
        return labels, dot if labels else dot[:0]
    return labels, dot[:0]


def encode(input, errors='strict'):
    _check_encode_errors(errors)
    if not input:
        return b'', 0
    try:
        result = input.encode('ascii')
    except UnicodeEncodeError:
        pass
    else:
        labels = result.split(b'.')
        for label in labels[:-1]:
            if not 0 < len(label) < 64:
                raise UnicodeError('label empty or too long')
        if len(labels[-1]) >= 64:
            raise UnicodeError('label too long')
        return result, len(input)
    labels, trailing = _split_trailing_dot(_split_dots(input), b'.')
    return b'.'.join(ToASCII(label) for label in labels) + trailing, len(input)


def decode(input, errors='strict'):
    _check_decode_errors(errors)
    if not input:
        return '', 0
    if not isinstance(input, bytes):
        input = bytes(input)
    if ace_prefix not in input:
        try:
            return input.decode('ascii'), len(input)
        except UnicodeDecodeError:
            pass
    labels, trailing = _split_trailing_dot(input.split(b'.'), '.')
    return '.'.join(ToUnicode(label) for label in labels) + trailing, len(input)


class Codec(codecs.Codec):
    def encode(self, input, errors='strict'):
        return encode(input, errors)

    def decode(self, input, errors='strict'):
        return decode(input, errors)


class IncrementalEncoder(codecs.BufferedIncrementalEncoder):
    def _buffer_encode(self, input, errors, final):
        _check_encode_errors(errors)
        if not input:
            return b'', 0
        labels, trailing = _split_trailing_dot(_split_dots(input), b'.', final)
        # Each label is followed by the one character that separated it.
        used = sum(len(label) for label in labels) + max(len(labels) - 1, 0) + len(trailing)
        return b'.'.join(ToASCII(label) for label in labels) + trailing, used


class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
    def _buffer_decode(self, input, errors, final):
        _check_decode_errors(errors)
        if not input:
            return '', 0
        if isinstance(input, str):
            labels = _split_dots(input)
        else:
            labels = str(input, 'ascii').split('.')
        labels, trailing = _split_trailing_dot(labels, '.', final)
        used = sum(len(label) for label in labels) + max(len(labels) - 1, 0) + len(trailing)
        return '.'.join(ToUnicode(label) for label in labels) + trailing, used


class StreamWriter(Codec, codecs.StreamWriter):
    pass


class StreamReader(Codec, codecs.StreamReader):
    pass


getregentry = _finish('idna', 'idna', encode, decode, Codec, IncrementalEncoder, IncrementalDecoder,
                      StreamWriter, StreamReader)['getregentry']
