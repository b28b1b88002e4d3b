# uuid: UUID from each constructor form (hex with braces/URN/hyphens, bytes, bytes_le, fields, int,
# version), its properties (fields, time, clock_seq, node, hex, urn, variant, version, bytes_le),
# comparisons, hashing, immutability, pickling and copying, SafeUUID, and the constructor's errors.
import copy
import pickle
import uuid

u = uuid.UUID('12345678-1234-5678-1234-567812345678')
print(repr(u), str(u), u.hex, u.urn, int(u))
print(u.bytes, u.bytes_le)
print(u.fields, u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low, u.node)
print(u.time, u.clock_seq, u.variant, u.version, u.is_safe)

same = [
    uuid.UUID('{12345678-1234-5678-1234-567812345678}'),
    uuid.UUID('12345678123456781234567812345678'),
    uuid.UUID('urn:uuid:12345678-1234-5678-1234-567812345678'),
    uuid.UUID(bytes=b'\x12\x34\x56\x78' * 4),
    uuid.UUID(bytes_le=b'\x78\x56\x34\x12\x34\x12\x78\x56\x12\x34\x56\x78\x12\x34\x56\x78'),
    uuid.UUID(fields=(0x12345678, 0x1234, 0x5678, 0x12, 0x34, 0x567812345678)),
    uuid.UUID(int=0x12345678123456781234567812345678),
]
print(all(x == u for x in same), len({hash(x) for x in same}), hash(u) == hash(u.int))

for version in range(1, 6):
    v = uuid.UUID(int=0, version=version)
    print(version, v, v.version, v.variant)
for byte in (0x00, 0x7f, 0x80, 0xbf, 0xc0, 0xdf, 0xe0, 0xff):
    v = uuid.UUID(fields=(0, 0, 0x4000, byte, 0, 0))
    print(hex(byte), v.variant, v.version)

a, b, c = uuid.UUID(int=1), uuid.UUID(int=2), uuid.UUID(int=3)
print(sorted([c, a, b]), a < b, b <= b, c > a, a >= c, a == uuid.UUID(int=1), a != b)
print(a == 1, a != 'x', {a: 'one'}[uuid.UUID(int=1)])

for x in (u, uuid.UUID(int=7, is_safe=uuid.SafeUUID.safe), uuid.UUID(int=9, is_safe=uuid.SafeUUID.unsafe)):
    print(x.__getstate__(), [pickle.loads(pickle.dumps(x, p)).is_safe for p in range(6)],
          copy.copy(x) == x, copy.deepcopy(x).is_safe)
print(list(uuid.SafeUUID), uuid.SafeUUID(0), uuid.SafeUUID.unknown.value)
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
print(uuid.RESERVED_NCS, '|', uuid.RFC_4122, '|', uuid.RESERVED_MICROSOFT, '|', uuid.RESERVED_FUTURE)


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


attempt('none', lambda: uuid.UUID())
attempt('two', lambda: uuid.UUID('0' * 32, int=0))
attempt('short hex', lambda: uuid.UUID('1234'))
attempt('bad hex', lambda: uuid.UUID('g' * 32))
attempt('bytes', lambda: uuid.UUID(bytes=b'x' * 15))
attempt('bytes_le', lambda: uuid.UUID(bytes_le=b'x' * 17))
attempt('fields len', lambda: uuid.UUID(fields=(1, 2, 3)))
for i, bad in enumerate([2 ** 32, 2 ** 16, 2 ** 16, 256, 256, 2 ** 48]):
    fields = [0] * 6
    fields[i] = bad
    attempt('field %d' % (i + 1), lambda: uuid.UUID(fields=tuple(fields)))
attempt('negative int', lambda: uuid.UUID(int=-1))
attempt('big int', lambda: uuid.UUID(int=2 ** 128))
attempt('version 0', lambda: uuid.UUID(int=0, version=0))
attempt('version 6', lambda: uuid.UUID(int=0, version=6))
attempt('setattr', lambda: setattr(u, 'int', 5))
attempt('new attr', lambda: setattr(u, 'label', 'x'))
attempt('compare', lambda: u < 5)
