"""Content-transfer encoders for compat32 messages (CPython's email.encoders), written for Immortal.

Each function takes a message whose payload is not yet encoded, encodes it in place and sets the
Content-Transfer-Encoding header (which the message must not have yet)."""

from base64 import encodebytes as _bencode

__all__ = ['encode_7or8bit', 'encode_base64', 'encode_noop', 'encode_quopri']


def _qencode(s):
    # quopri.encodestring(s, quotetabs=True), with every space escaped too
    from binascii import b2a_qp
    return b2a_qp(s, quotetabs=True).replace(b' ', b'=20')


def encode_base64(msg):
    """Replace the payload by its base64 form, in 76-character lines."""
    raw = msg.get_payload(decode=True)
    msg.set_payload(str(_bencode(raw), 'ascii'))
    msg['Content-Transfer-Encoding'] = 'base64'


def encode_quopri(msg):
    """Replace the payload by its quoted-printable form."""
    raw = msg.get_payload(decode=True)
    msg.set_payload(_qencode(raw))
    msg['Content-Transfer-Encoding'] = 'quoted-printable'


def encode_7or8bit(msg):
    """Leave the payload alone and say whether it is 7bit (pure ASCII) or 8bit."""
    raw = msg.get_payload(decode=True)
    if raw is None:
        # no payload at all counts as 7bit
        msg['Content-Transfer-Encoding'] = '7bit'
        return
    msg['Content-Transfer-Encoding'] = '7bit' if raw.isascii() else '8bit'


def encode_noop(msg):
    """Leave the message as it is."""
