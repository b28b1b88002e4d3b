"""RFC 2047 encoded words for the new header machinery (CPython's email._encoded_words), written
for Immortal.

An encoded word is =?charset*lang?cte?text?= with cte q (quoted-printable, '_' for space) or b
(base64). decode() never raises for bad data: it returns what it could decode plus a list of defect
instances; encode() picks q or b by length unless told which."""

import base64
import binascii
import re
from string import ascii_letters, digits

from email import errors

__all__ = ['decode_q', 'encode_q', 'decode_b', 'encode_b', 'len_q', 'len_b', 'decode', 'encode']

_Q_ESCAPE = re.compile(br'=([a-fA-F0-9]{2})')


def _q_escape_value(match):
    return bytes.fromhex(match.group(1).decode())


def decode_q(encoded):
    """(bytes, defects) for the text of a Q-encoded word, given as bytes."""
    return _Q_ESCAPE.sub(_q_escape_value, encoded.replace(b'_', b' ')), []


_Q_SAFE = frozenset(b'-!*+/' + (ascii_letters + digits).encode('ascii'))
_Q_FORMS = [chr(b) if b in _Q_SAFE else '={:02X}'.format(b) for b in range(256)]
_Q_FORMS[0x20] = '_'


def encode_q(bstring):
    """The Q-encoded text (str) of bstring."""
    return ''.join([_Q_FORMS[b] for b in bstring])


def len_q(bstring):
    """len(encode_q(bstring)) without building it."""
    return sum(len(_Q_FORMS[b]) for b in bstring)


def decode_b(encoded):
    """(bytes, defects) for base64 text given as bytes, recovering from bad padding or stray
    characters the way CPython does."""
    short = len(encoded) % 4
    attempts = (
        (encoded + (b'===' [:4 - short] if short else b''), True,
         [errors.InvalidBase64PaddingDefect] if short else []),
        (encoded, False, [errors.InvalidBase64CharactersDefect]),
        (encoded + b'==', False,
         [errors.InvalidBase64CharactersDefect, errors.InvalidBase64PaddingDefect]),
    )
    for data, validate, defect_types in attempts:
        try:
            decoded = base64.b64decode(data, validate=validate)
        except binascii.Error:
            continue
        return decoded, [kind() for kind in defect_types]
    return encoded, [errors.InvalidBase64LengthDefect()]


def encode_b(bstring):
    """The base64 text (str) of bstring."""
    return base64.b64encode(bstring).decode('ascii')


def len_b(bstring):
    """len(encode_b(bstring)) without building it."""
    return (len(bstring) + 2) // 3 * 4


_DECODERS = {'q': decode_q, 'b': decode_b}
_ENCODERS = {'q': (encode_q, len_q), 'b': (encode_b, len_b)}


def decode(ew):
    """(text, charset, lang, defects) for one encoded word; undecodable bytes become surrogate
    escapes and a defect says so."""
    _, charset, cte, text, _ = ew.split('?')
    charset, _, lang = charset.partition('*')
    raw, defects = _DECODERS[cte.lower()](text.encode('ascii', 'surrogateescape'))
    try:
        string = raw.decode(charset)
    except UnicodeDecodeError:
        defects.append(errors.UndecodableBytesDefect(
            f"Encoded word contains bytes not decodable using {charset!r} charset"))
        string = raw.decode(charset, 'surrogateescape')
    except (LookupError, UnicodeEncodeError):
        string = raw.decode('ascii', 'surrogateescape')
        if charset.lower() != 'unknown-8bit':
            defects.append(errors.CharsetError(
                f"Unknown charset {charset!r} in encoded word; decoded as unknown bytes"))
    return string, charset, lang, defects


def encode(string, charset='utf-8', encoding=None, lang=''):
    """string as one encoded word; encoding 'q' or 'b', or None to take q unless it is at least
    5 characters longer than b."""
    if charset == 'unknown-8bit':
        raw = string.encode('ascii', 'surrogateescape')
    else:
        raw = string.encode(charset)
    if encoding is None:
        encoding = 'q' if len_q(raw) - len_b(raw) < 5 else 'b'
    text = _ENCODERS[encoding][0](raw)
    star = '*' + lang if lang else ''
    return f"=?{charset}{star}?{encoding}?{text}?="
