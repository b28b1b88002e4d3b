"""UUID objects (universally unique identifiers, RFC 4122) and the uuid1/3/4/5 generators.

Immortal's uuid: a UUID is an immutable 128-bit int with views on its RFC 4122 fields. getnode()
finds no hardware address here, so it returns a random 48-bit node with the multicast bit set (as
RFC 4122 4.5 allows, and as CPython does when it finds none). See https://docs.python.org/3/library/uuid.html
"""

import operator as _operator
import os
from enum import Enum

__author__ = 'Immortal'

int_ = int      # the builtins, under names the UUID class's parameters do not shadow
bytes_ = bytes

RESERVED_NCS = 'reserved for NCS compatibility'
RFC_4122 = 'specified in RFC 4122'
RESERVED_MICROSOFT = 'reserved for Microsoft compatibility'
RESERVED_FUTURE = 'reserved for future definition'


class SafeUUID(Enum):
    """Whether a UUID was generated in a way that is safe for multiprocessing."""
    safe = 0
    unsafe = -1
    unknown = None


_MAX_INT = 1 << 128
# the bit width of each of the six fields, most significant first
_FIELD_WIDTHS = (32, 16, 16, 8, 8, 48)
# (shift, width) of each field within the 128-bit int
_FIELD_SLICES = ((96, 32), (80, 16), (64, 16), (56, 8), (48, 8), (0, 48))


def _hex_to_int(text):
    for prefix in ('urn:', 'uuid:'):
        if text.startswith(prefix):
            text = text[len(prefix):]
    text = text.strip('{}').replace('-', '')
    if len(text) != 32:
        raise ValueError('badly formed hexadecimal UUID string')
    return int_(text, 16)


def _fields_to_int(fields):
    if len(fields) != 6:
        raise ValueError('fields is not a 6-tuple')
    value = 0
    for number, (part, width) in enumerate(zip(fields, _FIELD_WIDTHS), 1):
        if not 0 <= part < (1 << width):
            article = 'an' if width == 8 else 'a'
            raise ValueError(f'field {number} out of range (need {article} {width}-bit value)')
        value = (value << width) | part
    return value


def _field(index):
    shift, width = _FIELD_SLICES[index]
    mask = (1 << width) - 1
    return lambda self: (self.int >> shift) & mask


class UUID:
    """An immutable UUID (RFC 4122).

    Make one from exactly one of: a string of 32 hex digits (braces, hyphens and a URN prefix
    allowed), 16 bytes in big-endian order, 16 bytes with the first three fields little-endian
    (bytes_le), a 6-tuple of fields, or a 128-bit int. `version` (1 to 5) overrides the variant and
    version bits.
    """

    __slots__ = ('int', 'is_safe', '__weakref__')

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None,
                 int=None, version=None, *, is_safe=SafeUUID.unknown):
        given = [hex, bytes, bytes_le, fields, int].count(None)
        if given != 4:
            raise TypeError('one of the hex, bytes, bytes_le, fields, or int arguments must be given')
        if hex is not None:
            value = _hex_to_int(hex)
        elif bytes_le is not None:
            if len(bytes_le) != 16:
                raise ValueError('bytes_le is not a 16-char string')
            swapped = bytes_le[3::-1] + bytes_le[5:3:-1] + bytes_le[7:5:-1] + bytes_le[8:]
            value = int_.from_bytes(swapped, 'big')
        elif bytes is not None:
            if len(bytes) != 16:
                raise ValueError('bytes is not a 16-char string')
            value = int_.from_bytes(bytes, 'big')
        elif fields is not None:
            value = _fields_to_int(fields)
        else:
            if not 0 <= int < _MAX_INT:
                raise ValueError('int is out of range (need a 128-bit value)')
            value = int
        if version is not None:
            if not 1 <= version <= 5:
                raise ValueError('illegal version number')
            # RFC 4122 variant (10xx in the clock_seq_hi_variant byte), then the version nibble
            value = (value & ~(0xc000 << 48)) | (0x8000 << 48)
            value = (value & ~(0xf000 << 64)) | (version << 76)
        object.__setattr__(self, 'int', value)
        object.__setattr__(self, 'is_safe', is_safe)

    def __getstate__(self):
        state = {'int': self.int}
        if self.is_safe != SafeUUID.unknown:
            state['is_safe'] = self.is_safe.value
        return state

    def __setstate__(self, state):
        object.__setattr__(self, 'int', state['int'])
        safe = SafeUUID(state['is_safe']) if 'is_safe' in state else SafeUUID.unknown
        object.__setattr__(self, 'is_safe', safe)

    def _compare(test):
        def method(self, other):
            return test(self.int, other.int) if isinstance(other, UUID) else NotImplemented
        method.__name__ = f'__{test.__name__}__'
        return method

    __eq__ = _compare(_operator.eq)
    __ne__ = _compare(_operator.ne)
    __lt__ = _compare(_operator.lt)
    __le__ = _compare(_operator.le)
    __gt__ = _compare(_operator.gt)
    __ge__ = _compare(_operator.ge)
    del _compare

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    def __repr__(self):
        return f'{type(self).__name__}({str(self)!r})'

    def __setattr__(self, name, value):
        raise TypeError('UUID objects are immutable')

    def __str__(self):
        h = self.hex
        return '-'.join((h[:8], h[8:12], h[12:16], h[16:20], h[20:]))

    @property
    def bytes(self):
        return self.int.to_bytes(16, 'big')

    @property
    def bytes_le(self):
        b = self.bytes
        return b[3::-1] + b[5:3:-1] + b[7:5:-1] + b[8:]

    fields = property(lambda self: tuple((self.int >> shift) & ((1 << width) - 1)
                                         for shift, width in _FIELD_SLICES),
                      doc='(time_low, time_mid, time_hi_version, clock_seq_hi_variant, clock_seq_low, node)')
    time_low = property(_field(0))
    time_mid = property(_field(1))
    time_hi_version = property(_field(2))
    clock_seq_hi_variant = property(_field(3))
    clock_seq_low = property(_field(4))
    node = property(_field(5))

    @property
    def time(self):
        """The 60-bit timestamp: time_hi (version bits left out), time_mid, time_low."""
        v = self.int
        return (((v >> 64) & 0x0fff) << 48) | (((v >> 80) & 0xffff) << 32) | (v >> 96)

    @property
    def clock_seq(self):
        """The 14-bit clock sequence (variant bits left out)."""
        return (self.int >> 48) & 0x3fff

    @property
    def hex(self):
        return format(self.int, '032x')

    @property
    def urn(self):
        return 'urn:uuid:' + str(self)

    @property
    def variant(self):
        top = self.int >> 61  # the three high bits of clock_seq_hi_variant
        if top & 0b100 == 0:
            return RESERVED_NCS
        if top & 0b010 == 0:
            return RFC_4122
        if top & 0b001 == 0:
            return RESERVED_MICROSOFT
        return RESERVED_FUTURE

    @property
    def version(self):
        if self.variant == RFC_4122:
            return (self.int >> 76) & 0xf
        return None


_node = None


def _random_getnode():
    """A random 48-bit node id with the multicast bit set (RFC 4122 4.5), which no real card has."""
    return int_.from_bytes(os.urandom(6), 'big') | (1 << 40)


def getnode():
    """The hardware address as a 48-bit int; a random one (fixed for the run) where none is known."""
    global _node
    if _node is None:
        _node = _random_getnode()
    return _node


_last_timestamp = None


def uuid1(node=None, clock_seq=None):
    """A UUID from a host id (getnode() by default), a sequence number and the current time."""
    global _last_timestamp
    import time
    # 100-ns intervals since the Gregorian reform, 1582-10-15
    stamp = time.time_ns() // 100 + 0x01b21dd213814000
    if _last_timestamp is not None and stamp <= _last_timestamp:
        stamp = _last_timestamp + 1
    _last_timestamp = stamp
    if clock_seq is None:
        import random
        clock_seq = random.getrandbits(14)
    fields = (stamp & 0xffffffff, (stamp >> 32) & 0xffff, (stamp >> 48) & 0x0fff,
              (clock_seq >> 8) & 0x3f, clock_seq & 0xff, getnode() if node is None else node)
    return UUID(fields=fields, version=1)


def _name_based(hash_name, namespace, name, version):
    import hashlib
    if isinstance(name, str):
        name = bytes_(name, 'utf-8')
    digest = hashlib.new(hash_name, namespace.bytes + name, usedforsecurity=False).digest()
    return UUID(bytes=digest[:16], version=version)


def uuid3(namespace, name):
    """A UUID from the MD5 hash of a namespace UUID and a name."""
    return _name_based('md5', namespace, name, 3)


def uuid4():
    """A random UUID."""
    return UUID(bytes=os.urandom(16), version=4)


def uuid5(namespace, name):
    """A UUID from the SHA-1 hash of a namespace UUID and a name."""
    return _name_based('sha1', namespace, name, 5)


def main():
    """The command line: python -m uuid [-u {uuid1,uuid3,uuid4,uuid5}] [-n NAMESPACE] [-N NAME]."""
    generators = {'uuid1': uuid1, 'uuid3': uuid3, 'uuid4': uuid4, 'uuid5': uuid5}
    known = {'@dns': NAMESPACE_DNS, '@url': NAMESPACE_URL, '@oid': NAMESPACE_OID, '@x500': NAMESPACE_X500}
    try:
        import argparse
    except ImportError:
        raise NotImplementedError('python -m uuid needs argparse, which Immortal does not have yet') from None
    parser = argparse.ArgumentParser(description='Generates a uuid using the selected uuid function.')
    parser.add_argument('-u', '--uuid', choices=list(generators), default='uuid4',
                        help='The function to use to generate the uuid. By default uuid4 function is used.')
    parser.add_argument('-n', '--namespace',
                        help="The namespace is a UUID, or '@ns' where 'ns' is a well-known predefined UUID "
                             'addressed by namespace name. Such as @dns, @url, @oid, and @x500. '
                             'Only required for uuid3/uuid5 functions.')
    parser.add_argument('-N', '--name',
                        help='The name used as part of generating the uuid. Only required for uuid3/uuid5 functions.')
    opts = parser.parse_args()
    make = generators[opts.uuid]
    if opts.uuid in ('uuid3', 'uuid5'):
        if not (opts.namespace and opts.name):
            parser.error(f'Incorrect number of arguments. {opts.uuid} requires a namespace and a name. '
                         "Run 'python -m uuid -h' for more information.")
        space = known[opts.namespace] if opts.namespace in known else UUID(opts.namespace)
        print(make(space, opts.name))
    else:
        print(make())


# The name spaces of RFC 4122 appendix C: 6ba7b81X-9dad-11d1-80b4-00c04fd430c8 for X = 0, 1, 2, 4.
NAMESPACE_DNS, NAMESPACE_URL, NAMESPACE_OID, NAMESPACE_X500 = [
    UUID(int=(0x6ba7b810 + k) << 96 | 0x9dad11d180b400c04fd430c8) for k in (0, 1, 2, 4)]

if __name__ == '__main__':
    main()
