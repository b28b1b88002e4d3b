"""MIMEImage (CPython's email.mime.image), written for Immortal.

Without an explicit subtype the image format is recognized by the signatures Python 3.12 knows
(jpeg, png, gif, tiff, rgb, pbm, pgm, ppm, rast, xbm, bmp, webp, exr); TypeError otherwise."""

from email import encoders
from email.mime.nonmultipart import MIMENonMultipart

__all__ = ['MIMEImage']


def _netpbm(kinds):
    # P1/P4 (pbm), P2/P5 (pgm), P3/P6 (ppm), then whitespace
    return lambda h: len(h) >= 3 and h[0] == ord('P') and h[1] in kinds and h[2] in b' \t\n\r'


# (subtype, test on the first bytes), tried in order
_SIGNATURES = (
    ('jpeg', lambda h: h[6:10] in (b'JFIF', b'Exif') or h[:4] == b'\xff\xd8\xff\xdb'),
    ('png', lambda h: h.startswith(b'\x89PNG\r\n\x1a\n')),
    ('gif', lambda h: h[:6] in (b'GIF87a', b'GIF89a')),
    ('tiff', lambda h: h[:2] in (b'MM', b'II')),
    ('rgb', lambda h: h.startswith(b'\x01\xda')),
    ('pbm', _netpbm(b'14')),
    ('pgm', _netpbm(b'25')),
    ('ppm', _netpbm(b'36')),
    ('rast', lambda h: h.startswith(b'\x59\xa6\x6a\x95')),
    ('xbm', lambda h: h.startswith(b'#define ')),
    ('bmp', lambda h: h.startswith(b'BM')),
    ('webp', lambda h: h.startswith(b'RIFF') and h[8:12] == b'WEBP'),
    ('exr', lambda h: h.startswith(b'\x76\x2f\x31\x01')),
)


def _signature_rule(subtype, test):
    return lambda h: subtype if test(h) else None


# rule(h) -> subtype or None; rule() registers more, tried after these
_rules = [_signature_rule(subtype, test) for subtype, test in _SIGNATURES]


def rule(rulefunc):
    """Add rulefunc(data) -> subtype or None to the rules that guess an image's subtype."""
    _rules.append(rulefunc)
    return rulefunc


def _what(data):
    for guess in _rules:
        found = guess(data)
        if found:
            return found
    return None


class MIMEImage(MIMENonMultipart):
    """An image/_subtype part holding _imagedata (bytes), encoded by _encoder (base64)."""

    def __init__(self, _imagedata, _subtype=None, _encoder=encoders.encode_base64, *,
                 policy=None, **_params):
        if _subtype is None:
            _subtype = _what(_imagedata)
            if _subtype is None:
                raise TypeError('Could not guess image MIME subtype')
        MIMENonMultipart.__init__(self, 'image', _subtype, policy=policy, **_params)
        self.set_payload(_imagedata)
        _encoder(self)
