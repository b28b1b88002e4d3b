"""Generate cryptographically strong pseudo-random numbers for secrets such as tokens and passwords.

Immortal's secrets: everything draws from random.SystemRandom (the operating system's entropy).
See https://docs.python.org/3/library/secrets.html
"""

import base64 as _base64
import binascii as _binascii
from hmac import compare_digest
from os import urandom as _urandom
from random import SystemRandom

__all__ = ['choice', 'randbelow', 'randbits', 'SystemRandom',
           'token_bytes', 'token_hex', 'token_urlsafe', 'compare_digest']

# Bytes of randomness in a token when the caller gives no size.
DEFAULT_ENTROPY = 32

# One generator for the whole module; its bound methods are the public choice() and randbits().
_sysrand = SystemRandom()
choice, randbits = _sysrand.choice, _sysrand.getrandbits


def randbelow(exclusive_upper_bound):
    """A random int below the (positive) bound, at least 0."""
    if exclusive_upper_bound <= 0:
        raise ValueError('Upper bound must be positive.')
    return _sysrand._randbelow(exclusive_upper_bound)


def token_bytes(nbytes=None):
    """Return a random byte string containing *nbytes* bytes (DEFAULT_ENTROPY when None)."""
    return _urandom(DEFAULT_ENTROPY if nbytes is None else nbytes)


def token_hex(nbytes=None):
    """Return a random text string, in hexadecimal: two digits per random byte."""
    return _binascii.hexlify(token_bytes(nbytes)).decode('ascii')


def token_urlsafe(nbytes=None):
    """Return a random URL-safe text string, in Base64 without padding (about 1.3 characters per byte)."""
    text = _base64.urlsafe_b64encode(token_bytes(nbytes))
    return text.rstrip(b'=').decode('ascii')
