"""Keyed-hashing for message authentication (HMAC, RFC 2104).

Immortal's hmac: an HMAC keeps two hash objects, the inner one fed with the key XOR 0x36 and then the
message, the outer one fed with the key XOR 0x5C; the result is the outer hash of the inner digest.
See https://docs.python.org/3/library/hmac.html
"""

import hashlib as _hashlib_mod
from _hashlib import compare_digest

__all__ = ['new', 'HMAC', 'digest', 'compare_digest', 'digest_size']

# The two pad translations of RFC 2104, as bytes.translate tables.
trans_5C = bytes(b ^ 0x5C for b in range(256))
trans_36 = bytes(b ^ 0x36 for b in range(256))

# An HMAC's digest size is its hash's; there is no module-wide value.
digest_size = None


def _constructor(digestmod):
    """A callable that makes a fresh hash object for digestmod (a name, a constructor or a module)."""
    if isinstance(digestmod, str):
        return lambda data=b'': _hashlib_mod.new(digestmod, data)
    if callable(digestmod):
        return digestmod
    return digestmod.new


class HMAC:
    """RFC 2104 HMAC class. Also complies with RFC 4231.

    This supports the API for Cryptographic Hash Functions (PEP 247).
    """
    blocksize = 64  # 512-bit HMAC; can be changed in subclasses.

    __slots__ = ('_hmac', '_inner', '_outer', 'block_size', 'digest_size')

    def __init__(self, key, msg=None, digestmod=''):
        """Create a new HMAC object.

        key: bytes or bytearray, the starting key for the hash.
        msg: bytes-like, if given, fed to update().
        digestmod: a hash name, a constructor or a module with new() (required).
        """
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError(f'key: expected bytes or bytearray, but got {type(key).__name__!r}')
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        make = _constructor(digestmod)
        self._hmac = None
        self._inner = make()
        self._outer = make()
        self.digest_size = self._inner.digest_size
        size = getattr(self._inner, 'block_size', None)
        if size is None or size < 16:
            size = self.blocksize
        self.block_size = size
        if len(key) > size:
            key = make(key).digest()
        padded = key + bytes(size - len(key))
        self._inner.update(padded.translate(trans_36))
        self._outer.update(padded.translate(trans_5C))
        if msg is not None:
            self._inner.update(msg)

    name = property(lambda self: f'hmac-{self._inner.name}', doc='hmac- and the name of the hash')

    def update(self, msg):
        """Feed data from msg into this hashing object."""
        self._inner.update(msg)

    def copy(self):
        """Return a separate copy of this hashing object."""
        twin = type(self).__new__(type(self))
        twin._hmac = None
        twin._inner = self._inner.copy()
        twin._outer = self._outer.copy()
        twin.digest_size = self.digest_size
        twin.block_size = self.block_size
        return twin

    def _current(self):
        """The outer hash object, fed with the inner digest so far."""
        outer = self._outer.copy()
        outer.update(self._inner.digest())
        return outer

    def digest(self):
        """Return the hash value of this hashing object, as bytes."""
        return self._current().digest()

    def hexdigest(self):
        """Like digest(), but returns a string of hexadecimal digits instead."""
        return self._current().hexdigest()


def new(key, msg=None, digestmod=''):
    """Create a new hashing object and return it.

    key: bytes or bytearray, the starting key for the hash.
    msg: if given, fed into the object with update().
    digestmod: a hash name, a constructor or a module with new() (required).
    """
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """Fast inline implementation of HMAC: the digest of msg under key, with the hash `digest`."""
    return HMAC(key, msg, digest).digest()
