"""Character sets and how email encodes them (CPython's email.charset), written for Immortal.

A Charset knows, for one character set, how its text goes into headers (Q, B, the shorter of the two,
or unencoded), how it goes into bodies (quoted-printable, base64 or as it is), and whether text must
be converted to another charset for output (EUC-JP and Shift_JIS leave as ISO-2022-JP). The three
module tables (CHARSETS, ALIASES, CODEC_MAP) are public and add_charset/add_alias/add_codec change
them, as in CPython."""

from functools import partial
import email.base64mime
from email import errors
import email.quoprimime
from email.encoders import encode_7or8bit

__all__ = ['Charset', 'add_alias', 'add_charset', 'add_codec']

QP = 1          # quoted-printable
BASE64 = 2      # base64
SHORTEST = 3    # whichever of QP and base64 is shorter (headers only)

RFC2047_CHROME_LEN = 7   # len('=?') + len('?q?') + len('?=')
DEFAULT_CHARSET = 'us-ascii'
UNKNOWN8BIT = 'unknown-8bit'
EMPTYSTRING = ''

# charset -> (header encoding, body encoding, output charset)
CHARSETS = {}
for _name in ('iso-8859-1 iso-8859-2 iso-8859-3 iso-8859-4 iso-8859-9 iso-8859-10 iso-8859-13 '
              'iso-8859-14 iso-8859-15 iso-8859-16 windows-1252 viscii').split():
    CHARSETS[_name] = (QP, QP, None)
CHARSETS['us-ascii'] = (None, None, None)
for _name in ('big5', 'gb2312'):
    CHARSETS[_name] = (BASE64, BASE64, None)
for _name in ('euc-jp', 'shift_jis'):
    CHARSETS[_name] = (BASE64, None, 'iso-2022-jp')
CHARSETS['iso-2022-jp'] = (BASE64, None, None)
CHARSETS['koi8-r'] = (BASE64, BASE64, None)
CHARSETS['utf-8'] = (SHORTEST, BASE64, 'utf-8')

# alias -> canonical email name
ALIASES = {}
for _number, _part in ((1, 1), (2, 2), (3, 3), (4, 4), (5, 9), (6, 10), (7, 13), (8, 14), (9, 15),
                       (10, 16)):
    for _sep in '_-':
        ALIASES[f'latin{_sep}{_number}'] = f'iso-8859-{_part}'
ALIASES.update({'cp949': 'ks_c_5601-1987', 'euc_jp': 'euc-jp', 'euc_kr': 'euc-kr',
                'ascii': 'us-ascii'})
del _name, _number, _part, _sep

# canonical name -> Python codec name, where they differ (None: no conversion needed)
CODEC_MAP = {'gb2312': 'eucgb2312_cn', 'big5': 'big5_tw', 'us-ascii': None}


def add_charset(charset, header_enc=None, body_enc=None, output_charset=None):
    """Register how charset is encoded in headers and bodies (QP, BASE64, SHORTEST or None)."""
    if body_enc != SHORTEST:
        CHARSETS[charset] = (header_enc, body_enc, output_charset)
    else:
        raise ValueError('SHORTEST not allowed for body_enc')


def add_alias(alias, canonical):
    """Make alias another name of the canonical charset name."""
    ALIASES[alias] = canonical


def add_codec(charset, codecname):
    """Name the Python codec that converts charset to and from str."""
    CODEC_MAP[charset] = codecname


def _encode(string, codec):
    # unknown-8bit text is bytes smuggled through str as surrogate escapes
    if codec == UNKNOWN8BIT:
        return string.encode('ascii', 'surrogateescape')
    return string.encode(codec)


class Charset:
    """The email properties of one character set: input_charset, header_encoding, body_encoding,
    output_charset, input_codec and output_codec."""

    def __init__(self, input_charset=DEFAULT_CHARSET):
        # The name must be ASCII, as str or bytes.
        try:
            if not isinstance(input_charset, str):
                input_charset = str(input_charset, 'ascii')
            else:
                input_charset.encode('ascii')
        except UnicodeError:
            raise errors.CharsetError(input_charset)
        name = input_charset.lower()
        name = ALIASES.get(name, name)
        self.input_charset = name
        henc, benc, conv = CHARSETS.get(name, (SHORTEST, BASE64, None))
        self.header_encoding = henc
        self.body_encoding = benc
        conv = conv or name
        self.output_charset = ALIASES.get(conv, conv)
        self.input_codec = CODEC_MAP.get(name, name)
        self.output_codec = CODEC_MAP.get(self.output_charset, self.output_charset)

    def __eq__(self, other):
        return str(self) == str(other).lower()

    def __repr__(self):
        return self.input_charset.lower()

    def get_body_encoding(self):
        """'quoted-printable', 'base64', or encode_7or8bit for a charset sent as it is."""
        assert self.body_encoding != SHORTEST
        if self.body_encoding == BASE64:
            return 'base64'
        if self.body_encoding == QP:
            return 'quoted-printable'
        return encode_7or8bit

    def get_output_charset(self):
        """The charset text is written in: output_charset, else input_charset."""
        return self.output_charset or self.input_charset

    def _get_encoder(self, header_bytes):
        how = self.header_encoding
        if how == SHORTEST:
            b64 = email.base64mime.header_length(header_bytes)
            qp = email.quoprimime.header_length(header_bytes)
            how = BASE64 if b64 < qp else QP
        if how == BASE64:
            return email.base64mime
        if how == QP:
            return email.quoprimime
        return None

    def header_encode(self, string):
        """string as one encoded word in this charset (or unchanged when no encoding applies)."""
        codec = self.output_codec or 'us-ascii'
        data = _encode(string, codec)
        encoder = self._get_encoder(data)
        return string if encoder is None else encoder.header_encode(data, codec)

    def header_encode_lines(self, string, maxlengths):
        """string as a list of encoded words, each fitting the next length that the iterator
        maxlengths yields (not counting the chrome); a leading None means the first line had no
        room for even one character."""
        codec = self.output_codec or 'us-ascii'
        encoder_module = self._get_encoder(_encode(string, codec))
        encode_word = partial(encoder_module.header_encode, charset=codec)
        out_charset = self.get_output_charset()
        chrome = len(out_charset) + RFC2047_CHROME_LEN
        lines = []
        pending = ''
        limit = next(maxlengths) - chrome
        for ch in string:
            candidate = pending + ch
            if encoder_module.header_length(_encode(candidate, out_charset)) <= limit:
                pending = candidate
                continue
            if lines or pending:
                lines.append(encode_word(_encode(pending, codec)))
            else:
                lines.append(None)
            pending = ch
            limit = next(maxlengths) - chrome
        lines.append(encode_word(_encode(pending, codec)))
        return lines

    def body_encode(self, string):
        """The body text (str or bytes) in this charset's body encoding, as str."""
        if not string:
            return string
        how = self.body_encoding
        if how is not BASE64 and how is not QP:
            # a 7bit charset: the text must survive a round trip through ASCII
            if isinstance(string, str):
                string = string.encode(self.output_charset).decode('ascii')
            return string
        if isinstance(string, str):
            string = string.encode(self.output_charset)
        if how is BASE64:
            return email.base64mime.body_encode(string)
        return email.quoprimime.body_encode(string.decode('latin1'))

