"""MIMEAudio (CPython's email.mime.audio), written for Immortal.

Without an explicit subtype the format is recognized as Python 3.12 does: AIFF/AIFC (x-aiff),
Sun/NeXT .au (basic) and WAVE (x-wav); TypeError otherwise."""

from io import BytesIO

from email import encoders
from email.mime.nonmultipart import MIMENonMultipart

__all__ = ['MIMEAudio']


def _builtin_formats(head, f):
    if head.startswith(b'FORM') and head[8:12] in (b'AIFC', b'AIFF'):
        return 'x-aiff'
    if head.startswith(b'.snd'):
        return 'basic'
    if head.startswith(b'RIFF') and head[8:12] == b'WAVE' and head[12:16] == b'fmt ':
        return 'x-wav'
    return None


# rule(first 512 bytes, a file over them) -> subtype or None; rule() registers more
_rules = [_builtin_formats]


def rule(rulefunc):
    """Add rulefunc(head, file) -> subtype or None to the rules that guess an audio subtype."""
    _rules.append(rulefunc)
    return rulefunc


def _what(data):
    head = data[:512]
    fakefile = BytesIO(head)
    for guess in _rules:
        found = guess(head, fakefile)
        if found:
            return found
    return None


class MIMEAudio(MIMENonMultipart):
    """An audio/_subtype part holding _audiodata (bytes), encoded by _encoder (base64)."""

    def __init__(self, _audiodata, _subtype=None, _encoder=encoders.encode_base64, *,
                 policy=None, **_params):
        subtype = _what(_audiodata) if _subtype is None else _subtype
        if subtype is None:
            raise TypeError('Could not find audio MIME subtype')
        MIMENonMultipart.__init__(self, 'audio', subtype, policy=policy, **_params)
        self.set_payload(_audiodata)
        _encoder(self)
