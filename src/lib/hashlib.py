"""Secure hashes and message digests: md5, sha1, the SHA-2 and SHA-3 families, SHAKE and BLAKE2.

Immortal's hashlib: the digests are computed by the native modules _hashlib (HASH and HASHXOF objects)
and _blake2, written from the algorithms' specifications. See
https://docs.python.org/3/library/hashlib.html
"""

import _hashlib
import _blake2

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'blake2b', 'blake2s',
           'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'shake_128', 'shake_256',
           'new', 'algorithms_guaranteed', 'algorithms_available', 'file_digest', 'pbkdf2_hmac')

algorithms_guaranteed = frozenset({
    'md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'blake2b', 'blake2s',
    'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'shake_128', 'shake_256'})
algorithms_available = algorithms_guaranteed | {'sha512_224', 'sha512_256'}

md5 = _hashlib.openssl_md5
sha1 = _hashlib.openssl_sha1
sha224 = _hashlib.openssl_sha224
sha256 = _hashlib.openssl_sha256
sha384 = _hashlib.openssl_sha384
sha512 = _hashlib.openssl_sha512
sha3_224 = _hashlib.openssl_sha3_224
sha3_256 = _hashlib.openssl_sha3_256
sha3_384 = _hashlib.openssl_sha3_384
sha3_512 = _hashlib.openssl_sha3_512
shake_128 = _hashlib.openssl_shake_128
shake_256 = _hashlib.openssl_shake_256
blake2b = _blake2.blake2b
blake2s = _blake2.blake2s

pbkdf2_hmac = _hashlib.pbkdf2_hmac
scrypt = _hashlib.scrypt

_BLAKE = {'blake2b': blake2b, 'blake2s': blake2s}


def __hash_new(name, data=b'', **kwargs):
    """A hash object for the algorithm called `name` (any of algorithms_available), fed with the
    bytes-like `data` if given; BLAKE2 keywords (digest_size, key, ...) go to blake2b/blake2s."""
    if not isinstance(name, str):
        raise TypeError('name must be a string')
    ctor = _BLAKE.get(name)
    if ctor is not None:
        return ctor(data, **kwargs)
    if 'string' in kwargs:
        # data always reaches _hashlib.new by position, so `string` names it a second time
        raise TypeError("argument for new() given by name ('string') and position (2)")
    try:
        return _hashlib.new(name, data, **kwargs)
    except ValueError:
        if isinstance(name, str) and name.lower() in _BLAKE:
            return _BLAKE[name.lower()](data, **kwargs)
        raise ValueError('unsupported hash type ' + name) from None


new = __hash_new


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """Hash the contents of a file-like object opened for reading in binary mode.

    digest is a hash name (as for new()) or a callable that returns a hash object.
    """
    hasher = new(digest) if isinstance(digest, str) else digest()
    getbuffer = getattr(fileobj, 'getbuffer', None)
    if getbuffer is not None:
        # io.BytesIO: hash its buffer at once
        hasher.update(getbuffer())
        return hasher
    if not (hasattr(fileobj, 'readinto') and hasattr(fileobj, 'readable') and fileobj.readable()):
        raise ValueError(f"'{fileobj!r}' is not a file-like object in binary reading mode.")
    chunk = bytearray(_bufsize)
    view = memoryview(chunk)
    while True:
        n = fileobj.readinto(chunk)
        if not n:
            break
        hasher.update(view[:n])
    return hasher
